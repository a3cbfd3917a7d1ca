package org.newscorpus.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main body of an article page. Takes a parsed page (and its title, to leave it out)
 * and gives the body's text: paragraphs, in-body headings, list items, quotes and table rows,
 * joined with a blank line.
 *
 * <p>Three passes over the DOM, none of which modifies it:
 *
 * <ol>
 *   <li><b>Measure</b>: for every element, its visible characters, characters inside links and
 *       commas, bottom-up, skipping what is never text (scripts, styles, forms' controls, …).
 *   <li><b>Discard</b>: top-down, page furniture goes: hidden blocks, {@code nav}/{@code aside}/
 *       {@code footer}/{@code header}, and blocks whose class, id or role names furniture
 *       ({@link Boilerplate}); a block named as weak furniture that holds most of the page's prose
 *       stays (a site that wraps its article in a "sidebar-layout"), and so does a block named
 *       only for sharing that holds prose (a story's "share-wrapper" on a page of several).
 *   <li><b>Score and pick</b>: each remaining text block scores by its length, commas and link
 *       density, and credits its container and their ancestors (the Readability scheme); text
 *       written straight into a container between its blocks (lines split by {@code <br>} around a
 *       photo box or an ad slot) is a text block of that container. From the
 *       best container, the pick moves up to an ancestor (up to eight levels) that adds at least a
 *       tenth more prose (long blocks with few links) at a cost of at most half as much noise
 *       (link text, a quarter of short lines): an article split over sections or list items is
 *       gathered, a page of teasers is not. Siblings of comparable score are added. A schema.org
 *       {@code articleBody} element is taken when it holds enough of that text. The body is then
 *       written out block by block, leaving out link lists, furniture lines ("Lire aussi …",
 *       "Partager", "© …"), pictures' captions that end with a credit ({@link PhotoCredits}), the
 *       title, and the byline and date lines before the first paragraph.
 * </ol>
 *
 * All loops check the page's {@link ExtractionLimits.Budget}.
 */
public final class MainText {

  /**
   * The body and where it was found.
   *
   * @param text the body text, paragraphs separated by a blank line; empty when none was found
   * @param root the element the body was taken from, or null
   */
  public record Result(String text, Element root) {}

  /** Elements that never hold visible body text. */
  private static final Set<String> NEVER_TEXT =
      Set.of("script", "style", "template", "svg", "canvas", "iframe", "object", "embed", "video",
          "audio", "map", "button", "select", "option", "optgroup", "input", "textarea", "datalist", "dialog",
          "menu", "figcaption", "head", "title", "meta", "link", "math", "picture", "source", "track", "output",
          "progress", "meter", "frame", "frameset", "applet");

  /** Landmark furniture, removed unless it holds most of the page's prose. */
  private static final Set<String> FURNITURE_TAGS = Set.of("nav", "aside", "footer", "header", "form");

  private static final Set<String> INLINE =
      Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font",
          "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong",
          "sub", "sup", "time", "tt", "u", "var", "wbr", "br");

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /** The schema.org articleBody element. */
  private static final Evaluator ARTICLE_BODY = PageIndex.query("[itemprop=articleBody]");

  /** The end of a sentence: a word of three letters or more, then its full stop, question or exclamation mark. */
  private static final String SENTENCE_END = "[\\p{L}\\p{M}]{3,}[.!?؟…][\\p{Pf}\\p{Pe}\"']*$";

  /**
   * Byline and date lines that open an article body. A byline's prefix word is followed by a name
   * (a capital, or a letter of a script without case) or by nothing, and the line is no sentence:
   * "De nombreux Marocains ont manifesté samedi à Rabat." and "Par ailleurs, …" open stories.
   */
  private static final Pattern PREAMBLE_LINE =
      Pattern.compile(
          "(?iu)^(?:(?:written by|posted by|publi[ée] (?:le|par))\\b.{0,80}"
              + "|(?!.*" + SENTENCE_END + ")(?:by|par|por|von|de|bei|بقلم)"
              + "(?:\\s*:?\\s*|\\s*:?\\s+(?-i:[\\p{Lu}\\p{Lt}\\p{Lo}]).{0,80})"
              + "|(?:updated|mis [àa] jour|actualizado|aktualisiert).{0,60}"
              + "|\\d+ min(?:ute)?s? (?:read|de lecture|lectura|lesezeit)\\.?"
              + "|(?:reading time|temps de lecture|durée de lecture|tiempo de lectura|lesedauer|lesezeit).{0,30}"
              + "|[\\d.,\\s]{1,12}(?:views|vues|visitas|vistas|aufrufe)|(?:views|vues|visitas|vistas|aufrufe)\\s*:?[\\d.,\\s]{1,12})$");

  /** The share of the body after which a "Related articles" heading cuts it. */
  private static final double TAIL_FROM = 0.6;
  /** The share of the body after which a paywall's notice cuts it. */
  private static final double PAYWALL_FROM = 0.3;
  /** The characters of story a paywall's notice must follow to cut the body. */
  private static final int PAYWALL_MIN_LEAD = 200;

  /** How far above the chosen container a parent may be that gathers more of the article. */
  private static final int EXPAND_LEVELS = 8;
  /** The prose an ancestor must add, as a share of the container's, to be taken instead. */
  private static final double EXPAND_SHARE = 0.1;
  /** The most noise (link text, half the short lines) an ancestor may add per character of prose. */
  private static final double EXPAND_COST = 0.5;
  /** How much a short line (a label, a caption, a table cell) weighs as noise, against a link's 1. */
  private static final double SHORT_LINE_NOISE = 0.25;

  /** How many ancestors of the body's container are searched for a lead before it. */
  private static final int LEAD_LEVELS = 7;
  /** How many elements before each of them are searched, how deep, and at most how many in all. */
  private static final int LEAD_SIBLINGS = 8;
  private static final int LEAD_DEPTH = 5;
  private static final int LEAD_VISITS = 150;
  /** The blocks a lead's text is written from, one paragraph each. */
  private static final Set<String> LEAD_BLOCKS = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "dd");
  /** A lead's length in visible characters: a sentence at least, a paragraph or two at most. */
  private static final int LEAD_MIN_CHARS = 40;
  private static final int LEAD_MAX_CHARS = 1500;

  /** The prose (characters outside links) past which a block named for sharing is no share bar. */
  private static final int SHARING_PROSE_CHARS = 400;

  /** Text blocks shorter than this (in visible characters) do not score. */
  private static final int MIN_SCORED_CHARS = 25;
  /**
   * A body shorter than this is extracted again with a lighter hand (weak furniture kept), and that
   * result is kept when it is more than twice as long: the first pass discarded the article.
   */
  private static final int RETRY_BELOW_CHARS = 250;

  /** Fewest words of a sentence that introduces a list ("Many patches were sent for review:"): a label has fewer. */
  private static final int INTRODUCTION_WORDS = 4;

  private MainText() {}

  /** The body of {@code doc} with no title to leave out and no time budget. */
  public static String of(Document doc) {
    return extract(doc, null, ExtractionLimits.Budget.unlimited()).text();
  }

  /** The body of {@code doc}; {@code title} (or null) is left out when a heading repeats it. */
  public static Result extract(Document doc, String title, ExtractionLimits.Budget budget) {
    Element body = doc.body();
    if (body == null) {
      return new Result("", null);
    }
    if (resolveStreamedSegments(body)) {
      PageIndex.forget(doc); // the page changed under its index
    }
    Boilerplate.Hints hints = new Boilerplate.Hints();
    Result strict = new Pass(body, title, budget, true, hints).run();
    if (strict.text().length() >= RETRY_BELOW_CHARS) {
      return strict;
    }
    Result light = new Pass(body, title, budget, false, hints).run();
    if (light.text().length() <= 2 * strict.text().length() || isHeadlinedArticleLeft(body, strict.root(), light.root())) {
      return strict;
    }
    return light;
  }

  /**
   * Whether the first pass's body lies in the page's headlined {@code <article>} and the lighter
   * pass's reaches outside it. The article is then short, not discarded, and what the lighter pass
   * adds is the sidebar, the teasers or the footer around it.
   */
  private static boolean isHeadlinedArticleLeft(Element body, Element strictRoot, Element lightRoot) {
    Element article = headlinedArticle(body);
    return strictRoot != null && lightRoot != null && article != null
        && isInside(strictRoot, article) && !isInside(lightRoot, article);
  }

  /**
   * True when every paragraph of {@code text}, a body taken from {@code doc}, is written in the
   * page's headlined {@code <article>} (the first that holds an {@code <h1>}): the page marks that
   * body as its article.
   */
  public static boolean liesInHeadlinedArticle(Document doc, String text) {
    Element body = doc.body();
    Element article = body == null || text.isBlank() ? null : headlinedArticle(body);
    if (article == null) {
      return false;
    }
    String within = normalizeSpace(article.text());
    for (String paragraph : text.split("\n\n")) {
      if (!within.contains(normalizeSpace(paragraph))) {
        return false;
      }
    }
    return true;
  }

  /** The page's first {@code <article>} that holds an {@code <h1>}, or null. */
  static Element headlinedArticle(Element body) {
    for (Element article : body.getElementsByTag("article")) {
      if (article.selectFirst("h1") != null) {
        return article;
      }
    }
    return null;
  }

  /** True when {@code e} is {@code ancestor} or lies inside it. */
  private static boolean isInside(Element e, Element ancestor) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * Puts React's streamed segments in place. A server-rendered React page may send parts of its
   * content late, as hidden {@code <div hidden id="S:1">} segments at the end of the body that a
   * script moves into {@code <template id="B:1">} placeholders; without the script, the article
   * would look hidden and out of order. Each segment's children replace their placeholder. True
   * when the page had segments, and so changed.
   */
  static boolean resolveStreamedSegments(Element body) {
    List<Element> segments = null;
    for (Element e : body.children()) {
      if (e.normalName().equals("div") && e.hasAttr("hidden") && e.id().startsWith("S:")) {
        if (segments == null) {
          segments = new ArrayList<>();
        }
        segments.add(e);
      }
    }
    if (segments == null) {
      return false;
    }
    for (Element segment : segments) {
      String key = segment.id().substring(2);
      Element placeholder = body.getElementById("B:" + key);
      if (placeholder == null) {
        placeholder = body.getElementById("P:" + key);
      }
      if (placeholder != null && placeholder != segment) {
        for (Node child : new ArrayList<>(segment.childNodes())) {
          placeholder.before(child);
        }
        placeholder.remove();
        segment.remove();
      } else {
        segment.removeAttr("hidden");
      }
    }
    return true;
  }

  /** Visible-text measures of one element, after what was discarded below it. */
  static final class Stats {
    int chars;
    int linkChars;
    int commas;
    boolean blockChild;
    /**
     * Visible characters, characters inside links and commas of the text written straight into
     * the element (or through inline elements), between its block children.
     */
    int looseChars;
    int looseLinkChars;
    int looseCommas;
    boolean removed;
    /** The element is {@link #INLINE}, and a link ({@code <a href>}): read once, in the measure pass. */
    boolean inline;
    boolean link;
    double score;
    boolean candidate;
    /** Characters of prose blocks below (long enough, few links), weighted by their share outside links. */
    double prose;
    /** Characters of other text blocks below. */
    double noise;
    Boilerplate.Hint hint;

    double linkDensity() {
      return chars == 0 ? 0 : Math.min(1.0, (double) linkChars / chars);
    }

    /**
     * The characters the element scores with as a text block: all of them, or for a container of
     * blocks, those of the text written between its blocks.
     */
    int blockChars() {
      return blockChild ? looseChars : chars;
    }

    int blockCommas() {
      return blockChild ? looseCommas : commas;
    }

    int blockLinkChars() {
      return blockChild ? looseLinkChars : linkChars;
    }

    double blockLinkDensity() {
      int c = blockChars();
      return c == 0 ? 0 : Math.min(1.0, (double) blockLinkChars() / c);
    }
  }

  /** One extraction pass; {@code strict} also discards weak furniture and landmark tags. */
  private static final class Pass {
    private final Element body;
    private final String title;
    private final ExtractionLimits.Budget budget;
    private final boolean strict;
    private final Boilerplate.Hints hints;
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final List<Element> blocks = new ArrayList<>();
    private Element marked;
    /** The page's first {@code <article>} that holds an {@code <h1>}, the body when none does; null until asked. */
    private Element headlinedArticle;

    Pass(Element body, String title, ExtractionLimits.Budget budget, boolean strict, Boilerplate.Hints hints) {
      this.hints = hints;
      this.body = body;
      this.title = title == null ? null : normalizeSpace(title).toLowerCase(Locale.ROOT);
      this.budget = budget;
      this.strict = strict;
    }

    Result run() {
      measure();
      discard();
      Element root = pick();
      if (root == null) {
        return new Result("", null);
      }
      List<Element> parts = root == marked ? List.of(root) : withSiblings(root);
      Writer w = new Writer();
      for (Element part : parts) {
        w.write(part);
      }
      Element lead = w.removedLead != null ? w.removedLead : lead(root, parts);
      if (lead != null) {
        w.lead(leadLines(lead));
      }
      return new Result(w.finish(), root);
    }

    // ---- the lead above the body ----

    /**
     * The article's lead (standfirst) just above the body and outside it: a block named as a lead
     * ({@link Boilerplate#namesLead}) among the few elements before the body's container and its
     * nearest ancestors. Pages put it in the article's header, which the discard pass removes.
     */
    private Element lead(Element root, List<Element> parts) {
      if (root == body) {
        return null;
      }
      Element child = root;
      Element parent = root.parent();
      for (int level = 0; level < LEAD_LEVELS && parent != null; level++) {
        int seen = 0;
        for (Element sib = child.previousElementSibling(); sib != null && seen < LEAD_SIBLINGS;
            sib = sib.previousElementSibling(), seen++) {
          if (parts.contains(sib)) {
            continue;
          }
          Element found = findLead(sib, 0, new int[] {LEAD_VISITS});
          if (found != null) {
            return found;
          }
        }
        if (parent == body) {
          break;
        }
        child = parent;
        parent = parent.parent();
      }
      return null;
    }

    /**
     * The paragraphs of a lead: its blocks' text, or its own, without byline, date and furniture
     * lines and without the title; empty when nothing is left.
     */
    private List<String> leadLines(Element lead) {
      List<String> lines = new ArrayList<>();
      boolean blocks = false;
      for (Element e : lead.getAllElements()) {
        if (e != lead && LEAD_BLOCKS.contains(e.normalName()) && !insideLeadBlock(e, lead)) {
          blocks = true;
          addLeadLine(lines, e.text());
        }
      }
      if (!blocks) {
        addLeadLine(lines, lead.text());
      }
      return lines;
    }

    private void addLeadLine(List<String> lines, String text) {
      String line = dropPreambleLines(normalizeSpace(text));
      if (!line.isEmpty() && !Boilerplate.isFurnitureLine(line) && !(title != null && isTitle(line))) {
        lines.add(line);
      }
    }

    private boolean isTitle(String text) {
      String t = text.toLowerCase(Locale.ROOT);
      return t.equals(title) || (t.length() > 20 && title.contains(t)) || (title.length() > 20 && t.contains(title));
    }

    private static boolean insideLeadBlock(Element e, Element lead) {
      for (Element p = e.parent(); p != null && p != lead; p = p.parent()) {
        if (LEAD_BLOCKS.contains(p.normalName())) {
          return true;
        }
      }
      return false;
    }

    private Element findLead(Element e, int depth, int[] budgetLeft) {
      if (--budgetLeft[0] < 0) {
        return null;
      }
      Stats s = stats.get(e);
      if (s == null || s.chars < LEAD_MIN_CHARS || Boilerplate.isHidden(e)) {
        return null;
      }
      if (Boilerplate.hint(e) == Boilerplate.Hint.STRONG_FURNITURE) {
        return null;
      }
      // a lead-named header that also holds the headline is searched inside
      if (Boilerplate.namesLead(e) && s.chars <= LEAD_MAX_CHARS && s.linkDensity() < 0.3
          && e.getElementsByTag("h1").isEmpty() && !leadLines(e).isEmpty()) {
        // an intro block that holds the byline beside its summary: the summary is the lead
        for (Element c : e.children()) {
          Element inner = depth < LEAD_DEPTH ? findLead(c, depth + 1, budgetLeft) : null;
          if (inner != null) {
            return inner;
          }
        }
        return e;
      }
      if (depth >= LEAD_DEPTH || e.normalName().equals("a")) {
        return null;
      }
      for (Element c : e.children()) {
        Element found = findLead(c, depth + 1, budgetLeft);
        if (found != null) {
          return found;
        }
      }
      return null;
    }

    // ---- pass 1: measure ----

    private void measure() {
      Measure m = new Measure();
      NodeTraversor.filter(m, body);
    }

    private final class Measure implements NodeFilter {
      private final ArrayList<Stats> stack = new ArrayList<>();
      private int linkDepth;

      @Override
      public FilterResult head(Node node, int depth) {
        budget.check();
        if (node instanceof TextNode t) {
          if (!stack.isEmpty()) {
            Stats s = stack.get(stack.size() - 1);
            String text = t.getWholeText();
            int visible = 0;
            int commas = 0;
            for (int i = 0; i < text.length(); i++) {
              char c = text.charAt(i);
              if (!isSpace(c)) {
                visible++;
                if (c == ',' || c == '،' || c == '，' || c == '、') {
                  commas++;
                }
              }
            }
            s.chars += visible;
            s.commas += commas;
            s.looseChars += visible;
            s.looseCommas += commas;
            if (linkDepth > 0) {
              s.linkChars += visible;
              s.looseLinkChars += visible;
            }
          }
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        Stats s = new Stats();
        stats.put(e, s);
        stack.add(s);
        s.inline = INLINE.contains(tag);
        s.link = tag.equals("a") && e.hasAttr("href");
        if (s.link) {
          linkDepth++;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element)) {
          return FilterResult.CONTINUE;
        }
        Stats s = stack.remove(stack.size() - 1);
        if (s.link) {
          linkDepth--;
        }
        if (!stack.isEmpty()) {
          Stats parent = stack.get(stack.size() - 1);
          parent.chars += s.chars;
          parent.linkChars += s.linkChars;
          parent.commas += s.commas;
          if (s.inline) {
            parent.looseChars += s.looseChars;
            parent.looseLinkChars += s.looseLinkChars;
            parent.looseCommas += s.looseCommas;
          }
          if (!s.inline || s.blockChild) {
            parent.blockChild = true;
          }
        }
        return FilterResult.CONTINUE;
      }
    }

    // ---- pass 2: discard furniture ----

    private void discard() {
      Stats page = stats.get(body);
      int prose = page.chars - page.linkChars;
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              budget.check();
              if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              Stats s = stats.get(e);
              if (s == null) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (e != body && isFurniture(e, s, prose)) {
                remove(e, s);
                return FilterResult.SKIP_ENTIRELY;
              }
              if (!s.inline && s.chars > 0) {
                if (!s.blockChild) {
                  blocks.add(e);
                  return FilterResult.SKIP_ENTIRELY;
                }
                // text written between blocks ("<div>text<br>text<div class=ad></div>text</div>")
                // is a text block of its own, unless it is links or in a block named as furniture
                // that the lighter pass keeps (a footer's column)
                if (s.looseChars >= MIN_SCORED_CHARS && s.looseLinkChars * 2 < s.looseChars
                    && !namedFurniture(e)) {
                  blocks.add(e);
                }
              }
              return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              return FilterResult.CONTINUE;
            }
          },
          body);
    }

    private boolean isFurniture(Element e, Stats s, int pageProse) {
      if (Boilerplate.isHidden(e)) {
        return true;
      }
      String tag = e.normalName();
      if (tag.equals("main") || tag.equals("html")) {
        return false;
      }
      s.hint = hints.of(e);
      boolean mostProse = (s.chars - s.linkChars) * 2 > pageProse;
      if (strict && mostProse && FURNITURE_TAGS.contains(tag) && isBesideHeadlinedArticle(e)) {
        // a sidebar or a footer beside the page's own headlined <article> goes even when its
        // teasers or its legal notice outweigh a short story (an aggregator's one-line excerpt)
        return true;
      }
      if (s.hint == Boilerplate.Hint.STRONG_FURNITURE) {
        // a wrapper named "documentContent__sharingContainer" or "socialicons-sticky" around the
        // whole article stays; a comment thread goes however long it is, and so does an <aside>
        // ("most read" teasers with excerpts can outweigh a short story)
        if (tag.equals("aside")) {
          return true;
        }
        // the page's own headlined <article>, or a block around it, whatever its name says: koha.net
        // names its story's <article> "article-readmore"
        if (holdsHeadlinedArticle(e) && !Boilerplate.namesComments(e)) {
          return false;
        }
        // a block named only for sharing that holds prose wraps a story ("sr-body-share-wrapper"
        // on a page of several), however much else the page holds
        return !(mostProse && !Boilerplate.namesComments(e)) && !(holdsProse(s) && Boilerplate.namesOnlySharing(e));
      }
      if (!strict) {
        return false;
      }
      if (s.hint == Boilerplate.Hint.WEAK_FURNITURE || FURNITURE_TAGS.contains(tag)) {
        return !mostProse && !tag.equals("article") && s.hint != Boilerplate.Hint.CONTENT;
      }
      return false;
    }

    /**
     * True when the page marks its article as an {@code <article>} that holds its {@code <h1>},
     * and {@code e} is neither inside that article nor around it.
     */
    private boolean isBesideHeadlinedArticle(Element e) {
      if (headlinedArticle == null) {
        Element article = headlinedArticle(body);
        headlinedArticle = article == null ? body : article;
      }
      return headlinedArticle != body && !isInside(headlinedArticle, e) && !isInside(e, headlinedArticle);
    }

    /** True when the page marks its article as an {@code <article>} that holds its {@code <h1>}, and {@code e} is it or holds it. */
    private boolean holdsHeadlinedArticle(Element e) {
      isBesideHeadlinedArticle(e); // finds the article once
      return headlinedArticle != body && isInside(headlinedArticle, e);
    }

    /** True when {@code s} measures more text outside links than a share bar's labels ever hold. */
    private static boolean holdsProse(Stats s) {
      return s.chars - s.linkChars >= SHARING_PROSE_CHARS && s.linkDensity() < 0.25;
    }

    private boolean namedFurniture(Element e) {
      Boilerplate.Hint hint = hints.of(e);
      return hint == Boilerplate.Hint.WEAK_FURNITURE || hint == Boilerplate.Hint.STRONG_FURNITURE;
    }

    private void remove(Element e, Stats s) {
      s.removed = true;
      // an inline element's text is loose text of its ancestors up to the first block
      boolean loose = INLINE.contains(e.normalName());
      for (Element p = e.parent(); p != null; p = p.parent()) {
        Stats ps = stats.get(p);
        if (ps == null) {
          break;
        }
        ps.chars -= s.chars;
        ps.linkChars -= s.linkChars;
        ps.commas -= s.commas;
        if (loose) {
          ps.looseChars -= s.looseChars;
          ps.looseLinkChars -= s.looseLinkChars;
          ps.looseCommas -= s.looseCommas;
          loose = INLINE.contains(p.normalName());
        }
        if (p == body) {
          break;
        }
      }
    }

    // ---- pass 3: score and pick ----

    private Element pick() {
      Element best = null;
      double bestScore = 0;
      List<Element> candidates = new ArrayList<>();
      for (Element block : blocks) {
        budget.check();
        Stats s = stats.get(block);
        String tag = block.normalName();
        int chars = s.blockChars();
        if (chars < MIN_SCORED_CHARS || HEADINGS.contains(tag)) {
          continue;
        }
        double score = (1 + s.blockCommas() + Math.min(chars / 100.0, 3)) * (1 - s.blockLinkDensity());
        if (tag.equals("li")) {
          score /= 2;
        }
        // a block credits its container; text written between blocks credits the element it is in
        Element ancestor = s.blockChild ? block : block.parent();
        for (int level = 0; level < 5 && ancestor != null; level++) {
          Stats as = stats.get(ancestor);
          if (as == null) {
            break;
          }
          if (!as.candidate) {
            as.candidate = true;
            as.score = baseScore(ancestor, as);
            candidates.add(ancestor);
          }
          as.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
          if (ancestor == body) {
            break;
          }
          ancestor = ancestor.parent();
        }
      }
      measureProse();
      for (Element c : candidates) {
        Stats s = stats.get(c);
        s.score *= 1 - s.linkDensity();
        if (best == null || s.score > bestScore) {
          best = c;
          bestScore = s.score;
        }
      }
      marked = articleBodyElement(best);
      if (marked != null) {
        return marked;
      }
      if (best == null) {
        return blocks.isEmpty() ? null : body;
      }
      boolean named = Boilerplate.namesArticleBody(best);
      return expand(named ? best : climb(best), named);
    }

    /** Adds each text block's prose or noise characters to its ancestors. */
    private void measureProse() {
      for (Element block : blocks) {
        budget.check();
        Stats s = stats.get(block);
        if (HEADINGS.contains(block.normalName())) {
          continue;
        }
        double ld = s.blockLinkDensity();
        int chars = s.blockChars();
        boolean prose = ld < 0.34 && chars >= 40;
        double proseAmount = prose ? chars * (1 - ld) : 0;
        int linkChars = s.blockLinkChars();
        double noiseAmount = prose ? 0 : linkChars + SHORT_LINE_NOISE * (chars - linkChars);
        for (Element a = block; a != null; a = a.parent()) {
          Stats as = stats.get(a);
          if (as == null) {
            break;
          }
          as.prose += proseAmount;
          as.noise += noiseAmount;
          if (a == body) {
            break;
          }
        }
      }
    }

    /**
     * Moves up from the chosen container while its parent adds substantial prose at little cost in
     * noise: an article split over sibling sections by a page builder.
     */
    private Element expand(Element top, boolean named) {
      Element current = top;
      boolean moved = true;
      while (moved && current != body) {
        moved = false;
        Stats cs = stats.get(current);
        // a block named as the article's body ("entry-content") is left only for much more prose
        double share = named ? 0.5 : EXPAND_SHARE;
        Element ancestor = current.parent();
        for (int level = 0; level < EXPAND_LEVELS && ancestor != null; level++) {
          Stats as = stats.get(ancestor);
          if (as == null) {
            break;
          }
          double gain = as.prose - cs.prose;
          double cost = as.noise - cs.noise;
          if (gain >= Math.max(80, share * cs.prose) && cost <= EXPAND_COST * gain) {
            current = ancestor;
            moved = true;
            break;
          }
          if (ancestor == body) {
            break;
          }
          ancestor = ancestor.parent();
        }
      }
      return current;
    }

    /** A schema.org articleBody element that holds at least half of the chosen container's text. */
    private Element articleBodyElement(Element best) {
      Element marked =
          body.ownerDocument() == null
              ? body.selectFirst(ARTICLE_BODY)
              : PageIndex.of(body.ownerDocument()).firstWithItemprop(ARTICLE_BODY, body);
      if (marked == null) {
        return null;
      }
      Stats ms = stats.get(marked);
      if (ms == null || ms.removed || ms.chars < MIN_SCORED_CHARS) {
        return null;
      }
      if (best != null) {
        Stats bs = stats.get(best);
        if (ms.chars * 2 < bs.chars - bs.linkChars) {
          return null;
        }
      }
      return marked;
    }

    private double baseScore(Element e, Stats s) {
      double score =
          switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
          };
      Boilerplate.Hint hint = s.hint == null ? Boilerplate.hint(e) : s.hint;
      if (hint == Boilerplate.Hint.CONTENT) {
        score += 25;
      } else if (hint == Boilerplate.Hint.WEAK_FURNITURE || hint == Boilerplate.Hint.STRONG_FURNITURE) {
        score -= 25;
      }
      String itemprop = e.attr("itemprop");
      if (itemprop.equals("articleBody") || itemprop.equals("text")) {
        score += 25;
      }
      return score;
    }

    /**
     * Moves up from the best container while its parent scores higher still (content split over
     * sibling containers) or it is its parent's only element child.
     */
    private Element climb(Element best) {
      Element top = best;
      double last = stats.get(top).score;
      Element parent = top.parent();
      while (parent != null && top != body) {
        Stats ps = stats.get(parent);
        if (ps == null) {
          break;
        }
        if (ps.candidate && ps.score > last && ps.score > 0) {
          top = parent;
          last = ps.score;
        } else if (onlyElementChild(parent, top)) {
          top = parent;
        } else {
          break;
        }
        parent = top.parent();
      }
      return top;
    }

    private boolean onlyElementChild(Element parent, Element child) {
      int counted = 0;
      for (Element c : parent.children()) {
        Stats cs = stats.get(c);
        if (cs != null && !cs.removed && cs.chars > 0) {
          counted++;
          if (c != child) {
            return false;
          }
        }
      }
      return counted == 1;
    }

    /** The root and those siblings that score close to it or read as prose, in page order. */
    private List<Element> withSiblings(Element root) {
      List<Element> parts = new ArrayList<>();
      Element parent = root.parent();
      if (parent == null || root == body) {
        parts.add(root);
        return parts;
      }
      Stats rs = stats.get(root);
      double threshold = Math.max(10, rs.score * 0.2);
      String rootClass = root.className();
      for (Element sibling : parent.children()) {
        Stats s = stats.get(sibling);
        if (sibling == root) {
          parts.add(sibling);
          continue;
        }
        if (s == null || s.removed || s.chars == 0) {
          continue;
        }
        double bonus = !rootClass.isEmpty() && rootClass.equals(sibling.className()) ? rs.score * 0.2 : 0;
        if (s.candidate && s.score + bonus >= threshold) {
          parts.add(sibling);
        } else if (sibling.normalName().equals("p") || (!s.blockChild && !INLINE.contains(sibling.normalName()))) {
          double ld = s.linkDensity();
          if ((s.chars > 80 && ld < 0.25) || (s.chars > 0 && ld == 0 && endsLikeSentence(sibling))) {
            parts.add(sibling);
          }
        }
      }
      return parts;
    }

    private static boolean endsLikeSentence(Element e) {
      String t = e.text();
      return t.endsWith(".") || t.contains(". ");
    }

    // ---- writing the body out ----

    /** Writes the kept blocks of a subtree, one paragraph per block. */
    private final class Writer implements NodeFilter {
      private final StringBuilder out = new StringBuilder();
      private final StringBuilder line = new StringBuilder();
      private final List<String> paragraphs = new ArrayList<>();
      private final List<Boolean> headings = new ArrayList<>();
      private int lineLinkChars;
      private int lineChars;
      private int linkDepth;
      private boolean pendingSpace;
      /** Whether a picture was passed since the last paragraph was written: its caption may follow. */
      private boolean pictureSinceText;
      private final ArrayList<Element> openBlocks = new ArrayList<>();
      private List<String> leadLines;
      /** Whether a paragraph other than a heading has been written. */
      private boolean prose;
      /** A lead found in furniture discarded inside the body's container, before its first paragraph. */
      private Element removedLead;

      void write(Element root) {
        NodeTraversor.filter(this, root);
        flush(root);
      }

      @Override
      public FilterResult head(Node node, int depth) {
        budget.check();
        if (node instanceof TextNode t) {
          append(t.getWholeText());
          return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        pictureSinceText |= PhotoCredits.isPicture(e);
        Stats s = stats.get(e);
        if (s == null || s.removed) {
          // the article's header, discarded as furniture, may hold the lead above the first paragraph
          if (s != null && removedLead == null && paragraphs.isEmpty() && line.length() == 0) {
            removedLead = findLead(e, 0, new int[] {LEAD_VISITS});
          }
          // a discarded block (an ad slot) still ends the text before it
          if (s != null && !INLINE.contains(e.normalName())) {
            flush(openBlocks.isEmpty() ? null : openBlocks.get(openBlocks.size() - 1));
          }
          return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
          if (line.length() > 0) {
            line.append('\n');
            pendingSpace = false;
          }
          return FilterResult.CONTINUE;
        }
        if (INLINE.contains(tag)) {
          if (tag.equals("a") && e.hasAttr("href")) {
            linkDepth++;
          }
          return FilterResult.CONTINUE;
        }
        flush(openBlocks.isEmpty() ? null : openBlocks.get(openBlocks.size() - 1));
        if (isLinkList(e, s)) {
          return FilterResult.SKIP_ENTIRELY;
        }
        openBlocks.add(e);
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (INLINE.contains(tag)) {
          if (tag.equals("a") && e.hasAttr("href")) {
            linkDepth--;
          }
          return FilterResult.CONTINUE;
        }
        flush(e);
        if (!openBlocks.isEmpty() && openBlocks.get(openBlocks.size() - 1) == e) {
          openBlocks.remove(openBlocks.size() - 1);
        }
        return FilterResult.CONTINUE;
      }

      private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
          char c = text.charAt(i);
          if (isSpace(c)) {
            pendingSpace = line.length() > 0 && line.charAt(line.length() - 1) != '\n';
          } else if (!TextForm.isBreakHint(c)) {
            if (pendingSpace) {
              line.append(' ');
              pendingSpace = false;
            }
            line.append(c);
            lineChars++;
            if (linkDepth > 0) {
              lineLinkChars++;
            }
          }
        }
      }

      /**
       * True when the paragraph just before {@code list} introduces it: a sentence of {@link
       * #INTRODUCTION_WORDS} words or more that ends with a colon and is no furniture line ("You may
       * also like these stories:" is one).
       */
      private boolean introducedBySentence(Element list) {
        Element before = list.previousElementSibling();
        if (before == null || !before.normalName().equals("p")) {
          return false;
        }
        String text = normalizeSpace(before.text());
        if (!text.endsWith(":") || Boilerplate.isFurnitureLine(text)) {
          return false;
        }
        int words = 0;
        for (String w : text.split(" ")) {
          if (w.codePoints().anyMatch(Character::isLetter)) {
            words++;
          }
        }
        return words >= INTRODUCTION_WORDS;
      }

      /** A container whose text is mostly links: a menu, a tag list, a list of related stories. */
      private boolean isLinkList(Element e, Stats s) {
        if (s.chars == 0) {
          return false;
        }
        double ld = s.linkDensity();
        String tag = e.normalName();
        if (tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || tag.equals("table")) {
          if (introducedBySentence(e)) {
            return false; // "Many patches were sent for review:", then the list of links to them
          }
          return ld > 0.5 || (ld > 0.3 && s.commas < 2 && s.chars < 500);
        }
        if (s.blockChild && !tag.equals("p")) {
          return ld > 0.5;
        }
        return false;
      }

      private void flush(Element block) {
        pendingSpace = false;
        if (line.length() == 0) {
          return;
        }
        String text =
            PhotoCredits.withoutCaptions(HtmlContent.withoutDiagnosticLines(trimLines(line)), block, pictureSinceText);
        int chars = lineChars;
        int linked = lineLinkChars;
        line.setLength(0);
        lineChars = 0;
        lineLinkChars = 0;
        pictureSinceText = false;
        if (text.isEmpty()) {
          return;
        }
        String tag = block == null ? "" : block.normalName();
        boolean heading = HEADINGS.contains(tag);
        if (Boilerplate.isFurnitureLineOrConsentNotice(text)) {
          return;
        }
        if (linked * 2 > chars && !(chars > 60 && text.endsWith("."))) {
          return;
        }
        // the headline repeated above the body; a later section heading that quotes part of it stays
        if (heading && title != null && !prose && isTitle(text)) {
          return;
        }
        paragraphs.add(text);
        headings.add(heading);
        prose |= !heading;
      }


      /** Puts the lines of the article's lead before the body, unless the body repeats them. */
      void lead(List<String> lines) {
        leadLines = lines;
      }

      String finish() {
        // byline, date and reading-time lines before the first paragraph (headings aside), alone or
        // on its first lines
        int first = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
          if (headings.get(i)) {
            continue;
          }
          String p = dropPreambleLines(paragraphs.get(i));
          paragraphs.set(i, p);
          if (!p.isEmpty()) {
            break;
          }
        }
        if (leadLines != null && !leadLines.isEmpty()) {
          String written = normalizeSpace(String.join(" ", paragraphs));
          if (!written.contains(leadLines.get(0))) {
            paragraphs.addAll(0, leadLines);
            for (int i = 0; i < leadLines.size(); i++) {
              headings.add(0, false);
            }
          }
        }
        int last = paragraphs.size();
        // the furniture after the article: cut at a heading such as "Related articles" in its last part
        int total = 0;
        for (int i = first; i < last; i++) {
          total += paragraphs.get(i).length();
        }
        int seen = 0;
        for (int i = first; i < last; i++) {
          String p = paragraphs.get(i);
          // a paywall's notice after the story's opening ends what the page gives of the story; its
          // offer runs long, so the notice may come before the tail
          if (seen >= PAYWALL_FROM * total && seen >= PAYWALL_MIN_LEAD && !headings.get(i) && Boilerplate.isPaywallNotice(p)) {
            last = i;
            break;
          }
          // a heading that counts comments ("27 commentaires") opens the thread wherever it stands
          // after the story's opening: a long thread is most of the page's text
          if (seen >= PAYWALL_MIN_LEAD && headings.get(i) && Boilerplate.isCommentsCount(p)) {
            last = i;
            break;
          }
          if (seen >= TAIL_FROM * total) {
            if (Boilerplate.isTailHeading(p) || Boilerplate.isCommentsCount(p)) {
              last = i;
              break;
            }
            // the site's own calls (its app, its channels, its newsletter) are dropped one by one,
            // for the story may go on after a box of them
            if (!headings.get(i) && Boilerplate.isSitePromotion(p)) {
              paragraphs.set(i, "");
            }
          }
          seen += p.length();
        }
        while (last > first && (headings.get(last - 1) || paragraphs.get(last - 1).isEmpty())) {
          last--;
        }
        for (int i = first; i < last; i++) {
          if (paragraphs.get(i).isEmpty()) {
            continue;
          }
          if (out.length() > 0) {
            out.append("\n\n");
          }
          out.append(paragraphs.get(i));
        }
        return out.toString();
      }
    }
  }

  /** Drops the leading lines of {@code paragraph} that are a byline, a date or a reading time. */
  static String dropPreambleLines(String paragraph) {
    int from = 0;
    while (from < paragraph.length()) {
      int end = paragraph.indexOf('\n', from);
      String line = end < 0 ? paragraph.substring(from) : paragraph.substring(from, end);
      if (line.length() >= 100 || !(PREAMBLE_LINE.matcher(line).matches() || isDateLine(line))) {
        break;
      }
      from = end < 0 ? paragraph.length() : end + 1;
    }
    return paragraph.substring(from);
  }

  /** A year within a line's first 60 characters, the line at most 40 characters longer. */
  private static final Pattern YEAR_LINE = Pattern.compile("(?u)^.{0,60}\\b(?:19|20)\\d\\d\\b.{0,40}$");
  /** 04.02.2022, 17/02/2021, 17 - 02 - 2021, 26 | 01 | 2022, 2021-10-16. */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<!\\d)(?:\\d{1,2}\\s*([./|-])\\s*\\d{1,2}\\s*\\1\\s*(?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d{1,2}-\\d{1,2})(?!\\d)");
  private static final Pattern ENDS_A_SENTENCE = Pattern.compile("(?u)" + SENTENCE_END);
  /** A line's words and numbers. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}]+|\\d+");

  /**
   * True for a line that dates the article: a year, and beside it a month's name or a numeric date
   * ("Dec 17, 2025", "Lübeck, 31. März 2003", "04.02.2022 | 13:10 Uhr", "Originally posted February
   * 2017"). A sentence is no date line, and nor is a year alone: "Le Maroc a accueilli 17,4 millions
   * de touristes en 2024." and "PARIS (AP) - Holy shit. It's 2025!" open stories.
   */
  static boolean isDateLine(String line) {
    if (!YEAR_LINE.matcher(line).matches() || ENDS_A_SENTENCE.matcher(line).find()) {
      return false;
    }
    if (NUMERIC_DATE.matcher(line).find()) {
      return true;
    }
    // a month's name next to a number: "May" in "You may see prices rise in 2025" is none
    Matcher m = TOKEN.matcher(line);
    String before = null;
    boolean monthBefore = false;
    while (m.find()) {
      String token = m.group();
      boolean number = Character.isDigit(token.charAt(0));
      if (number && monthBefore) {
        return true;
      }
      boolean month = !number && token.length() >= 3 && DateText.month(token) != null;
      if (month && before != null && Character.isDigit(before.charAt(0))) {
        return true;
      }
      monthBefore = month;
      before = token;
    }
    return false;
  }

  /** Trims each line of a block and drops empty lines. */
  private static String trimLines(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '\n') {
        String piece = s.subSequence(start, i).toString().strip();
        if (!piece.isEmpty()) {
          if (sb.length() > 0) {
            sb.append('\n');
          }
          sb.append(piece);
        }
        start = i + 1;
      }
    }
    return sb.toString();
  }

  /** Whitespace, no-break spaces included; ASCII is decided without a table lookup. */
  static boolean isSpace(char c) {
    return c < 128 ? c <= ' ' : c == '\u00a0' || Character.isWhitespace(c);
  }

  /** Collapses whitespace (no-break spaces included) to single spaces and trims. */
  static String normalizeSpace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
