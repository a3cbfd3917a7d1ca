package org.newscorpus.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The pairs one bucket proposes, and the links of exact copies.
 *
 * <p>In an LSH bucket, articles with the same text count once (their link comes from the exact
 * bucket), represented by their smallest id. Up to {@link DedupeConfig#maxBucketSize()} distinct
 * texts, every pair is a candidate. A larger bucket is capped: such a bucket is a boilerplate
 * passage shared by unrelated pages or a story republished hundreds of times, and comparing all
 * with all would cost n²/2. Its members, in id order, are compared only with its first {@link
 * DedupeConfig#bucketHubs()} members: a true copy of the story links to a hub and so to the rest
 * of the story, and an unrelated page costs a few comparisons instead of thousands.
 *
 * <p>Pairs are given as (smaller id, larger id); the choice of hubs depends on ids only, never
 * on the order in which entries arrive.
 */
public final class CandidatePairs {

  /** What one bucket gave. */
  public record Outcome(int distinctTexts, long pairs, boolean capped) {}

  private record TextKey(long hi, long lo) {}

  private CandidatePairs() {}

  /** The candidate pairs of one LSH bucket, given to {@code sink}. */
  public static Outcome ofBucket(List<BucketEntry> entries, DedupeConfig config, BiConsumer<String, String> sink) {
    Map<TextKey, String> byText = new HashMap<>();
    for (BucketEntry e : entries) {
      byText.merge(new TextKey(e.exactHi(), e.exactLo()), e.id(), CandidatePairs::min);
    }
    TreeSet<String> distinct = new TreeSet<>(byText.values());
    List<String> ids = new ArrayList<>(distinct);
    int n = ids.size();
    boolean capped = n > config.maxBucketSize();
    int hubs = capped ? config.bucketHubs() : n;
    long pairs = 0;
    for (int i = 0; i < hubs; i++) {
      String hub = ids.get(i);
      for (int j = i + 1; j < n; j++) {
        sink.accept(hub, ids.get(j));
        pairs++;
      }
    }
    return new Outcome(n, pairs, capped);
  }

  /**
   * The links of one exact bucket: articles with the same normalised text are linked to the
   * smallest id among them (a star, not all pairs). Returns the number of links.
   */
  public static int exactLinks(List<BucketEntry> entries, BiConsumer<String, String> sink) {
    Map<TextKey, TreeSet<String>> byText = new TreeMap<>(CandidatePairs::compareKeys);
    for (BucketEntry e : entries) {
      byText.computeIfAbsent(new TextKey(e.exactHi(), e.exactLo()), k -> new TreeSet<>()).add(e.id());
    }
    int links = 0;
    for (TreeSet<String> ids : byText.values()) {
      String first = ids.first();
      for (String id : ids.tailSet(first, false)) {
        sink.accept(first, id);
        links++;
      }
    }
    return links;
  }

  private static String min(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static int compareKeys(TextKey a, TextKey b) {
    int c = Long.compare(a.hi, b.hi);
    return c != 0 ? c : Long.compare(a.lo, b.lo);
  }
}
