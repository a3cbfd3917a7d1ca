package org.newscorpus.extract;

import java.text.Normalizer;

/**
 * The one Unicode form of the text an article is written with.
 *
 * <ul>
 *   <li>The soft hyphen and the zero-width space go, as jsoup's {@code Element.text()} drops them.
 *       They only tell a browser where it may break a line. A German site that hyphenates its
 *       paragraphs with {@code &shy;} ("Ita&shy;li&shy;ens") would otherwise give words that no
 *       search finds, and that the dedupe splits where a copy without the hyphens does not.
 *   <li>The text is put in Unicode's composed form (NFC), the form the web's specifications ask
 *       for: "für" written as "u" and a combining diaeresis, as some editors save it, becomes the
 *       "ü" every other page writes; Bengali "য়" written as one code point becomes the two that
 *       NFC gives it.
 * </ul>
 */
final class TextForm {

  private TextForm() {}

  /** True for the invisible line-break hints dropped from text: the soft hyphen and the zero-width space. */
  static boolean isBreakHint(char c) {
    return c == '\u00AD' || c == '\u200B';
  }

  /** {@code text} without line-break hints, in NFC; the same string when it is already so. */
  static String of(String text) {
    if (text == null) {
      return null;
    }
    String s = text;
    for (int i = 0; i < s.length(); i++) {
      if (isBreakHint(s.charAt(i))) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int j = 0; j < s.length(); j++) {
          char c = s.charAt(j);
          if (!isBreakHint(c)) {
            sb.append(c);
          }
        }
        s = sb.toString();
        break;
      }
    }
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
