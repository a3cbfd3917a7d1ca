package org.newscorpus.dedupe;

import java.text.Normalizer;
import java.util.Arrays;
import org.newscorpus.common.Digests;

/**
 * Normalises article text before it is compared: two copies of a story that differ only in
 * Unicode forms, case, quote styles, punctuation, digit script or spacing normalise equal.
 *
 * <ul>
 *   <li>Unicode NFKC, so compatibility forms ({@code ﬁ}, full-width letters, {@code ²}) unify;
 *   <li>case folded code point by code point (upper case, then lower case, which also folds the
 *       Greek final sigma and the Turkish dotted capital I);
 *   <li>letters, combining marks and numbers are word characters; every run of anything else
 *       (punctuation, quotes of any style, symbols, spaces) becomes one space;
 *   <li>digits are kept, and decimal digits of every script are written as ASCII digits, so
 *       {@code ٢٠٢١} equals {@code 2021};
 *   <li>the Arabic tatweel, a pure stretching mark, is dropped, and so are the invisible format
 *       characters (soft hyphens, bidi marks such as the right-to-left mark, zero-width joiners
 *       and non-joiners, the byte-order mark), which one copy carries and another not: they never
 *       split a word.
 * </ul>
 */
public final class TextNormalizer {

  private static final int TATWEEL = 0x0640;

  private TextNormalizer() {}

  /** The normalised text: words separated by single spaces, no leading or trailing space. */
  public static String normalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    // one char out at most for each char in, but for a case mapping that leaves the BMP (grown below)
    char[] out = new char[s.length() + 1];
    int len = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c < 0x80) { // ASCII, most of most texts: the same rules without the Unicode tables
        i++;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
          out[len++] = c;
          space = false;
        } else if (c >= 'A' && c <= 'Z') {
          out[len++] = (char) (c + ('a' - 'A'));
          space = false;
        } else if (!space) {
          out[len++] = ' ';
          space = true;
        }
        continue;
      }
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.DECIMAL_DIGIT_NUMBER) {
        out[len++] = (char) ('0' + Character.digit(cp, 10));
        space = false;
      } else if (type == Character.FORMAT) {
        continue; // invisible: a soft hyphen, a bidi mark or a joiner is in a word, not between two
      } else if (isWordCharacter(type)) {
        if (cp != TATWEEL) {
          int folded = Character.toLowerCase(Character.toUpperCase(cp));
          if (len + 2 + (s.length() - i) > out.length) {
            out = Arrays.copyOf(out, out.length * 2 + 2);
          }
          len += Character.toChars(folded, out, len);
          space = false;
        }
      } else if (!space) {
        out[len++] = ' ';
        space = true;
      }
    }
    if (len > 0 && out[len - 1] == ' ') {
      len--;
    }
    return new String(out, 0, len);
  }

  /** Hex digest of the normalised text: the article's {@code content_hash}. */
  public static String contentHash(String text) {
    return Digests.hex128(normalize(text));
  }

  private static boolean isWordCharacter(int type) {
    return switch (type) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.NON_SPACING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }
}
