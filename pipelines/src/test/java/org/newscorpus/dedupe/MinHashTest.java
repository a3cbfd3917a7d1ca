package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {

  private static long[] set(long from, long to) {
    return LongStream.range(from, to).map(Hash64::mix).sorted().toArray();
  }

  @Test
  void signaturesEstimateTheJaccardSimilarity() {
    MinHash m = new MinHash(512, 42);
    long[] a = set(0, 1000);
    long[] b = set(500, 1500); // Jaccard 500 / 1500
    double est = MinHash.estimate(m.signature(a, 512), m.signature(b, 512));
    assertEquals(1.0 / 3, est, 0.07);
    assertEquals(1.0, MinHash.estimate(m.signature(a, 512), m.signature(a.clone(), 512)));
    assertTrue(MinHash.estimate(m.signature(a, 512), m.signature(set(5000, 6000), 512)) < 0.03);
  }

  @Test
  void theSeedDecidesThePermutations() {
    long[] a = set(0, 100);
    assertArrayEquals(new MinHash(16, 1).signature(a, 16), new MinHash(16, 1).signature(a, 16));
    assertNotEquals(Arrays.toString(new MinHash(16, 1).signature(a, 16)), Arrays.toString(new MinHash(16, 2).signature(a, 16)));
  }

  @Test
  void equalBandsShareABucketAndBandNumbersKeepBucketsApart() {
    long[] sigA = {1, 2, 3, 4, 5, 6};
    long[] sigB = {1, 2, 3, 9, 9, 9};
    long[] a = new long[3];
    long[] b = new long[3];
    MinHash.bandBuckets(sigA, 3, 2, 0, a, 0);
    MinHash.bandBuckets(sigB, 3, 2, 0, b, 0);
    assertEquals(a[0], b[0], "first band equal");
    assertNotEquals(a[1], b[1]);
    long[] shifted = new long[1];
    MinHash.bandBuckets(sigA, 1, 2, 5, shifted, 0);
    assertNotEquals(a[0], shifted[0], "same values in another band, another bucket");
  }

  @Test
  void bandingFindsCopiesAndSkipsUnrelatedTexts() {
    DedupeConfig c = DedupeConfig.DEFAULT;
    MinHash m = new MinHash(c.permutations(), c.seed());
    long[] a = set(0, 400);
    long[] copy = set(40, 440); // Jaccard 0.82
    long[] other = set(10_000, 10_400);
    assertTrue(shareBucket(m, c, a, copy));
    assertTrue(!shareBucket(m, c, a, other));
  }

  @Test
  void tooFewPermutationsForTheBandsIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> MinHash.bandBuckets(new long[4], 3, 2, 0, new long[3], 0));
  }

  private static boolean shareBucket(MinHash m, DedupeConfig c, long[] x, long[] y) {
    int n = c.bands() * c.rows();
    long[] bx = new long[c.bands()];
    long[] by = new long[c.bands()];
    MinHash.bandBuckets(m.signature(x, n), c.bands(), c.rows(), 0, bx, 0);
    MinHash.bandBuckets(m.signature(y, n), c.bands(), c.rows(), 0, by, 0);
    for (int i = 0; i < bx.length; i++) {
      if (bx[i] == by[i]) {
        return true;
      }
    }
    return false;
  }
}
