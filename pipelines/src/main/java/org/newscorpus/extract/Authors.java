package org.newscorpus.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.newscorpus.common.NewsAgencies;

/**
 * The bylines of an article, one name per element.
 *
 * <p>Takes a parsed page and gives its authors' names, looking in this order and stopping at the
 * first source that names someone: schema.org {@code author} in JSON-LD (a name, a Person or a
 * list of them, or a reference by {@code @id} to a node of the graph that names one), the meta
 * tags of analytics and citation tools ({@code parsely-author}, {@code cXenseParse:author}, {@code
 * citation_author(s)}…), {@code <meta name=author>} (and {@code
 * article:author} when it is a name, not a profile URL), {@code rel=author} links, then byline
 * elements ({@code itemprop=author}, classes {@code author}, {@code byline}…), lines that start
 * "Par", "By", "Por", "Von" or "بقلم", a label standing alone before the name ("Written by",
 * "Autor:"), Dublin Core's creator, and last the "Written by" field of a Twitter card. Each raw byline is split on "and", "et", "y", "und", "و", commas and
 * semicolons; the prefix word, dates, times and trailing roles ("| Reuters", "- Staff writer") are
 * dropped, and what is left must look like a name (at most six words, no URL, not a date).
 */
public final class Authors {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build();

  private static final Pattern JSONLD_AUTHOR_NAME =
      Pattern.compile("\"author\"\\s*:\\s*(?:\\[\\s*)?\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]{1,200})\"");
  /**
   * "Par", "By", "Por", "Von", "بقلم", "كتب" ("كتبه", "كتبته"), and "Written by", "Text by", "Recipe by",
   * "View all posts by", "Ein Kommentar von", "Une tribune de" and the like, with an optional colon.
   */
  private static final Pattern PREFIX =
      Pattern.compile("(?iu)^\\s*(?:(?:this|the)\\s+(?:post|article|story|piece|guide|review)\\s+(?:was|is)\\s+(?:written|authored)\\s+by"
          + "|(?:written|posted|reported|authored|text|words|recipe|articles?|story|view all posts"
          + "|all posts|more posts)\\s+by|show\\s+all\\s+(?:articles|posts)\\s+(?:of|by)|(?:alles|mehr)\\s+von"
          + "|(?:zeige\\s+)?alle\\s+(?:beiträge|artikel)\\s+von|(?:eingestellt|geschrieben|verfasst|gepostet|erstellt)\\s+von"
          + "|(?:ein\\s+)?beitrag\\s*von|vom|text\\s+von"
          + "|(?:ein\\s+)?artikel\\s+von|(?:publié|écrit|rédigé)\\s+par|(?:publicado|escrito)\\s+por|(?:pubblicato|scritto)\\s+da"
          + "|(?:propos\\s+)?recueilli[es]{0,2}\\s+par"
          // the kind of piece, then its writer: "Ein Kommentar von …", "Une tribune de …", "Analysis by …"
          + "|(?:eine?\\s+)?(?:kommentar|analyse|gastbeitrag|kolumne|reportage|glosse|pressemitteilung)\\s+von"
          + "|(?:une?\\s+)?(?:chronique|tribune|analyse|reportage|éditorial|édito|billet|enquête)\\s+d[e']"
          + "|(?:un\\s+)?(?:análisis|columna|reportaje|crónica|tribuna)\\s+de|(?:analysis|opinion|commentary|column|essay|reporting)\\s+by"
          + "|par|by|por|von|door|بقلم|كتب(?:ته|ه|ت)?|حاور(?:ته|ه)|إعداد)\\s*:?(?:\\s+|$)");
  /**
   * A line that is a byline: a prefix word, then no English determiner ("By the numbers:", "by a
   * wide margin" are no bylines). {@link #mayOpenByline} knows the initials of its opening words.
   */
  static final Pattern BYLINE_LINE =
      Pattern.compile(
          "(?iu)^\\s*(?:(?:written|posted|reported|text)\\s+by|(?:ein\\s+(?:artikel|beitrag)|text)\\s+von|(?:publi[ée]|écrit|rédigé)\\s+par"
              + "|(?:publicado|escrito)\\s+por|par|by|por|von|بقلم|كتبت|كتبته|كتبه)\\s*:?\\s+"
              + "(?!(?:the|a|an|this|that|these|those|our|their|its|his|her|my|your)\\s)\\S.{0,120}$");

