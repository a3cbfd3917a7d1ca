package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityTest {

  @Test
  void jaccardAndContainmentComeFromOneMergePass() {
    Similarity.Overlap o = Similarity.of(new long[] {1, 2, 3, 4}, new long[] {3, 4, 5, 6, 7, 8});
    assertEquals(2, o.common());
    assertEquals(0.25, o.jaccard());
    assertEquals(0.5, o.containment());
  }

  @Test
  void anExcerptIsLinkedByContainmentThoughItsJaccardIsLow() {
    long[] article = new long[100];
    for (int i = 0; i < 100; i++) {
      article[i] = i;
    }
    long[] excerpt = java.util.Arrays.copyOf(article, 40);
    Similarity.Overlap o = Similarity.of(excerpt, article);
    assertEquals(0.4, o.jaccard());
    assertTrue(o.links(DedupeConfig.DEFAULT));
    assertFalse(Similarity.of(new long[] {1, 2, 3, 50}, new long[] {1, 60, 70, 80}).links(DedupeConfig.DEFAULT));
  }

  @Test
  void twoEmptySetsAreIdentical() {
    assertEquals(1.0, Similarity.of(new long[0], new long[0]).jaccard());
    assertEquals(0.0, Similarity.of(new long[0], new long[] {1}).containment());
  }
}
