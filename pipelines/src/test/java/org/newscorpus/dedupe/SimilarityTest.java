package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilarityTest {

  @Test
  void jaccardAndContainmentComeFromOneMergePass() {
    Similarity.Overlap o = Similarity.of(new int[] {1, 2, 3, 4}, new int[] {3, 4, 5, 6, 7, 8});
    assertEquals(2, o.common());
    assertEquals(0.25, o.jaccard());
    assertEquals(0.5, o.containment());
  }

  @Test
  void anExcerptIsLinkedByContainmentThoughItsJaccardIsLow() {
    int[] article = new int[100];
    for (int i = 0; i < 100; i++) {
      article[i] = i;
    }
    int[] excerpt = java.util.Arrays.copyOf(article, 40);
    Similarity.Overlap o = Similarity.of(excerpt, article);
    assertEquals(0.4, o.jaccard());
    assertTrue(o.links(DedupeConfig.DEFAULT));
    assertFalse(Similarity.of(new int[] {1, 2, 3, 50}, new int[] {1, 60, 70, 80}).links(DedupeConfig.DEFAULT));
  }

  @Test
  void twoEmptySetsAreIdentical() {
    assertEquals(1.0, Similarity.of(new int[0], new int[0]).jaccard());
    assertEquals(0.0, Similarity.of(new int[0], new int[] {1}).containment());
  }
}
