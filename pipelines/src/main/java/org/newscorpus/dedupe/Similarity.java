package org.newscorpus.dedupe;

/**
 * Exact comparison of two shingle key sets (sorted, without repeats, as {@link Shingles#keys}
 * makes them): how many shingles they share, from which the Jaccard similarity and the containment
 * of the smaller set in the larger follow.
 */
public final class Similarity {

  /** The overlap of two sets. */
  public record Overlap(int common, int sizeA, int sizeB) {

    /** |A ∩ B| / |A ∪ B|; two empty sets are identical. */
    public double jaccard() {
      int union = sizeA + sizeB - common;
      return union == 0 ? 1.0 : (double) common / union;
    }

    /** |A ∩ B| / min(|A|, |B|): the share of the shorter text found in the longer. */
    public double containment() {
      int min = Math.min(sizeA, sizeB);
      return min == 0 ? (sizeA == sizeB ? 1.0 : 0.0) : (double) common / min;
    }

    /**
     * True when the two texts are copies of one story: Jaccard at least {@code
     * config.jaccard()}, or the shorter contained in the longer at least {@code
     * config.containment()}.
     */
    public boolean links(DedupeConfig config) {
      return jaccard() >= config.jaccard() || containment() >= config.containment();
    }
  }

  private Similarity() {}

  /** The overlap of two sorted sets, by one merge pass. */
  public static Overlap of(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < a.length && j < b.length) {
      int x = a[i];
      int y = b[j];
      if (x == y) {
        common++;
        i++;
        j++;
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return new Overlap(common, a.length, b.length);
  }
}
