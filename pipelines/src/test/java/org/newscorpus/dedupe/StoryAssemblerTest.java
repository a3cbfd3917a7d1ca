package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newscorpus.dedupe.Articles.article;
import static org.newscorpus.dedupe.Articles.credited;
import static org.newscorpus.dedupe.Articles.fingerprint;
import static org.newscorpus.dedupe.Articles.previous;
import static org.newscorpus.dedupe.Articles.previousFingerprint;
import static org.newscorpus.dedupe.Articles.words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Story;

class StoryAssemblerTest {

  private static final LocalDate DAY = LocalDate.of(2021, 2, 17);
  private static final String TEXT = words(1, 300);

  @Test
  void theCanonicalIsTheFirstByTheOrderWhateverTheArrivalOrder() {
    List<Fingerprint> all = new ArrayList<>(List.of(
        fingerprint(article("a", "https://a.com/x", DAY.plusDays(1), TEXT)),
        fingerprint(credited(article("b", "https://agg.com/b", DAY, TEXT), "c.com")),
        fingerprint(article("c", "https://c.com/y", DAY, TEXT)),
        fingerprint(article("d", "https://d.com/", null, TEXT))));
    for (int i = 0; i < all.size(); i++) {
      Collections.rotate(all, 1);
      StoryAssembler.Assembled s = StoryAssembler.assemble(all);
      assertEquals("c", s.story().getStoryId(), "arrival order never decides");
      assertTrue(s.marks().get("c").canonical());
    }
  }

  @Test
  void membersAreMarkedAndTheStoryListsThem() {
    Article a = article("a", "https://a.com/x", DAY, TEXT);
    Article b = credited(article("b", "https://bb.com/x", DAY.plusDays(2), TEXT), "a.com");
    Article c = article("c", "https://cc.com/x", DAY.plusDays(1), TEXT.substring(0, TEXT.length() / 2));
    c.setLanguage("fr");
    StoryAssembler.Assembled s = StoryAssembler.assemble(List.of(fingerprint(c), fingerprint(b), fingerprint(a)));
    StoryMark canonical = s.marks().get("a");
    assertEquals(new StoryMark("a", true, null, null, 3), canonical);
    StoryMark copy = s.marks().get("b");
    assertFalse(copy.canonical());
    assertEquals("a", copy.duplicateOf());
    assertEquals(1.0f, copy.similarity(), "the same text");
    assertEquals(3, copy.storySize());
    float excerpt = s.marks().get("c").similarity();
    assertTrue(excerpt > 0.3f && excerpt < 0.7f, "an excerpt of half the text: Jaccard about 0.5, was " + excerpt);
    Story story = s.story();
    assertEquals("a", story.getStoryId());
    assertEquals(List.of("a", "b", "c"), story.getArticleIds());
    assertEquals(List.of("a.com", "bb.com", "cc.com"), story.getSites());
    assertEquals(List.of("a.com", "cc.com"), story.getSources());
    assertEquals(List.of("en", "fr"), story.getLanguages());
    assertEquals(DAY, story.getFirstPublished());
    assertEquals(3, story.getArticleCount());
    assertEquals("https://a.com/x", story.getCanonicalUrl());
  }

  @Test
  void aVerbatimCopyOfTheSameDayLosesToThePageAnAggregatorCredits() {
    Fingerprint copy = fingerprint(article("c", "https://atlanticpost.com/x", DAY, TEXT));
    Fingerprint original = fingerprint(article("o", "https://maghrebwire.net/x", DAY, TEXT));
    Fingerprint aggregated = fingerprint(credited(article("g", "https://newsnowhub.com/1", DAY.plusDays(1), TEXT), "maghrebwire.net"));
    StoryAssembler.Assembled s = StoryAssembler.assemble(List.of(copy, aggregated, original));
    assertEquals("o", s.story().getStoryId());
    assertEquals("https://maghrebwire.net/x", s.story().getCanonicalUrl());
    assertEquals("o", s.marks().get("c").duplicateOf());
  }

