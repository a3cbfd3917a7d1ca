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
  void invisibleFormatCharactersDoNotSplitAWord() {
    // a Persian copy written with the zero-width non-joiner ("half space") and one written without
    assertEquals("میخواهند", TextNormalizer.normalize("می\u200Cخواهند"));
    // a German copy hyphenated for the browser, with a byte-order mark and a right-to-left mark
    assertEquals("die weine italiens", TextNormalizer.normalize("\uFEFFDie Wei\u00ADne Ita\u00ADli\u00ADens\u200F"));
  }

  @Test
  void digitsAndWordsStillCount() {
    assertNotEquals(TextNormalizer.contentHash("73 milliards"), TextNormalizer.contentHash("74 milliards"));
  }

  @Test
  void digitsOfEveryScriptTatweelAndLettersBeyondTheBmp() {
    // Arabic-Indic digits are written as ASCII ones; the tatweel of "عـاجل" stretches, and goes
    assertEquals("2021 عاجل", TextNormalizer.normalize("٢٠٢١ — عـاجل"));
    // a Deseret capital (U+10400, two chars) folds to its small letter (U+10428), also two chars
    assertEquals("\uD801\uDC28 ok", TextNormalizer.normalize("\uD801\uDC00 OK…"));
  }
}
