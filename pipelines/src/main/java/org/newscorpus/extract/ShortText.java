package org.newscorpus.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The text of an element, when it is short: a date line, a credit line, a byline.
 *
 * <p>Takes an element and a length bound and gives its text as {@link Element#text()} would, or
 * null as soon as its text nodes pass the bound. Looking for short lines among a page's thousands
 * of elements with {@code text()} would build the text of every container, the whole page over
 * and over; this stops after {@code max} characters.
 */
final class ShortText {

  private ShortText() {}

  /**
   * The text of {@code e}, or null when its text nodes hold more than {@code max} characters:
   * more than twice {@code max} in its text nodes that are not blank, or more than {@code max}
   * that its text keeps.
   */
  static String of(Element e, int max) {
    int[] length = {0};
    int[] kept = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t && !t.isBlank()) { // indentation is not text
              String text = t.getWholeText();
              length[0] += text.length();
              if (length[0] > max * 2) {
                return FilterResult.STOP;
              }
              kept[0] += kept(text);
              if (kept[0] > max) {
                return FilterResult.STOP; // text() would be longer still: spare building it
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        e);
    if (length[0] > max * 2 || kept[0] > max) {
      return null;
    }
    String text = e.text();
    return text.length() > max ? null : text;
  }

  /**
   * How many chars of {@code text} any {@link Element#text()} keeps: all but spaces and controls,
   * which it collapses or trims, and the no-break space, zero-width space and soft hyphen, which
   * it turns to a space or drops.
   */
  private static int kept(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && c != '\u00A0' && !TextForm.isBreakHint(c)) {
        n++;
      }
    }
    return n;
  }
}
