package org.newscorpus.extract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * An aggregator's credit line, which says the page republishes another publisher's article.
 *
 * <p>Takes a line of text (or a page, whose short elements are read as lines) and gives the
 * credited publisher's name and, when the line gives one, the day it published the article:
 *
 * <ul>
 *   <li>fr: "Publié dans PanoraPost le 17 - 02 - 2021", "Publié initialement par X le …", "Source : X"
 *       ("Publié par X le …" alone is a byline)
 *   <li>en: "Originally published by Maghreb Wire on November 8, 2025", "This article was first
 *       published in X on …", "Republished from X", "Source: X"
 *   <li>es: "Publicado en X el 17/02/2021", "Publicado originalmente en X", "Fuente: X"
 *   <li>de: "Erschienen in X am 17.02.2021", "Zuerst erschienen bei X", "Quelle: X"
 *   <li>ar: "نشر في X بتاريخ 17 فبراير 2021", "المصدر: X"
 * </ul>
 *
 * A "Source : X" line counts only when it stands alone (a line, or an element of its own) and X is
 * a short name, so that "Source : ministère de la Santé, 2020" in a paragraph is not a credit. A
 * dated credit is the line, not a clause of a sentence that reports a publication: "Le décret,
 * publié dans le Bulletin officiel le 12 mars 2021, fixe …" credits no one.
 *
 * @param publisher the credited publisher's name, as written
 * @param date the credited publication day, when the line gives one
 */
public record CreditLine(String publisher, LocalDate date) {

  private static final String NAME = "(\\S.{0,78}?)";
  /**
   * "initialement", "originellement", "d'abord", "à l'origine": only after one of them does "publié
   * par X" credit a publisher; "Publié par Mohamed Amine le 17/02/2021" is a WordPress byline, as
   * "Publicado por …" is in Spanish and "نشر بواسطة …" in Arabic.
   */
  private static final String FIRST_FR = "(?:initialement|originellement|d'abord|[àa] l'origine)\\s+";
  /** "… X le DATE", "… X on DATE": the name ends where the date's preposition begins. */
  /** What may go before a French credit's verb: "Cet article a été", "L'article est", "Article". */
  private static final String ARTICLE_FR = "(?:(?:cet |l')article (?:a été |est |avait été )?|article )?";
  /** "sur le site de X", "dans les colonnes du X": the words before the publisher's name. */
  private static final String SITE_OF_FR = "(?:le site (?:de |du |d')|les colonnes (?:de |du |d'))?";
  /**
   * The link after an English credit: "Read the original article."; or the permission it goes on
   * with: "… on coolimba and has been republished here with permission."
   */
  private static final String READ_THE_ORIGINAL = "(?:,?\\s+and\\s+(?:has\\s+been|is|was)\\s+republished\\b[^.]{0,60}\\.?)?"
      + "(?:\\s*Read the original(?: article| story)?\\s*\\.?)?";
  private static final String THEN_DATE = "\\s*(?:,\\s*)?(?:\\s(?:le|on|el|am|vom|بتاريخ|يوم|في)\\s+)(?=[\\d\\p{L}])(.{0,60})";
  /** {@link #THEN_DATE}'s preposition, to find a later one in the text it took for the date. */
  private static final Pattern DATE_PREPOSITION = Pattern.compile("(?u)\\s(?:le|on|el|am|vom|بتاريخ|يوم|في)\\s+(?=[\\d\\p{L}])");

  /**
   * A credit-line pattern and the words every match of it holds, which spare a line that has none
   * of them the pattern ({@link PatternWords}).
   */
  private record Phrase(PatternWords words, Pattern pattern) {

    /** The first match of the pattern in {@code line}, whose fold is {@code folded}; null when none. */
    Matcher find(String line, String folded) {
      if (!words.anyIn(folded)) {
        return null;
      }
      Matcher m = pattern.matcher(line);
      return m.find() ? m : null;
    }
  }

