package org.newscorpus.extract;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;

/**
 * The publication date of a page, and where it was found.
 *
 * <p>Takes a parsed page, its URL and the {@link DateText.Window} of plausible days (not after the
 * crawl, not before 1995) and gives the first plausible date found, looking in this order:
 *
 * <ol>
 *   <li>{@code jsonld}: schema.org {@code datePublished} (then {@code dateCreated}), never {@code
 *       dateModified};
 *   <li>{@code meta}: {@code article:published_time}, Dublin Core, Parse.ly, Sailthru and their
 *       kin, then RDFa's {@code schema:dateCreated};
 *   <li>{@code time}: a {@code <time datetime>} of the article, not of a comment or a related
 *       story, and not marked as an update;
 *   <li>{@code url}: {@code /2021/02/17/}, {@code /2021-02-17-}, {@code /20210217/} in the path;
 *   <li>{@code meta}: the generic {@code date}, {@code dc.date}, {@code dcterms.date}, which a CMS
 *       may fill with the last change;
 *   <li>{@code meta} again: a key such as {@code published_at} or {@code publishedDate} with an
 *       ISO value in the page's other scripts (a shop's product data, an app's state). The
 *       contract's {@code date_source} values have no other name for page metadata;
 *   <li>{@code text}: a date written in an element that says it holds the date (class or id
 *       {@code date}, {@code published}, {@code byline}…, {@code itemprop=datePublished}), then
 *       in the text that follows the headline. See {@link DateText} for the formats.
 * </ol>
 *
 * <p>When JSON-LD, the meta tags and the URL state different days, the one the page's date line
 * shows wins ({@link #confirmedByDateLine}). A JSON-LD date written in prose ({@code "Jun 24,
 * 2025"}), which a page template's author typed rather than a CMS, yields to a date line that
 * shows a day more than a day earlier ({@link JsonLdDate}).
 *
 * <p>Dates outside the window are skipped, so a page's copyright year or a future event never
 * becomes its publication date. The caller adds {@code credit} and {@code crawl}.
 *
 * @param date the publication day, as the page states it (in the page's own time zone)
 * @param instant the publication instant, when the source gives a time
 * @param source {@code jsonld}, {@code meta}, {@code time}, {@code url}, {@code text}, {@code
 *     credit} or {@code crawl}
 * @param looseDay the day was not stated in the publisher's own UTC offset: read from a time in
 *     UTC ({@code Z}, {@code +00:00}, {@code GMT}), a time without a zone, a bare day or a day
 *     written as text, so the publisher's readers may have seen the day before or after
 */
public record PublicationDate(LocalDate date, Instant instant, String source, boolean looseDay) {