  /**
   * A line that a writer's label and its colon open: "Auteur : Kossivi Tiassou", "Autorin: Sylvia
   * Grossgasteiger". Such a label also credits a piece of software or a book inside an article's
   * text ("Authors: Valentin Lobstein"), so these lines come after every other byline.
   */
  static final Pattern LABEL_LINE =
      Pattern.compile("(?iu)^\\s*(?:authors?|autor(?:in|en)?|auteur(?:s|\\(s\\))?|autore)\\s*:\\s+\\S.{0,120}$");
  private static final Pattern SPLIT =
      Pattern.compile("(?iu)\\s*(?:,|;|\\s&\\s|\\s(?:and|et|y|und|e)\\s|\\sو\\s)\\s*");
  /** From here on a byline no longer names people: a date, a time, a role, a separator. */
  private static final Pattern TAIL =
      Pattern.compile(
          "(?iu)\\s*(?:[|•·–—]|\\s-\\s|\\bpublished\\b|\\bpublié|\\bpublicado|\\bveröffentlicht|\\bupdated\\b|\\bmis à jour"
              + "|\\bon\\s+\\p{L}+\\s+\\d|\\ble\\s+\\d|\\bel\\s+\\d|\\bam\\s+\\d|\\d{1,2}\\s*[./-]\\s*\\d{1,2}|\\d{4}"
              + "|\\d{1,2}:\\d{2}|\\bhace\\b|\\bil y a\\b|\\bago\\b"
              + "|\\bon\\s+(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|sday|urday)?\\b|\\sfor\\s+the\\s|\\son\\s+behalf\\s+of\\s"
              + "|\\s(?:alle|weitere)\\s+artikel\\b|\\bpubliziert\\b|\\berstellt\\s+am\\b"
              + "|\\bam\\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\b|\\s(?:written|posted)\\s+by\\s*$"
              + "|\\ble\\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b"
              + "|\\bel\\s+(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\b"
              // the next credit on the line: "Text von Christian Seiler Illustration von Markus Roost"
              + "|\\s(?:illustrations?|illustrationen|fotos?|photos?|bilder?|grafiken?|zeichnungen?)\\s+(?:von|by|de|par|por)\\s).*$");
  /** A label before the names: "Author:", "Autor:", "Text und Interview:", "Texte et photos :". */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)^\\s*(?:authors?|autor(?:in|en)?|auteurs?|autore|text[eo]?|interview|entretien|entrevista|fotos?|photos?)"
              + "(?:\\s*(?:und|and|et|y|&|/)\\s*(?:text[eo]?|interview|entretien|entrevista|fotos?|photos?))*\\s*:\\s*");
  /** Top-level domains of the host names that sites give as their writers' names ("kath.net"). */
  static final String HOST_TLDS = "com|net|org|info|io|co|eu|de|at|ch|fr|be|es|it|nl|pl|uk|ma|dz|tn|cu|mx|ar";

  /**
   * Not a name: a URL or address, a date, a generic account, a word of a byline's furniture
   * ("Posted", "Name", "The Author", "View more posts"), the text of a link to the writer's page
   * that says where it leads ("weiter", "Weitere Artikel", "Archiv anzeigen →"), a comment form's
   * field label ("Name *",
   * "Name (erforderlich)"), a template's placeholder left unfilled ("undefined", "Unknown",
   * Blogger's default, "page.head.extra.author"), or a host name ("Stuff.co.nz", "kath.net",
   * "tagesschau.de": a site that names itself the author of its staff's articles).
   */
  private static final Pattern NOT_A_NAME =
      Pattern.compile(
          "(?iu)https?:|www\\.|@|\\[at]|\\(at\\)|©|\\.com|\\.html|^\\d|\\*|\\((?:required|erforderlich|obligatoire|obligatorio|requis)\\)"
              + "|^(?:admin|administrator|editor|staff|guest|posted|written|name|nom|nombre|text|texte|author|autor|auteur"
              + "|the author|authors of this article|view more posts|role|undefined|unknown|null|none|n/a|no author|user"
              + "|courtesy|cortesía|cortesia|datum|date|fecha"
              + "|paid content|sponsored|sponsored content|partner content|advertorial|anzeige|werbung|publicidad|publireportage"
              + "|publisher|contact|kontakt|impressum|imprint|autoreninformation"
              + "|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
              + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo"
              + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$"
              + "|^(?:weiter|weiterlesen|mehr|mehr lesen|weitere (?:artikel|beiträge)|alle (?:artikel|beiträge)|archiv anzeigen"
              + "|more|read more|more (?:articles|stories)|all (?:articles|stories)|view profile|voir (?:tous )?les articles"
              + "|lire la suite|ver más|más artículos)\\s*[→»›>]*$"
              + "|^\\p{L}+(?:\\.\\p{L}+){2,}$"
              + "|^\\p{Ll}[\\p{Ll}\\d-]*\\.(?:" + Authors.HOST_TLDS + ")$");

  /**
   * The meta tags that name authors, the surest first: those of analytics and citation tools, which
   * name the article's writers (Parse.ly, Sailthru, cXense, Highwire's {@code citation_author}); then
   * the generic ones, which some sites fill with their own name. The first group that names someone
   * gives the names. Dublin Core's creator, most often the publisher, comes after the bylines
   * ({@link #DC_CREATOR}).
   */
  private static final List<Evaluator> AUTHOR_META =
      List.of(
          PageIndex.query("meta[name=parsely-author][content], meta[name=sailthru.author][content],"
              + " meta[property=sailthru.author][content], meta[name=cXenseParse:author][content],"
              + " meta[property=cXenseParse:author][content], meta[name=citation_author][content],"
              + " meta[name=citation_authors][content]"),
          PageIndex.query("meta[name=author][content], meta[property=article:author][content], meta[name=byl][content]"));

  /** Dublin Core's creator: the last place but one a name is looked for. */
  private static final Evaluator DC_CREATOR =
      PageIndex.query("meta[name=dc.creator][content], meta[property=dc:creator][content], meta[name=dcterms.creator][content]");

  /**
   * The labels of a Twitter card's extra fields, which WordPress's SEO plugins (Yoast and its
   * kind) fill with the post's writer and reading time: {@code twitter:label1} "Written by" and
   * {@code twitter:data1} the name. The last place a name is looked for.
   */
  private static final Evaluator TWITTER_LABEL = PageIndex.query("meta[name~=^twitter:(?:label|data)\\d$][content]");

  /**
   * An affiliation's or a note's mark glued to the last word of a name of two words or more, from
   * its {@code <sup>}: "Jennifer Huberty1", "Chong Lee2,3", "Jeni Green*". A user name keeps its
   * digits ("Marianne1", "r23", "News18").
   */
  private static final Pattern FOOTNOTE_MARK = Pattern.compile("(?<=\\s\\p{L}{1,40}\\p{Ll})(?:\\d{1,2}(?:,\\d{1,2})*|[*†‡])$");

  /** A social-media handle after a name: "Williams Perdomo @wperdomod". */
  private static final Pattern TRAILING_HANDLE = Pattern.compile("(?<=\\p{L})\\s+@[\\p{L}\\d_.]{2,30}$");

  /** "MixmasterFred in Woodworking", "By Jane Doe in Politics": the section a byline goes on to. */
  private static final Pattern IN_SECTION = Pattern.compile("\\s+(?:in|IN)\\s+\\p{Lu}[^,;]*$");

  /** A reviewer's credit: "Medically reviewed by", "Fact-checked by", "Geprüft von", "Revisado por". */
  private static final Pattern REVIEWER =
      Pattern.compile("(?iu)\\s*(?:medically\\s+)?(?:reviewed|fact[- ]?checked|geprüft|überprüft|vérifié|relu|revisado)"
          + "\\s+(?:by|von|par|por)\\b");

  /** Seven characters or more of Chinese, Japanese or Korean script in a row. */
  private static final Pattern LONG_CJK =
      Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}\\d]{7,}");

  /** A copyright notice where a name should be. */
  private static final Pattern COPYRIGHT = Pattern.compile("(?iu)\\s*(?:copyright\\b|©|\\(c\\)\\s)");

  /** A scholarly citation's author as Highwire's tags often write it, family name first: "Roy, Aniruddha". */
  private static final Pattern FAMILY_NAME_FIRST = Pattern.compile("^\\s*([^,]+?)\\s*,\\s*([^,]+?)\\s*$");

  private static final Evaluator AUTHOR_LINKS = PageIndex.query("a[rel=author], link[rel=author][title]");

  private Authors() {}

  /** The authors of {@code doc}, in page order, without duplicates. */
  public static List<String> of(Document doc) {
    Set<String> site = siteNames(doc);
    List<String> names = found(doc, site);
    return names.isEmpty() ? names : withoutTheSite(fullNames(doc, names, site), site);
  }

  /** True for a first name alone that {@link #fullNames} may complete: not an agency's name, nor the site's. */
  private static boolean firstNameAlone(String name, Set<String> site) {
    return name.indexOf(' ') < 0 && Character.isUpperCase(name.codePointAt(0)) && !AGENCY.matcher(name).matches()
        && !name.equals(name.toUpperCase(Locale.ROOT)) && !site.contains(Titles.key(name));
  }

  /**
   * {@code names} with a first name alone completed by the byline the page shows: WordPress gives
   * a writer's display name ("Todd", "Nils") to JSON-LD and the author tag where the page's byline
   * reads "Todd Bates".
   */
  private static List<String> fullNames(Document doc, List<String> names, Set<String> site) {
    if (names.stream().noneMatch(n -> firstNameAlone(n, site))) {
      return names;
    }
    List<String> shown = null;
    List<String> full = new ArrayList<>(names.size());
    for (String name : names) {
      String kept = name;
      if (firstNameAlone(name, site)) {
        if (shown == null) {
          shown = fromBylines(doc);
        }
        for (String s : shown) {
          if (s.startsWith(name + " ") && looksLikePersonName(s) && !names.contains(s)) {
            kept = s;
            break;
          }
        }
      }
      if (!full.contains(kept)) {
        full.add(kept);
      }
    }
    return full;
  }

  /**
   * {@code names} without the site's own name where people are named: "Rob Picheta, CNN" gives
   * Rob Picheta, "Brian Truitt USA TODAY" Brian Truitt; the site's name alone stays.
   */
  private static List<String> withoutTheSite(List<String> names, Set<String> site) {
    List<String> kept = new ArrayList<>();
    for (String name : names) {
      String[] w = name.split("\\s+");
      String cut = name;
      for (int k = Math.min(3, w.length - 2); k >= 1; k--) {
        String tail = String.join(" ", Arrays.copyOfRange(w, w.length - k, w.length));
        String rest = String.join(" ", Arrays.copyOf(w, w.length - k));
        // set apart by its case ("USA TODAY", "ebrosia"): a name in title case may go on with the
        // site's words ("Redacción Diario Pagina Siete")
        if (site.contains(Titles.key(tail)) && (tail.equals(tail.toUpperCase(Locale.ROOT))
            || tail.equals(tail.toLowerCase(Locale.ROOT))) && looksLikePersonName(rest)) {
          cut = rest;
          break;
        }
      }
      if (!site.contains(Titles.key(cut)) && !kept.contains(cut)) {
        kept.add(cut);
      }
    }
    return kept.isEmpty() ? names : kept;
  }

  /**
   * The names of the first place that names someone, in the order the class comment gives; a
   * publisher named there gives way to a person's byline the page shows.
   */
  private static List<String> found(Document doc, Set<String> site) {
    boolean[] organizations = {false};
    boolean publisher = false; // a meta tag names the site's owner
    List<String> names = fromJsonLd(doc, organizations);
    if (names.isEmpty()) {
      String holder = copyrightHolder(doc);
      for (Evaluator group : AUTHOR_META) {
        for (Element meta : PageIndex.of(doc).select("meta", group)) {
          String content = meta.attr("content");
          if (meta.attr("name").regionMatches(true, 0, "citation_author", 0, "citation_author".length())) {
            // one author per tag, "Family, Given" ("Roy, Aniruddha"), or a list of them between
            // semicolons (citation_authors): the comma splits no list
            for (String one : content.split(";")) {
              Matcher m = FAMILY_NAME_FIRST.matcher(one);
              addAll(names, m.matches() ? m.group(2) + " " + m.group(1) : one);
            }
            continue;
          } else if (holder != null && meta.attr("name").equalsIgnoreCase("author") && namesHolder(content, holder)) {
            // the site's head names its owner, with its address ("Süddeutsche.de GmbH, Munich, Germany"):
            // the publisher, whose commas split no list
            publisher = true;
            content = content.split(",", 2)[0];
          } else if (SPLIT.matcher(content).find() && site.contains(Titles.key(content))) {
            // the site's own name ("Jobs & Hire", its og:site_name), whose "&" splits no list: whole, it
            // names the site, and a byline the page shows names the writer
            String whole = MainText.normalizeSpace(content);
            if (!names.contains(whole)) {
              names.add(whole);
            }
            continue;
          }
          addAll(names, content);
        }
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    if (names.isEmpty()) {
      names = fromAuthorLinks(doc);
    }
    if (!names.isEmpty() && (organizations[0] || publisher || namesTheSite(names, site))) {
      // the publisher named as the author: a byline the page shows names the writer; when only the
      // site's name or its copyright notice says so ("USA TODAY", "Buzzsprout", not an Organization
      // in JSON-LD), a byline that holds a person's name
      List<String> shown = fromBylines(doc);
      if (!organizations[0]) {
        shown.removeIf(name -> !looksLikePersonName(name));
      }
      return shown.isEmpty() ? names : shown;
    }
    List<TextNode> yearTexts = new ArrayList<>(); // those of the page's text nodes that hold a year
    if (names.isEmpty()) {
      names = fromBylines(doc, yearTexts);
    }
    if (names.isEmpty()) {
      for (Element meta : PageIndex.of(doc).select("meta", DC_CREATOR)) {
        addAll(names, meta.attr("content"));
      }
    }
    if (names.isEmpty()) {
      fromTwitterLabels(doc, names);
    }
    if (names.isEmpty()) {
      fromDatedLines(yearTexts, names);
    }
    return names;
  }

  /** Any day a date line may give: {@link #fromDatedLines} asks only whether a line holds a date. */
  private static final DateText.Window ANY_DAY = new DateText.Window(DateText.Window.EARLIEST, LocalDate.of(2100, 1, 1));

  /** Where a meta line's parts meet: a bar, a dot, a dash set apart by spaces. */
  private static final Pattern META_SEPARATOR = Pattern.compile("\\s*(?:[|·•–—]|\\s-\\s)\\s*");

  /**
   * "by", "von", "par" or "por" inside a line, the writer after it: "Posted on September 21, 2020 by
   * Adi Tzlil", "Gespeichert von rasos am 24. Juli 2017". A reviewer's, an editor's or a
   * picture's credit names no writer.
   */
  private static final Pattern INNER_PREFIX = Pattern.compile("(?iu)(?:^|(?<=\\s))(?:by|von|par|por)\\s+(?=\\p{L})");

  /** The words before {@link #INNER_PREFIX} that make it a credit of another kind: "Reviewed by", "Photo by". */
  private static final Pattern OTHER_CREDIT =
      Pattern.compile(
          "(?iu)(?:reviewed|edited|checked|photo|photos|photograph|image|images|illustration|illustrated|foto|fotos|bild|bilder)\\s+$");

  /** A part of a meta line that is a time or a reading time: "13:10 Uhr", "18:55", "3 min read". */
  private static final Pattern TIME_OR_READING =
      Pattern.compile(
          "(?iu)(?:\\d{1,2}[:.h]\\d{2}(?:\\s*(?:uhr|h|am|pm))?|\\d+\\s*(?:min|minutes?|minuten)\\.?"
              + "(?:\\s+(?:read|lesezeit|de lecture|de lectura))?)");

  /**
   * Adds the names of the first short line that gives a date and a writer, and nothing else but a
   * time: "25.10.2022 - Reiner Nagel", "04.02.2022 | 13:10 Uhr | Uta Helkenberg", or the writer
   * after a prefix word inside the line ("Posted on September 21, 2020 by Adi Tzlil", "March 15,
   * 2022 · 3 min read · By ASU Online", "Gespeichert von rasos am 24. Juli 2017 - 18:55"). Blogs'
   * and press offices' templates print their meta line so, with no class that says byline; the
   * last place a name is looked for. Lines in the footer, the navigation, the comments and other
   * stories' cards are passed over.
   */
  private static void fromDatedLines(List<TextNode> yearTexts, List<String> names) {
    // The lines that hold a date hold a text node with a year ({@code yearTexts}, in page order):
    // their short elements are found from those text nodes up, in the order a walk of every element
    // would meet them, without reading the text of each of the page's thousands of elements.
    Set<Element> tried = new java.util.HashSet<>();
    for (TextNode t : yearTexts) {
      List<Element> lines = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Element e = t.parent(); e != null && !e.nameIs("body"); e = e.parent()) {
        if (!tried.add(e)) {
          break; // it and those above were met with an earlier text node
        }
        String text = ShortText.of(e, DATED_LINE_CHARS);
        if (text == null) {
          break;
        }
        if (LINE_TAGS.contains(e.normalName()) || e.nameIs("li")) {
          lines.add(e);
          texts.add(text);
        }
      }
      for (int i = lines.size() - 1; i >= 0; i--) { // the outermost first
        datedLine(lines.get(i), texts.get(i), names);
        if (!names.isEmpty()) {
          return;
        }
      }
    }
  }

  /**
   * Adds the names the meta line {@code e}, whose short text is {@code text}, gives when it holds a
   * date and stands in the article. A line with neither a prefix word nor a separator ("© 2025
   * Acme Inc.") is passed over first, the cheapest test.
   */
  private static void datedLine(Element e, String text, List<String> names) {
    if ((INNER_PREFIX.matcher(text).find() || META_SEPARATOR.matcher(text).find())
        && DateText.first(text, ANY_DAY, false).isPresent() && !inPageFooter(e) && !inCommentsFormOrNav(e)
        && !inAStoryCard(e)) {
      datedLineNames(text, names);
    }
  }

  /** The longest meta line {@link #fromDatedLines} reads. */
  private static final int DATED_LINE_CHARS = 120;

  /**
   * What opens a meta line before the writer's prefix word: "Posted in Datenschutz by …", Drupal's
   * "Gespeichert von rasos am …", a wiki's "last edited … by".
   */
  private static final Pattern POSTING_WORD =
      Pattern.compile(
          "(?iu)\\(?(?:posted|published|submitted|gespeichert|veröffentlicht|erstellt|eingestellt|geschrieben|verfasst"
              + "|publié|publicado|(?:last\\s+)?(?:updated|edited))\\b");

  /** The end of a date or a time: "September 21, 2020", "03/01/2017", "16:20", "13:28:18", "15:49 Uhr". */
  private static final Pattern ENDS_WITH_DATE_OR_TIME =
      Pattern.compile(
          "(?iu)(?:(?<!\\d)(?:19|20)\\d{2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2}|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*(?:uhr|h|am|pm))?),?$");

  /** The letters, marks and signs of a name standing alone in a meta line: "Reiner Nagel", "Jean-Luc O'Neil". */
  private static final Pattern NAME_CHARS = Pattern.compile("[\\p{L}\\p{M}'’. -]+");

  /**
   * Adds the writer's names that {@code line}, a short line holding a date, gives: those after a
   * prefix word that a date, a time, a separator or a posting word comes before ("Posted on
   * September 21, 2020 by Adi Tzlil", "yas! | By Cara Stiles | April 13, 2020"; not "03.02.2022 Auf
   * den Spuren von Rafael Nadal", a headline), or a person's name after the date, the line's other
   * parts a time at most ("25.10.2022 - Reiner Nagel"; not "Kingston Wed | Apr 27, 2022", a
   * dateline's place, nor "Mai 21 2019, 14:34 | Medien, Politik", its sections).
   */
  static void datedLineNames(String line, List<String> names) {
    Matcher by = INNER_PREFIX.matcher(line);
    boolean found = by.find();
    while (found && OTHER_CREDIT.matcher(line.substring(0, by.start())).find()) {
      found = by.find();
    }
    if (found) {
      String before = line.substring(0, by.start()).strip();
      if (before.isEmpty() || POSTING_WORD.matcher(before).lookingAt() || ENDS_WITH_DATE_OR_TIME.matcher(before).find()
          || "|·•–—-:".indexOf(before.charAt(before.length() - 1)) >= 0) {
        addAll(names, line.substring(by.end()));
      }
      return;
    }
    String[] parts = META_SEPARATOR.split(line.strip());
    if (parts.length < 2 || parts.length > 3) {
      return;
    }
    boolean dated = false;
    String name = null;
    for (String part : parts) {
      if (TIME_OR_READING.matcher(part).matches()) {
        continue;
      }
      if (!dated && DateText.first(part, ANY_DAY, false).isPresent()) {
        dated = true; // the line's date, before its writer
        continue;
      }
      String rest = IN_SECTION.matcher(part).replaceFirst(""); // "Mahua Das in Project Management"
      if (!dated || name != null || !NAME_CHARS.matcher(rest).matches() || !looksLikePersonName(rest)) {
        return;
      }
      name = rest;
    }
    if (name != null) {
      addAll(names, name);
    }
  }

  /** The names in the Twitter card's fields whose label is a byline's label ({@link #TWITTER_LABEL}, {@link #LABEL_ALONE}). */
  private static void fromTwitterLabels(Document doc, List<String> names) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element meta : PageIndex.of(doc).select("meta", TWITTER_LABEL)) {
      fields.putIfAbsent(meta.attr("name").toLowerCase(Locale.ROOT), meta.attr("content"));
    }
    for (Map.Entry<String, String> field : fields.entrySet()) {
      String key = field.getKey();
      if (key.startsWith("twitter:label") && LABEL_ALONE.matcher(field.getValue().strip()).matches()) {
        addAll(names, fields.get("twitter:data" + key.substring("twitter:label".length())));
      }
    }
  }

  private static final Evaluator COPYRIGHT_META = PageIndex.query("meta[name=copyright][content]");

  /** The content of the page's {@code meta[name=copyright]}, spaces collapsed, or null. */
  private static String copyrightHolder(Document doc) {
    for (Element meta : PageIndex.of(doc).select("meta", COPYRIGHT_META)) {
      String content = MainText.normalizeSpace(meta.attr("content"));
      if (!content.isEmpty()) {
        return content;
      }
    }
    return null;
  }

  /**
   * True when a {@code meta[name=author]}'s {@code content} names the page's copyright holder, as
   * {@code meta[name=copyright]} gives it ({@code holder}): the two say the same, or the notice goes
   * on with no more than its years ("Frankfurter Allgemeine Zeitung GmbH 2001 - 2020"). A site fills both with
   * its owner's name and address; a blogger with their own name, which then stays as the author
   * unless a byline names another writer.
   */
  static boolean namesHolder(String content, String holder) {
    String author = MainText.normalizeSpace(content);
    return !author.isEmpty() && holder.regionMatches(true, 0, author, 0, author.length())
        && holder.substring(author.length()).codePoints().noneMatch(Character::isLetter);
  }

  /**
   * The names of the page's {@code rel=author} links outside its footer. When they name more than
   * one writer, those in other stories' cards, a sidebar or the comments ({@link
   * PublicationDate#inOtherContent}) are left out, all of them if need be (the bylines then name the
   * writer): a list of related stories links each to its own writer. One name stays wherever it
   * stands, in an author box or an {@code <aside>} of bylines.
   */
  private static List<String> fromAuthorLinks(Document doc) {
    List<String> names = new ArrayList<>();
    List<String> inArticle = new ArrayList<>();
    Set<Element> headline = null;
    for (Element link : PageIndex.of(doc).select(Set.of("a", "link"), AUTHOR_LINKS)) {
      if (inPageFooter(link)) {
        continue;
      }
      String raw = link.tagName().equals("link") ? link.attr("title") : link.text();
      addAll(names, raw);
      if (headline == null) {
        headline = PublicationDate.headlineContainers(PublicationDate.headline(doc));
      }
      if (!link.nameIs("a") || !PublicationDate.inOtherContent(link, headline)) {
        addAll(inArticle, raw);
      }
    }
    return names.size() > 1 ? inArticle : names;
  }

  /**
   * True for a name of two to four words, each capitalized but for a particle ("Marna van der
   * Merwe"), or in a script without case: what a byline must name to stand for the writer in place
   * of the publisher ("Course or Type", "Kolumnist", "S.", "Verifizierte/r Tierfreund/in" do not).
   */
  static boolean looksLikePersonName(String name) {
    String[] words = name.split("\\s+");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (String w : words) {
      int c = w.codePointAt(0);
      if (Character.isLowerCase(c) && !NAME_PARTICLES.contains(w) || !Character.isLetter(c) || w.indexOf('/') >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Words a name holds in lowercase: "van der Merwe", "de Souza", "María de los Ángeles". */
  private static final Set<String> NAME_PARTICLES =
      Set.of("van", "von", "der", "den", "de", "del", "della", "da", "das", "di", "du", "dos", "los", "las", "la", "le",
          "al", "el", "bin", "ibn", "ben", "ter", "te", "zu", "y");

  /**
   * True when every one of {@code names} is the site's own name: its {@code og:site_name}, or a
   * label of its host ("USA TODAY" on www.usatoday.com, "Cleveland Clinic" on
   * health.clevelandclinic.org), letters and digits compared without case.
   */
  private static boolean namesTheSite(List<String> names, Set<String> site) {
    for (String name : names) {
      if (!site.contains(Titles.key(name))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The site's own names, as {@link Titles#key} writes them: its {@code og:site_name} and the labels
   * of its host of four characters or more.
   */
  private static Set<String> siteNames(Document doc) {
    Set<String> site = new java.util.HashSet<>();
    for (Element og : PageIndex.of(doc).select("meta", OG_SITE_NAME)) {
      site.add(Titles.key(og.attr("content")));
    }
    for (String label : Sites.site(doc.location()).split("[.]")) {
      if (label.length() >= 4) {
        site.add(Titles.key(label));
      }
    }
    site.remove("");
    return site;
  }

  private static final Evaluator OG_SITE_NAME = PageIndex.query("meta[property=og:site_name][content]");

  /** The names of the page's bylines: byline elements, else byline lines, else labels standing alone. */
  private static List<String> fromBylines(Document doc) {
    return fromBylines(doc, null);
  }

  /**
   * {@link #fromBylines(Document)}, adding to {@code yearTexts}, when not null, the text nodes that
   * hold a year that its walk of the page meets: all of them when it names nobody.
   */
  private static List<String> fromBylines(Document doc, List<TextNode> yearTexts) {
    List<String> names = new ArrayList<>();
    // bylineElements() matches only elements with attributes: the index lists them, without a walk of the page
    for (Element byline : PageIndex.of(doc).selectWithAttributes(bylineElements())) {
      if (byline.text().length() <= 200 && byline.select("p").size() <= 1 && !inCommentsFormOrNav(byline)
          && !ofAMediaItem(byline) && !inAStoryCard(byline)) {
        addAll(names, nameOf(byline));
      }
      if (!names.isEmpty()) {
        return names;
      }
    }
    List<String> labelLines = new ArrayList<>();
    fromBylineLines(doc, names, labelLines, yearTexts);
    if (names.isEmpty()) {
      fromLabels(doc, names);
    }
    if (names.isEmpty()) {
      fromAuthorPageLink(doc, names);
    }
    if (names.isEmpty()) {
      names.addAll(labelLines);
    }
    return names;
  }

  /**
   * Adds the name of the first link to a writer's page ({@link #AUTHOR_HREF}) outside the
   * navigation, the footer and the comments: its text, or its {@code aria-label} or {@code title}
   * when an avatar fills it ({@code <a href="/blog/authors/emmanuel-oyibo" aria-label="Emmanuel
   * Oyibo"><img …></a>}).
   */
  private static void fromAuthorPageLink(Document doc, List<String> names) {
    for (Element link : PageIndex.of(doc).select("a", AUTHOR_PAGE_LINK)) {
      if (inCommentsFormOrNav(link) || inFooter(link)) {
        continue;
      }
      String text = link.text();
      if (text.isBlank()) {
        text = link.hasAttr("aria-label") ? link.attr("aria-label") : link.attr("title");
      }
      addAll(names, text);
      if (!names.isEmpty()) {
        return;
      }
    }
  }

  /**
   * A byline's label standing alone: "By", "Par", "Von:", "Written by", "Article by", "Author",
   * "Autor:", "Auteur(s) :", the whole text of its element. "Reviewed by" names a reviewer.
   */
  private static final Pattern LABEL_ALONE =
      Pattern.compile(
          "(?iu)(?:(?:written|article|words|story|text|posted|reported|authored)\\s+by|(?:verfasst|geschrieben)\\s+von"
              + "|(?:escrito|publicado)\\s+por|(?:écrit|rédigé|publié)\\s+par|scritto\\s+da|by|par|por|von|بقلم"
              + "|authors?|autor(?:in|en)?|auteur(?:s|\\(s\\))?|autore|contributors?)\\s*:?");

  /**
   * Adds the names that follow the first byline label standing alone ({@link #LABEL_ALONE}), as
   * pages set them apart: {@code <div>Written by</div><div>Jack Shepherd</div>}, {@code
   * <h3>Author</h3> <p>Lisa D. Ellis</p>}, {@code <span>By</span><span><a href=…>Alex
   * Bozarjian</a></span>}, {@code <h5>Autor: </h5>Peter Maahn/SP-X}. What follows is the label's
   * next sibling, or its element's when the label is all its element holds (two levels up at
   * most), past blank text, images and line breaks; another label is passed over once
   * ("Auteur :" "Auteur(s) :"). Only pages that name no author in any other way are searched.
   */
  private static void fromLabels(Document doc, List<String> names) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t && t.getWholeText().length() <= 40) {
              String label = t.text().strip();
              if (!label.isEmpty() && label.length() <= 16 && LABEL_ALONE.matcher(label).matches()
                  && t.parent() != null && opensItsLine(t, label) && !inCommentsFormOrNav(t.parent())
                  && !ofAMediaItem(t.parent()) && !inFooter(t.parent())) {
                String following = textAfter(t, label);
                if (following != null) {
                  addAll(names, following);
                }
                if (!names.isEmpty()) {
                  return FilterResult.STOP;
                }
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        doc);
  }

  /**
   * True when nothing shows before the label {@code label} of text node {@code t}, in its element
   * or in the elements (two at most) that hold nothing but it, back to a line break: "By" opens a
   * byline, where "SEO <u>by</u> LeadsNearby" or "Marie Arana, <u>author</u>" go on a line.
   */
  private static boolean opensItsLine(TextNode t, String label) {
    Node at = t;
    for (int up = 0; ; up++) {
      for (Node n = at.previousSibling(); n != null; n = n.previousSibling()) {
        if (n instanceof Element e && e.nameIs("br")) {
          return true; // the line opens after the break: "<h5>Datum: </h5>03.11.2021<br><h5>Autor: </h5>…"
        }
        if (n instanceof TextNode p ? !p.isBlank() : n instanceof Element e && !e.text().isBlank()) {
          return false;
        }
      }
      Element parent = at.parent() instanceof Element p ? p : null;
      if (up == LABEL_LEVELS || parent == null || parent.nameIs("body") || !parent.text().strip().equals(label)) {
        return true;
      }
      at = parent;
    }
  }

  /**
   * How many elements that hold nothing but a byline's label the label's line and what follows it
   * are looked for through: {@code <div><p class=label><strong>By</strong></p></div><div><p
   * class=full-name>Todd Bates</p></div>} (rutgers.edu) takes three.
   */
  private static final int LABEL_LEVELS = 3;

  /** True inside a page's {@code <footer>}: a label there credits the site's designer ("by Dots United"). */
  private static boolean inFooter(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (a.nameIs("footer")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True inside the page's own {@code <footer>}, not an article's: a theme's credit links its maker
   * as {@code rel=author} there ("Theme: ColorMag by <a rel="author">ThemeGrill</a>"), while an
   * article's footer may hold its byline ("Posted on … by <a rel="author">…</a>").
   */
  private static boolean inPageFooter(Element e) {
    boolean footer = false;
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.nameIs("article")) {
        return false;
      }
      footer |= a.nameIs("footer");
    }
    return footer;
  }

  /** The short text that follows the label {@code label} of text node {@code t}, or null. */
  private static String textAfter(TextNode t, String label) {
    Node at = t;
    for (int up = 0; ; up++) {
      Node next = nextShown(at);
      if (next != null) {
        String text = next instanceof TextNode n ? n.text().strip() : ((Element) next).text();
        if (LABEL_ALONE.matcher(text).matches()) {
          next = nextShown(next);
          text = next == null ? "" : next instanceof TextNode n ? n.text().strip() : ((Element) next).text();
        }
        return text.isEmpty() || text.length() > 100 ? null : text;
      }
      Element parent = at.parent() instanceof Element p ? p : null;
      if (up == LABEL_LEVELS || parent == null || parent.nameIs("body") || !parent.text().strip().equals(label)) {
        return null;
      }
      at = parent;
    }
  }

  /** The next sibling of {@code node} that shows text: not blank, no comment, image or line break. */
  private static Node nextShown(Node node) {
    for (Node n = node.nextSibling(); n != null; n = n.nextSibling()) {
      if (n instanceof TextNode t) {
        if (!t.isBlank()) {
          return n;
        }
      } else if (n instanceof Element e && !e.nameIs("br") && !e.nameIs("img") && !e.nameIs("svg")
          && !e.nameIs("script") && !e.nameIs("style") && !e.text().isBlank()) {
        return n;
      }
    }
    return null;
  }

  /**
   * True for a byline in a comment thread, a form or a site's navigation: a comment's author
   * ({@code comment-author}, "Jane says:"), a comment form's field ({@code comment-form-author},
   * "Name *"), or a menu's heading ("By Need", "BY USE CASE" over the links of a {@code <nav>}
   * dropdown). An {@code <aside>}, a teaser, a link or a footer is no sign: articles put their own
   * byline in them.
   */
  private static boolean inCommentsFormOrNav(Element byline) {
    for (Element e = byline; e != null && !e.nameIs("body"); e = e.parent()) {
      if (e.nameIs("form") || e.nameIs("nav") || Boilerplate.namesComments(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a byline inside a link that also holds a heading: another story's card ({@code <a
   * href=…><h3>Die wunderbare Wandlung des Olaf Scholz</h3><div class=author-name>Von Andreas
   * Hoffmann</div></a>}, stern.de's teasers), which names that story's writer.
   */
  private static boolean inAStoryCard(Element byline) {
    Element link = byline.closest("a");
    return link != null && link.selectFirst("h2, h3, h4") != null;
  }

  /**
   * True for an {@code itemprop=author} of an image, a video or another media item, in microdata: a
   * photo's credit ({@code <aside itemscope itemtype=http://schema.org/ImageObject>…<cite
   * itemprop=author>/domena publiczna</cite>}), as {@link #MEDIA_TYPES} says of JSON-LD.
   */
  private static boolean ofAMediaItem(Element byline) {
    for (Element e = byline.parent(); e != null; e = e.parent()) {
      if (e.hasAttr("itemscope")) {
        String type = e.attr("itemtype");
        return MEDIA_TYPES.contains(type.substring(type.lastIndexOf('/') + 1));
      }
    }
    return false;
  }

  /**
   * The tags of the elements whose text may be a byline line ("By Jane Doe", an author box's
   * "Written by Cassidy Horton"), and a news feed's {@code <byline>} (NITF's, which some sites print
   * as they get it). A heading's line holds four words after its prefix at most: "Von
   * Atemschutzmaske über Exit-Strategie und Kontaktverbot bis Zoonose" is a German title.
   */
  private static final Set<String> LINE_TAGS =
      Set.of("p", "span", "div", "small", "address", "h3", "h4", "h5", "h6", "byline");

  /**
   * Adds the names of the first {@code p}, {@code span}, {@code div}, {@code small}, {@code
   * address}… ({@link #LINE_TAGS}) in page order whose short text is a {@link #BYLINE_LINE}: what a
   * loop over {@code doc.select("p, span, div, small, address")} adds, without selecting all of
   * them first ({@link #mayOpenByline} spares most elements their text). The same walk adds to
   * {@code labelLines} the names of the first line that a writer's label opens ({@link #LABEL_LINE}),
   * which stand only when nothing else names the writer.
   */
  private static void fromBylineLines(
      Document doc, List<String> names, List<String> labelLines, List<TextNode> yearTexts) {
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (yearTexts != null && node instanceof TextNode t && DateText.hasYear(t.getWholeText())) {
              yearTexts.add(t); // for fromDatedLines, which this walk spares a walk of its own
            }
            if (node instanceof Element e && LINE_TAGS.contains(e.normalName())) {
              int chars = firstShownChars(e);
              char first = (char) chars;
              if (mayOpenByline(first)) {
                String text = bylineLineText(e, BYLINE_LINE);
                if (text != null) {
                  addNames(e, text, names);
                  if (!names.isEmpty()) {
                    return FilterResult.STOP;
                  }
                }
              } else if ((first == 'a' || first == 'A') && ((char) (chars >>> 16) | 0x20) == 'u' && labelLines.isEmpty()) {
                String text = bylineLineText(e, LABEL_LINE);
                if (text != null && !amidProse(e)) {
                  addNames(e, text, labelLines);
                }
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        doc);
  }


  /** How many siblings on each side {@link #amidProse} looks at. */
  private static final int AMID_SIBLINGS = 8;

  /** The fewest characters of a paragraph of prose, to {@link #amidProse}. */
  private static final int PROSE_CHARS = 100;

  /**
   * True when a paragraph of prose stands both before and after {@code e} among its nearest
   * siblings: the line is inside a text, as a book's details are in a review ("A Far Better Thing",
   * "Author: H.G. Parry", "Released: June 17, 2025", then the review goes on), not the article's
   * byline, which opens or closes its block ("Auteur : Kossivi Tiassou" on dw.com) or stands under
   * a heading.
   */
  private static boolean amidProse(Element e) {
    Element above = e.previousElementSibling();
    while (above != null && !above.hasText()) {
      above = above.previousElementSibling();
    }
    if (above != null && above.normalName().matches("h[1-6]")) {
      return false; // under a heading: the byline of what it heads ("Autorin: Sylvia Grossgasteiger" on propellets.at)
    }
    boolean before = false;
    Element s = e.previousElementSibling();
    for (int i = 0; s != null && i < AMID_SIBLINGS && !before; i++, s = s.previousElementSibling()) {
      before = ShortText.of(s, PROSE_CHARS - 1) == null;
    }
    if (!before) {
      return false;
    }
    s = e.nextElementSibling();
    for (int i = 0; s != null && i < AMID_SIBLINGS; i++, s = s.nextElementSibling()) {
      if (ShortText.of(s, PROSE_CHARS - 1) == null) {
        return true;
      }
    }
    return false;
  }

  /** The short text of {@code e} when it is a byline line that {@code line} matches, or null. */
  private static String bylineLineText(Element e, Pattern line) {
    String text = ShortText.of(e, 140);
    if (text != null && line.matcher(text).matches() && !opensWithLowercase(text)
        && !(e.normalName().startsWith("h") && PREFIX.matcher(text).replaceFirst("").strip().split("\\s+").length > 4)
        && !(e.nameIs("div") && hasLinesInside(e)) && !inCommentsFormOrNav(e) && !inAStoryCard(e)) {
      String first = e.getElementsByTag("br").isEmpty() ? null : firstLine(e);
      // "Von Roland Brockmann und Sebastian Drescher<br><br>Kakuma /Kenia": the place on the line below
      return first != null && line.matcher(first).matches() ? first : text;
    }
    return null;
  }

  /** The text of {@code e} before its first line break, spaces collapsed. */
  private static String firstLine(Element e) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element b && b.nameIs("br")) {
              return FilterResult.STOP;
            }
            if (node instanceof TextNode t) {
              sb.append(t.getWholeText());
            }
            return FilterResult.CONTINUE;
          }
        },
        e);
    return MainText.normalizeSpace(sb.toString());
  }

  /**
   * Adds the names of the byline line {@code e}, whose text is {@code text}. "By <a
   * href=…/contributor/a._j._neal>A. J. Neal</a> View In Digital Edition": the links to the writers'
   * pages hold the names, whatever else the line holds.
   */
  private static void addNames(Element e, String text, List<String> names) {
    for (Element link : e.getElementsByTag("a")) {
      if (AUTHOR_HREF.matcher(link.attr("href")).find()) {
        addAll(names, link.text());
      }
    }
    if (names.isEmpty()) {
      addAll(names, text);
    }
  }

  /**
   * False when the text of {@code e} cannot open with a {@link #BYLINE_LINE} prefix word: its
   * first char, as {@link Element#text()} gives it, is an ASCII char that is no initial of one.
   * Most of a page's elements are spared their text. The char sought is the first of its text
   * nodes that {@code text()} neither drops nor turns to a space and that its trim keeps; only a
   * no-break space, zero-width space or soft hyphen kept by a {@code <pre>} may come before it,
   * and the prefix cannot follow one of those either.
   */
  static boolean mayOpenByline(Element e) {
    return mayOpenByline(firstShownChar(e));
  }

  /** {@link #mayOpenByline(Element)} of the element whose text opens with {@code first}. */
  private static boolean mayOpenByline(char first) {
    return first >= 128 || BYLINE_INITIALS.indexOf(first) >= 0;
  }

  /** The initials of {@link #BYLINE_LINE}'s opening words in ASCII, either case. */
  private static final String BYLINE_INITIALS = "wprbvetWPRBVET";

  /** The first char of {@code e}'s text, as {@link #mayOpenByline} says, or 0. */
  private static char firstShownChar(Element e) {
    return (char) firstShownChars(e);
  }

  /**
   * The first char of {@code e}'s text, as {@link #mayOpenByline} says, in the low 16 bits, and
   * the char after it in its text node in the next 16 (0 when none): "Au" of "Auteur : …" tells a
   * label line's opening from the many that open with an "A".
   */
  private static int firstShownChars(Element e) {
    int[] first = {0};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String text = t.getWholeText();
              for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c > ' ' && c != '\u00A0' && !TextForm.isBreakHint(c)) {
                  first[0] = c | (i + 1 < text.length() ? text.charAt(i + 1) << 16 : 0);
                  return FilterResult.STOP;
                }
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        e);
    return first[0];
  }

  /**
   * True when the words after a line's prefix open with a lowercase letter and go on as a sentence
   * does, past a comma or beyond two words: "By checking out, you agree to our Privacy Policy.",
   * "By following these principles, …" are no bylines; "By ibby", a user's name, is one. (Scripts
   * without case, Arabic's, never open so.)
   */
  static boolean opensWithLowercase(String line) {
    String rest = PREFIX.matcher(line).replaceFirst("").strip();
    return !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0))
        && (rest.indexOf(',') >= 0 || rest.split("\\s+").length > 2);
  }

  /** Class names of byline elements (lowercased). */
  static final Pattern BYLINE_CLASS =
      Pattern.compile("(^|[-_ ])(author|authors|author-?name|byline|by-?line|firma|autor|auteur|signature|writer|write-?by|written-?by)([-_ ]|$)");
  /**
   * Class words of a byline's other parts: its tags and categories ({@code byline__tag}), the
   * description of the writer; and of a picture's credit ({@code img-author}, {@code photo-autor}).
   */
  private static final Pattern NOT_BYLINE_CLASS =
      Pattern.compile("(^|[-_ ])(tags?|category|categories|topics?|description|desc|img|image|photo|foto|picture|media|caption)([-_ ]|$)");
  /** A piece of every word of {@link #BYLINE_CLASS}: most class names hold none and skip the pattern. */
  static final List<String> BYLINE_CLASS_STEMS = List.of("author", "autor", "auteur", "byline", "by-line", "firma", "signature", "writ");

  /** True when a class attribute names a byline ({@link #BYLINE_CLASS}, lowercased). */
  static boolean isBylineClass(String cls) {
    String c = cls.toLowerCase(Locale.ROOT);
    for (String stem : BYLINE_CLASS_STEMS) {
      if (c.contains(stem)) {
        return BYLINE_CLASS.matcher(c).find() && !NOT_BYLINE_CLASS.matcher(c).find();
      }
    }
    return false;
  }

  /**
   * {@code [itemprop=author]} and elements whose class names a byline. Each distinct class string
   * of the page is judged once: a {@code [class~=(?i)…]} selector runs a case-insensitive regex on
   * every element.
   */
  private static Evaluator bylineElements() {
    Map<String, Boolean> classes = new HashMap<>();
    return new Evaluator() {
      @Override
      public boolean matches(Element root, Element e) {
        if (e.attr("itemprop").equals("author")) {
          return true;
        }
        String cls = e.className();
        return !cls.isEmpty()
            && classes.computeIfAbsent(cls, Authors::isBylineClass);
      }

      @Override
      public String toString() {
        return "bylineElements";
      }
    };
  }

  /**
   * True when a {@code <div>} or {@code <p>} stands inside {@code e}: its lines are those elements,
   * each tried on its own ("<div><p>Auteur : Kossivi Tiassou</p> <p>Edition : M-A. Pioerron</p></div>"
   * is two lines).
   */
  private static boolean hasLinesInside(Element e) {
    for (Element child : e.children()) {
      if (child.nameIs("div") || child.nameIs("p") || hasLinesInside(child)) {
        return true;
      }
    }
    return false;
  }

  /** An element whose class names it a name: {@code name}, {@code author-name}, {@code author-box__name}. */
  private static final Evaluator NAME_CLASS = QueryParser.parse("[class~=(?i)(?:^|[-_\\s])name(?:$|[-_\\s])]");

  /**
   * The name in a byline element: its {@code itemprop=name} child when it has one, else the text of
   * its links to writers' pages ({@link #AUTHOR_HREF}) when it has some, else the text of the
   * element its class names a name ({@link #NAME_CLASS}), else its own text as it shows ({@link
   * #shownText}).
   */
  private static String nameOf(Element byline) {
    Element name = byline.selectFirst("[itemprop=name]");
    if (name != null) {
      return name.hasAttr("content") ? name.attr("content") : name.text();
    }
    if (byline.hasAttr("content")) {
      return byline.attr("content");
    }
    // "Rasmus Barslund Founder & Lead Reviewer": the links to the writers' pages hold the names,
    // whatever else (a role, a bio, "Reviewed by") the byline holds
    StringBuilder linked = new StringBuilder();
    for (Element link : byline.getElementsByTag("a")) {
      if (AUTHOR_HREF.matcher(link.attr("href")).find() && !link.text().isBlank()) {
        linked.append(linked.isEmpty() ? "" : ", ").append(link.text());
      }
    }
    if (!linked.isEmpty()) {
      return linked.toString();
    }
    // an author box: "elementor-author-box__name" beside "elementor-author-box__bio", "name" beside "position"
    Element named = byline.selectFirst(NAME_CLASS);
    if (named != null && named != byline && !named.text().isBlank()) {
      return named.text();
    }
    return shownText(byline);
  }

  /**
   * The text of {@code e} without an avatar's initials drawn in an {@code <svg>} ("CM Craig McCarthy")
   * and without its tags and categories ({@code <span class="byline__tag">Personal finance</span>}).
   */
  private static String shownText(Element e) {
    List<Element> left = new ArrayList<>(e.getElementsByTag("svg"));
    for (Element d : e.getAllElements()) {
      if (d != e && !d.className().isEmpty() && NOT_BYLINE_CLASS.matcher(d.className().toLowerCase(Locale.ROOT)).find()) {
        left.add(d);
      }
    }
    if (left.isEmpty()) {
      return e.text();
    }
    Element copy = e.clone();
    copy.getElementsByTag("svg").remove();
    for (Element d : copy.getAllElements()) {
      if (d != copy && d.parent() != null && NOT_BYLINE_CLASS.matcher(d.className().toLowerCase(Locale.ROOT)).find()) {
        d.remove();
      }
    }
    return copy.text();
  }

  /**
   * schema.org types whose {@code author} is a photographer's or a film-maker's credit, not the
   * article's byline (a news page's {@code primaryImageOfPage} names the agency photographer).
   */
  private static final Set<String> MEDIA_TYPES =
      Set.of("ImageObject", "VideoObject", "AudioObject", "MediaObject", "Photograph", "ImageGallery", "VideoGallery");

  /**
   * The authors JSON-LD names; {@code organizations[0]} is set when they are organizations only
   * (an {@code author} of {@code @type} Organization or one of its kinds).
   */
  private static List<String> fromJsonLd(Document doc, boolean[] organizations) {
    List<String> names = new ArrayList<>();
    for (Element script : PageIndex.of(doc).select("script", PageIndex.JSON_LD)) {
      String data = script.data();
      try {
        JsonNode tree = JSON.readTree(data);
        collect(tree, names, 0, organizations, namedNodes(tree));
      } catch (Exception e) {
        Matcher m = JSONLD_AUTHOR_NAME.matcher(data);
        while (m.find()) {
          addAll(names, m.group(1));
        }
      }
      if (!names.isEmpty()) {
        break;
      }
    }
    return names;
  }

  private static void collect(
      JsonNode node, List<String> names, int depth, boolean[] organizations, Map<String, JsonNode> named) {
    if (node == null || depth > 8 || !names.isEmpty()) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        collect(child, names, depth + 1, organizations, named);
      }
      return;
    }
    if (!node.isObject() || MEDIA_TYPES.contains(node.path("@type").asText(""))) {
      return;
    }
    JsonNode author = node.get("author");
    if (author == null) {
      author = node.get("creator");
    }
    if (author != null) {
      boolean organization = false;
      boolean other = false;
      for (JsonNode given : author.isArray() ? author : List.of(author)) {
        // Yoast's graph names the writer once, in a node of its own: "author": {"@id": "…#/schema/person/…"}
        JsonNode a = given.isObject() && given.get("name") == null && given.path("@id").isTextual()
            ? named.getOrDefault(given.get("@id").asText(), given)
            : given;
        if (a.isTextual()) {
          addAll(names, a.asText());
          other = true;
        } else if (a.isObject() && a.get("name") != null && a.get("name").isTextual()) {
          String type = a.path("@type").asText("");
          boolean isOrganization = type.endsWith("Organization") || type.equals("Corporation");
          if (!type.equalsIgnoreCase("Organization") || names.isEmpty()) {
            addAll(names, fullName(a.get("name").asText(), a.path("description").asText("")));
          }
          organization |= isOrganization;
          other |= !isOrganization;
        }
      }
      if (!names.isEmpty()) {
        organizations[0] = organization && !other;
        return;
      }
    }
    var fields = node.fields();
    while (fields.hasNext()) {
      var e = fields.next();
      if (e.getValue().isContainerNode() && !e.getKey().equals("author")) {
        collect(e.getValue(), names, depth + 1, organizations, named);
      }
    }
  }

  /** A capitalized word after a first name: the family name a writer's bio opens with. */
  private static final Pattern NEXT_NAME_WORD = Pattern.compile("\\s+(\\p{Lu}[\\p{L}\\p{M}'’-]+)");

  /**
   * {@code name}, or the full name that the person's {@code description} opens with when {@code
   * name} is its first word alone: Yoast gives the writer's display name ("Stefanus", "Nils") and
   * their bio ("Stefanus Stahl - Maschinenbauer, Abenteurer …", "Nils Pickert ist freier Autor …").
   */
  static String fullName(String name, String description) {
    String first = name.strip();
    if (first.isEmpty() || first.indexOf(' ') >= 0 || !description.startsWith(first)) {
      return name;
    }
    StringBuilder full = new StringBuilder(first);
    Matcher m = NEXT_NAME_WORD.matcher(description);
    int at = first.length();
    for (int words = 0; words < 2 && m.find(at) && m.start() == at; words++) {
      full.append(' ').append(m.group(1));
      at = m.end();
    }
    boolean ended = at == description.length() || !Character.isLetterOrDigit(description.charAt(at));
    return ended && looksLikePersonName(full.toString()) ? full.toString() : name;
  }

  /** The objects of a JSON-LD tree that have an {@code @id} and a {@code name}, by their {@code @id}. */
  private static Map<String, JsonNode> namedNodes(JsonNode tree) {
    Map<String, JsonNode> named = new HashMap<>();
    namedNodes(tree, named, 0);
    return named;
  }

  private static void namedNodes(JsonNode node, Map<String, JsonNode> named, int depth) {
    if (depth > 8 || !node.isContainerNode()) {
      return;
    }
    if (node.isObject() && node.path("@id").isTextual() && node.path("name").isTextual()) {
      named.putIfAbsent(node.get("@id").asText(), node);
    }
    for (JsonNode child : node) {
      namedNodes(child, named, depth + 1);
    }
  }

  /** Splits one raw byline into names and adds the ones that look like names. */
  static void addAll(List<String> names, String raw) {
    if (raw == null) {
      return;
    }
    // "Maria &amp; Katerina": an entity escaped twice would split at its semicolon
    String line = Titles.unescapedAgain(MainText.normalizeSpace(raw));
    if (COPYRIGHT.matcher(line).lookingAt() || REVIEWER.matcher(line).lookingAt()) {
      // "Copyright Haufe-Lexware GmbH & Co. KG - all rights reserved" names no writer, "Geprüft von
      // Dr. med. Stefan Frädrich" a reviewer
      return;
    }
    line = GLUED_PREFIX.matcher(line).replaceFirst("");
    line = GLUED_FOLLOW.matcher(line).replaceFirst("");
    line = PREFIX.matcher(line).replaceFirst("");
    line = LABEL.matcher(line).replaceFirst("");
    line = AUTHOR_WORD.matcher(line).replaceFirst("");
    line = COMPOUND_ROLE.matcher(line).replaceFirst("");
    line = withoutLeadingDate(line);
    line = TAIL.matcher(line).replaceFirst("");
    Matcher forPublisher = FOR_PUBLISHER.matcher(line);
    if (forPublisher.find() && looksLikePersonName(line.substring(0, forPublisher.start()).strip())) {
      line = line.substring(0, forPublisher.start()); // not "Center for Drug Evaluation and Research"
    }
    line = IN_SECTION.matcher(line).replaceFirst("");
    Matcher agency = WITH_AGENCY.matcher(line);
    if (agency.find()) {
      line = line.substring(0, agency.start()) + ", " + agency.group(1); // "Par Le360 (avec MAP)": Le360, MAP
    }
    int before = names.size();
    String[] parts = namesAnOrganization(line) ? new String[] {line} : SPLIT.split(line);
    if (parts.length > 1 && HOST_NAME.matcher(parts[0].strip()).matches()) {
      return; // "hessenschau.de, Frankfurt, Germany": the publisher's host, then its address
    }
    boolean roleCut = false; // the part before ran on into a job title
    for (String part : parts) {
      String name = PREFIX.matcher(part).replaceFirst("").strip();
      name = name.replaceAll("^[\\p{P}\\s]+|[\\p{Ps}\\p{Pi}\\p{Pf}\\p{Pd}\\p{Sm}\\p{So},;:/\"\\s]+$", "").strip();
      name = TRAILING_PERIOD.matcher(name).replaceFirst("");
      name = TRAILING_HANDLE.matcher(name).replaceFirst("");
      name = FOOTNOTE_MARK.matcher(name).replaceFirst(""); // "Jennifer Huberty1": an affiliation's number
      name = withoutUnopenedBracket(name);
      name = withoutTrailingDate(name);
      if (roleCut && name.indexOf(' ') < 0) {
        continue; // "Zackery Cuevas Writer, Hardware": the job title's field, after its comma
      }
      String role = withoutTrailingRole(name);
      roleCut = !role.equals(name);
      name = onceIfDoubled(role);
      Matcher slashed = SLASHED_CREDIT.matcher(name);
      if (slashed.matches() && looksLikePersonName(slashed.group(1))) {
        // "Peter Maahn/SP-X", "David Hutzler/dpa": the writer, then the service the piece came through,
        // which an agency's name makes a second author (as "Par Le360 (avec MAP)" does)
        name = slashed.group(1);
        if (AGENCY.matcher(slashed.group(2)).matches() && !names.contains(name)) {
          if (looksLikeName(name)) {
            names.add(name);
          }
          name = slashed.group(2);
        }
      }
      if (names.size() == before && parts.length > 1 && isJobTitle(name)) {
        // "Writer, Hardware": a job title's line, under the name it goes with ("Staff Writer" alone
        // stands for the writer)
        return;
      }
      if (names.size() > before && name.indexOf(' ') < 0 && DateText.month(name) != null) {
        break; // "Sylvia Grossgasteiger, IFZ, Oktober 2008": the date's month, its year cut off
      }
      if (names.size() > before && CREDENTIALS.contains(name)) {
        continue; // "Genevieve Carlton, Ph.D.", "Dylan Bailey, MS, RD": a degree after a name is no name
      }
      if (names.size() > before && isRole(name)) {
        // "Matt Check, Co-Founder": a role after a name is no name, and what follows it tells the role
        // ("Head of Marketing and Community Development", "Sr. Director of Operations, Atlas Van Lines")
        break;
      }
      if (looksLikeName(name) && !names.contains(name)) {
        names.add(name);
      }
    }
  }

  /**
   * A word of an institution's name before its first comma or conjunction, which no person's name
   * holds: "Bundesministerium für Wirtschaft und Klimaschutz", "Eidgenössisches Departement für
   * Wirtschaft, Bildung und Forschung WBF", "Ministry of Health and Social Affairs".
   */
  private static final Pattern ORGANIZATION_WORD = Pattern.compile("^[^,;&]*?\\s(?:für|of|pour|para)\\s+\\p{Lu}");

  /**
   * True when {@code line} is one institution's name, whose commas and conjunctions split no list of
   * people: {@link #ORGANIZATION_WORD} stands before its first separator.
   */
  static boolean namesAnOrganization(String line) {
    Matcher split = SPLIT.matcher(line);
    if (!split.find()) {
      return false;
    }
    Matcher org = ORGANIZATION_WORD.matcher(line);
    return org.find() && org.end() <= split.start();
  }

  /**
   * {@code name} once when markup wrote it twice without a space between ("Kristen Falc'honKristen
   * Falc'hon": one copy for small screens, one for large).
   */
  static String onceIfDoubled(String name) {
    int half = name.length() / 2;
    return name.length() >= 6 && name.length() % 2 == 0 && name.regionMatches(0, name, half, half)
        ? name.substring(0, half) : name;
  }

  /** A host name written as a name ("hessenschau.de", "www.example.org"). */
  private static final Pattern HOST_NAME =
      Pattern.compile("(?iu)(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:" + HOST_TLDS + ")");

  /** A byline's opening words up to its first separator: "Dec. 19, 2025 · Niko Matsakis". */
  private static final Pattern LEADING_PART = Pattern.compile("^\\s*([^·•|–—]{6,40}?)\\s*[·•|–—]\\s*(?=\\S)");

  /**
   * {@code line} without the date it opens with before a separator ("Dec. 19, 2025 · Niko Matsakis",
   * "19 décembre 2025 | Karim Benali"): the opening part holds a year, and its words are month
   * names, ordinals and "on", "published", "updated". Otherwise {@code line} as it is, and {@link
   * #TAIL} cuts from the date on, as it does after a name.
   */
  static String withoutLeadingDate(String line) {
    Matcher m = LEADING_PART.matcher(line);
    if (!m.find() || !DateText.hasYear(m.group(1))) {
      return line;
    }
    for (String word : m.group(1).split("[\\s,./-]+")) {
      if (!word.isEmpty() && !word.matches("\\d+(?:st|nd|rd|th|er)?") && DateText.month(word) == null
          && !LEADING_DATE_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceFirst(":$", ""))) {
        return line;
      }
    }
    return line.substring(m.end());
  }

  /** Words a byline's opening date may hold besides its numbers and month. */
  private static final Set<String> LEADING_DATE_WORDS = Set.of("on", "published", "updated", "le", "publié", "el", "am");

  /** The address of a writer's page: /author/…, /contributor/…, /autor/…, /auteur/…, /journalist/…. */
  private static final Pattern AUTHOR_HREF =
      Pattern.compile("(?i)/(?:authors?|contributors?|autor(?:en)?|auteurs?|autores|journalist(?:e|s|es)?|redacteurs?)/[^/?#]");

  private static final Evaluator AUTHOR_PAGE_LINK = new Evaluator() {
    @Override
    public boolean matches(Element root, Element e) {
      return e.nameIs("a") && AUTHOR_HREF.matcher(e.attr("href")).find();
    }

    @Override
    public String toString() {
      return "authorPageLink";
    }
  };

  /** "Posted byDamien Walter": the prefix glued to the name by markup that set them apart. */
  private static final Pattern GLUED_PREFIX =
      Pattern.compile("^\\s*(?:(?:Posted|Written|Reported) by(?=\\p{Lu})|(?:[Vv]on|[Bb]y|[Pp]ar|[Pp]or)(?=\\p{Lu}\\p{Ll}))");

  /**
   * A profile's follow button glued to the name, and the headline after it ("Inga HoeltmannFollow
   * Transformationsbegleiterin und …"): nothing from the button on names anyone.
   */
  private static final Pattern GLUED_FOLLOW = Pattern.compile("(?<=\\p{Ll})(?:Follow|Folgen|Suivre|Seguir)(?:\\s.*)?$");

  /**
   * "Amitai Winehouse For Mailonline", "Charles Walton for SurgeZirc UK": the publisher a person's
   * name writes for.
   */
  private static final Pattern FOR_PUBLISHER = Pattern.compile("\\s+(?:for|For|FOR)\\s+(?=\\p{Lu}).*$");

  /**
   * A news agency credited beside the writer at the end of a byline: "Par Le360 (avec MAP)", "Par
   * Jeune Afrique avec AFP", "FR mit dpa", "By Jane Doe with Reuters". Group 1 is the agency, which
   * the byline names as a second author.
   */
  private static final Pattern WITH_AGENCY =
      Pattern.compile("\\s*\\(?\\s*\\b(?:[Aa]vec|AVEC|[Ww]ith|WITH|[Mm]it|MIT|[Cc]on|CON)\\s+(" + NewsAgencies.ALTERNATION
          + ")\\s*\\)?\\s*$");

  /**
   * The full stop that ends a byline's sentence after a name ("Recueilli par Patrick ANGEVIN." on
   * ouest-france.fr), not an initial's or an abbreviation's ("Jean D.", "Jr.", "Inc.").
   */
  private static final Pattern TRAILING_PERIOD = Pattern.compile("(?<=\\p{L}{4})\\.$");

  /**
   * {@code name} without a closing bracket it does not open ("mwo)" of "(mwo)" cut at its opening
   * bracket, "Datum]"); "Jean-Luc Aufranc (CNXSoft)" keeps its own.
   */
  static String withoutUnopenedBracket(String name) {
    int end = name.length();
    while (end > 0 && (name.charAt(end - 1) == ')' && name.lastIndexOf('(', end - 1) < 0
        || name.charAt(end - 1) == ']' && name.lastIndexOf('[', end - 1) < 0)) {
      end--;
    }
    return end == name.length() ? name : name.substring(0, end).strip();
  }

  /** A name, a slash and one word after it: "Peter Maahn/SP-X", "David Hutzler / dpa". */
  private static final Pattern SLASHED_CREDIT = Pattern.compile("([^/]+?)\\s*/\\s*([\\p{L}\\d-]{2,12})");

  /** A news agency's name, alone. */
  private static final Pattern AGENCY = Pattern.compile("(?:" + NewsAgencies.ALTERNATION + ")");

  /**
   * A German compound of the publisher and the writer's role before a name of two words or more:
   * "FOCUS-Online-Experte Robin Tschöpe", "SPIEGEL-Korrespondentin Anna Weber".
   */
  private static final Pattern COMPOUND_ROLE =
      Pattern.compile(
          "^\\S+-(?:[Ee]xpert(?:e|in)|[Aa]utor(?:in)?|[Kk]orrespondent(?:in)?|[Rr]edakteur(?:in)?|[Kk]olumnist(?:in)?"
              + "|[Rr]eporter(?:in)?|[Cc]hefredakteur(?:in)?)\\s+(?=\\p{Lu}\\S*\\s+\\p{Lu})");

  /** "Author Isaiah Shelton": the word before a name, without a colon. */
  private static final Pattern AUTHOR_WORD = Pattern.compile("^(?:Author|Autor|Auteur|Autore)\\s+(?=\\p{Lu})");

  /**
   * Degrees, certifications and suffixes that follow a name after a comma. Wire agencies in
   * capitals (MAP, AFP, APS, TAP) are not among them: they are bylines.
   */
  static final Set<String> CREDENTIALS =
      Set.of("PhD", "Ph.D", "Ph.D.", "MD", "M.D.", "MBA", "CPA", "CFA", "CFP", "CFP®", "CEPF", "CEPF®", "RD", "RDN", "LD",
          "MS", "M.S.", "MSc", "MA", "M.A.", "BA", "BSc", "JD", "J.D.", "Esq", "Esq.", "RN", "NP", "PA-C", "DDS", "DVM",
          "PharmD", "PsyD", "EdD", "FAND", "CSCS", "LCSW", "LMFT", "MPH", "Jr", "Jr.", "Sr", "Sr.", "II", "III");

  /**
   * Words of a writer's role or job title, lowercased: "Writer", "Senior Autos Reporter", "Content
   * Marketing Coordinator", "Chief Architect", "Rédactrice".
   */
  private static final Set<String> ROLE_WORDS =
      Set.of("writer", "reporter", "editor", "contributor", "correspondent", "columnist", "coordinator", "manager",
          "director", "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "president", "head", "chief",
          "senior", "sr.", "junior", "lead", "staff", "expert", "specialist", "strategist", "analyst", "architect",
          "educator", "consultant", "journalist", "photographer", "producer", "winemaker", "horticulturalist",
          "horticulturist", "dietitian", "nutritionist", "marketing", "content", "communications", "officer", "owner",
          "engineer", "developer", "designer", "scientist", "researcher", "blogger", "master", "redakteur",
          "redakteurin", "autorin", "journalistin", "rédacteur", "rédactrice", "journaliste", "periodista", "redactor",
          "redactora");

  /**
   * True when {@code part} names a role: its last word does ("Chief Architect", "Co-Founder"), or it
   * is a {@link #isJobTitle job title} ("Sr. Director of Operations").
   */
  static boolean isRole(String part) {
    String[] w = part.split("\\s+");
    return ROLE_WORDS.contains(w[w.length - 1].toLowerCase(Locale.ROOT)) || isJobTitle(part);
  }

  /**
   * True when {@code part} opens with a word of a job title: "Writer", "Senior Autos Reporter",
   * "Head of Marketing", "Sr. Director of Operations". No name opens with one.
   */
  static boolean isJobTitle(String part) {
    String first = part.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return ROLE_WORDS.contains(first) || JOB_TITLE_OPENERS.contains(first);
  }

  /** Words that open a job title besides {@link #ROLE_WORDS}: "Executive Editor", "Associate Professor". */
  private static final Set<String> JOB_TITLE_OPENERS =
      Set.of("executive", "associate", "assistant", "deputy", "managing", "principal", "contributing", "vice", "professor",
          "licensed", "certified");

  /**
   * The {@link #ROLE_WORDS} that end a job title and name no team or site: not "Editor" ("AAA Travel
   * Editor", "Letters To The Editor"), "Expert" ("Luxury Travel Expert") or "Marketing" ("Top Growth
   * Marketing").
   */
  private static final Set<String> TITLE_ENDS =
      Set.of("writer", "reporter", "coordinator", "winemaker", "correspondent", "columnist", "contributor", "manager",
          "director", "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "journalist", "photographer",
          "producer", "strategist", "analyst", "specialist", "consultant", "dietitian", "nutritionist", "redakteur",
          "redakteurin", "autorin", "journalistin", "rédacteur", "rédactrice", "journaliste", "periodista", "redactor",
          "redactora");

  /**
   * {@code name} without the job title its byline ran on into, after two words at least: "Zackery
   * Cuevas Writer", "Meghan Neville Content Marketing Coordinator", "Matt Check Head Winemaker". The
   * title ends with one of {@link #TITLE_ENDS}.
   */
  static String withoutTrailingRole(String name) {
    String[] w = name.split("\\s+");
    int n = w.length;
    if (n > 2 && TITLE_ENDS.contains(w[n - 1].toLowerCase(Locale.ROOT))) {
      n--;
      while (n > 2 && ROLE_WORDS.contains(w[n - 1].toLowerCase(Locale.ROOT))) {
        n--;
      }
      // the title's rank before its field: "Keith Barry Senior Autos Reporter"
      if (n > 3 && isJobTitle(w[n - 2])) {
        n -= 2;
      }
    }
    return n == w.length ? name : String.join(" ", Arrays.copyOf(w, n));
  }

  /**
   * Words a byline's date line leaves after a name: "Cazzy Magennis Last" (updated …), "David at"
   * (16:05), "Sara Zinnecker Stand:" (05. Februar), "Anton692 um" (12:30).
   */
  private static final Set<String> TRAILING_WORDS = Set.of("last", "updated", "published", "posted", "at", "stand", "um", "am", "à");

  /** "Emmet WhiteUpdated:": the date line's word glued to the name. */
  private static final Pattern GLUED_TRAILING_WORD = Pattern.compile("(?<=\\p{javaLowerCase})(?:Updated|Published|Posted):?$");

  /**
   * {@code name} without the start of a date its byline ran on into: "Sofia Gonzalez December 2",
   * "Oleg Parashchak Jul 18", "FlowGuard EMEA on 04", "Cazzy Magennis Last", "Emmet WhiteUpdated:".
   */
  static String withoutTrailingDate(String name) {
    String[] w = name.split("\\s+");
    int n = w.length;
    if (n >= 3 && w[n - 1].matches("\\d{1,2}(?:st|nd|rd|th)?\\.?")
        && (DateText.month(w[n - 2]) != null || w[n - 2].equalsIgnoreCase("on"))) {
      n -= 2;
    } else if (n >= 3 && w[n - 2].matches("\\d{1,2}\\.?") && DateText.month(w[n - 1]) != null) {
      n -= 2;
    }
    while (n >= 2 && TRAILING_WORDS.contains(w[n - 1].toLowerCase(Locale.ROOT).replaceFirst(":$", ""))) {
      n--;
    }
    String kept = n == w.length ? name : String.join(" ", Arrays.copyOf(w, n));
    return GLUED_TRAILING_WORD.matcher(kept).replaceFirst("");
  }

  private static boolean looksLikeName(String name) {
    if (name.isEmpty() || name.length() > 60 || NOT_A_NAME.matcher(name).find()) {
      return false;
    }
    if (name.codePoints().noneMatch(Character::isLetter)) {
      return false;
    }
    if (name.length() > 6 && LONG_CJK.matcher(name).find()) {
      return false; // a Chinese, Japanese or Korean name is two to five characters; more is a phrase
    }
    String[] words = name.split("\\s+");
    if (words.length > 6 || isDayAndMonth(words)) {
      return false;
    }
    int lowercase = 0;
    int plain = 0; // lowercase words that are no particles
    for (String w : words) {
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
        lowercase++;
        plain += NAME_PARTICLES.contains(w) ? 0 : 1;
      }
    }
    return lowercase < LOWERCASE_WORDS && !(Character.isUpperCase(words[0].codePointAt(0)) && plain >= PLAIN_LOWERCASE_WORDS);
  }

  /**
   * Fewest lowercase words other than a name's particles ({@link #NAME_PARTICLES}) that make a
   * phrase of a capitalized line: a headline read after "Von" ("Mob mit Macheten ermordet"), a
   * writer's role ("Extension horticulture educator"), a project's name ("Human in the Loop").
   */
  static final int PLAIN_LOWERCASE_WORDS = 2;

  /**
   * Fewest words opening with a lowercase letter that make a phrase, not a name: a name's particles
   * are two at most ("Marna van der Merwe", "María de los Ángeles"); a writer's bio cut at its commas
   * has more ("blogger specializing in recipes").
   */
  static final int LOWERCASE_WORDS = 3;

  /** "August 14", "14 août": the day and month left of a byline's date once its year is cut. */
  private static boolean isDayAndMonth(String[] words) {
    return words.length == 2
        && (words[1].matches("\\d{1,2}\\.?") && DateText.month(words[0]) != null
            || words[0].matches("\\d{1,2}\\.?") && DateText.month(words[1]) != null);
  }
}
