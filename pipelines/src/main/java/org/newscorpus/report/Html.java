package org.newscorpus.report;

/**
 * Escaping for the report. Every text that comes from a page or an input (titles, sources, URLs,
 * messages, excerpts, file names) goes through {@link #escape(String)}, in HTML and in SVG alike, so
 * that a title holding {@code <script>} or {@code </svg>} shows as text.
 */
public final class Html {

  private Html() {}

  /** Text safe in HTML and SVG content and in quoted attribute values; null gives "". */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // control characters are not allowed in XML (SVG); keep tab and newline
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append(' ');
          } else if (Character.isSurrogate(c) && !validSurrogateAt(s, i)) {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** The first {@code max} characters of s, with an ellipsis when cut (never inside a surrogate pair). */
  public static String truncate(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end) + "…";
  }

  private static boolean validSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
