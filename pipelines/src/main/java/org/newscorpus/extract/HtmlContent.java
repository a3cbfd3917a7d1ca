package org.newscorpus.extract;

import java.util.Locale;
import java.util.Map;

/**
 * Tells a page that holds no HTML at all, though it was served as {@code text/html} or saved as
 * {@code .html}: a JSON API response, an RSS or Atom feed, a sitemap, a script or a style sheet.
 * jsoup reads any text as a document, so without this check such a payload becomes an "article"
 * whose body is JSON, feed items or code.
 */
final class HtmlContent {

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

  private static int firstNonSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
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
