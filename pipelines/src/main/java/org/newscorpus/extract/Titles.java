package org.newscorpus.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The headline of a page. Takes the parsed page, the publisher's name (or null) and the page's
 * host, and gives the headline as the page shows it, without the site name.
 *
 * <p>The visible {@code <h1>} is the headline when the page's metadata ({@code og:title}, JSON-LD
 * {@code headline}, {@code twitter:title}, {@code <title>}) confirms it: a logo or section name in
 * an {@code <h1>} is not confirmed. Without a confirmed {@code <h1>}, a page's only {@code <h1>} of
 * at least three words is taken; else the first metadata title. A heading that puts a kicker or a date
 * before its confirmed metadata title gives way to that title, and a kicker in the heading's own
 * leading element ({@code <span class="dachzeile">}) goes when a metadata title is the rest of the
 * heading or sets the kicker apart with a separator; what a heading adds after a leading element
 * that holds a metadata title (a subtitle, a source link, a comment count) goes when no metadata
 * title holds it. A " | Site", " - Site" or
 * "Site: " part that names the publisher or the host goes, as do a short " | …" tail and the host's
 * domain opening a title without a separator ("davidbau.com Vibe Coding").
 */
public final class Titles {

  private static final JsonFactory JSON = new JsonFactory();
  private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title]");
  private static final Evaluator TWITTER_TITLE = QueryParser.parse("meta[name=twitter:title]");
  private static final int MAX_TITLE_CHARS = 300;
  /** Separators between a headline and a site name, strongest first. */
  private static final String[] SEPARATORS = {" | ", " – ", " — ", " - ", " • ", " · ", " :: ", " » ", " « ", " / "};
  private static final Pattern ANY_SEPARATOR =
      Pattern.compile(String.join("|", Arrays.stream(SEPARATORS).map(Pattern::quote).toArray(String[]::new)));
  /** The part WordPress's old default theme puts before a post's title, in English and German. */
  private static final Set<String> BLOG_ARCHIVE = Set.of("blogarchive", "blogarchiv");

  /** Separators set between a site's name and a headline without spaces: "NEWS WEB EASY|…", "…！-新华网". */
  private static final String TIGHT_SEPARATORS = "|-–—_:";

  /** Characters that end a kicker: "Klimaschutz: …", "Corona-Pandemie - …". */
  private static final String KICKER_SEPARATORS = ":-–—|•·»/";

  private Titles() {}

  /** The headline of {@code doc}, or null when the page has none. */
  public static String of(Document doc, String siteName, String host) {
    String title = fromHeadingsAndMetadata(doc, siteName, host);
    if (title == null || title.split(" ").length <= 2) {
      // a section's name ("Blogs") in the page's h1 and title, with the story's headline in a
      // heading its CMS names as the entry's title (Drupal's h2.node-title, WordPress's .entry-title)
      // (a heading that holds the short title adds a kicker to it: the short title stands)
      String named = namedHeadline(doc, siteName, host);
      if (named != null && (title == null || !key(named).contains(key(title)))) {
        return named;
      }
    }
    return title;
  }

  /** Class names a CMS gives the heading that holds an entry's own title. */
  private static final Pattern HEADLINE_CLASS =
      Pattern.compile("(?i)(?:^|[\\s_-])(?:node|entry|post|article|story|news)[-_]?(?:title|headline)(?:$|[\\s_-])");

  private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3");

  /**
   * The text of the one heading whose class names it an entry's title, when it has three words or
   * more; null when no heading or several (a listing's teasers) are so named.
   */
  static String namedHeadline(Document doc, String siteName, String host) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    String found = null;
    for (Element heading : body.select(HEADINGS)) {
      if (!HEADLINE_CLASS.matcher(heading.className()).find()) {
        continue;
      }
      if (found != null) {
        return null;
      }
      found = repaired(unescapedAgain(MainText.normalizeSpace(heading.text())));
    }
    if (found == null || found.length() > MAX_TITLE_CHARS || found.split(" ").length < 3) {
      return null;
    }
    return strip(found, siteName, host, false);
  }

  private static String fromHeadingsAndMetadata(Document doc, String siteName, String host) {
    List<String> metas = new ArrayList<>();
    add(metas, meta(doc, OG_TITLE));
    add(metas, jsonLdHeadline(doc));
    add(metas, meta(doc, TWITTER_TITLE));
    String pageTitle = MainText.normalizeSpace(doc.title());
    int shareTitles = metas.size();
    add(metas, pageTitle);
    uncut(metas);
    List<String> shares = metas.subList(0, shareTitles);
    List<String> h1s = new ArrayList<>();
    List<Element> h1Elements = new ArrayList<>();
    Element body = doc.body();
    if (body != null) {
      for (Element h1 : PageIndex.of(doc).all("h1", body)) {
        String t = repaired(unescapedAgain(MainText.normalizeSpace(shownText(h1))));
        if (!t.isEmpty() && t.length() <= MAX_TITLE_CHARS && !isSiteName(t, siteName, host)
            && !(readsAsLeadIn(t) && confirmingMeta(t, metas, siteName, host) == null)) {
          h1s.add(t);
          h1Elements.add(h1);
        }
      }
    }
    if (h1s.size() > 1) {
      // of several headings, the one the page's share title names whole is the headline, though
      // another (a section's "News") is the first part of its <title>
      for (int i = 1; i < h1s.size(); i++) {
        if (namedWhole(h1s.get(i), shares, siteName, host) && !namedWhole(h1s.get(0), shares, siteName, host)) {
          h1s.add(0, h1s.remove(i));
          h1Elements.add(0, h1Elements.remove(i));
          break;
        }
      }
    }
    for (int i = 0; i < h1s.size(); i++) {
      String h1 = h1s.get(i);
      String afterKicker = afterKicker(h1Elements.get(i), h1, metas, siteName, host);
      if (afterKicker != null) {
        return afterKicker;
      }
      String beforeTrailer = beforeTrailer(h1Elements.get(i), h1, metas, siteName, host);
      if (beforeTrailer != null) {
        return beforeTrailer;
      }
      String confirmed = confirmingMeta(h1, metas, siteName, host);
      if (confirmed != null) {
        // "Blog Name » Blog Archive » Headline" with the blog's name in the h1: the headline is the
        // part of the title that the page writes as a heading of its own
        for (String meta : metas) {
          if (confirmed.equals(firstPart(meta))) {
            String shown = shownPart(meta, body, siteName, host, h1);
            if (shown != null && !key(shown).equals(key(h1))) {
              return stripSiteName(shown, siteName, host);
            }
          }
        }
        // a heading that ends with its metadata title opens with a kicker or a date: the metadata is the headline
        String k = key(confirmed);
        String h = key(h1);
        if (k.length() < h.length() && h.endsWith(k)) {
          return confirmed;
        }
        // a heading set in capitals by its markup reads as its metadata title writes it
        // a heading that copies the page's <title>, " | Section | Site" and all, loses them as the title does
        return k.equals(h) && isUpperCase(h1) && !isUpperCase(confirmed) ? confirmed
            : strip(h1, siteName, host, h1.equals(pageTitle));
      }
    }
    if (h1s.size() == 1 && h1s.get(0).split(" ").length >= 3) {
      String before = confirmedH2Before(h1Elements.get(0), metas, siteName, host);
      if (before != null) {
        return before;
      }
      String whole = withLostCharacters(h1s.get(0), metas, siteName, host);
      if (whole != null) {
        return whole;
      }
      // a site's slogan in the h1, the headline in an h2 that the share title names whole (an h1
      // whose opening words a metadata title holds is the headline, and the h2 a section of it)
      String h2 = opensAMetaTitle(h1s.get(0), metas) ? null
          : namedH2(body, shares, siteName, host);
      if (h2 != null) {
        return h2;
      }
      // a heading in capitals that its metadata does not confirm is a banner more often than the headline
      if (!isUpperCase(h1s.get(0)) || metas.isEmpty() || isUpperCase(metas.get(0))) {
        return strip(h1s.get(0), siteName, host, false);
      }
    }
    if (metas.isEmpty()) {
      return h1s.isEmpty() ? null : h1s.get(0);
    }
    if (h1s.isEmpty()) {
      // no headline in an h1: the heading the CMS names as the entry's title, when one of the
      // metadata titles is that heading (a share title may word the story for social networks)
      String named = namedHeadline(doc, siteName, host);
      if (named != null && namedWhole(named, metas, siteName, host)) {
        return named;
      }
    }
    String first = metas.get(0);
    String stripped = stripSiteName(first, siteName, host);
    if (stripped.equals(first)) {
      // "Gregory Szorc's Digital Home | Mercurial's Journey to …", the second part an h2 of the post
      String shown = shownPart(first, body, siteName, host, null);
      if (shown != null) {
        return shown;
      }
    }
    return stripped;
  }

  /**
   * The one part of a metadata title split at its separators, of three words or more and not the
   * site's name, that the page writes whole as an {@code <h1>} or {@code <h2>}; null when none or
   * several are, or when the only such parts are {@code h1} (the heading the caller has, or null).
   */
  private static String shownPart(String meta, Element body, String siteName, String host, String h1) {
    if (body == null) {
      return null;
    }
    String[] parts = ANY_SEPARATOR.split(meta);
    if (parts.length < 2) {
      return null;
    }
    List<String> candidates = new ArrayList<>();
    boolean besidesH1 = false;
    for (String p : parts) {
      String part = p.trim();
      if (part.split(" ").length >= 3 && !isSiteName(part, siteName, host)) {
        candidates.add(part);
        besidesH1 |= h1 == null || !key(part).equals(key(h1));
      }
    }
    // the headings are read only when a part other than the h1 (which the caller has) may be one
    if (!besidesH1) {
      return null;
    }
    Set<String> headings = new HashSet<>();
    for (Element h : body.select(H1_OR_H2)) {
      String t = MainText.normalizeSpace(h.text());
      if (t.split(" ").length >= 3 && t.length() <= MAX_TITLE_CHARS) {
        headings.add(key(t));
      }
    }
    String shown = null;
    for (String part : candidates) {
      if (headings.contains(key(part))) {
        if (shown != null && !key(shown).equals(key(part))) {
          return null;
        }
        shown = part;
      }
    }
    return shown;
  }


  private static final Evaluator H1_OR_H2 = QueryParser.parse("h1, h2");

  /**
   * The page's one {@code <h2>} of three words or more that one of {@code metas} names whole, as
   * that metadata title writes it; null when none does, or several.
   */
  private static String namedH2(Element body, List<String> metas, String siteName, String host) {
    if (metas.isEmpty()) {
      return null;
    }
    String found = null;
    for (Element h : body.getElementsByTag("h2")) {
      String t = repaired(unescapedAgain(MainText.normalizeSpace(shownText(h))));
      if (t.split(" ").length < 3 || t.length() > MAX_TITLE_CHARS || !namedWhole(t, metas, siteName, host)) {
        continue;
      }
      if (found != null && !key(found).equals(key(t))) {
        return null;
      }
      found = t;
    }
    if (found == null) {
      return null;
    }
    // the metadata's spelling: its separator after a kicker set in its own element, its case
    String k = key(found);
    for (String meta : metas) {
      String m = stripSiteName(meta, siteName, host);
      if (key(m).equals(k)) {
        return m;
      }
    }
    return strip(found, siteName, host, false);
  }

  /** The most characters of a headline that reads as two sentences or more; longer, it is a standfirst. */
  private static final int MAX_MULTI_SENTENCE_CHARS = 200;

  /** A sentence's end followed by the next one's opening letter. */
  private static final Pattern SENTENCE_BREAK = Pattern.compile("[.?!]\\s+\\p{Lu}");

  /**
   * Whether a heading reads as something other than a headline: a lead-in that ends with a colon
   * ("A message from John Furrier, co-founder of SiliconANGLE:"), or a standfirst of two sentences
   * or more set as the page's {@code <h1>} ("Learn which home renovations have the best ROI? Get
   * expert tips on … We'll help you learn …").
   */
  static boolean readsAsLeadIn(String heading) {
    return heading.endsWith(":")
        || heading.length() > MAX_MULTI_SENTENCE_CHARS && SENTENCE_BREAK.matcher(heading).find();
  }

  /** Whether one of {@code metas} holds the first three words of {@code heading} (letters and digits compared). */
  private static boolean opensAMetaTitle(String heading, List<String> metas) {
    String[] words = heading.split(" ");
    String opening = key(String.join(" ", Arrays.copyOf(words, Math.min(3, words.length))));
    if (opening.length() < 4) {
      return false;
    }
    for (String meta : metas) {
      if (key(meta).contains(opening)) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code metas}, with or without its site name, is {@code heading} (letters and digits compared). */
  private static boolean namedWhole(String heading, List<String> metas, String siteName, String host) {
    String h = key(heading);
    if (h.length() < 4) {
      return false;
    }
    for (String meta : metas) {
      if (key(meta).equals(h) || key(stripSiteName(meta, siteName, host)).equals(h)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The metadata title (without its site name) that a heading writes with characters lost to a
   * wrong encoding: the heading shows {@code ?} or U+FFFD where the metadata has one to three
   * characters, and agrees with it everywhere else ("What Are The Basics Of Event Planning?
   * Beginner? Guide" for "What Are The Basics Of Event Planning: Beginner's Guide"). Else null.
   */
  static String withLostCharacters(String h1, List<String> metas, String siteName, String host) {
    if (h1.indexOf('?') < 0 && h1.indexOf('\uFFFD') < 0) {
      return null;
    }
    StringBuilder regex = new StringBuilder();
    int from = 0;
    for (int i = 0; i < h1.length(); i++) {
      char c = h1.charAt(i);
      // any character matches: a question mark may be one, where it ends a sentence
      if (c == '\uFFFD' || c == '?') {
        regex.append(Pattern.quote(h1.substring(from, i))).append(".{1,3}");
        from = i + 1;
      }
    }
    regex.append(Pattern.quote(h1.substring(from)));
    Pattern p = Pattern.compile(regex.toString());
    for (String meta : metas) {
      String m = stripSiteName(meta, siteName, host);
      if (!m.equals(h1) && m.indexOf('\uFFFD') < 0 && p.matcher(m).matches()) {
        return m;
      }
    }
    return null;
  }

  /**
   * The text of an {@code <h2>} before {@code h1} that a metadata title names whole, without its
   * site name; else null. Some templates set the headline in an {@code <h2>} and leave the page's
   * one {@code <h1>} to a section heading of the body ("But what they love is the sense of
   * empowerment and versatility", under the post's {@code <h2>What do people love about Rust?</h2>}).
   */
  private static String confirmedH2Before(Element h1, List<String> metas, String siteName, String host) {
    for (Element h : h1.ownerDocument().body().select(H1_OR_H2)) {
      if (h == h1) {
        return null;
      }
      String t = repaired(unescapedAgain(MainText.normalizeSpace(shownText(h))));
      if (t.split(" ").length < 3 || t.length() > MAX_TITLE_CHARS) {
        continue;
      }
      for (String meta : metas) {
        String m = stripSiteName(meta, siteName, host);
        if (key(m).equals(key(t)) || key(meta).equals(key(t))) {
          return strip(t, siteName, host, false);
        }
      }
    }
    return null;
  }

  /**
   * Class names and styles that set an inline element on a line of its own: Tailwind's {@code
   * block} (and {@code md:block}), Bootstrap's {@code d-block} (and {@code d-md-block}), an inline
   * {@code display: block}. Such a {@code <span>} in a heading is a subtitle's line; its words do not
   * run on from the line before it.
   */
  private static final Pattern DISPLAY_BLOCK =
      Pattern.compile("(?i)(?:^|\\s)(?:[a-z0-9]+:)?(?:block|d-block|d-[a-z]{2,3}-block)(?:$|\\s)");

  private static final Pattern STYLE_DISPLAY_BLOCK = Pattern.compile("(?i)(?:^|[;\\s])display\\s*:\\s*block");

  /**
   * The text of {@code heading} as it shows: without what only screen readers read ({@code <span
   * class="sr-only"> | Site</span>}) and without a badge ({@code <span class="label
   * abo">Abonnés</span>} on la-bas.org), and with a space before an inline element set on its own
   * line ({@code Alternatives<span class="block">Top tools</span>}).
   */
  static String shownText(Element heading) {
    Element copy = null;
    for (Element e : heading.getAllElements()) {
      if (e != heading && (screenReaderOnly(e) || onItsOwnLine(e) || isBadge(e))) {
        copy = heading.clone();
        break;
      }
    }
    if (copy == null) {
      return heading.text();
    }
    for (Element e : copy.getAllElements()) {
      if (e == copy || e.parent() == null) {
        continue;
      }
      if (screenReaderOnly(e) || isBadge(e)) {
        e.remove();
      } else if (onItsOwnLine(e)) {
        e.before(new TextNode(" "));
      }
    }
    return copy.text();
  }

  /** Class names of a headline's badge: "Abonnés", "Premium", "Live", "Exclusive". */
  private static final Set<String> BADGE_CLASSES = Set.of("label", "badge", "abo", "premium", "paywall", "pill");

  /** The most characters of a badge's text. */
  private static final int BADGE_CHARS = 20;

  /** Whether {@code e}, inside a headline, is a badge: a class of {@link #BADGE_CLASSES}, and a word or two. */
  private static boolean isBadge(Element e) {
    for (String name : e.classNames()) {
      if (BADGE_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
        return e.text().length() <= BADGE_CHARS;
      }
    }
    return false;
  }

  /** Whether one of the class names of {@code e} is {@link Boilerplate#SCREEN_READER_ONLY}. */
  private static boolean screenReaderOnly(Element e) {
    for (String name : e.classNames()) {
      if (Boilerplate.SCREEN_READER_ONLY.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean onItsOwnLine(Element e) {
    return DISPLAY_BLOCK.matcher(e.className()).find() || STYLE_DISPLAY_BLOCK.matcher(e.attr("style")).find();
  }

  /**
   * A metadata title cut at a double quote that its page did not escape ({@code content="Senador
   * … de "incapacitado""} reads "Senador … de") gives way to another metadata title that goes on
   * from it with that quote.
   */
  private static void uncut(List<String> metas) {
    for (int i = 0; i < metas.size(); i++) {
      String cut = metas.get(i);
      for (String other : metas) {
        if (other.length() > cut.length() + 1 && other.startsWith(cut)) {
          String rest = other.substring(cut.length()).stripLeading();
          if (rest.startsWith("\"")) {
            metas.set(i, other);
            break;
          }
        }
      }
    }
  }

  private static void add(List<String> list, String value) {
    if (value != null && !value.isEmpty() && value.length() <= 2 * MAX_TITLE_CHARS) {
      list.add(repaired(unescapedAgain(value)));
    }
  }

  /**
   * The content of the first {@code <meta>} that {@code query} (a query of meta tags only) matches
   * in the page's head, else in the page, found in the page's {@link PageIndex}, which lists its
   * meta tags in page order.
   */
  private static String meta(Document doc, Evaluator query) {
    Element head = doc.head();
    Elements found = PageIndex.of(doc).select("meta", query);
    Element e = null;
    for (Element meta : found) {
      if (head != null && PageIndex.isIn(meta, head)) {
        e = meta;
        break;
      }
    }
    if (e == null) {
      e = found.first();
    }
    return e == null ? null : MainText.normalizeSpace(e.attr("content"));
  }

  /**
   * The metadata title that confirms an {@code <h1>}: one whose text, or whose text without the
   * site name, is the heading's (letters and digits compared, case-insensitively), or starts or
   * ends with it.
   */
  private static String confirmingMeta(String h1, List<String> metas, String siteName, String host) {
    String h = key(h1);
    if (h.length() < 4) {
      return null;
    }
    for (String meta : metas) {
      // "Heading - Name of the site", whatever the name: the heading is the part before the separator
      String first = firstPart(meta);
      if (first != null && key(first).equals(h)) {
        return first;
      }
      String stripped = stripSiteName(meta, siteName, host);
      // the whole metadata title comes second: a heading that holds it all confirms its short " | " tails too
      for (String m : stripped.equals(meta) ? new String[] {stripped} : new String[] {stripped, meta}) {
        String k = key(m);
        if (k.equals(h)) {
          return m;
        }
        if ((k.startsWith(h) || k.endsWith(h)) && h.length() * 2 > k.length()) {
          return m;
        }
        if ((h.startsWith(k) || h.endsWith(k)) && k.length() * 5 > h.length() * 3) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The rest of a heading that sets a kicker in its own leading element ({@code <h1><span>Olympische
   * Spiele in Paris</span> Getränke per Schiff ins Stadtzentrum</h1>}), when a metadata title
   * confirms the split: it is that rest (then the metadata's spelling is kept), or it writes the
   * kicker and the rest with a separator between them ("Olympische Spiele in Paris - Getränke per
   * Schiff ins Stadtzentrum"). Else null.
   */
  private static String afterKicker(Element h1, String text, List<String> metas, String siteName, String host) {
    Element lead = leadingElement(h1);
    if (lead == null) {
      return null;
    }
    String kicker = repaired(unescapedAgain(MainText.normalizeSpace(lead.text())));
    String k = key(kicker);
    if (k.isEmpty() || !text.startsWith(kicker)) {
      return null;
    }
    int from = kicker.length();
    while (from < text.length() && (text.charAt(from) == ' ' || KICKER_SEPARATORS.indexOf(text.charAt(from)) >= 0)) {
      from++;
    }
    String rest = text.substring(from);
    String r = key(rest);
    if (r.length() < 4 || rest.indexOf(' ') < 0) {
      return null;
    }
    for (String meta : metas) {
      String m = stripSiteName(meta, siteName, host);
      if (key(m).equals(r)) {
        return m;
      }
      if (separatesKicker(m, k, r)) {
        return rest;
      }
    }
    return null;
  }

  /**
   * The metadata title that a heading's leading element holds when the heading goes on after that
   * element with what no metadata title holds ({@code <h1><span>Headline</span> <small>Subtitle</small></h1>},
   * a source link, a comment count); else null.
   */
  private static String beforeTrailer(Element h1, String text, List<String> metas, String siteName, String host) {
    String h = key(text);
    Element e = h1;
    for (int depth = 0; depth < 4; depth++) {
      Element lead = firstChildElement(e);
      if (lead == null) {
        return null;
      }
      String l = key(lead.text());
      if (l.length() < 4) {
        return null;
      }
      if (l.length() < h.length() && h.startsWith(l)) {
        String trailer = h.substring(l.length());
        String trailerStart = trailer.substring(0, Math.min(8, trailer.length()));
        for (String meta : metas) {
          String k = key(meta);
          int at = k.indexOf(l);
          if (k.contains(trailer) || (at >= 0 && k.startsWith(trailerStart, at + l.length()))) {
            // the metadata title goes on as the heading does: the heading is whole, or its lead is a kicker
            return null;
          }
          String m = stripSiteName(meta, siteName, host);
          if (key(m).equals(l)) {
            return m;
          }
          String first = firstPart(meta);
          if (first != null && key(first).equals(l)) {
            return first;
          }
        }
      }
      e = lead;
    }
    return null;
  }

  /** The first child of {@code e} when it is an element (blank text before it does not count); else null. */
  private static Element firstChildElement(Element e) {
    for (Node n : e.childNodes()) {
      if (!(n instanceof TextNode t && t.isBlank())) {
        return n instanceof Element child ? child : null;
      }
    }
    return null;
  }

  /**
   * The first element of a heading, below any element that wraps the whole heading (a link), when
   * the heading opens with it; else null.
   */
  private static Element leadingElement(Element h1) {
    Element e = h1;
    String text = MainText.normalizeSpace(h1.text());
    for (int depth = 0; depth < 4; depth++) {
      Element child = firstChildElement(e);
      if (child == null) {
        return null;
      }
      if (!MainText.normalizeSpace(child.text()).equals(text)) {
        return child;
      }
      e = child;
    }
    return null;
  }

  /** True when {@code meta} reads kicker, separator, rest: its letters are {@code kicker + rest}, a separator between. */
  private static boolean separatesKicker(String meta, String kicker, String rest) {
    if (!key(meta).equals(kicker + rest)) {
      return false;
    }
    int i = 0;
    for (int seen = 0; i < meta.length() && seen < kicker.length(); i++) {
      if (Character.isLetterOrDigit(meta.charAt(i))) {
        seen++;
      }
    }
    while (i < meta.length() && meta.charAt(i) == ' ') {
      i++;
    }
    return i < meta.length() && KICKER_SEPARATORS.indexOf(meta.charAt(i)) >= 0;
  }

  /**
   * A title whose UTF-8 bytes were read as Latin-1 by its site ("Investorâ\u0080\u0099s") shows C1
   * control characters, which no text uses: it is read back as UTF-8 when its bytes are valid UTF-8.
   */
  static String repaired(String title) {
    boolean control = false;
    for (int i = 0; i < title.length(); i++) {
      char c = title.charAt(i);
      if (c > 0xFF) {
        return title;
      }
      control |= c >= 0x80 && c <= 0x9F;
    }
    if (!control) {
      return title;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(title.getBytes(StandardCharsets.ISO_8859_1))).toString();
    } catch (CharacterCodingException e) {
      return title;
    }
  }

  private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  /**
   * A metadata title whose entities were escaped twice ({@code content="SQL &amp;#x26; AI"}, a
   * {@code <title>} holding {@code &amp;#039;}) still shows {@code &#x26;} after parsing; browsers'
   * share cards and readers show the character, and so does the title here.
   */
  static String unescapedAgain(String title) {
    return title.indexOf('&') >= 0 && ENTITY.matcher(title).find() ? Parser.unescapeEntities(title, false) : title;
  }

  /** The first {@code headline} in the page's JSON-LD, or null; read as a token stream, not a tree. */
  static String jsonLdHeadline(Document doc) {
    for (Element script : PageIndex.of(doc).select("script", PageIndex.JSON_LD)) {
      String data = script.data();
      if (!data.contains("\"headline\"")) {
        continue;
      }
      try (JsonParser p = JSON.createParser(data)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.FIELD_NAME && "headline".equals(p.currentName())) {
            if (p.nextToken() == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
              return MainText.normalizeSpace(Parser.unescapeEntities(p.getText(), false));
            }
          }
        }
      } catch (IOException e) {
        // a broken JSON-LD block says nothing; try the next one
      }
    }
    return null;
  }

  /**
   * Drops a part that names the site from a metadata title: a " | Site", " - Site" suffix or "Site
   * | " prefix whose text is {@code siteName} or the host's name, and a " | …" tail of at most four
   * words.
   */
  public static String stripSiteName(String title, String siteName, String host) {
    return strip(title, siteName, host, true);
  }

  /** Drops the site name; a short " | …" tail only when {@code shortTails} (metadata titles, not headings). */
  private static String strip(String title, String siteName, String host, boolean shortTails) {
    if (title == null) {
      return null;
    }
    String t = title.trim();
    // "davidbau.com Vibe Coding": the site's domain opens the title without a separator
    String domain = host == null ? null : host.toLowerCase(Locale.ROOT);
    if (domain != null && domain.startsWith("www.")) {
      domain = domain.substring(4);
    }
    if (domain != null && domain.indexOf('.') > 0 && t.length() > domain.length() + 1
        && t.regionMatches(true, 0, domain + " ", 0, domain.length() + 1)
        && Character.isLetterOrDigit(t.charAt(domain.length() + 1))) {
      t = t.substring(domain.length() + 1).trim();
    }
    for (int round = 0; round < 3; round++) {
      String before = t;
      for (String sep : SEPARATORS) {
        int at = t.lastIndexOf(sep);
        if (at > 0) {
          String tail = t.substring(at + sep.length()).trim();
          if (isSiteName(tail, siteName, host) || namesTheHost(tail, host)
              || (shortTails && sep.equals(" | ") && tail.split(" ").length <= 4 && !isShortHead(t.substring(0, at), tail))) {
            t = t.substring(0, at).trim();
            break;
          }
          if (shortTails && sep.equals(" | ") && at == t.indexOf(sep) && isShortHead(t.substring(0, at), tail)) {
            t = tail; // the site's name or a section before a short headline
            break;
          }
        }
        int first = t.indexOf(sep);
        // WordPress's old default theme: "Site » Blog Archive » Headline"
        if (first > 0 && (isSiteName(t.substring(0, first), siteName, host)
            || BLOG_ARCHIVE.contains(key(t.substring(0, first))))) {
          t = t.substring(first + sep.length()).trim();
          break;
        }
      }
      // " : Site" is a site's tail only when it names the site ("Muffin Grundrezept : Muffin Rezepte")
      int colon = t.lastIndexOf(" : ");
      if (t.equals(before) && colon > 0) {
        String tail = t.substring(colon + 3).trim();
        if (isSiteName(tail, siteName, host) || namesTheHost(tail, host)) {
          t = t.substring(0, colon).trim();
        }
      }
      // and "Site : " its head when it is the site's name or the host's ("PanoraPost : …" on panorapost.com)
      int headColon = t.indexOf(" : ");
      if (t.equals(before) && headColon > 0 && isSiteName(t.substring(0, headColon), siteName, host)) {
        t = t.substring(headColon + 3).trim();
      }
      // "NEWS WEB EASY|子どもへの…": the site's name set against the headline without spaces
      if (t.equals(before) && siteName != null && !siteName.isBlank()) {
        // (a hyphen between two letters joins a compound: "GdP-Vize Klemmer: …" keeps its "GdP")
        String n = siteName.trim();
        if (t.length() > n.length() + 1 && t.startsWith(n) && isTightSeparator(t, n.length(), n.length() + 1)) {
          t = t.substring(n.length() + 1).trim();
        } else if (t.length() > n.length() + 1 && t.endsWith(n)
            && isTightSeparator(t, t.length() - n.length() - 1, t.length() - n.length() - 2)) {
          t = t.substring(0, t.length() - n.length() - 1).trim();
        }
      }
      if (t.equals(before) || t.isEmpty()) {
        break;
      }
    }
    return t.isEmpty() ? title.trim() : t;
  }

  /**
   * True when {@code head}, the part of a metadata title before its " | " tail, is one or two words
   * and shorter than the tail: the site's name or a section, set before a short headline ("اليوم 24
   * | خطة لدعم الفلاحين", "BMJV | Transparenz bei Preisanpassungen"), which is the title.
   */
  private static boolean isShortHead(String head, String tail) {
    String h = head.trim();
    return h.length() < tail.length() && h.split(" ").length <= 2;
  }

  /**
   * True when the character of {@code t} at {@code at} separates a site's name from a headline set
   * against it without spaces; a hyphen does only when the character at {@code beyond}, on the
   * headline's side, is not a letter or digit.
   */
  private static boolean isTightSeparator(String t, int at, int beyond) {
    char c = t.charAt(at);
    if (TIGHT_SEPARATORS.indexOf(c) < 0) {
      return false;
    }
    return c != '-' || beyond < 0 || beyond >= t.length() || !Character.isLetterOrDigit(t.charAt(beyond));
  }

  /**
   * True for a title's short tail (four words at most) that holds a label of the host, of four
   * characters or more: "MyOOS Community Forum" on foren.myoos.de, "Python Wiki" on wiki.python.org.
   */
  static boolean namesTheHost(String tail, String host) {
    return holdsHostLabel(tail, host, Set.of("www"));
  }

  /**
   * True for a text of four words at most that holds a label of {@code host} of four characters
   * or more, other than those of {@code ignored}.
   */
  private static boolean holdsHostLabel(String text, String host, Set<String> ignored) {
    if (host == null || text.split(" ").length > 4) {
      return false;
    }
    String k = unaccented(key(text));
    for (String label : host.toLowerCase(Locale.ROOT).split("[.-]")) {
      if (label.length() >= 4 && !ignored.contains(label) && k.contains(key(label))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The site's name as the page's {@code <title>} ends with it, or null: the part after its last
   * separator, four words at most, that holds a label of the host other than a generic word
   * ("Antary" on www.antary.de, "5 Minuten" on www.5min.at, "Dwutygodnik" on dwutygodnik.com).
   */
  static String siteNameOfTitle(String title, String host) {
    if (title == null || host == null) {
      return null;
    }
    String t = MainText.normalizeSpace(title);
    int at = -1;
    int length = 0;
    for (String sep : SEPARATORS) {
      int i = t.lastIndexOf(sep);
      if (i > at) {
        at = i;
        length = sep.length();
      }
    }
    if (at <= 0) {
      return null;
    }
    String tail = t.substring(at + length).trim();
    return !tail.isEmpty() && holdsHostLabel(tail, host, GENERIC_HOST_LABELS) ? tail : null;
  }

  /** Labels of many hosts that name no site: "news" of news.example.com, "blog" of blog.example.org. */
  private static final Set<String> GENERIC_HOST_LABELS =
      Set.of("www", "news", "blog", "blogs", "online", "info", "media", "home", "shop", "mobile", "portal", "site", "actu",
          "noticias", "nachrichten", "web", "wiki", "forum", "forums");

  /** The text before the first headline-site separator of {@code title}, or null when it has none. */
  private static String firstPart(String title) {
    int at = -1;
    for (String sep : SEPARATORS) {
      int i = title.indexOf(sep);
      if (i > 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    return at < 0 ? null : title.substring(0, at).trim();
  }

  /** True when {@code text} has letters and none of them is lowercase: a heading set in capitals. */
  static boolean isUpperCase(String text) {
    boolean letters = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isUpperCase(c);
    }
    return letters;
  }

  /** True when {@code text} names the site: its publisher name, or its host without "www." and the TLD. */
  static boolean isSiteName(String text, String siteName, String host) {
    String k = key(text);
    if (k.isEmpty()) {
      return false;
    }
    if (siteName != null && k.equals(key(siteName))) {
      return true;
    }
    if (host != null && k.length() >= 3) {
      String h = host.toLowerCase(Locale.ROOT);
      if (h.startsWith("www.")) {
        h = h.substring(4);
      }
      int dot = h.lastIndexOf('.');
      String name = key(dot > 0 ? h.substring(0, dot) : h);
      if (k.equals(name) || k.equals(key(h))) {
        return true;
      }
      // a host writes a name without its accents ("Médias24" on medias24.com), and a subdomain may go
      // before it ("Le360" on fr.le360.ma): the name is one label of the host, the TLD aside
      String plain = unaccented(k);
      String[] labels = h.split("\\.");
      for (int i = 0; i < labels.length - 1; i++) {
        if (labels[i].length() >= 4 && plain.equals(key(labels[i]))) {
          return true;
        }
      }
      return !plain.equals(k) && plain.equals(name);
    }
    return false;
  }

  /** {@code key} without its accents and other combining marks: how a host would write it. */
  static String unaccented(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) > 0x7f) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(key, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return key;
  }

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  /** Letters and digits only, lowercased: how titles are compared. */
  static String key(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }
}