  private static final List<Phrase> DATED =
      List.of(
          new Phrase(PatternWords.anyOf("publi"),
              Pattern.compile("(?iu)\\bPubli[ée]e?s?\\s+(?:" + FIRST_FR + "(?:dans|par|sur)|dans|sur)\\s+" + NAME + THEN_DATE)),
          new Phrase(PatternWords.anyOf("paru"),
              Pattern.compile("(?iu)\\bparu(?:e|s|es)?\\s+(?:" + FIRST_FR + ")?(?:dans|sur)\\s+" + NAME + THEN_DATE)),
          new Phrase(PatternWords.anyOf("published"),
              Pattern.compile("(?iu)\\b(?:Originally|First|Initially)\\s+published\\s+(?:by|in|on|at)\\s+" + NAME + THEN_DATE)),
          new Phrase(PatternWords.anyOf("published"),
              Pattern.compile("(?iu)\\bwas\\s+(?:originally|first)\\s+published\\s+(?:by|in|on|at)\\s+" + NAME + THEN_DATE)),
          new Phrase(PatternWords.anyOf("publicad"),
              Pattern.compile("(?iu)\\bPublicad[oa]\\s+(?:originalmente\\s+(?:en|por)|en)\\s+" + NAME + THEN_DATE)),
          new Phrase(PatternWords.anyOf("erschienen", "veröffentlicht"),
              Pattern.compile("(?iu)\\b(?:Zuerst\\s+|Ursprünglich\\s+)?(?:erschienen|veröffentlicht)\\s+(?:in|bei|auf|im)\\s+(?-i:(?:der|dem|den)\\s+)?"
                  + NAME + THEN_DATE)),
          new Phrase(PatternWords.anyOf("نشر", "نُشر"),
              Pattern.compile("(?u)(?:نشر|نُشر|نشرت|نُشرت)\\s+(?:في|على|ب(?!واسطة))\\s*" + NAME + THEN_DATE)));

  private static final List<Phrase> UNDATED =
      List.of(
          new Phrase(PatternWords.anyOf("publi", "paru"),
              Pattern.compile("(?iu)^\\s*" + ARTICLE_FR + "(?:" + FIRST_FR + ")?(?:publi[ée]e?s?|paru(?:e|s|es)?)\\s+(?:" + FIRST_FR
                  + "(?:dans|par|sur)|dans|sur)\\s+" + SITE_OF_FR + NAME + "\\s*\\.?$")),
          new Phrase(PatternWords.anyOf("article original"),
              Pattern.compile("(?iu)^\\s*(?:(?:lire|voir|consulter)\\s+)?l?'?article original(?:\\s+publi[ée])?\\s+(?:sur|dans)\\s+" + SITE_OF_FR
                  + NAME + "\\s*\\.?$")),
          new Phrase(PatternWords.anyOf("published"),
              Pattern.compile("(?iu)^.{0,40}?\\b(?:Originally|First|Initially)\\s+published\\s+(?:by|in|on|at)\\s+" + NAME + "\\s*\\.?"
                  + READ_THE_ORIGINAL + "$")),
          new Phrase(PatternWords.anyOf("appeared"),
              Pattern.compile("(?iu)^\\s*(?:this (?:article|story|piece|post) )?(?:first|originally) appeared (?:on|in|at)\\s+" + NAME
                  + "\\s*\\.?" + READ_THE_ORIGINAL + "$")),
          new Phrase(PatternWords.anyOf("republished"),
              Pattern.compile("(?iu)^\\s*(?:this (?:article|story|piece|post) (?:is|was|has been) )?republished (?:from|with permission (?:from|of))\\s+"
                  + NAME + "(?:\\s+under\\s+[^.]{1,60})?\\s*\\.?" + READ_THE_ORIGINAL + "$")),
          new Phrase(PatternWords.anyOf("publica"),
              Pattern.compile("(?iu)^\\s*(?:(?:este|el) (?:artículo|texto) (?:fue |ha sido |se )?)?publica(?:d[oa]|ó)\\s+(?:originalmente\\s+(?:en|por)|en)\\s+"
                  + NAME + "\\s*\\.?$")),
          new Phrase(PatternWords.anyOf("erschien"),
              Pattern.compile("(?iu)^\\s*(?:(?:dieser|der) (?:artikel|beitrag|text) (?:ist )?)?(?:zuerst\\s+|ursprünglich\\s+)?erschien(?:en)?"
                  + "\\s+(?:zuerst\\s+|ursprünglich\\s+)?(?:in|bei|auf|im)\\s+(?-i:(?:der|dem|den)\\s+)?" + NAME + "\\s*\\.?$")),
          new Phrase(PatternWords.anyOf("source", "fuente", "quelle", "via", "المصدر"),
              Pattern.compile("(?iu)^\\s*(?:Source|Sources|Fuente|Quelle|Via|المصدر)\\s*:\\s*" + NAME + "\\s*\\.?$")));

  /**
   * A word every credit line above holds; most lines of a page have none, and this one cheap scan
   * spares them the patterns.
   */
  private static final List<String> CREDIT_WORDS =
      List.of("publi", "paru", "article original", "appeared", "erschien", "veröffentlicht", "source", "fuente", "quelle", "via", "نشر",
          "نُشر", "المصدر");

