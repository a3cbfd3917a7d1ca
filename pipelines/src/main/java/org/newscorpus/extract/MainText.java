package org.newscorpus.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the main body of an article page: removes page furniture (navigation, headers, footers,
 * asides, scripts, forms, and blocks whose class or id names them: tickers, share bars, related
 * and most-read lists, comments, newsletters), scores the remaining text blocks by length and
 * commas, credits each block's container, and keeps the paragraphs, in-body headings, list items
 * and quotes of the best container that are not link lists.
 *
 * <p>The document is modified: call it after reading metadata.
 */
public final class MainText {

  private static final String FURNITURE_TAGS =
      "script, style, noscript, iframe, svg, canvas, form, nav, header, footer, aside, button,"
          + " select, input, textarea, template, object, embed, figure figcaption";

  private static final Pattern FURNITURE_HINT =
      Pattern.compile(
          "(?i)(^|[\\s_-])(nav|navbar|menu|footer|sidebar|comment|comments|share|sharing|social|related"
              + "|ticker|breaking|cookie|consent|newsletter|subscribe|breadcrumbs?|promo|advert|ads?"
              + "|widget|most-?read|popular|trending|tags|report|signal|source|meta|byline|author"
              + "|dateline|lire-aussi|read-more|outbrain|taboola|modal|popup|banner)([\\s_-]|$)");

  private static final String BLOCK_TAGS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

  /** Text blocks shorter than this are not scored (captions, labels). */
  private static final int MIN_SCORED_CHARS = 25;

  private MainText() {}

  /** Returns the main body text, paragraphs separated by a blank line, or "" when none is found. */
  public static String of(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    body.select(FURNITURE_TAGS).remove();
    removeHinted(body);
    Element best = bestContainer(body);
    if (best == null) {
      return "";
    }
    return paragraphs(best);
  }

  private static void removeHinted(Element root) {
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root || e.tagName().equals("article") || e.tagName().equals("main")) {
        continue;
      }
      String hint = e.className() + " " + e.id();
      if (!hint.isBlank() && FURNITURE_HINT.matcher(hint).find() && !looksLikeBody(hint)) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      if (e.parent() != null) {
        e.remove();
      }
    }
  }

  private static boolean looksLikeBody(String hint) {
    String h = hint.toLowerCase(Locale.ROOT);
    return h.contains("article-body") || h.contains("articlebody") || h.contains("entry-content")
        || h.contains("post-content") || h.contains("story-body") || h.contains("article-content");
  }

  private static Element bestContainer(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element block : body.select(BLOCK_TAGS + ", div")) {
      String text = ownBlockText(block);
      if (text.length() < MIN_SCORED_CHARS) {
        continue;
      }
      double score = 1 + countCommas(text) + Math.min(text.length() / 100.0, 3);
      score *= 1 - linkDensity(block);
      Element parent = block.parent();
      if (parent != null) {
        scores.merge(parent, score, Double::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, score / 2, Double::sum);
        }
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      if (e.getValue() > bestScore) {
        bestScore = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  /** Text of a block: for a div, only its own text nodes, so that containers are not scored twice. */
  private static String ownBlockText(Element block) {
    if (!block.tagName().equals("div")) {
      return block.text();
    }
    StringBuilder sb = new StringBuilder();
    for (Node child : block.childNodes()) {
      if (child instanceof TextNode t) {
        sb.append(t.text());
      } else if (child instanceof Element e && isInline(e)) {
        sb.append(e.text());
      }
    }
    return sb.toString().trim();
  }

  private static boolean isInline(Element e) {
    return switch (e.tagName()) {
      case "a", "b", "strong", "i", "em", "span", "br", "small", "sup", "sub", "u", "mark", "abbr",
          "cite", "q", "time", "code" -> true;
      default -> false;
    };
  }

  private static int countCommas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '，') {
        n++;
      }
    }
    return n;
  }

  /** Share of the element's text that sits inside links. */
  static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / total);
  }

  private static String paragraphs(Element container) {
    List<String> out = new ArrayList<>();
    collect(container, out);
    return String.join("\n\n", out);
  }

  private static void collect(Element e, List<String> out) {
    Elements children = e.children();
    StringBuilder loose = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        loose.append(t.text());
        continue;
      }
      if (!(child instanceof Element c)) {
        continue;
      }
      if (isInline(c)) {
        loose.append(c.text());
        continue;
      }
      flush(loose, out);
      String tag = c.tagName();
      if (tag.matches("p|h[1-6]|li|blockquote|pre|dd|dt|figcaption")
          && c.select("p, li, blockquote").isEmpty()) {
        String text = normalizeSpace(c.text());
        if (!text.isEmpty() && !(linkDensity(c) > 0.5 && text.length() < 200) && !tag.equals("h1")) {
          out.add(text);
        }
      } else {
        collect(c, out);
      }
    }
    flush(loose, out);
    if (children.isEmpty() && out.isEmpty()) {
      String text = normalizeSpace(e.text());
      if (!text.isEmpty()) {
        out.add(text);
      }
    }
  }

  private static void flush(StringBuilder loose, List<String> out) {
    String text = normalizeSpace(loose.toString());
    if (text.length() >= MIN_SCORED_CHARS) {
      out.add(text);
    }
    loose.setLength(0);
  }

  static String normalizeSpace(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
  }
}
