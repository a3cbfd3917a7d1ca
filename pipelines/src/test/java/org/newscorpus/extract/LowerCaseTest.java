package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LowerCaseTest {

  @Test
  void lowercasesCharByCharKeepingEveryIndex() {
    // İ (U+0130) lowercases to two chars as a string, to one as a char: indexes stay put
    String text = "PUBLIÉ LE 17 Février — İstanbul";
    String lower = LowerCase.chars(text);
    assertEquals(text.length(), lower.length());
    assertEquals("publié le 17 février — istanbul", lower);
    String already = "déjà en minuscules";
    assertSame(already, LowerCase.chars(already));
  }

  @Test
  void theTwinPatternFindsWhatTheCaseInsensitiveOneFinds() {
    Pattern insensitive = Pattern.compile("(?iu)\\b(?:publié|veröffentlicht|نشر في)(?:\\s+(?:le|am))?\\s*:?\\s*");
    Pattern twin = LowerCase.pattern(insensitive);
    for (String text :
        new String[] {
          "Article PUBLIÉ le 3 mai 2013 à 10h", "Zuerst VERÖFFENTLICHT am: 01.11.2023", "نشر في 2021", "publiées", "Republié",
        }) {
      Matcher a = insensitive.matcher(text);
      Matcher b = twin.matcher(LowerCase.chars(text));
      boolean found = a.find();
      assertEquals(found, b.find(), text);
      if (found) {
        assertEquals(a.start(), b.start(), text);
        assertEquals(a.end(), b.end(), text);
      }
    }
    assertFalse(twin.matcher("PUBLIÉ").find(), "the twin itself is case-sensitive");
    assertTrue(twin.matcher("publié").find());
  }

  @Test
  void refusesPatternsItCannotTwin() {
    assertThrows(IllegalArgumentException.class, () -> LowerCase.pattern(Pattern.compile("published")));
    assertThrows(IllegalArgumentException.class, () -> LowerCase.pattern(Pattern.compile("(?iu)Published")));
    // escapes such as \S and \p{Lu} are not literals
    assertTrue(LowerCase.pattern(Pattern.compile("(?iu)by\\s+\\S\\p{Lu}?")).matcher("by x").find());
  }
}