  private static boolean mayCredit(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String word : CREDIT_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The elements over a text node that holds a {@link #CREDIT_WORDS} word: the only ones whose text
   * can be a credit line. Scanning each text node once spares the text of the page's thousands of
   * other elements. (A word split across two text nodes, "Pu<b>blié</b>", is not seen.)
   */
  static Set<Element> mayCreditElements(Element body) {
    Set<Element> found = Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t && mayCredit(t.getWholeText())) {
            for (Element e = t.parent(); e != null && found.add(e); e = e.parent()) {
              // every ancestor, up to one already added with its own ancestors
            }
          }
        },
        body);
    return found;
  }

  /** The tags of the elements whose text may be a credit line. */
  private static final Set<String> LINE_TAGS =
      Set.of("p", "div", "span", "small", "em", "i", "cite", "footer", "section", "address", "li", "strong", "b");

  /**
   * The elements of {@link #LINE_TAGS} among {@code mayCredit} (a set that holds the ancestors of
   * each of its elements, as {@link #mayCreditElements} gives), in page order: what {@code
   * root.select("p, div, …")} gives, filtered, without visiting the subtrees that hold no credit word.
   */
  static List<Element> lineElements(Element root, Set<Element> mayCredit) {
    List<Element> found = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (!mayCredit.contains(e)) {
              return FilterResult.SKIP_ENTIRELY; // nor any of its descendants
            }
            if (LINE_TAGS.contains(e.normalName())) {
              found.add(e);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    return found;
  }

  /** A credited name is a publisher's name: short, and not a sentence. */
  private static final Pattern NOT_A_PUBLISHER =
      Pattern.compile("(?iu)^(?:le|la|les|the|el|der|die|das)\\s*$|https?://|[.!?|]\\s|\\s(?:le|on|el|am)\\s+\\d|\\b(?:19|20)\\d{2}\\b");

  /**
   * Finds the credit line of {@code line}, with any credited day up to tomorrow; for a page with a
   * crawl date, {@link #find(String, DateText.Window)} bounds the day by the crawl.
   */
  public static Optional<CreditLine> find(String line) {
    return find(line, DateText.Window.until(LocalDate.now(ZoneOffset.UTC).plusDays(1)));
  }

  /** Finds the credit line of {@code line}, a line of text or the text of one element. */
  public static Optional<CreditLine> find(String line, DateText.Window window) {
    if (line == null || line.isBlank() || line.length() > 400 || !mayCredit(line)) {
      return Optional.empty();
    }
    String folded = PatternWords.fold(line);
    for (Phrase p : DATED) {
      for (Matcher m = p.find(line, folded); m != null; m = m.find() ? m : null) {
        Optional<LocalDate> date = DateText.first(m.group(2), window, false);
        String name = clean(date.isPresent() ? line.substring(m.start(1), nameEnd(m, date.get(), window)) : m.group(1));
        if (date.isPresent() && name != null && standsAlone(line, m, date.get())) {
          return Optional.of(new CreditLine(name, date.get()));
        }
      }
    }
    if (line.length() <= 120) {
      for (Phrase p : UNDATED) {
        Matcher m = p.find(line, folded);
        if (m != null) {
          String name = clean(m.group(1));
          if (name != null) {
            return Optional.of(new CreditLine(name, null));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where the name of the dated credit {@code m} ends: at the last preposition before its date, which
   * the lazy name stopped short of when the name holds one ("Publié dans Aujourd'hui le Maroc le 17 -
   * 02 - 2021" credits Aujourd'hui le Maroc).
   */
  private static int nameEnd(Matcher m, LocalDate date, DateText.Window window) {
    String rest = m.group(2);
    int end = m.end(1);
    for (Matcher p = DATE_PREPOSITION.matcher(rest); p.find(); ) {
      if (!DateText.first(rest.substring(p.end()), window, false).equals(Optional.of(date))) {
        break;
      }
      end = m.start(2) + p.start();
    }
    return end;
  }

  /**
   * True when a credited {@code publisher} is the page's own site: its {@code siteName}, or a name
   * that opens with a label of its {@code host} ("VICE US" on vice.com, "EMOTION 10/22" on
   * emotion.de, "Hespress" on fr.hespress.com), or two names joined by a dash one of which names it
   * (the dateline's place and the paper, "أبوظبي - البيان" on albayan.ae). Such a line says the
   * article first ran in the site's print issue or another of its editions, or is the site's own,
   * not that another publisher's article is copied.
   */
  public static boolean namesTheSite(String publisher, String siteName, String host) {
    String[] parts = DASHED.split(publisher, -1);
    if (parts.length == 2) {
      // a dateline's place, then the site: "المصدر: (أبوظبي - البيان)" on albayan.ae, the paper's own story
      return namesTheSite(parts[0], siteName, host) || namesTheSite(parts[1], siteName, host);
    }
    if (Titles.isSiteName(publisher, siteName, host)) {
      return true;
    }
    if (host == null) {
      return false;
    }
    String name = Titles.unaccented(Titles.key(publisher));
    String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
    for (int i = 0; i < labels.length - 1; i++) {
      String label = Titles.key(labels[i]);
      if (label.length() >= 4 && !label.equals("www") && name.startsWith(label)) {
        return true;
      }
    }
    return false;
  }

  /** A dash between two names, spaced: "أبوظبي - البيان", "Rabat – Le Matin". */
  private static final Pattern DASHED = Pattern.compile("\\s+[-–—]\\s+");

  /** Words before a dated credit's phrase: "This article", "Cet article a été", "Par Rédaction -". */
  private static final int MAX_LEAD_WORDS = 4;
  /** Words after its date: a time ("à 10h30", "um 14 Uhr"). */
  private static final int MAX_TAIL_WORDS = 2;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

  /**
   * True when the dated credit {@code m} found in {@code line} is the line, not a clause of a
   * sentence that reports a publication: at most {@value #MAX_LEAD_WORDS} words and no comma
   * before its phrase, at most {@value #MAX_TAIL_WORDS} after its date. "Le décret, publié dans
   * le Bulletin officiel le 12 mars 2021, fixe …" and "ونشرت في الجريدة الرسمية يوم 12 مارس 2021
   * مرسوما يحدد …" credit no one.
   */
  private static boolean standsAlone(String line, Matcher m, LocalDate date) {
    String lead = line.substring(0, m.start());
    if (lead.indexOf(',') >= 0 || lead.indexOf('،') >= 0 || words(lead) > MAX_LEAD_WORDS) {
      return false;
    }
    // the date ends with its year: what follows the last year of the date clause is the tail
    String year = Integer.toString(date.getYear());
    int at = line.lastIndexOf(year, m.end(2));
    String tail = at < m.start(2) ? line.substring(m.end(2)) : line.substring(at + year.length());
    return words(tail) <= MAX_TAIL_WORDS;
  }

  private static int words(String text) {
    int n = 0;
    for (Matcher w = WORD.matcher(text); w.find(); ) {
      n++;
    }
    return n;
  }

  /**
   * Finds the credit line of a page: the first element of the article (not of a related-stories
   * box, a sidebar or a footer) whose own short text is a credit line.
   */
  public static Optional<CreditLine> find(Document doc, DateText.Window window) {
    if (doc.body() == null) {
      return Optional.empty();
    }
    Set<Element> mayCredit = mayCreditElements(doc.body());
    if (mayCredit.isEmpty()) {
      return Optional.empty();
    }
    for (Element e : lineElements(doc.body(), mayCredit)) {
      if (hasMoreChildren(e, 6)) {
        continue;
      }
      String text = ShortText.of(e, 400);
      if (text == null || text.length() < 8) {
        continue;
      }
      Optional<CreditLine> credit = find(text, window);
      if (credit.isPresent()
          && (credit.get().date() != null
              || atAnEdge(e) && !(SOURCE_LABEL.matcher(text).lookingAt() && (sourcesAPicture(e) || closesABox(e))))
          && !PublicationDate.inOtherContent(e)
          && !PublicationDate.isOtherContent(e)) {
        return credit;
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code e} has more than {@code max} child elements: {@code childrenSize() > max},
   * without building and keeping the list of a container's children.
   */
  private static boolean hasMoreChildren(Element e, int max) {
    int children = 0;
    for (int i = 0; i < e.childNodeSize(); i++) {
      if (e.childNode(i) instanceof Element && ++children > max) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for an element that opens or closes its container: an undated "Source: X" there credits
   * the article, while one between two paragraphs cites the source of a figure or a quote. A
   * heading is no paragraph: the credit under the headline opens the article ({@code <h1>…</h1><p>Source
   * : Le360</p><p>…</p>}).
   */
  private static boolean atAnEdge(Element e) {
    boolean textBefore = false;
    for (Element s = e.previousElementSibling(); s != null && !textBefore; s = s.previousElementSibling()) {
      textBefore = !HEADINGS.contains(s.normalName()) && s.hasText();
    }
    boolean textAfter = false;
    for (Element s = e.nextElementSibling(); s != null && !textAfter; s = s.nextElementSibling()) {
      textAfter = !HEADINGS.contains(s.normalName()) && s.hasText();
    }
    return !textBefore || !textAfter;
  }

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

  /**
   * The label that opens a "Source: X" line, which credits a picture's or a chart's source as often
   * as an article's; "This post originally appeared on Grist" never does.
   */
  private static final Pattern SOURCE_LABEL = Pattern.compile("(?iu)^\\s*(?:Source|Sources|Fuente|Quelle|Via|المصدر)\\s*:");

  /** How many ancestors of an undated credit are asked whether they are a picture's caption. */
  private static final int CAPTION_LEVELS = 3;

  /**
   * True when the undated "Source: X" credit {@code e} names the source of a picture, a chart or an
   * infographic, not of the article: it, or one of its {@value #CAPTION_LEVELS} nearest ancestors
   * with no more text than a caption ({@link PhotoCredits#MAX_LINE} characters), is a caption
   * ({@code <figcaption>}, {@code <figure>}, a class that says "caption": WordPress's {@code
   * wp-caption-text}) or holds a picture ({@code <p><img><span>Source: Salesforce</span></p>}).
   * "Source: hootsuite.com" under a chart, "Quelle: Juergen Hasenkopf" under a photo and the BBC's
   * "Source: CDC, Chicago Department of Public Health" under a graphic credit no publisher. A
   * picture before the credit's own block does not count: an aggregator's "Source : Le360" may
   * follow the article's picture, and "Fuente: Actualidad" its last one (junin24.com).
   */
  static boolean sourcesAPicture(Element e) {
    Element a = e;
    for (int level = 0; a != null && level <= CAPTION_LEVELS; level++, a = a.parent()) {
      if (ShortText.of(a, PhotoCredits.MAX_LINE) == null || holdsAnotherParagraph(a, e)) {
        return false; // the article's container, however short an excerpt it holds
      }
      if (a.nameIs("figcaption") || a.nameIs("figure") || CAPTION_CLASS.matcher(a.className()).find()
          || PhotoCredits.holdsPicture(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the undated "Source: X" credit {@code e} closes a box of facts, not the article: the
   * nearest block around it that holds more than it holds no other paragraph, only a list, a table
   * or a heading ("What is a sting jet?" and its list, then "Source: Met Office", on metro.co.uk).
   * An aggregator's credit stands among the article's paragraphs, or in a block beside the one that
   * holds them.
   */
  static boolean closesABox(Element e) {
    String own = e.text();
    for (Element a = e.parent(); a != null && !a.nameIs("body"); a = a.parent()) {
      if (!a.text().equals(own)) {
        if (a.selectFirst("ul, ol, table, dl") == null) {
          return false;
        }
        for (Element p : a.getElementsByTag("p")) {
          if (p != e && !p.parents().contains(e) && !e.parents().contains(p) && p.hasText()) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }

  /** The fewest characters of a paragraph of the article, longer than a caption's or a chart's lines. */
  private static final int PARAGRAPH_CHARS = 100;

  /**
   * True when {@code container} holds a {@code <p>} of {@value #PARAGRAPH_CHARS} characters or more
   * that is neither {@code credit}, nor inside it, nor around it: a paragraph of the article.
   */
  private static boolean holdsAnotherParagraph(Element container, Element credit) {
    for (Element p : container.getElementsByTag("p")) {
      if (p == credit || credit.parents().contains(p) || p.parents().contains(credit)) {
        continue;
      }
      if (ShortText.of(p, PARAGRAPH_CHARS - 1) == null) {
        return true;
      }
    }
    return false;
  }

  private static final Pattern CAPTION_CLASS = Pattern.compile("(?i)caption|legende|légende");

  private static String clean(String raw) {
    String name = MainText.normalizeSpace(raw).replaceAll("^[\\p{Pi}\\p{Ps}\"'«\\s]+|[\\p{Pf}\\p{Pe}\"'»,;:.\\s]+$", "");
    if (name.indexOf('(') > name.lastIndexOf(')') && raw.indexOf(')', raw.lastIndexOf('(')) >= 0) {
      name = name + ")"; // "Quelle: House of Clio (Sony Music)": the name's own bracket
    }
    if (name.length() < 2 || name.length() > 80 || name.split("\\s+").length > 8) {
      return null;
    }
    return NOT_A_PUBLISHER.matcher(name).find() ? null : name;
  }
}
