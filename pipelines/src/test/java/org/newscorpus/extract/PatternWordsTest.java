package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternWordsTest {

  /** Every char of the words the extractor's prechecks use. */
  private static final String WORD_CHARS =
      "abcdefghijklmnopqrstuvwxyz àäéöüèêëîïôûç'" + "تاريخالنشرحديثمفيبالمصدرنُ";

  @Test
  void everyCharThatACaseInsensitivePatternMatchesFoldsToTheLiteral() {
    for (char literal : WORD_CHARS.toCharArray()) {
      String l = String.valueOf(literal);
      Matcher single = Pattern.compile("(?iu)" + Pattern.quote(l)).matcher("");
      Matcher slice = Pattern.compile("(?iu)" + Pattern.quote(l + l)).matcher("");
      for (int c = 0; c <= 0xFFFF; c++) {
        String s = String.valueOf((char) c);
        if (single.reset(s).matches() || slice.reset(s + s).matches()) {
          assertEquals(literal, PatternWords.fold((char) c), "U+" + Integer.toHexString(c) + " matches " + l);
        }
      }
    }
  }

  @Test
  void findsAWordWhereTheCaseInsensitivePatternFindsIt() {
    PatternWords words = PatternWords.anyOf("published", "mis à jour");
    // the dotless ı matches i in a (?iu) pattern; a plain lowercase copy would hide the word
    String text = "Article PUBLıSHED on 3 May 2013";
    assertTrue(Pattern.compile("(?iu)published").matcher(text).find());
    assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("published"));
    assertTrue(words.anyIn(PatternWords.fold(text)));
    assertTrue(words.anyIn(PatternWords.fold("MIS À JOUR le 4 mai")));
    assertFalse(words.anyIn(PatternWords.fold("Posted on 3 May 2013, MIS A JOUR")));
  }

  @Test
  void foldsCharByCharKeepingEveryIndex() {
    String text = "İstanbul ſtraße PUBLIÉ";
    String folded = PatternWords.fold(text);
    assertEquals(text.length(), folded.length());
    assertEquals("istanbul straße publié", folded);
    String already = "déjà 2021 : rien à plier";
    assertSame(already, PatternWords.fold(already));
  }

  @Test
  void refusesWordsTheFoldedTextCannotHold() {
    assertThrows(IllegalArgumentException.class, () -> PatternWords.anyOf("Published"));
    assertThrows(IllegalArgumentException.class, () -> PatternWords.anyOf("ı"));
    assertThrows(IllegalArgumentException.class, () -> PatternWords.anyOf(""));
  }

  @Test
  void theFirstWordIsFoundWhereverItsListStandsIt() {
    PatternWords words = PatternWords.anyOf("publi", "posted", "نشر");
    assertEquals(3, words.firstIn("le posted, puis publié, نشر"));
    assertEquals(0, words.firstIn("publié puis posted"));
    assertEquals(4, words.firstIn("تم  نشر"));
    assertEquals(-1, words.firstIn("rien"));
  }
}
