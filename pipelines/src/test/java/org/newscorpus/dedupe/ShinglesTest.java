package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShinglesTest {

  @Test
  void wordShinglesAreEveryRunOfConsecutiveWordsWithoutRepeats() {
    Shingles.Shingled s = Shingles.of("a b c d a b c", 3, 50);
    // a b c, b c d, c d a, d a b, a b c again
    assertEquals(4, s.set().length);
    assertEquals(4, s.lede().length);
    for (int i = 1; i < s.set().length; i++) {
      assertTrue(s.set()[i - 1] < s.set()[i], "sorted, distinct");
    }
  }

  @Test
  void theLedeIsTheFirstShinglesInReadingOrder() {
    Shingles.Shingled whole = Shingles.of("one two three four five six seven", 2, 3);
    Shingles.Shingled start = Shingles.of("one two three four", 2, 50);
    assertArrayEquals(start.set(), whole.lede());
  }

  @Test
  void aShortTextIsOneShingleAndAnEmptyTextNone() {
    assertEquals(1, Shingles.of("two words", 5, 50).set().length);
    assertEquals(0, Shingles.of("", 5, 50).set().length);
  }

  @Test
  void scriptsWithoutSpacesAreCutIntoCharacters() {
    assertEquals(4, Shingles.tokens("東京都庁").length);
    assertEquals(3, Shingles.tokens("paris 東京").length);
    assertEquals(2, Shingles.tokens("الرباط المغرب").length, "Arabic separates words with spaces");
  }

  @Test
  void theSameTextGivesTheSameShinglesInEveryRun() {
    long[] a = Shingles.of(TextNormalizer.normalize("Le Maroc et l'Union européenne signent"), 3, 10).set();
    long[] b = Shingles.of(TextNormalizer.normalize("le maroc et l’union européenne signent"), 3, 10).set();
    assertArrayEquals(a, b);
  }
}
