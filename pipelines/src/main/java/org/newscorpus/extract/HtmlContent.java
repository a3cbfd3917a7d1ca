package org.newscorpus.extract;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a decoded page holds before the parser reads it. {@link #notHtml} tells a page that holds
 * no HTML at all, though it was served as {@code text/html} or saved as {@code .html}: a JSON API
 * response, an RSS or Atom feed, a sitemap, a script or a style sheet. jsoup reads any text as a
 * document, so without this check such a payload becomes an "article" whose body is JSON, feed
 * items or code. {@link #withoutLeadingDiagnostics} cuts the PHP warnings a broken server printed
 * before the document, and {@link #withoutDiagnosticLines} cuts those it printed into the body.
 */
final class HtmlContent {

  /** The levels PHP prints its diagnostics at. */
  private static final String DIAGNOSTIC_LEVEL =
      "(?:PHP\\s+)?(?:Warning|Notice|Deprecated|Strict Standards|Fatal error|Parse error|Catchable fatal error"
          + "|Recoverable fatal error)";

  /**
   * One PHP diagnostic as a server prints it into the page: {@code <br /> <b>Warning</b>:
   * mysql_get_server_info(): Access denied … in <b>/www/…/plugin.php</b> on line <b>299</b><br />},
   * or the same without markup.
   */
  private static final Pattern DIAGNOSTIC =
      Pattern.compile(
          "(?i)\\s*(?:<br\\s*/?>\\s*)*(?:<b>)?\\s*" + DIAGNOSTIC_LEVEL + "\\s*(?:</b>)?\\s*:[^\\n]{1,2000}? on line"
              + "\\s*(?:<b>)?\\s*\\d+\\s*(?:</b>)?(?:\\s*<br\\s*/?>)*");

  /** A PHP diagnostic as a line of a page's text shows it. */
  private static final Pattern DIAGNOSTIC_LINE =
      Pattern.compile("\\s*" + DIAGNOSTIC_LEVEL + "\\s*:.{1,2000}? on line \\d+\\s*");

  /** Root elements of XML documents that are not pages, and what each is. */
  private static final Map<String, String> XML_ROOTS =
      Map.of(
          "rss", "an RSS feed",
          "rdf:rdf", "an RSS 1.0 (RDF) feed",
          "feed", "an Atom feed",
          "urlset", "an XML sitemap",
          "sitemapindex", "an XML sitemap index",
          "opml", "an OPML outline");

  /** How far into the text the root element of a feed or sitemap is looked for. */
  private static final int ROOT_WINDOW = 4096;

  private HtmlContent() {}

  /**
   * Why {@code text}, a decoded page, is not HTML, or null when it may be. It is not when it is a
   * JSON document (it opens with a brace or bracket and closes with its pair), an XML document
   * whose root is a feed or sitemap element, or text without a single tag.
   */
  static String notHtml(String text) {
    int start = firstNonSpace(text);
    if (start < 0) {
      return null;
    }
    char first = text.charAt(start);
    if (opensJson(text, start)) {
      int end = lastNonSpace(text);
      char last = text.charAt(end);
      if (last == (first == '{' ? '}' : ']')) {
        return String.format(Locale.ROOT,
            "a JSON document, not HTML: its %,d characters open with '%c' and close with '%c'",
            end - start + 1, first, last);
      }
    }
    if (first == '<') {
      String root = rootElement(text, start);
      String what = root == null ? null : XML_ROOTS.get(root);
      if (what != null) {
        return what + ", not HTML: its root element is <" + root + ">";
      }
    }
    if (!hasTag(text, start)) {
      return String.format(Locale.ROOT,
          "no HTML markup: %,d characters without a single tag (a script, a style sheet or plain text served as HTML)",
          text.length());
    }
    return null;
  }

  /**
   * True when the text at {@code start} opens a JSON object (a brace, then a member's name or the
   * closing brace) or array (a bracket, then a value or the closing bracket): "[Mise à jour]"
   * opens no array.
   */
  private static boolean opensJson(String text, int start) {
    char first = text.charAt(start);
    if (first != '{' && first != '[') {
      return false;
    }
    int i = start + 1;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char next = text.charAt(i);
    return first == '{'
        ? next == '"' || next == '}'
        : "{[\"]-0123456789tfn".indexOf(next) >= 0;
  }

  /**
   * The lowercased name of the first element of the document at {@code start}, past an XML
   * declaration, processing instructions, comments and a doctype; null when there is none near
   * the start.
   */
  private static String rootElement(String text, int start) {
    int limit = Math.min(text.length(), start + ROOT_WINDOW);
    int i = start;
    while (i < limit) {
      int open = text.indexOf('<', i);
      if (open < 0 || open + 1 >= limit) {
        return null;
      }
      char next = text.charAt(open + 1);
      if (next == '?' || next == '!') {
        String close = text.startsWith("!--", open + 1) ? "-->" : ">";
        int end = text.indexOf(close, open + 2);
        if (end < 0) {
          return null;
        }
        i = end + close.length();
        continue;
      }
      int nameEnd = open + 1;
      while (nameEnd < limit && isNameChar(text.charAt(nameEnd))) {
        nameEnd++;
      }
      return nameEnd == open + 1 ? null : text.substring(open + 1, nameEnd).toLowerCase(Locale.ROOT);
    }
    return null;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
  }

  /** True when a tag, comment, doctype or processing instruction opens anywhere from {@code start}. */
  private static boolean hasTag(String text, int start) {
    for (int i = text.indexOf('<', start); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
      char c = text.charAt(i + 1);
      if (c == '!' || c == '/' || c == '?' || (c < 0x80 && Character.isLetter(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code text} without the PHP diagnostics ("Warning: …", "Deprecated: …", "Strict Standards: …")
   * that open it, when a tag follows them: the server printed them before its document. Left
   * there, the text sends the parser into the page's body before the {@code <head>}, so the page's
   * title and meta tags land in the body, and the warnings open the article. Any other text comes
   * back as it is.
   */
  static String withoutLeadingDiagnostics(String text) {
    int start = firstNonSpace(text);
    if (start < 0 || !mayOpenDiagnostic(text, start)) {
      return text;
    }
    Matcher m = DIAGNOSTIC.matcher(text);
    int end = start;
    while (m.region(end, text.length()).lookingAt() && m.end() > end) {
      end = m.end();
    }
    if (end == start) {
      return text;
    }
    int next = firstNonSpace(text, end);
    return next >= 0 && text.charAt(next) == '<' ? text.substring(next) : text;
  }

  /**
   * {@code text}, a paragraph of a page's body, without its lines that are PHP diagnostics
   * ("Strict Standards: Non-static method … in /www/…/plugin.php on line 29"): a server printed
   * them into the page where a plugin failed. The same string when it holds none.
   */
  static String withoutDiagnosticLines(String text) {
    if (!text.contains(" on line ")) {
      return text;
    }
    StringJoiner kept = new StringJoiner("\n");
    boolean cut = false;
    for (String line : text.split("\n", -1)) {
      if (DIAGNOSTIC_LINE.matcher(line).matches()) {
        cut = true;
      } else {
        kept.add(line);
      }
    }
    return cut ? kept.toString().strip() : text;
  }

  /** A cheap look at the first characters: a {@code <br>}, a {@code <b>} or a letter. */
  private static boolean mayOpenDiagnostic(String text, int start) {
    char c = text.charAt(start);
    if (Character.isLetter(c)) {
      return true;
    }
    return c == '<' && start + 2 < text.length() && (text.charAt(start + 1) | 0x20) == 'b'
        && (text.charAt(start + 2) == '>' || (text.charAt(start + 2) | 0x20) == 'r');
  }

  private static int firstNonSpace(String text) {
    return firstNonSpace(text, 0);
  }

  private static int firstNonSpace(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\uFEFF' && !Character.isWhitespace(c)) {
        return i;
      }
    }
    return -1;
  }

  private static int lastNonSpace(String text) {
    int i = text.length() - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }
}
