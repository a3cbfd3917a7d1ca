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

  /** The text of {@code e}, or null when its text nodes hold more than {@code max} characters. */
  static String of(Element e, int max) {
    int[] length = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t && !t.isBlank()) { // indentation is not text
              length[0] += t.getWholeText().length();
              if (length[0] > max * 2) {
                return FilterResult.STOP;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        e);
    if (length[0] > max * 2) {
      return null;
    }
    String text = e.text();
    return text.length() > max ? null : text;
  }
}
