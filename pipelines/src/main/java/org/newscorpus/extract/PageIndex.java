package org.newscorpus.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements that the title, author, date and publisher searches look up on every page, found
 * in one pass over the document instead of one pass per query.
 *
 * <p>Each of those searches used to run its own {@code doc.select(…)} over a page of a few
 * thousand elements: the JSON-LD scripts alone were sought four times. The index keeps the
 * page's {@code meta}, {@code script}, {@code h1}, {@code time}, {@code a}, {@code link} and
 * {@code input} elements, those with an {@code itemprop} or {@code property} attribute, and those
 * with any attribute, in page order; a query then runs its own jsoup selector over that shorter
 * list ({@link #select}), so it finds exactly what {@code doc.select} finds.
 *
 * <p>The index is stored with the document and built on first use. It describes the document as
 * it was then: code that changes the document calls {@link #forget} first.
 */
final class PageIndex {

  private static final String KEY = "newscorpus.pageIndex";

  /** The JSON-LD scripts. */
  static final Evaluator JSON_LD = query("script[type=application/ld+json]");

  /** The tags indexed. */
  private static final Set<String> TAGS = Set.of("meta", "script", "h1", "time", "a", "link", "input");

  private final Document doc;
  private final List<Element> indexed = new ArrayList<>();
  private final Map<String, List<Element>> byTag = new HashMap<>();
  private final List<Element> withItemprop = new ArrayList<>();
  private final List<Element> withAttributes = new ArrayList<>();

  private PageIndex(Document doc, NodeVisitor check) {
    this.doc = doc;
    NodeTraversor.traverse((node, depth) -> {
      if (check != null) {
        check.head(node, depth);
      }
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (TAGS.contains(tag)) {
          indexed.add(e);
          byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(e);
        }
        if (e.attributesSize() > 0) {
          withAttributes.add(e);
          if (e.hasAttr("itemprop") || e.hasAttr("property")) {
            withItemprop.add(e);
          }
        }
      }
    }, doc);
  }

  /** The index of {@code doc}, built on first call. */
  static PageIndex of(Document doc) {
    Object stored = doc.attributes().userData(KEY);
    if (stored instanceof PageIndex index) {
      return index;
    }
    return build(doc, null);
  }

  /**
   * Builds and stores the index of {@code doc} in a walk that also shows {@code check} (or null)
   * every node, in page order, before the node is indexed: a check of the whole page ({@link
   * PageGuard#checkDepth}) spares the page a walk of its own. When {@code check} throws, no index
   * is stored.
   */
  static PageIndex build(Document doc, NodeVisitor check) {
    PageIndex index = new PageIndex(doc, check);
    doc.attributes().userData(KEY, index);
    return index;
  }

  /** Drops the index of {@code doc}: to be called before the document is changed. */
  static void forget(Document doc) {
    if (doc.attributes().userData(KEY) != null) {
      doc.attributes().userData(KEY, null);
    }
  }

  /**
   * A selector compiled once, for {@link #select}. Only simple selectors (tags, attributes, their
   * unions): jsoup's structural ones ({@code :not}, {@code :has}, ancestors) keep a per-thread
   * memo that only {@code doc.select} clears.
   */
  static Evaluator query(String css) {
    return QueryParser.parse(css);
  }

  /**
   * The elements of tag {@code tag} that {@code query} matches, in page order: what {@code
   * doc.select(query)} gives when every element it can match has that tag.
   */
  Elements select(String tag, Evaluator query) {
    return filter(byTag.getOrDefault(tag, List.of()), query);
  }

  /** The elements of any of {@code tags} that {@code query} matches, in page order. */
  Elements select(Set<String> tags, Evaluator query) {
    Elements found = new Elements();
    for (Element e : indexed) {
      if (tags.contains(e.normalName()) && query.matches(doc, e)) {
        found.add(e);
      }
    }
    return found;
  }

  /** Every element of tag {@code tag}, in page order. */
  Elements all(String tag) {
    return new Elements(byTag.getOrDefault(tag, List.of()));
  }

  /**
   * The elements of tag {@code tag} in {@code root}'s subtree, {@code root} included, in page
   * order: what {@code root.getElementsByTag(tag)} gives.
   */
  Elements all(String tag, Element root) {
    Elements found = new Elements();
    for (Element e : byTag.getOrDefault(tag, List.of())) {
      if (isIn(e, root)) {
        found.add(e);
      }
    }
    return found;
  }

  /**
   * The elements with an {@code itemprop} or {@code property} attribute that {@code query}
   * matches, in page order: for queries that only match elements with one of them.
   */
  Elements selectWithItemprop(Evaluator query) {
    return filter(withItemprop, query);
  }

  /**
   * The elements with at least one attribute that {@code query} matches, in page order: what {@code
   * doc.select(query)} gives for a query that never matches an element without attributes (one
   * that looks for a class, an id or an {@code itemprop}), without a walk of the page.
   */
  Elements selectWithAttributes(Evaluator query) {
    return filter(withAttributes, query);
  }

  /**
   * The first element of {@code root}'s subtree, {@code root} included, with an {@code itemprop}
   * or {@code property} attribute that {@code query} matches: what {@code root.selectFirst(query)}
   * gives for a query that only matches elements with one of them.
   */
  Element firstWithItemprop(Evaluator query, Element root) {
    for (Element e : withItemprop) {
      if (query.matches(doc, e) && isIn(e, root)) {
        return e;
      }
    }
    return null;
  }

  /** True when {@code e} is {@code root} or one of its descendants. */
  static boolean isIn(Element e, Element root) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  private Elements filter(List<Element> candidates, Evaluator query) {
    Elements found = new Elements();
    for (Element e : candidates) {
      if (query.matches(doc, e)) {
        found.add(e);
      }
    }
    return found;
  }
}
