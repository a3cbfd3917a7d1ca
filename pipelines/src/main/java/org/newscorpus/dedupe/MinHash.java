package org.newscorpus.dedupe;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets, and their LSH band buckets.
 *
 * <p>Permutation {@code i} maps a shingle hash {@code x} to {@code ((x ^ a_i) * m_i) >>> 1}, with
 * {@code a_i} random and {@code m_i} random odd, drawn from the configured seed by SplitMix64. Both
 * steps are bijections of 64-bit values and shingle hashes are already uniform, so the minimum
 * under each permutation is a fair draw from the set: two sets agree at position {@code i} with
 * probability close to their Jaccard similarity. One multiply per shingle and permutation keeps
 * signing cheap (a 500-word article costs about 64,000 multiplies at 128 permutations).
 *
 * <p>A band is {@code rows} consecutive signature values; its bucket is their hash together with
 * the band's number, so the same values in two different bands never share a bucket. Two texts
 * with Jaccard similarity {@code s} share at least one of {@code b} bands with probability {@code
 * 1 - (1 - s^r)^b}.
 */
public final class MinHash {

  /** Value of a signature position for the empty set. */
  static final long EMPTY = Long.MAX_VALUE;

  private final long[] xors;
  private final long[] multipliers;

  /** The first {@code permutations} permutations drawn from {@code seed}. */
  public MinHash(int permutations, long seed) {
    if (permutations < 1) {
      throw new IllegalArgumentException("permutations must be at least 1, was " + permutations);
    }
    xors = new long[permutations];
    multipliers = new long[permutations];
    long state = seed;
    for (int i = 0; i < permutations; i++) {
      state += Hash64.GOLDEN;
      xors[i] = Hash64.mix(state);
      state += Hash64.GOLDEN;
      multipliers[i] = Hash64.mix(state) | 1L;
    }
  }

  public int permutations() {
    return xors.length;
  }

  /** The signature of a shingle set under the first {@code permutations} permutations. */
  public long[] signature(long[] shingles, int permutations) {
    if (permutations > xors.length) {
      throw new IllegalArgumentException(
          "permutations must be at most " + xors.length + ", was " + permutations);
    }
    long[] sig = new long[permutations];
    Arrays.fill(sig, EMPTY);
    long[] a = xors;
    long[] m = multipliers;
    for (long x : shingles) {
      for (int i = 0; i < permutations; i++) {
        long v = ((x ^ a[i]) * m[i]) >>> 1;
        if (v < sig[i]) {
          sig[i] = v;
        }
      }
    }
    return sig;
  }

  /**
   * Writes the buckets of {@code bands} bands of {@code rows} rows of {@code signature} to {@code
   * out} from {@code offset}; band {@code j} is numbered {@code firstBand + j}.
   */
  public static void bandBuckets(long[] signature, int bands, int rows, int firstBand, long[] out, int offset) {
    if (bands * rows > signature.length) {
      throw new IllegalArgumentException(
          bands + " bands of " + rows + " rows need " + bands * rows + " signature values, have " + signature.length);
    }
    for (int b = 0; b < bands; b++) {
      long h = Hash64.mix((firstBand + b + 1) * Hash64.GOLDEN);
      for (int r = 0; r < rows; r++) {
        h = Hash64.mix(h ^ signature[b * rows + r]);
      }
      out[offset + b] = h;
    }
  }

  /** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
  public static double estimate(long[] a, long[] b) {
    int n = Math.min(a.length, b.length);
    int same = 0;
    for (int i = 0; i < n; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return n == 0 ? 0 : (double) same / n;
  }
}
