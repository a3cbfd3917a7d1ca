package org.newscorpus.extract;

import java.util.regex.Pattern;

/**
 * Case-insensitive search without Java's case-insensitive matching.
 *
 * <p>A {@code (?iu)} pattern folds the case of the text at every position it tries, for every
 * alternative; over a page's whole text that costs more than parsing the page. Instead, the text is
 * lowercased once, char by char, so every index in the copy is the same index in the original,
 * and a case-sensitive copy of the pattern runs on it.
 */
final class LowerCase {

  private LowerCase() {}

  /** {@code text} with every char lowercased on its own: the same length, the same indexes. */
  static String chars(String text) {
    char[] c = text.toCharArray();
    boolean changed = false;
    for (int i = 0; i < c.length; i++) {
      char lower = Character.toLowerCase(c[i]);
      if (lower != c[i]) {
        c[i] = lower;
        changed = true;
      }
    }
    return changed ? new String(c) : text;
  }

  /**
   * The case-sensitive twin of {@code pattern}, a pattern that starts with {@code (?iu)} or {@code
   * (?i)} and whose literals are all lowercase, for text given by {@link #chars}.
   *
   * @throws IllegalArgumentException when the pattern is not of that form
   */
  static Pattern pattern(Pattern pattern) {
    String source = pattern.pattern();
    String rest;
    if (source.startsWith("(?iu)")) {
      rest = source.substring(5);
    } else if (source.startsWith("(?i)")) {
      rest = source.substring(4);
    } else {
      throw new IllegalArgumentException("not a (?i) pattern: " + source);
    }
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '\\') {
        i++; // \S, \W, \p{L}: an escape, not a literal
        if (i < rest.length() && (rest.charAt(i) == 'p' || rest.charAt(i) == 'P')) {
          i = rest.indexOf('}', i);
        }
      } else if (Character.toLowerCase(c) != c) {
        throw new IllegalArgumentException("uppercase literal '" + c + "' in " + source);
      }
    }
    // flags() also reports the inline (?iu): drop them, or the twin folds case all the same
    return Pattern.compile(rest, pattern.flags() & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }
}