  /** A date as the page states it, in its own time zone. */
  public PublicationDate(LocalDate date, Instant instant, String source) {
    this(date, instant, source, false);
  }

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .build()
          .configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, false);

  private static final Pattern JSONLD_PUBLISHED =
      Pattern.compile("\"(?:datePublished|dateCreated)\"\\s*:\\s*\"([^\"]{6,40})\"");
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile(
          "((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})"
              + "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  /**
   * A machine-written date and time with slashes and seconds ({@code 11/01/2023 12:43:42}): .NET's
   * invariant culture writes the month first, whatever the page's language. Without the seconds a
   * slashed date is as often a European one ({@code 10/05/2022 05:22 pm}), and dotted or hyphenated
   * ones ({@code 01-11-2023 10:29}) are day first.
   */
  private static final Pattern MACHINE_MONTH_FIRST = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4} \\d{1,2}:\\d{2}:\\d{2}");
  private static final Pattern URL_DATE =
      Pattern.compile(
          "[/_-]((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?=[/_.?#-]|$)");
  private static final Pattern URL_DATE_LOOSE =
      Pattern.compile("/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?=/|$)");
  /**
   * A day and a month before the year in a path ({@code /meldungen/29-10-2021}, {@code
   * _vom_22.04.2020_}, {@code -12-19-2025}): read only when one order makes a day, since the same
   * slug is written day first in Europe and month first in the United States.
   */
  private static final Pattern URL_DATE_YEAR_LAST =
      Pattern.compile("[/_~-](\\d{2})([-.])(\\d{2})\\2((?:19|20)\\d{2})(?=[/_.?#-]|$)");

  /** Meta tags that give the publication date, most specific first. */
  private static final String[] META_KEYS = {
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "date_published",
    "publish_date",
    "publication_date",
    "publish-date",
    "publishdate",
    "published_time",
    "published-date",
    "pubdate",
    "originalpublicationdate",
    "article_date_original",
    "article.published",
    "cxenseparse:recs:publishtime",
    "cxenseparse:publishtime",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "sailthru.date",
    "parsely-pub-date",
    "rnews:datepublished",
    "pub_date",
    "og:publish_date",
    "shareaholic:article_published_time",
    "bt:pubdate",
    "prism.publicationdate",
    "published",
    "displaydate",
  };

  /**
   * Meta tags that give some date of the page without saying which: a CMS (TYPO3, Drupal, Plone)
   * fills {@code date} and {@code dc.date} with the last change as often as with the publication.
   */
  private static final String[] GENERIC_META_KEYS = {"dc.date", "dcterms.date", "date", "created", "creation_date"};

  /** Class names that say the element holds the date line, anywhere in the name (lowercased). */
  static final Pattern DATE_CLASS = Pattern.compile("date|datum|fecha|publish|posted|byline|dateline");
  /** Class names that say so as one of their words (lowercased). */
  static final Pattern DATE_CLASS_WORD =
      Pattern.compile(
          "(^|[-_ ])(dates|time|timestamp|pubdate|post-?meta|entry-?meta|article-?meta|meta|metadata|post-?metadata|"
              + "post-?info|entry-?info|meta-?info|byline|dateline|datum|fecha|submitted|story-?meta|info)([-_ ]|$)");
  /** A piece of every word of {@link #DATE_CLASS} and {@link #DATE_CLASS_WORD}. */
  static final List<String> DATE_CLASS_STEMS =
      List.of("dat", "fecha", "publish", "posted", "byline", "time", "meta", "info", "submitted");
  /** Ids that say so (lowercased). */
  private static final Pattern DATE_ID = Pattern.compile("(^|[-_])(date|time|published|posted|datum|fecha|byline|meta)([-_]|$)");
  /** The words of {@link #DATE_ID}, one of which every id it matches holds. */
  private static final List<String> DATE_ID_WORDS =
      List.of("date", "time", "published", "posted", "datum", "fecha", "byline", "meta");

  /**
   * Elements that hold the date line: by class or id, {@code itemprop=datePublished} or {@code
   * dateCreated}, {@code abbr.published}, {@code abbr[title]}. Names are lowercased once and
   * matched case-sensitively: jsoup's {@code [class~=(?i)…]} costs a case-insensitive regex per
   * element and pattern. A page repeats a few hundred class names over thousands of elements, so
   * each selection judges a name once ({@link DateHints}).
   */
  static Evaluator dateHints() {
    return new DateHints();
  }

  private static final class DateHints extends Evaluator {
    private final Map<String, Boolean> classes = new HashMap<>();
    private final Map<String, Boolean> ids = new HashMap<>();

    @Override
    public boolean matches(Element root, Element e) {
      if (e.attributesSize() == 0) {
        return false; // most elements: no itemprop, title, class or id to look up
      }
      String itemprop = e.attr("itemprop");
      if (itemprop.equals("datePublished") || itemprop.equals("dateCreated")) {
        return true;
      }
      if (e.nameIs("abbr") && (e.hasAttr("title") || e.hasClass("published"))) {
        return true;
      }
      String cls = e.className();
      if (!cls.isEmpty() && classes.computeIfAbsent(cls, DateHints::isDateClass)) {
        return true;
      }
      String id = e.id();
      return !id.isEmpty() && ids.computeIfAbsent(id, DateHints::isDateId);
    }

    private static boolean isDateClass(String cls) {
      String c = cls.toLowerCase(Locale.ROOT);
      return mayNameDate(c) && (DATE_CLASS.matcher(c).find() || DATE_CLASS_WORD.matcher(c).find());
    }

    /** False for a name without any stem of {@link #DATE_CLASS} or {@link #DATE_CLASS_WORD}: most names. */
    private static boolean mayNameDate(String c) {
      for (String stem : DATE_CLASS_STEMS) {
        if (c.contains(stem)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isDateId(String id) {
      String i = id.toLowerCase(Locale.ROOT);
      for (String word : DATE_ID_WORDS) {
        if (i.contains(word)) {
          return DATE_ID.matcher(i).find();
        }
      }
      return false; // ids are mostly unique: the pattern would run on nearly every one
    }

    @Override
    public String toString() {
      return "dateHints";
    }
  }

  /** The longest date element whose two-digit year is read ({@link DateText#shortYear}). */
  private static final int SHORT_DATE_LINE_CHARS = 40;

  /** How far after the headline a date line reaches. */
  private static final int DATE_LINE_CHARS = 400;
  /** The shortest title that a heading holding it ({@link #headline}) is taken for. */
  private static final int MIN_HELD_TITLE_CHARS = 20;
  /** How far after its "Published" a labelled date line's date may start and end. */
  private static final int LABELLED_DATE_CHARS = 40;
  /** How much text just above the headline a date line may hold. */
  private static final int ABOVE_HEADLINE_CHARS = 160;

  /** Containers whose dates are not the article's. */
  private static final Evaluator META_CONTENT = PageIndex.query("meta[content]");

  /** The page's locale, which {@link #monthFirst} reads when its {@code <html>} says no more than {@code en}. */
  private static final Evaluator OG_LOCALE = PageIndex.query("meta[property=og:locale]");

  private static final Evaluator ITEMPROP_PUBLISHED =
      PageIndex.query("[itemprop=datePublished][content], [property=schema:datePublished][content]");

  private static final Evaluator SCHEMA_PUBLISHED = PageIndex.query("[property=schema:datePublished][content]");

  /** RDFa's creation date, which Drupal prints for every node in a hidden span. */
  private static final Evaluator SCHEMA_CREATED = PageIndex.query("[property=schema:dateCreated][content]");

  /**
   * A publication date in a page's own script data (a shop's product JSON, an app's state): the
   * key as schema.org, Shopify, Contentful and their kin spell it, and an ISO day as its value.
   */
  private static final Pattern SCRIPT_PUBLISHED =
      Pattern.compile(
          "\"(?:datePublished|date_published|publishedAt|published_at|publishedDate|published_date|publishDate|"
              + "publish_date|firstPublishedAt|first_published_at|publicationDate|publication_date)\""
              + "\\s*:\\s*\"((?:19|20)\\d{2}-\\d{2}-\\d{2}[^\"]{0,30})\"");
  /** The quoted keys of {@link #SCRIPT_PUBLISHED}, one of which opens every match. */
  private static final List<String> SCRIPT_PUBLISHED_KEYS =
      List.of("\"datePublished\"", "\"date_published\"", "\"publishedAt\"", "\"published_at\"",
          "\"publishedDate\"", "\"published_date\"", "\"publishDate\"", "\"publish_date\"",
          "\"firstPublishedAt\"", "\"first_published_at\"", "\"publicationDate\"", "\"publication_date\"");

  private static final Evaluator TIME_DATETIME = PageIndex.query("time[datetime]");

  /** The page's {@code og:title}, which {@link #headline} compares its headings with. */
  private static final Evaluator OG_TITLE = PageIndex.query("meta[property=og:title]");

  private static final Pattern NOT_THE_ARTICLE =
      Pattern.compile(
          "(?i)(^|[-_ ])(comments?|comment-?list|related|sidebar|recommended|suggested|popular|most-?read|footer"
              + "|teaser|ticker|respond|reply)([-_ ]|$)");
  private static final Pattern COMMENTS = Pattern.compile("(?i)(^|[-_ ])(comments?|comment-?list|respond)([-_ ]|$)");
  private static final Pattern PUBLISHED_PHRASE =
      Pattern.compile(
          "(?iu)\\b(?:published|posted|first published|publié|publiée|mis en ligne|publicado|publicada|veröffentlicht|"
              + "erschienen|publiziert|geschrieben|verfasst|pubblicato|gepubliceerd|تاريخ النشر|نشر في|نشر بتاريخ)"
              + "(?:\\s+(?:on|le|el|am|il|op|in|at))?\\s*:?\\s*");
  /**
   * {@link #PUBLISHED_PHRASE} for text lowercased char by char ({@link LowerCase#chars}): searching
   * a whole page with a case-insensitive pattern folds the case of every character at every
   * position, which cost more than the rest of the date search.
   */
  private static final Pattern PUBLISHED_PHRASE_LOWER = LowerCase.pattern(PUBLISHED_PHRASE);

  private static final Pattern UPDATED =
      Pattern.compile("(?iu)updat|modif|mis à jour|mise à jour|actualiz|aktualisiert|geändert|änderung|تحديث|تم التحديث");

  /** Words every match of {@link #PUBLISHED_PHRASE} holds: "publi" stands for publié, published, publicado… */
  private static final PatternWords PUBLISHED_WORDS =
      PatternWords.anyOf("publi", "posted", "mis en ligne", "veröffentlicht", "erschienen", "geschrieben", "verfasst",
          "pubblicato", "gepubliceerd", "نشر");
  /** Words every match of {@link #UPDATED} holds ("تم التحديث" holds "تحديث"). */
  private static final PatternWords UPDATED_WORDS =
      PatternWords.anyOf("updat", "modif", "mis à jour", "mise à jour", "actualiz", "aktualisiert", "geändert", "änderung",
          "تحديث");

  /** Finds the publication date of {@code doc}, fetched from {@code url}, within {@code window}. */
  public static Optional<PublicationDate> find(Document doc, String url, DateText.Window window) {
    Optional<JsonLdDate> stated = fromJsonLd(doc, window);
    Optional<PublicationDate> jsonld = stated.map(JsonLdDate::date);
    Optional<PublicationDate> meta = fromMeta(doc, window);
    Optional<PublicationDate> inUrl = fromUrl(url, window);
    Optional<PublicationDate> d = jsonld.or(() -> meta);
    if (d.isEmpty()) {
      d = fromTime(doc, window);
    }
    if (d.isEmpty()) {
      d = inUrl;
    }
    DateLine line = new DateLine(doc, window);
    Optional<PublicationDate> generic = fromGenericMeta(doc, window);
    if (d.isEmpty()) {
      d = generic;
    }
    if (d.isEmpty()) {
      d = fromScript(doc, window);
    }
    if (d.isEmpty()) {
      // a date line's day too gives way to an earlier one labelled as the first publication
      Optional<PublicationDate> text = fromText(doc, line, window, monthFirst(doc));
      return text.flatMap(t -> labelledEarlier(t, doc, line, window)).or(() -> text);
    }
    Optional<PublicationDate> labelled = labelledEarlier(d.get(), doc, line, window);
    if (labelled.isPresent()) {
      return labelled;
    }
    if (stated.isPresent() && stated.get().inProse()) { // d is the JSON-LD date
      Optional<PublicationDate> earlier = shownEarlier(d.get(), line);
      if (earlier.isPresent()) {
        return earlier;
      }
    }
    Optional<PublicationDate> confirmed = confirmedByDateLine(List.of(jsonld, meta.or(() -> generic), inUrl), line);
    return confirmed.isPresent() ? confirmed : Optional.of(localDay(d.get(), line));
  }

  /** The date the page shows in its date line, read on first use only: the search is not cheap. */
  static final class DateLine {
    private final Document doc;
    private final DateText.Window window;
    private Optional<PublicationDate> shown;
    private List<Element> candidates;

    DateLine(Document doc, DateText.Window window) {
      this.doc = doc;
      this.window = window;
    }

    /** The elements that may hold the date line ({@link #dateLineCandidates}), found once. */
    List<Element> candidates() {
      if (candidates == null) {
        candidates = dateLineCandidates(doc);
      }
      return candidates;
    }

    Optional<PublicationDate> shown() {
      if (shown == null) {
        shown = fromDateLine(doc, candidates(), window, monthFirst(doc));
      }
      return shown;
    }
  }

  /**
   * When the page's JSON-LD, meta tags and URL state different days, the one its date line shows
   * (a stale {@code datePublished} beside a corrected {@code article:published_time}, a template's
   * date beside the story's); empty when they agree or the date line shows none of them. A
   * {@code <time>} is no witness here: it is often the date line itself.
   */
  static Optional<PublicationDate> confirmedByDateLine(List<Optional<PublicationDate>> stated, DateLine line) {
    Set<LocalDate> days = new HashSet<>();
    stated.forEach(d -> d.ifPresent(p -> days.add(p.date())));
    if (days.size() < 2) {
      return Optional.empty();
    }
    Optional<LocalDate> shown = line.shown().map(PublicationDate::date);
    if (shown.isEmpty()) {
      return Optional.empty();
    }
    for (Optional<PublicationDate> d : stated) {
      if (d.isPresent() && d.get().date().equals(shown.get())) {
        return Optional.of(new PublicationDate(d.get().date(), d.get().instant(), d.get().source(), false));
      }
    }
    return Optional.empty();
  }

  /**
   * A date-time stated in UTC may fall on the day before or after the one the publisher's readers
   * saw (an evening story in New York is dated tomorrow in UTC), and so may a day stated without
   * any zone (a CMS's server clock, a bare {@code 2020-04-30}). When the page shows, beside its
   * headline, the day before or after, that shown day is the publication day as the page states
   * it; the instant stays. A time with the publisher's own offset ({@code +03:00}) keeps its day.
   */
  private static PublicationDate localDay(PublicationDate d, DateLine line) {
    if (!d.looseDay()) {
      return d;
    }
    Optional<PublicationDate> shown = line.shown();
    if (shown.isPresent() && Math.abs(shown.get().date().toEpochDay() - d.date().toEpochDay()) == 1) {
      return new PublicationDate(shown.get().date(), d.instant(), d.source(), false);
    }
    return d;
  }

  /**
   * The day the date line shows when it is more than a day before {@code d}: {@code d} then came
   * from a JSON-LD a template fills with another date than the story's ({@link JsonLdDate#inProse}).
   */
  private static Optional<PublicationDate> shownEarlier(PublicationDate d, DateLine line) {
    return line.shown()
        .filter(s -> s.date().toEpochDay() < d.date().toEpochDay() - 1)
        .map(s -> new PublicationDate(s.date(), null, "text", false));
  }

  /**
   * A JSON-LD {@code datePublished}, and whether it is written in prose ({@code "Jun 24, 2025"})
   * rather than in ISO 8601 or RFC 1123 as a CMS writes it. A JSON-LD block a site owner wrote
   * into a page template (Webflow's, say) fills the date from whatever field the template
   * offers, often the day the page was last published, not the story's day the page shows.
   */
  record JsonLdDate(PublicationDate date, boolean inProse) {}

  /** schema.org {@code datePublished} (or {@code dateCreated}) in the page's JSON-LD. */
  static Optional<JsonLdDate> fromJsonLd(Document doc, DateText.Window window) {
    for (Element script : PageIndex.of(doc).select("script", PageIndex.JSON_LD)) {
      String data = script.data();
      List<String> values = new ArrayList<>();
      try {
        JsonNode tree = JSON.readTree(data);
        collect(tree, "datePublished", values);
        collect(tree, "dateCreated", values);
      } catch (Exception e) {
        // malformed JSON-LD is common: read the property as text
        Matcher m = JSONLD_PUBLISHED.matcher(data);
        while (m.find()) {
          values.add(m.group(1));
        }
      }
      for (String value : values) {
        Optional<PublicationDate> d = parse(value, "jsonld", window, doc);
        if (d.isPresent()) {
          return Optional.of(new JsonLdDate(d.get(), inProse(value)));
        }
      }
    }
    return Optional.empty();
  }

  private static void collect(JsonNode node, String field, List<String> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode child : node) {
        collect(child, field, out);
      }
    } else if (node.isObject()) {
      JsonNode value = node.get(field);
      if (value != null && value.isTextual()) {
        out.add(value.asText());
      }
      var fields = node.fields();
      while (fields.hasNext()) {
        var e = fields.next();
        if (!e.getKey().equals(field) && e.getValue().isContainerNode()) {
          collect(e.getValue(), field, out);
        }
      }
    }
  }

  /**
   * A publication date in the page's other scripts ({@code "published_at":"2019-03-02T06:22:28+01:00"}):
   * shops, review sites and script-built pages keep it there and print it nowhere else.
   */
  static Optional<PublicationDate> fromScript(Document doc, DateText.Window window) {
    for (Element script : PageIndex.of(doc).all("script")) {
      if (script.hasAttr("src") || PageIndex.JSON_LD.matches(doc, script)) {
        continue; // JSON-LD was read first, as JSON
      }
      String data = scriptData(script);
      int from = firstScriptKey(data);
      if (from < 0) {
        continue; // most scripts: spare them the pattern
      }
      Matcher m = SCRIPT_PUBLISHED.matcher(data);
      m.region(from, data.length()); // a match opens with a quoted key: none starts earlier
      while (m.find()) {
        Optional<PublicationDate> d = parse(m.group(1), "meta", window, doc);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The publication-date meta tags ({@code property}, {@code name} or {@code itemprop}), not the
   * {@link #fromGenericMeta generic} ones. A {@code datePublished} in the body's microdata counts
   * unless it stands in other content ({@link #inOtherContent}): the cards of a related-stories
   * box are schema.org items of their own, each with its story's date.
   */
  static Optional<PublicationDate> fromMeta(Document doc, DateText.Window window) {
    PageIndex index = PageIndex.of(doc);
    Set<Element> headline = null;
    for (Element e : index.selectWithItemprop(ITEMPROP_PUBLISHED)) {
      if (e.nameIs("meta") && !SCHEMA_PUBLISHED.matches(doc, e)) {
        continue; // [itemprop=datePublished][content]:not(meta), [property=schema:datePublished][content]
      }
      if (!e.nameIs("meta")) {
        // microdata in the body: a related-stories card carries its own story's date
        if (headline == null) {
          headline = headlineContainers(headline(doc));
        }
        if (inOtherContent(e, headline)) {
          continue;
        }
      }
      Optional<PublicationDate> d = parse(e.attr("content"), "meta", window, doc);
      if (d.isPresent()) {
        return d;
      }
    }
    Optional<PublicationDate> named = fromMetaKeys(doc, window, META_KEYS);
    if (named.isPresent()) {
      return named;
    }
    for (Element e : index.selectWithItemprop(SCHEMA_CREATED)) {
      Optional<PublicationDate> d = parse(e.attr("content"), "meta", window, doc);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * Where the first of the {@link #SCRIPT_PUBLISHED_KEYS} stands in {@code data}, or -1 when it
   * holds none: the pattern would try each character of a script of some hundred kilobytes. Each
   * key holds "ublish" or "ublicat" 2, 6, 7 or 8 characters after its quote, so only the places of
   * those two words are tried.
   */
  private static int firstScriptKey(String data) {
    int first = firstScriptKey(data, "ublish", -1);
    return firstScriptKey(data, "ublicat", first);
  }

  /** The first key whose {@code word} stands where {@link #firstScriptKey(String)} says, if before {@code first}. */
  private static int firstScriptKey(String data, String word, int first) {
    for (int at = data.indexOf(word); at >= 0 && (first < 0 || at - 8 < first); at = data.indexOf(word, at + 1)) {
      for (int back : new int[] {8, 7, 6, 2}) {
        int start = at - back;
        if (start >= 0 && (first < 0 || start < first) && data.charAt(start) == '"') {
          for (String key : SCRIPT_PUBLISHED_KEYS) {
            if (data.startsWith(key, start)) {
              first = start;
              break;
            }
          }
        }
      }
    }
    return first;
  }

  /**
   * The text of a script, as {@link Element#data()} gives it; without a copy for the usual script
   * of one data node, whose text may run to a megabyte.
   */
  private static String scriptData(Element script) {
    return script.childNodeSize() == 1 && script.childNode(0) instanceof DataNode data ? data.getWholeData() : script.data();
  }

  /** The meta tags {@code date}, {@code dc.date} and their kin, which may give the last change. */
  static Optional<PublicationDate> fromGenericMeta(Document doc, DateText.Window window) {
    return fromMetaKeys(doc, window, GENERIC_META_KEYS);
  }

  /** The meta tags named by {@code keys} ({@code property}, {@code name} or {@code itemprop}), in that order. */
  private static Optional<PublicationDate> fromMetaKeys(Document doc, DateText.Window window, String[] keys) {
    Elements metas = PageIndex.of(doc).select("meta", META_CONTENT);
    String[] names = new String[metas.size()]; // each tag named once, not once per key
    for (int i = 0; i < names.length; i++) {
      Element meta = metas.get(i);
      names[i] = meta.hasAttr("property") ? meta.attr("property") : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
    }
    for (String key : keys) {
      for (int i = 0; i < names.length; i++) {
        Element meta = metas.get(i);
        if (names[i].equalsIgnoreCase(key)) {
          Optional<PublicationDate> d = parse(meta.attr("content"), "meta", window, doc);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A {@code <time datetime>} of the article, not of a teaser card, a comment or a related story:
   * marked as published first, then the first one; those beside the headline (in its parent)
   * before the rest of the page.
   */
  static Optional<PublicationDate> fromTime(Document doc, DateText.Window window) {
    Elements times = PageIndex.of(doc).select("time", TIME_DATETIME);
    for (Element time : times) {
      if (time.attr("itemprop").equalsIgnoreCase("datePublished") && !inComments(time)) {
        Optional<PublicationDate> d = parse(time.attr("datetime"), "time", window, doc);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    Element h1 = headline(doc);
    Set<Element> headline = headlineContainers(h1);
    Element headlineBlock = h1 == null ? null : h1.parent();
    List<Element> beside = new ArrayList<>();
    List<Element> candidates = new ArrayList<>();
    for (Element time : times) {
      if (inOtherContent(time, headline)
          || inTeaserLink(time, headline)
          || inQuote(time)
          || UPDATED.matcher(time.className() + " " + time.attr("itemprop")).find()) {
        continue;
      }
      // the headline's own block first: a listing of other stories may come before it in the page
      (headlineBlock != null && PageIndex.isIn(time, headlineBlock) ? beside : candidates).add(time);
    }
    candidates.addAll(0, beside);
    for (Element time : candidates) {
      if (time.hasAttr("pubdate")
          || time.attr("itemprop").equalsIgnoreCase("datePublished")
          || time.className().toLowerCase(Locale.ROOT).contains("publish")) {
        Optional<PublicationDate> d = parse(time.attr("datetime"), "time", window, doc);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (Element time : candidates) {
      Optional<PublicationDate> d = parse(time.attr("datetime"), "time", window, doc);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /**
   * A full date in the URL path: {@code /2021/02/17/}, {@code /2021-02-17-slug}, {@code /20210217/};
   * else a day and month before the year that only one order reads as a day ({@code /29-10-2021}).
   */
  public static Optional<PublicationDate> fromUrl(String url, DateText.Window window) {
    if (url == null) {
      return Optional.empty();
    }
    int query = url.indexOf('?');
    String path = query < 0 ? url : url.substring(0, query);
    for (Pattern p : new Pattern[] {URL_DATE, URL_DATE_LOOSE}) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        try {
          LocalDate d =
              LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
          if (window.contains(d)) {
            return Optional.of(new PublicationDate(d, null, "url"));
          }
        } catch (DateTimeException e) {
          // not a day: look further
        }
      }
    }
    Matcher m = URL_DATE_YEAR_LAST.matcher(path);
    while (m.find()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int year = Integer.parseInt(m.group(4));
      LocalDate d = null;
      if (a > 12 && b >= 1 && b <= 12 && a <= 31) {
        d = day(year, b, a);
      } else if (b > 12 && a >= 1 && a <= 12 && b <= 31) {
        d = day(year, a, b);
      }
      if (d != null && window.contains(d)) {
        return Optional.of(new PublicationDate(d, null, "url"));
      }
    }
    return Optional.empty();
  }

  /** The day {@code year-month-day}, or null when there is none (the 31st of April). */
  private static LocalDate day(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A date written in the element that holds the date line ({@code line}, read once for the whole
   * search), else just after the headline.
   */
  private static Optional<PublicationDate> fromText(
      Document doc, DateLine line, DateText.Window window, boolean monthFirst) {
    Optional<PublicationDate> shown = line.shown();
    if (shown.isPresent() || doc.body() == null) {
      return shown;
    }
    String text = doc.body().text();
    Optional<PublicationDate> phrase = fromPublishedPhrase(text, window, monthFirst);
    if (phrase.isPresent()) {
      return phrase;
    }
    Optional<PublicationDate> after = fromFirstDateAfterHeadline(text, headline(doc), window, monthFirst);
    return after.isPresent() ? after : fromDateOnlyElement(doc, window, monthFirst);
  }

  /**
   * The elements whose class or id says they hold a date line ({@link #dateHints}), nearest the
   * headline first ({@link #nearestFirst}), those in its block before the rest ({@link
   * #headlineBlockFirst}). Those of a comment, a teaser or a related story are among them: {@link
   * #isOthers} tells them, as they are read.
   */
  static List<Element> dateLineCandidates(Document doc) {
    Element h1 = headline(doc);
    // dateHints() matches only elements with attributes: the index lists them, without a walk of the page
    return headlineBlockFirst(nearestFirst(PageIndex.of(doc).selectWithAttributes(dateHints()), h1), h1);
  }

  /**
   * Names (lowercased) of a site header's date of the day ("todays-date", "current-date", "date du
   * jour"), which says when the page was served, not when its story was published.
   */
  static final Pattern TODAY =
      Pattern.compile("today|current[-_]?date|date[-_]?(du[-_])?jour|fecha[-_]?(de[-_])?hoy");

  /**
   * True when {@code e}, one of its few descendants, or one of its ancestors is named as the date of
   * the day ({@link #TODAY}): {@code <div id="block-date"><p id="todays-date-custom">Friday, December
   * 19, 2025</p></div>} in a site's header.
   */
  static boolean isTodaysDate(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (namedToday(p)) {
        return true;
      }
    }
    for (Element d : e.getAllElements()) {
      if (namedToday(d)) {
        return true;
      }
    }
    return false;
  }

  private static boolean namedToday(Element e) {
    return e.attributesSize() > 0 && TODAY.matcher((e.className() + " " + e.id()).toLowerCase(Locale.ROOT)).find();
  }

  /** True for a date-line candidate of a comment ("comment-meta"), a teaser, a related story. */
  private static boolean isOthers(Element e, Set<Element> headline) {
    return inOtherContent(e, headline) || isOtherContent(e) && !headline.contains(e) || inTeaserLink(e, headline) || inQuote(e);
  }

  /**
   * True for an element inside a {@code <blockquote>}: a quoted or embedded post (Instagram's and
   * X's embeds are blockquotes until their script runs) dates that post, not the article.
   */
  static boolean inQuote(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (p.nameIs("blockquote")) {
        return true;
      }
    }
    return false;
  }

  /** More characters than a date line's that make the link around it a teaser card: another story's title. */
  private static final int TEASER_EXTRA_CHARS = 20;

  /**
   * True for a date line inside a link that holds more than it, a teaser card of another story
   * ({@code <a href="/post/…"><div class="published-date">December 15, 2025</div><div
   * class="post-title">Easy Guide to…</div></a>}) whose box names nothing ({@code w-dyn-item}). A
   * permalink around the date line alone holds no more than the date.
   */
  static boolean inTeaserLink(Element e, Set<Element> headline) {
    int depth = 0;
    for (Element p = e.parent(); p != null && depth < 6; p = p.parent(), depth++) {
      if (headline.contains(p) || p.nameIs("body")) {
        return false;
      }
      if (p.nameIs("a") && p.hasAttr("href")) {
        return p.text().length() > e.text().length() + TEASER_EXTRA_CHARS;
      }
    }
    return false;
  }

  private static Optional<PublicationDate> fromDateLine(
      Document doc, List<Element> candidates, DateText.Window window, boolean monthFirst) {
    Element h1 = headline(doc);
    Set<Element> headline = headlineContainers(h1);
    for (Element e : candidates) {
      if (isOthers(e, headline) || UPDATED.matcher(e.className()).find()) {
        continue;
      }
      String text = ShortText.of(e, 300);
      if (text == null) {
        continue; // a container, not a date line
      }
      Optional<LocalDate> d = DateText.first(published(text), window, monthFirst);
      if (d.isEmpty() && text.length() <= SHORT_DATE_LINE_CHARS) {
        d = DateText.shortYear(text, window); // "Party, 30.10.23"
        if (d.isEmpty() && e.childrenSize() > 0) {
          d = DateText.first(spacedText(e), window, monthFirst); // <span>18</span><span>2009</span>
        }
      }
      if (d.isEmpty() && e.hasAttr("title")) {
        d = parse(e.attr("title"), "text", window, doc).map(PublicationDate::date);
      }
      // a site header's date of the day is not the date line (asked of a dated candidate only: it walks the tree)
      if (d.isPresent() && !isTodaysDate(e)) {
        return Optional.of(new PublicationDate(d.get(), null, "text"));
      }
    }
    if (h1 != null) {
      StringBuilder after = new StringBuilder();
      for (Element e = h1.nextElementSibling(); e != null && after.length() < DATE_LINE_CHARS; e = e.nextElementSibling()) {
        after.append(e.text()).append(' ');
      }
      if (after.length() < DATE_LINE_CHARS && h1.parent() != null) {
        for (Element e = h1.parent().nextElementSibling(); e != null && after.length() < DATE_LINE_CHARS; e = e.nextElementSibling()) {
          after.append(e.text()).append(' ');
        }
      }
      String near = after.length() > DATE_LINE_CHARS ? after.substring(0, DATE_LINE_CHARS) : after.toString();
      Optional<LocalDate> d = DateText.first(published(near), window, monthFirst);
      if (d.isEmpty()) {
        d = aboveHeadline(h1, window, monthFirst);
      }
      if (d.isPresent()) {
        return Optional.of(new PublicationDate(d.get(), null, "text"));
      }
    }
    return Optional.empty();
  }

  /**
   * A date in the short line just above the headline ("February 4, 2025 · 11 minutes", "Last
   * updated: Dec 12, 2025" over the {@code <h1>}): the elements before it, nearest first, up to
   * {@link #ABOVE_HEADLINE_CHARS} of text, then those before its parent.
   */
  private static Optional<LocalDate> aboveHeadline(Element h1, DateText.Window window, boolean monthFirst) {
    int seen = 0;
    for (Element start : new Element[] {h1, h1.parent()}) {
      for (Element e = start == null ? null : start.previousElementSibling(); e != null && seen < ABOVE_HEADLINE_CHARS;
          e = e.previousElementSibling()) {
        String text = e.text();
        seen += text.length();
        if (seen <= ABOVE_HEADLINE_CHARS) {
          Optional<LocalDate> d = DateText.first(published(text), window, monthFirst);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The sources whose day a labelled date line may correct ({@link #labelledEarlier}): the
   * structured ones, and the date line itself ("30 Sep 2022" under the headline, "This article
   * was originally published on 26 Sep 2019" under the story).
   */
  private static final Set<String> CORRECTABLE = Set.of("jsonld", "meta", "time", "text");

  /**
   * The day a date line labels as the publication ("Published Apr 26, 2023"), when it is more
   * than a day before {@code d}: a CMS that stamps {@code datePublished} anew at each update
   * (beside "Updated Aug 21, 2025" on the page) keeps the first publication only in the line it
   * shows, and a page dated by its last update may say where it first appeared ("originally
   * published on 26 Sep 2019"). Empty otherwise, and for a date from the URL.
   */
  private static Optional<PublicationDate> labelledEarlier(
      PublicationDate d, Document doc, DateLine line, DateText.Window window) {
    if (!CORRECTABLE.contains(d.source())) {
      return Optional.empty();
    }
    return labelledPublished(doc, line.candidates(), window, monthFirst(doc))
        .filter(day -> day.toEpochDay() < d.date().toEpochDay() - 1)
        .map(day -> new PublicationDate(day, null, "text"));
  }

  /**
   * The first of the {@code candidates} ({@link #dateLineCandidates}) whose text dates the
   * publication with a word for it ("Published", "Veröffentlicht am", "Publié le"), and that date.
   */
  static Optional<LocalDate> labelledPublished(
      Document doc, List<Element> candidates, DateText.Window window, boolean monthFirst) {
    Set<Element> headline = headlineContainers(headline(doc));
    for (Element e : candidates) {
      // the text first: most candidates have no such word, and asking whose they are walks up the page
      String text = ShortText.of(e, 300);
      if (text == null || !PUBLISHED_WORDS.anyIn(PatternWords.fold(text)) || isOthers(e, headline)) {
        continue;
      }
      Matcher m = PUBLISHED_PHRASE.matcher(text);
      if (m.find()) {
        Optional<LocalDate> day =
            DateText.first(text.substring(m.end(), Math.min(text.length(), m.end() + LABELLED_DATE_CHARS)), window, monthFirst);
        if (day.isPresent()) {
          return day;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The own text of {@code e} and of each element inside it, a space between them: a calendar
   * badge's {@code <span>Feb</span> <span>18</span><span>2009</span>} reads "Feb 18 2009", not
   * "Feb 182009".
   */
  static String spacedText(Element e) {
    StringBuilder text = new StringBuilder();
    for (Element child : e.getAllElements()) {
      String own = child.ownText();
      if (!own.isEmpty()) {
        text.append(own).append(' ');
      }
    }
    return text.toString();
  }

  /**
   * The last resort: the first date written after the headline (in the whole page when it has
   * none), where undated-looking pages such as press releases and blogs put their date.
   */
  private static Optional<PublicationDate> fromFirstDateAfterHeadline(
      String text, Element h1, DateText.Window window, boolean monthFirst) {
    int from = h1 == null ? -1 : text.indexOf(h1.text());
    String after = from < 0 ? text : text.substring(from);
    // "Published"/"Updated" choose between the dates of a line under the headline; further down,
    // the same words (a comment form's "geschrieben", a "modified" in the story) choose nothing
    Optional<LocalDate> d = DateText.first(published(after.substring(0, Math.min(after.length(), DATE_LINE_CHARS))), window, monthFirst);
    if (d.isEmpty()) {
      d = DateText.first(after.length() > 20000 ? after.substring(0, 20000) : after, window, monthFirst);
    }
    if (d.isEmpty() && from > 0) {
      d = DateText.first(text.substring(0, from), window, monthFirst);
    }
    return d.map(day -> new PublicationDate(day, null, "text"));
  }

  /** The longest text of an element that holds a date and nothing else ("September 28, 2025"). */
  private static final int DATE_ONLY_CHARS = 30;

  /**
   * The very last resort, for a page with no date in the text searched after its headline (a long
   * guide with its byline block at the foot): the first element of the article that holds a date
   * and nothing else ({@code <p>April 8, 2024</p>} beside "Written by …"), not one of a comment, a
   * related story or a quoted post.
   */
  private static Optional<PublicationDate> fromDateOnlyElement(Document doc, DateText.Window window, boolean monthFirst) {
    Set<Element> headline = null;
    for (Element e : doc.body().getAllElements()) {
      if (e.childrenSize() > 0 || !e.hasText()) {
        continue;
      }
      String own = e.text();
      if (own.length() > DATE_ONLY_CHARS || !isDateOnly(own)) {
        continue;
      }
      if (headline == null) {
        headline = headlineContainers(headline(doc));
      }
      if (inOtherContent(e, headline) || inQuote(e)) {
        continue;
      }
      Optional<LocalDate> d = DateText.first(own, window, monthFirst);
      if (d.isPresent()) {
        return Optional.of(new PublicationDate(d.get(), null, "text"));
      }
    }
    return Optional.empty();
  }

  /** True when {@code text}'s words are numbers and month names only, and it ends with a number. */
  static boolean isDateOnly(String text) {
    String t = text.strip();
    if (t.isEmpty() || !Character.isDigit(t.charAt(t.length() - 1))) {
      return false;
    }
    String[] words = t.split("[\\s,]+");
    if (words.length > 4) {
      return false;
    }
    for (String w : words) {
      if (!NUMERIC_DATE_WORD.matcher(w).matches() && DateText.month(w) == null) {
        return false;
      }
    }
    return true;
  }

  /** A day, a year, or a numeric date ("8", "2024", "04/08/2024", "08.04.2024", "8th"). */
  private static final Pattern NUMERIC_DATE_WORD = Pattern.compile("\\d{1,4}(?:[./-]\\d{1,4}){0,2}\\.?|\\d{1,2}(?:st|nd|rd|th)");

  /** "Published on 3 May 2013", "Erschienen am: 01.11.2023", "Publié le …" anywhere in {@code text}, a page's text. */
  static Optional<PublicationDate> fromPublishedPhrase(String text, DateText.Window window, boolean monthFirst) {
    String lower = LowerCase.chars(text);
    int word = PUBLISHED_WORDS.firstIn(lower);
    if (word < 0) {
      return Optional.empty(); // the case-sensitive twin cannot match without one of them either
    }
    // each phrase holds a word at most 8 chars after its start ("تاريخ النشر"): none starts earlier
    Matcher m = PUBLISHED_PHRASE_LOWER.matcher(lower);
    m.region(Math.max(0, word - 8), lower.length()).useTransparentBounds(true).useAnchoringBounds(false);
    while (m.find()) {
      int end = Math.min(text.length(), m.end() + 60);
      Optional<LocalDate> d = DateText.first(text.substring(m.end(), end), window, monthFirst);
      if (d.isPresent()) {
        return Optional.of(new PublicationDate(d.get(), null, "text"));
      }
    }
    return Optional.empty();
  }

  private static boolean inComments(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (COMMENTS.matcher(p.className() + " " + p.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The elements after the headline in page order, then those before it, nearest first: a date
   * line sits under (or just above) the headline, while a site header may show today's date.
   */
  static List<Element> nearestFirst(Elements elements, Element h1) {
    if (h1 == null || elements.isEmpty()) {
      return elements;
    }
    List<Element> after = new ArrayList<>();
    List<Element> before = new ArrayList<>();
    if (h1.ownerDocument() == null) {
      return after; // only the elements of the headline's document are ordered
    }
    // elements come in page order: each is placed by its path from the root, not by a walk of the whole page
    List<Element> h1Path = pathFromRoot(h1);
    for (Element e : elements) {
      List<Element> path = pathFromRoot(e);
      if (path.get(0) != h1Path.get(0)) {
        continue; // not in the headline's document
      }
      if (e == h1 || precedes(h1Path, path)) {
        after.add(e);
      } else {
        before.add(0, e);
      }
    }
    after.addAll(before);
    return after;
  }

  /** How many levels above the headline the block that holds it and its date line reaches. */
  private static final int HEADLINE_BLOCK_LEVELS = 2;

  /**
   * {@code elements} (in {@link #nearestFirst} order), those inside the headline's block first: a
   * date just above the headline, in its header, comes before a related story's date further down.
   */
  static List<Element> headlineBlockFirst(List<Element> elements, Element h1) {
    if (h1 == null || elements.size() < 2) {
      return elements;
    }
    Element block = h1;
    for (int i = 0; i < HEADLINE_BLOCK_LEVELS && block.parent() != null; i++) {
      block = block.parent();
    }
    List<Element> inside = new ArrayList<>();
    List<Element> outside = new ArrayList<>();
    for (Element e : elements) {
      (PageIndex.isIn(e, block) ? inside : outside).add(e);
    }
    inside.addAll(outside);
    return inside;
  }

  /** {@code e} and its ancestors, the root first. */
  private static List<Element> pathFromRoot(Element e) {
    List<Element> path = new ArrayList<>();
    for (Element p = e; p != null; p = p.parent()) {
      path.add(p);
    }
    Collections.reverse(path);
    return path;
  }

  /**
   * True when the element at the end of {@code a} comes before the one at the end of {@code b} in
   * page order (an ancestor before its descendants), both paths from the same root.
   */
  private static boolean precedes(List<Element> a, List<Element> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 1; i < n; i++) {
      if (a.get(i) != b.get(i)) {
        return a.get(i).siblingIndex() < b.get(i).siblingIndex();
      }
    }
    return a.size() < b.size();
  }

  /**
   * The part of a date line that dates the publication: what follows "Published"/"Erschienen
   * am", else what precedes an "Updated" mention (or follows it, when nothing dated precedes it).
   */
  static String published(String text) {
    String folded = PatternWords.fold(text); // most texts hold neither phrase: their searches are spared
    if (PUBLISHED_WORDS.anyIn(folded)) {
      Matcher p = PUBLISHED_PHRASE.matcher(text);
      if (p.find()) {
        return text.substring(p.end());
      }
    }
    if (UPDATED_WORDS.anyIn(folded)) {
      Matcher m = UPDATED.matcher(text);
      if (m.find()) {
        String before = text.substring(0, m.start());
        return before.chars().anyMatch(Character::isDigit) ? before : text.substring(m.end());
      }
    }
    return text;
  }


  /** True for an element that is itself a related-stories box, a sidebar, a nav, a footer… */
  static boolean isOtherContent(Element e) {
    String tag = e.tagName();
    return tag.equals("aside") || tag.equals("nav") || NOT_THE_ARTICLE.matcher(e.className() + " " + e.id()).find();
  }

  /** True for an element inside a related-stories box, a comment thread, a sidebar, a nav… */
  static boolean inOtherContent(Element e) {
    return inOtherContent(e, Set.of());
  }

  /**
   * The article's headline: the longest {@code <h1>} that the page's {@code <title>} or {@code
   * og:title} repeats, else the first {@code <h1>}. Many sites put their name in an {@code <h1>}
   * above the article's (and in the title after it).
   */
  static Element headline(Document doc) {
    Elements h1s = PageIndex.of(doc).all("h1");
    if (h1s.size() <= 1) {
      return h1s.isEmpty() ? null : h1s.get(0);
    }
    Elements ogs = PageIndex.of(doc).select("meta", OG_TITLE);
    Element og = ogs.isEmpty() ? null : ogs.get(0);
    String title = doc.title().strip().toLowerCase(Locale.ROOT);
    String ogTitle = og == null ? "" : og.attr("content").strip().toLowerCase(Locale.ROOT);
    String titles = title + " " + ogTitle;
    Element best = h1s.get(0);
    int bestLength = 0;
    Element holder = null;
    for (Element h1 : h1s.subList(0, Math.min(h1s.size(), 20))) {
      String text = h1.text().strip().toLowerCase(Locale.ROOT);
      if (text.length() > bestLength && titles.contains(text)) {
        best = h1;
        bestLength = text.length();
      } else if (holder == null && (holds(text, ogTitle) || holds(text, title))) {
        holder = h1;
      }
    }
    // no heading is (part of) the title, but one holds it after a section label ("Letters to the Editor | …")
    return bestLength == 0 && holder != null ? holder : best;
  }

  /** True when {@code heading} holds {@code title}, a title long enough to name a story. */
  private static boolean holds(String heading, String title) {
    return title.length() >= MIN_HELD_TITLE_CHARS && heading.contains(title);
  }

  /**
   * The elements that hold the page's headline. Whatever their class names say ({@code
   * story-sidebar-mode}, {@code teaser-layout}), they are the article's container, not a box beside
   * it.
   */
  static Set<Element> headlineContainers(Element h1) {
    Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element p = h1 == null ? null : h1.parent(); p != null; p = p.parent()) {
      containers.add(p);
    }
    return containers;
  }

  /**
   * True for an element inside a related-stories box, a comment thread, a sidebar, a nav… that is
   * not one of the {@code headline} containers. The nearest {@code <article>} or {@code <main>}
   * settles it: the article's own, unless its class or id names other content (a related story's
   * card, {@code <article class="related-content-small__card">}).
   */
  static boolean inOtherContent(Element e, Set<Element> headline) {
    int depth = 0;
    for (Element p = e.parent(); p != null && depth < 12; p = p.parent(), depth++) {
      String tag = p.tagName();
      if (tag.equals("body") || headline.contains(p)) {
        return false;
      }
      if (tag.equals("article") || tag.equals("main")) {
        // the article's own header and footer hold its date line; a story card in a related box does not
        return NOT_THE_ARTICLE.matcher(p.className() + " " + p.id()).find();
      }
      if (tag.equals("aside") || tag.equals("footer") || tag.equals("nav")) {
        return true;
      }
      if (NOT_THE_ARTICLE.matcher(p.className() + " " + p.id()).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the page says it is in US English ({@code lang=en-US}), where 03/04/2021 is March 4.
   * A bare {@code en} is not enough: North-African and European sites write English pages with
   * the day first.
   */
  static boolean monthFirst(Document doc) {
    Element root = doc.firstElementChild();
    // the page's own <html> comes first in page order; only without a lang is the rest searched
    Element html = root != null && root.nameIs("html") && root.hasAttr("lang") ? root : doc.selectFirst("html[lang]");
    String lang = html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT).replace('_', '-');
    if (lang.equals("en-us")) {
      return true;
    }
    if (!lang.isEmpty() && !lang.equals("en")) {
      return false;
    }
    Elements locales = PageIndex.of(doc).select("meta", OG_LOCALE);
    Element locale = locales.isEmpty() ? null : locales.get(0);
    return locale != null && locale.attr("content").strip().equalsIgnoreCase("en_US");
  }

  /**
   * Parses a machine-readable date: ISO 8601 with or without time and zone ({@code
   * 2021-02-17T09:30:00+0100}), RFC 1123 ({@code Wed, 17 Feb 2021 09:30:00 GMT}), else a date
   * written as text.
   */
  static Optional<PublicationDate> parse(String value, String source, DateText.Window window) {
    return parse(value, source, window, null);
  }

  /**
   * {@link #parse(String, String, DateText.Window)} on a value of {@code doc}, which may be null: a
   * numeric date that reads either way ({@code 03-09-2026}) is month first when the page says it
   * is in US English ({@link #monthFirst}), as its visible dates are.
   */
  static Optional<PublicationDate> parse(String value, String source, DateText.Window window, Document doc) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    Matcher m = isoAtStart(v);
    if (m != null) {
      try {
        LocalDate day =
            LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (!window.contains(day)) {
          return Optional.empty();
        }
        Instant instant = null;
        boolean loose = true; // a bare day
        if (m.group(4) != null) {
          LocalTime time =
              LocalTime.of(
                  Integer.parseInt(m.group(4)),
                  Integer.parseInt(m.group(5)),
                  m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
          ZoneOffset zone = m.group(7) == null ? ZoneOffset.UTC : offset(m.group(7));
          instant = LocalDateTime.of(day, time).toInstant(zone);
          loose = zone.equals(ZoneOffset.UTC); // UTC, or no zone at all
        }
        return Optional.of(new PublicationDate(day, instant, source, loose));
      } catch (DateTimeException | NumberFormatException e) {
        return Optional.empty();
      }
    }
    try {
      ZonedDateTime t = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      return window.contains(t.toLocalDate())
          ? Optional.of(new PublicationDate(t.toLocalDate(), t.toInstant(), source, t.getOffset().equals(ZoneOffset.UTC)))
          : Optional.empty();
    } catch (DateTimeParseException e) {
      // not RFC 1123: read it as text
    }
    boolean mdy = MACHINE_MONTH_FIRST.matcher(v).lookingAt() || doc != null && monthFirst(doc);
    return DateText.first(v, window, mdy)
        .or(() -> DateText.yearFirst(v, window))
        .map(d -> new PublicationDate(d, null, source, true));
  }

  /** The ISO 8601 date (and time) {@code v} opens with, its groups read; null when it opens with none. */
  private static Matcher isoAtStart(String v) {
    Matcher m = ISO_DATE_TIME.matcher(v);
    return m.find() && m.start() <= 1 ? m : null;
  }

  /** True when a machine-readable date's {@code value} is neither ISO 8601 nor RFC 1123 ({@link #parse}). */
  static boolean inProse(String value) {
    String v = value.strip();
    if (isoAtStart(v) != null) {
      return false;
    }
    try {
      DateTimeFormatter.RFC_1123_DATE_TIME.parse(v);
      return false;
    } catch (DateTimeParseException e) {
      return true;
    }
  }

  private static ZoneOffset offset(String z) {
    if (z.equals("Z")) {
      return ZoneOffset.UTC;
    }
    String digits = z.replace(":", "");
    return digits.length() == 3 ? ZoneOffset.of(digits) : ZoneOffset.of(digits.substring(0, 3) + ":" + digits.substring(3));
  }
}
