package org.newscorpus.dedupe;

import java.util.Arrays;

/**
 * Shingles of a normalised text ({@link TextNormalizer}): the hashes of every run of {@code size}
 * consecutive tokens, as a sorted set of 64-bit values.
 *
 * <p>A token is a word (a run between spaces). Scripts written without spaces between words
 * (Han, Hiragana, Katakana, Thai, Lao, Khmer, Myanmar) have no words to cut, so each of their
 * characters is a token by itself and their shingles are character shingles; a text mixing scripts
 * gets both kinds. A text with fewer tokens than {@code size} has one shingle of all its tokens,
 * and an empty text none.
 *
 * <p>Two distinct shingles share a 64-bit hash with probability about 2<sup>-64</sup>. The dedupe
 * compares the sets' 32-bit {@link #keys}, which are as good as exact for texts of news length.
 */
public final class Shingles {

  /**
   * The shingle sets of one text, each sorted and without repeats, and its opening: the hash of
   * its first shingle in reading order (0 for an empty text).
   */
  public record Shingled(long[] set, long[] lede, long opening) {}

  private Shingles() {}

  /**
   * The shingles of a normalised text, and its lede: the set of its first {@code ledeCount}
   * shingles in reading order.
   */
  public static Shingled of(String normalized, int size, int ledeCount) {
    long[] tokens = tokens(normalized);
    int n = tokens.length;
    if (n == 0) {
      return new Shingled(new long[0], new long[0], 0);
    }
    int count = n < size ? 1 : n - size + 1;
    int width = Math.min(size, n);
    long[] shingles = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0;
      for (int j = i; j < i + width; j++) {
        h = h * Hash64.GOLDEN + tokens[j];
      }
      shingles[i] = Hash64.mix(h + width);
    }
    long opening = shingles[0];
    long[] lede = sortedDistinct(Arrays.copyOf(shingles, Math.min(count, ledeCount)));
    return new Shingled(sortedDistinct(shingles), lede, opening);
  }

  /** The hash of every token of a normalised text, in order. */
  static long[] tokens(String normalized) {
    long[] out = new long[Math.max(16, normalized.length() / 5)];
    int n = 0;
    int start = -1;
    for (int i = 0; i < normalized.length(); ) {
      int cp = normalized.codePointAt(i);
      int next = i + Character.charCount(cp);
      boolean space = cp == ' ';
      boolean alone = !space && writtenWithoutSpaces(cp);
      if ((space || alone) && start >= 0) {
        out = grow(out, n);
        out[n++] = Hash64.of(normalized, start, i);
        start = -1;
      }
      if (alone) {
        out = grow(out, n);
        out[n++] = Hash64.of(normalized, i, next);
      } else if (!space && start < 0) {
        start = i;
      }
      i = next;
    }
    if (start >= 0) {
      out = grow(out, n);
      out[n++] = Hash64.of(normalized, start, normalized.length());
    }
    return Arrays.copyOf(out, n);
  }

  /** True for a character of a script that does not separate words with spaces. */
  static boolean writtenWithoutSpaces(int cp) {
    if (cp < 0x0E00) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
      default -> false;
    };
  }

  /**
   * The 32-bit keys of a shingle set (sorted, as {@link #of} gives it): the high half of each hash,
   * in the same order, without repeats. The dedupe compares these and ships them between its
   * steps; the 64-bit set feeds MinHash.
   *
   * <p>Two distinct shingles share a key with probability 2<sup>-32</sup>. Two texts of 2,000
   * shingles each (a long article) then share one key by chance about once in a thousand pairs,
   * which moves their Jaccard similarity by less than 1/2,000; a text of 2,000 shingles loses one
   * key to a collision within itself about once in two thousand texts. Against that, a key set
   * takes half the heap and half the bytes of the hashes: the fingerprints cross three joins.
   */
  public static int[] keys(long[] set) {
    // The high halves of longs in ascending order are ascending ints: no sort, only repeats to drop.
    int[] keys = new int[set.length];
    int k = 0;
    for (long h : set) {
      int key = (int) (h >>> 32);
      if (k == 0 || key != keys[k - 1]) {
        keys[k++] = key;
      }
    }
    return k == keys.length ? keys : Arrays.copyOf(keys, k);
  }

  /** Sorts in place and drops repeats; returns the distinct prefix. */
  static long[] sortedDistinct(long[] values) {
    if (values.length < 2) {
      return values;
    }
    Arrays.sort(values);
    int k = 1;
    for (int i = 1; i < values.length; i++) {
      if (values[i] != values[k - 1]) {
        values[k++] = values[i];
      }
    }
    return k == values.length ? values : Arrays.copyOf(values, k);
  }

  private static long[] grow(long[] a, int n) {
    return n < a.length ? a : Arrays.copyOf(a, a.length * 2);
  }
}