  @Test
  void anArticleGivenTwiceCountsOnce() {
    Fingerprint a = fingerprint(article("a", "https://a.com/x", DAY, TEXT));
    Fingerprint b = fingerprint(article("b", "https://b.com/x", DAY, TEXT));
    StoryAssembler.Assembled s = StoryAssembler.assemble(List.of(a, b, a));
    assertEquals(2, s.story().getArticleCount());
    assertEquals(2, s.marks().get("b").storySize());
  }

  @Test
  void theEarlierCanonicalKeepsItsRoleAndItsStoryIdAgainstNewArticles() {
    Article earlier = article("e", "https://e.com/x", DAY, TEXT);
    // a new article of the same day that would win on the order (longer text) does not take over
    Article longer = article("n", "https://n.com/x", DAY, TEXT + " and a closing line");
    StoryAssembler.Assembled s =
        StoryAssembler.assemble(List.of(previousFingerprint(previous(earlier, "e", true)), fingerprint(longer)));
    assertEquals("e", s.story().getStoryId());
    assertTrue(s.marks().get("e").canonical());
    assertEquals("e", s.marks().get("n").duplicateOf());
  }

  @Test
  void aStrictlyEarlierOriginalTakesOverButTheStoryIdStays() {
    Article incumbent = previous(article("e", "https://e.com/x", DAY, TEXT), "e", true);
    Article copy = previous(article("f", "https://f.com/x", DAY.plusDays(1), TEXT), "e", false);
    Article original = article("o", "https://o.com/x", DAY.minusDays(1), TEXT);
    StoryAssembler.Assembled s = StoryAssembler.assemble(
        List.of(previousFingerprint(incumbent), previousFingerprint(copy), fingerprint(original)));
    assertEquals("e", s.story().getStoryId(), "the story keeps the id users stored");
    assertTrue(s.marks().get("o").canonical());
    assertFalse(s.marks().get("e").canonical());
    assertEquals("o", s.marks().get("e").duplicateOf());
    assertEquals("e", s.marks().get("o").storyId());
    assertEquals(List.of("o", "e", "f"), s.story().getArticleIds());
    assertEquals(DAY.minusDays(1), s.story().getFirstPublished());
  }

  @Test
  void aStrictlyEarlierCreditedCopyDoesNotTakeOver() {
    Article incumbent = previous(article("e", "https://e.com/x", DAY, TEXT), "e", true);
    Article credited = credited(article("g", "https://agg.com/g", DAY.minusDays(1), TEXT), "e.com");
    StoryAssembler.Assembled s =
        StoryAssembler.assemble(List.of(previousFingerprint(incumbent), fingerprint(credited)));
    assertTrue(s.marks().get("e").canonical());
  }

  @Test
  void storiesJoinedByANewArticleKeepTheIdOfTheFirstEarlierCanonical() {
    Article first = previous(article("p", "https://p.com/x", DAY, TEXT), "p", true);
    Article second = previous(article("q", "https://q.com/x", DAY.plusDays(1), TEXT), "q-story", true);
    Article bridge = article("b", "https://b.com/x", DAY.plusDays(2), TEXT);
    StoryAssembler.Assembled s = StoryAssembler.assemble(
        List.of(fingerprint(bridge), previousFingerprint(second), previousFingerprint(first)));
    assertEquals("p", s.story().getStoryId());
    assertTrue(s.marks().get("p").canonical());
    assertFalse(s.marks().get("q").canonical());
    assertNull(s.marks().get("p").similarity());
  }

  @Test
  void anArticleAloneIsItsOwnStory() {
    Article a = article("a", "https://a.com/x", DAY, TEXT);
    Story s = StoryAssembler.alone(a, "a");
    assertEquals(List.of("a"), s.getArticleIds());
    assertEquals(1, s.getArticleCount());
    assertEquals(DAY, s.getFirstPublished());
  }
}
