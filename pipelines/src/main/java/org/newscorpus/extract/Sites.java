package org.newscorpus.extract;

import java.net.IDN;
import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Site and publisher keys. {@link #site(String)} gives the host of a URL; {@link #slug(String)}
 * reduces any untrusted name to a safe partition value.
 */
public final class Sites {

  /** Longest publisher key; longer names are cut. */
  public static final int MAX_SLUG_LENGTH = 100;

  /** Key of a publisher that cannot be named. */
  public static final String UNKNOWN = "unknown";

  private Sites() {}

  /** Host of {@code url}, lowercase, without a leading {@code www.}, or {@link #UNKNOWN}. */
  public static String site(String url) {
    String host = null;
    if (url != null) {
      try {
        host = URI.create(url.trim().replace(" ", "%20")).getHost();
      } catch (IllegalArgumentException e) {
        host = null;
      }
      if (host == null) {
        int start = url.indexOf("://");
        if (start >= 0) {
          String rest = url.substring(start + 3);
          int end = 0;
          while (end < rest.length() && "/?#:".indexOf(rest.charAt(end)) < 0) {
            end++;
          }
          host = rest.substring(0, end);
          int at = host.lastIndexOf('@');
          if (at >= 0) {
            host = host.substring(at + 1);
          }
        }
      }
    }
    if (host == null || host.isBlank()) {
      return UNKNOWN;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    String slug = slug(host);
    return slug;
  }

  private static boolean hasNonLatinLetters(String s) {
    return s.codePoints()
        .anyMatch(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
  }

  /**
   * Reduces a name to a safe partition value: lowercase {@code [a-z0-9.-]}, accents folded, other
   * characters become {@code -}, no leading or trailing {@code .} or {@code -}, at most {@link
   * #MAX_SLUG_LENGTH} characters, never {@code .} or {@code ..}; {@link #UNKNOWN} when nothing is
   * left. No value it returns can name a folder outside its parent.
   */
  public static String slug(String name) {
    if (name == null) {
      return UNKNOWN;
    }
    String s = name;
    if (s.length() > 4 * MAX_SLUG_LENGTH) {
      s = s.substring(0, 4 * MAX_SLUG_LENGTH);
    }
    if (hasNonLatinLetters(s)) {
      // no transliteration: the punycode of the name is a stable, distinct ASCII key
      try {
        s = IDN.toASCII(s.trim().toLowerCase(Locale.ROOT), IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        // keep the name: its letters fold away below
      }
    }
    s = Normalizer.normalize(s, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(Math.min(s.length(), MAX_SLUG_LENGTH));
    boolean dash = false;
    for (int i = 0; i < s.length() && out.length() < MAX_SLUG_LENGTH; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
        if (c == '.' && out.length() > 0 && out.charAt(out.length() - 1) == '.') {
          continue; // no ".." anywhere
        }
        out.append(c);
        dash = false;
      } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      } else if (!dash && out.length() > 0) {
        out.append('-');
        dash = true;
      }
    }
    int start = 0;
    int end = out.length();
    while (start < end && (out.charAt(start) == '.' || out.charAt(start) == '-')) {
      start++;
    }
    while (end > start && (out.charAt(end - 1) == '.' || out.charAt(end - 1) == '-')) {
      end--;
    }
    String slug = out.substring(start, end);
    return slug.isEmpty() ? UNKNOWN : slug;
  }
}
