package org.newscorpus.extract;

import java.util.List;

/**
 * Words a case-insensitive pattern cannot match without: a cheap, exact precheck that spares a
 * page-long text a {@code (?iu)} search that would find nothing.
 *
 * <p>Java's {@code (?iu)} matching compares a text char {@code c} with a pattern literal {@code l}
 * as {@code c == l || fold(c) == l}, where {@code fold(c)} is {@code
 * Character.toLowerCase(Character.toUpperCase(c))} (so the dotless ı matches i, and ſ matches s).
 * The text is folded once with the same function ({@link #fold}); a literal that is its own fold
 * then matches exactly where its folded twin occurs in the folded text. When none of the words
 * occurs there, the pattern cannot match, and when one does, the caller runs the pattern itself:
 * the precheck never changes what is found.
 */
final class PatternWords {

  private final List<String> words;

  private PatternWords(List<String> words) {
    this.words = words;
  }

  /**
   * Words one of which every match of the pattern holds, as literals of a {@code (?iu)} or
   * case-sensitive pattern.
   *
   * @throws IllegalArgumentException when a word has a char that is not its own fold (an
   *     uppercase letter, for one), which the folded text never holds
   */
  static PatternWords anyOf(String... words) {
    for (String word : words) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("words must not be empty");
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (fold(c) != c) {
          throw new IllegalArgumentException("'" + c + "' in \"" + word + "\" is not its own fold");
        }
      }
    }
    return new PatternWords(List.of(words));
  }

  /** {@code text} with every char folded as a {@code (?iu)} pattern folds it: the same length, the same indexes. */
  static String fold(String text) {
    char[] c = null;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      char f = fold(ch);
      if (f != ch) {
        if (c == null) {
          c = text.toCharArray();
        }
        c[i] = f;
      }
    }
    return c == null ? text : new String(c);
  }

  static char fold(char c) {
    return c < 'A' ? c : Character.toLowerCase(Character.toUpperCase(c));
  }

  /**
   * True when {@code folded}, a text given by {@link #fold}, holds one of the words. For a
   * case-sensitive pattern (such as a {@link LowerCase#pattern} twin), the text itself.
   */
  boolean anyIn(String folded) {
    for (String word : words) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Where the first of the words stands in {@code folded}, as {@link #anyIn} reads it; -1 when none does. */
  int firstIn(String folded) {
    int first = -1;
    for (String word : words) {
      if (first < 0) {
        first = folded.indexOf(word);
      } else if (folded.lastIndexOf(word, first - 1) >= 0) { // searched no further than the first so far
        first = folded.indexOf(word);
      }
    }
    return first;
  }
}
