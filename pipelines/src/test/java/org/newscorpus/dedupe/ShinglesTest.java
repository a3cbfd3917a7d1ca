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
  void theOpeningIsTheFirstShingleInReadingOrder() {
    long opening = Shingles.of("one two three four five six seven", 3, 50).opening();
    assertEquals(Shingles.of("one two three", 3, 50).opening(), opening);
    assertEquals(Shingles.of("one two three nine ten", 3, 50).opening(), opening);
    assertTrue(opening != Shingles.of("two three four five", 3, 50).opening());
    assertEquals(0, Shingles.of("", 3, 50).opening());
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

  @Test
  void keysAreTheHighHalvesOfTheSortedHashesWithoutRepeats() {
    long[] set = {-1L, 0x0000_0005_0000_0001L, 0x0000_0005_0000_0002L, 0x7fff_ffff_0000_0000L};
    assertArrayEquals(new int[] {-1, 5, 0x7fff_ffff}, Shingles.keys(set));
    assertArrayEquals(new int[0], Shingles.keys(new long[0]));
  }

  @Test
  void twoRelatedTextsOverlapByTheirKeysAsByTheirHashes() {
    String story = Articles.words(7, 800);
    String edited = "RABAT (MAP) - " + story.substring(0, story.length() / 2) + " " + Articles.words(8, 300);
    long[] a = Shingles.of(TextNormalizer.normalize(story), DedupeConfig.DEFAULT.shingleSize(), 0).set();
    long[] b = Shingles.of(TextNormalizer.normalize(edited), DedupeConfig.DEFAULT.shingleSize(), 0).set();
    java.util.Set<Long> inA = new java.util.HashSet<>();
    for (long h : a) {
      inA.add(h);
    }
    int common = 0;
    for (long h : b) {
      common += inA.contains(h) ? 1 : 0;
    }
    Similarity.Overlap byKeys = Similarity.of(Shingles.keys(a), Shingles.keys(b));
    assertEquals(a.length, byKeys.sizeA());
    assertEquals(b.length, byKeys.sizeB());
    assertEquals(common, byKeys.common());
    assertTrue(common > 300 && common < 500, common + " shared shingles");
  }
}
