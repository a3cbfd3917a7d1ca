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
import org.newscorpus.schema.Article;

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

  @Test
  void ofTwoLikePagesTheOneAtItsOwnCanonicalUrlComesBeforeTheVariantThatNamesIt() {
    String text = "the story as written on the site";
    Fingerprint original = fingerprint(canonical(article("9", "https://www.site.ma/2025/11/05/story", DAY, text),
        "https://site.ma/2025/11/05/story"));
    // the AMP view's URL sorts before the original's, and its id too
    Fingerprint amp = fingerprint(canonical(article("1", "https://site.ma/2025/11/05/story/amp", DAY, text),
        "https://site.ma/2025/11/05/story"));
    Fingerprint mobile = fingerprint(canonical(article("2", "https://m.site.ma/2025/11/05/story", DAY, text),
        "https://site.ma/2025/11/05/story"));

    assertEquals(List.of(original, mobile, amp), sorted(List.of(amp, mobile, original), CanonicalOrder.INSTANCE));
  }

  @Test
  void ofTwoDumpFilesWithOneCanonicalUrlTheFileAtThatUrlsPathComesFirst() {
    String url = "https://maghrebwire.net/2025/11/05/earbuds";
    String text = "the story as written on the site";
    // a dump file's url is its page's canonical URL: the two files tie on it, and only their paths differ
    Fingerprint original = fingerprint(dumpFile(article("f", url, DAY, text), "/data/html/maghrebwire.net/2025/11/05/earbuds.html.gz"));
    Fingerprint amp = fingerprint(dumpFile(article("0", url, DAY, text), "/data/html/maghrebwire.net/2025/11/05/earbuds/amp.html.gz"));
    Fingerprint tracked = fingerprint(dumpFile(article("1", url, DAY, text),
        "/data/html/maghrebwire.net/2025/11/05/earbuds_utm_source_facebook.html"));

    assertEquals(original, sorted(List.of(amp, tracked, original), CanonicalOrder.INSTANCE).get(0));
  }

  @Test
  void ofTwoPagesOfOneDayThePageWithoutAWireDatelineComesBeforeTheLongerCopyThatAddsOne() {
    String text = "The ministry announced on Tuesday a plan for the northern ports, to be built by 2030.";
    Fingerprint original = fingerprint(article("9", "https://regionaltimes.org/2025/11/05/ports", DAY, text));
    // the copy's URL and id sort first, and the dateline makes its text the longer
    Fingerprint copy = fingerprint(article("1", "https://atlanticpost.com/2025/11/05/ports", DAY, "RABAT (MAP) - " + text));

    assertEquals(List.of(original, copy), sorted(List.of(copy, original), CanonicalOrder.INSTANCE));
  }

  @Test
  void theAgencysOwnPageKeepsItsDatelineAndOutranksACopyThatDropsIt() {
    String text = "The ministry announced on Tuesday a plan for the northern ports, to be built by 2030.";
    Fingerprint agency = fingerprint(article("9", "https://www.mapexpress.ma/actualite/ports", DAY, "Rabat (MAP) - " + text));
    Fingerprint copy = fingerprint(article("1", "https://atlanticpost.com/2025/11/05/ports", DAY, text));

    assertEquals(List.of(agency, copy), sorted(List.of(copy, agency), CanonicalOrder.INSTANCE));
  }

  /** {@code a} with the canonical URL its page declares. */
  private static Article canonical(Article a, String canonicalUrl) {
    return Article.newBuilder(a).setCanonicalUrl(canonicalUrl).build();
  }

  /** {@code a} read from the dump file {@code path}, its url the canonical URL its page declares. */
  private static Article dumpFile(Article a, String path) {
    return Article.newBuilder(a).setCanonicalUrl(a.getUrl()).setInputUri(path).setInputOffset(null).setCrawledAt(null).build();
  }

  private static List<Fingerprint> sorted(List<Fingerprint> members, CanonicalOrder order) {
    List<Fingerprint> out = new ArrayList<>(members);
    out.sort(order);
    return out;
  }
}
