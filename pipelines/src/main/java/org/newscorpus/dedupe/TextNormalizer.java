package org.newscorpus.dedupe;

import java.text.Normalizer;
import java.util.Locale;
import org.newscorpus.common.Digests;

/**
 * Normalises article text for comparison: Unicode NFKC, lowercase, every run of non-letter,
 * non-digit characters folded to one space. Two texts that differ only in case, quotes,
 * punctuation or spacing normalise equal.
 */
public final class TextNormalizer {

  private TextNormalizer() {}

  public static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(cp);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int len = out.length();
    if (len > 0 && out.charAt(len - 1) == ' ') {
      out.setLength(len - 1);
    }
    return out.toString();
  }

  /** Hex digest of the normalised text: the article's {@code content_hash}. */
  public static String contentHash(String text) {
    return Digests.hex128(normalize(text));
  }
}
