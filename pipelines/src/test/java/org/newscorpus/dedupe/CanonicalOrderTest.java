package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newscorpus.dedupe.Articles.article;
import static org.newscorpus.dedupe.Articles.credited;
import static org.newscorpus.dedupe.Articles.fingerprint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CanonicalOrderTest {

  private static final LocalDate DAY = LocalDate.of(2025, 11, 16);

  @Test
  void earliestDateThenOriginalThenLongerTextThenUrl() {
    Fingerprint late = fingerprint(article("1", "https://a.com/late", DAY.plusDays(1), "long text indeed here"));
    Fingerprint credited = fingerprint(credited(article("2", "https://agg.com/x", DAY, "long text indeed here and more"), "a.com"));
    Fingerprint shorter = fingerprint(article("3", "https://b.com/x", DAY, "short text"));
    Fingerprint longerB = fingerprint(article("4", "https://b.com/y", DAY, "a longer text than that"));
    Fingerprint longerA = fingerprint(article("5", "https://a.com/y", DAY, "a longer text than that"));
    Fingerprint undated = fingerprint(article("6", "https://a.com/z", null, "the longest text of them all by far"));
    List<Fingerprint> expected = List.of(longerA, longerB, shorter, credited, late, undated);
    List<Fingerprint> shuffled = new ArrayList<>(expected);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(shuffled, new Random(i));
      shuffled.sort(CanonicalOrder.INSTANCE);
      assertEquals(expected, shuffled);
    }
  }

  @Test
  void withinAStoryThePageOfTheCreditedSiteComesBeforeALongerCopyOfTheSameDay() {
    Fingerprint original = fingerprint(article("1", "https://maghrebwire.net/x", DAY, "the story as written"));
    Fingerprint copy = fingerprint(article("2", "https://atlanticpost.com/x", DAY, "the story as written, and a dateline"));
    Fingerprint aggregated = fingerprint(credited(article("3", "https://agg.com/1", DAY, "the story as written"), "maghrebwire.net"));
    List<Fingerprint> story = List.of(copy, aggregated, original);

    assertEquals(List.of(copy, original, aggregated), sorted(story, CanonicalOrder.INSTANCE));
    assertEquals(List.of(original, copy, aggregated), sorted(story, CanonicalOrder.forStory(story)));
  }

  @Test
  void aCreditedSiteDoesNotOutrankAnEarlierDay() {
    Fingerprint earlier = fingerprint(article("1", "https://atlanticpost.com/x", DAY.minusDays(1), "the story"));
    Fingerprint original = fingerprint(article("2", "https://maghrebwire.net/x", DAY, "the story"));
    Fingerprint aggregated = fingerprint(credited(article("3", "https://agg.com/1", DAY, "the story"), "MaghrebWire.net"));
    List<Fingerprint> story = List.of(original, aggregated, earlier);

    assertEquals(List.of(earlier, original, aggregated), sorted(story, CanonicalOrder.forStory(story)));
  }

  private static List<Fingerprint> sorted(List<Fingerprint> members, CanonicalOrder order) {
    List<Fingerprint> out = new ArrayList<>(members);
    out.sort(order);
    return out;
  }
}
