package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void caseQuotesPunctuationAndSpacingFoldAway() {
    assertEquals("l otan prépare un reset", TextNormalizer.normalize("L’Otan  prépare un « reset »!"));
    assertEquals(TextNormalizer.contentHash("L'Otan prépare\n\nun \"reset\""), TextNormalizer.contentHash("l’otan PRÉPARE un «reset»"));
  }

  @Test
  void compatibilityFormsAreUnified() {
    assertEquals("fin 2", TextNormalizer.normalize("ﬁn ²"));
  }

  @Test
  void digitsAndWordsStillCount() {
    assertNotEquals(TextNormalizer.contentHash("73 milliards"), TextNormalizer.contentHash("74 milliards"));
  }
}
