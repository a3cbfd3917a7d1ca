package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {

  private static BucketEntry entry(String id, long text) {
    return new BucketEntry(0, 99, id, text, text);
  }

  @Test
  void aSmallBucketGivesEveryPairOfDistinctTextsOnce() {
    List<String> pairs = new ArrayList<>();
    CandidatePairs.Outcome o = CandidatePairs.ofBucket(
        List.of(entry("c", 3), entry("a", 1), entry("b", 2), entry("a2", 1)), DedupeConfig.DEFAULT,
        (x, y) -> pairs.add(x + "-" + y));
    assertEquals(List.of("a-b", "a-c", "b-c"), pairs, "a2 has a's text: its link comes from the exact bucket");
    assertFalse(o.capped());
    assertEquals(3, o.distinctTexts());
  }

  @Test
  void aHugeBucketIsCappedToItsHubsWhateverTheArrivalOrder() {
    DedupeConfig c = DedupeConfig.DEFAULT.withMaxBucketSize(100, 4);
    List<BucketEntry> entries = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      entries.add(entry(String.format(Locale.ROOT, "p%05d", i), i));
    }
    List<String> first = new ArrayList<>();
    CandidatePairs.Outcome o = CandidatePairs.ofBucket(entries, c, (x, y) -> first.add(x + "-" + y));
    assertTrue(o.capped());
    assertEquals(4L * 5_000 - 10, o.pairs(), "each member meets the 4 hubs, not 12.5 million pairs");
    Collections.shuffle(entries, new Random(3));
    List<String> second = new ArrayList<>();
    CandidatePairs.ofBucket(entries, c, (x, y) -> second.add(x + "-" + y));
    assertEquals(first, second);
  }

  @Test
  void exactCopiesAreLinkedAsAStarOnTheSmallestId() {
    List<String> links = new ArrayList<>();
    int n = CandidatePairs.exactLinks(
        List.of(entry("z", 1), entry("m", 1), entry("b", 1), entry("q", 2)), (x, y) -> links.add(x + "-" + y));
    assertEquals(2, n);
    assertEquals(List.of("b-m", "b-z"), links);
  }
}
