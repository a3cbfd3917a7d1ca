package org.newscorpus.extract;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.newscorpus.common.Digests;
import org.newscorpus.dedupe.TextNormalizer;
import org.newscorpus.read.ArchiveReader;
import org.newscorpus.read.PageDecoder;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.PageFormat;

/**
 * Turns one page into an article: decodes it, reads its metadata (canonical URL, publisher,
 * title, authors, date, credit line), extracts the main body ({@link MainText}) and guesses its
 * language. A page without enough body text is dropped as {@code notArticle}; a payload that is
 * binary data (an image or PDF served or saved as a page) is rejected as {@value #BINARY_CONTENT},
 * and one that holds no HTML (JSON, a feed, a script served as a page) as {@value #NOT_HTML_CONTENT}.
 *
 * <p>The article's story fields are placeholders (its own story); deduplication fills them.
 */
public final class ArticleExtractor {

  /** Default shortest body text of an article, in characters. */
  public static final int DEFAULT_MIN_TEXT_CHARS = 200;

  /**
   * How much shorter than the shortest body a page's body may be when the page marks it as its
   * article: a fifth (40 characters by default, a sentence).
   */
  private static final int MARKED_ARTICLE_DIVISOR = 5;

  /** Rejection reason of a page whose payload is binary data, not text ({@link PageDecoder#notText}). */
  public static final String BINARY_CONTENT = "binaryContent";

  /** Rejection reason of a page that holds no HTML: JSON, a feed or sitemap, or text without a tag ({@link HtmlContent}). */
  public static final String NOT_HTML_CONTENT = "notHtmlContent";

  private static final Pattern JSONLD_PUBLISHER =
      Pattern.compile("\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]{1,200})\"");

  /**
   * The page's canonical link, {@code og:url} and {@code og:site_name}, looked up in the page's
   * {@link PageIndex} rather than by a walk of the page each.
   */
  private static final Evaluator CANONICAL_LINK = PageIndex.query("link[rel=canonical][href]");

  private static final Evaluator OG_URL = PageIndex.query("meta[property=og:url][content]");

  private static final Evaluator OG_SITE_NAME = PageIndex.query("meta[property=og:site_name][content]");

  /** Site names of other metadata, used only when they name the page's host. */
  private static final Evaluator APPLICATION_NAME = PageIndex.query("meta[name~=(?i)^application-name$][content]");

  private static final Evaluator DC_PUBLISHER = PageIndex.query("meta[name~=(?i)^dc\\.publisher$][content]");

  /** What {@code String.split("\n\n")} would compile on every call (a two-char pattern takes no fast path). */
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\n");

  private final int minTextChars;
  /** The shortest body this extractor reports as an article's ({@link #tooShort}): its own, or the keeping extractor's. */
  private final int judgedMinTextChars;
  private final ExtractionLimits limits;

  public ArticleExtractor() {
    this(DEFAULT_MIN_TEXT_CHARS);
  }

  /** An extractor that drops pages whose body has fewer than {@code minTextChars} characters. */
  public ArticleExtractor(int minTextChars) {
    this(minTextChars, ExtractionLimits.DEFAULT);
  }

  /** An extractor with its own guards against pathological pages. */
  public ArticleExtractor(int minTextChars, ExtractionLimits limits) {
    this(minTextChars, minTextChars, limits);
  }

  private ArticleExtractor(int minTextChars, int judgedMinTextChars, ExtractionLimits limits) {
    if (minTextChars < 0) {
      throw new IllegalArgumentException("minTextChars must not be negative, was " + minTextChars);
    }
    if (limits == null) {
      throw new IllegalArgumentException("limits must not be null");
    }
    this.minTextChars = minTextChars;
    this.judgedMinTextChars = judgedMinTextChars;
    this.limits = limits;
  }

  /**
   * This extractor keeping every page, however short its body: a date benchmark asks for the date of
   * every page, article or not. {@link #tooShort} still says which pages this one would drop.
   */
  public ArticleExtractor keepingShortPages() {
    return new ArticleExtractor(0, minTextChars, limits);
  }

  /** Whether this extractor drops the page of {@code extracted} as {@code notArticle}: its body is too short. */
  public boolean tooShort(Extraction.Extracted extracted) {
    return extracted.article().getText().length() < shortest(judgedMinTextChars, extracted.markedArticle());
  }

  private boolean tooShort(CharSequence text) {
    return text.length() < judgedMinTextChars;
  }

  /** The shortest body of an article: a fifth of the usual for a body the page marks as its dated article. */
  private static int shortest(int minTextChars, boolean markedArticle) {
    return markedArticle ? minTextChars / MARKED_ARTICLE_DIVISOR : minTextChars;
  }

  /**
   * Extracts the article of {@code page}. A page over the {@link ExtractionLimits} is dropped as
   * {@code tooComplex} or {@code extractTimeout} (a rejection), never left to hold the worker.
   */
  public Extraction extract(Page page) {
    ExtractionLimits.Budget budget = limits.start();
    try {
      byte[] body = bytes(page.getBody());
      PageDecoder.Decoded decoded = PageDecoder.decode(body, page.getContentType());
      String notText = PageDecoder.notText(decoded.text());
      if (notText != null) {
        return new Extraction.Dropped(BINARY_CONTENT, notText, false);
      }
      PageGuard.checkText(decoded.text(), limits);
      if (page.getFormat() == PageFormat.TEXT && !ArchiveReader.looksLikeHtml(body)) {
        return fromText(page, decoded); // a .txt file that holds an HTML document is read as one
      }
      String notHtml = HtmlContent.notHtml(decoded.text());
      if (notHtml != null) {
        return new Extraction.Dropped(NOT_HTML_CONTENT, notHtml, false);
      }
      Document doc = PageGuard.parse(HtmlContent.withoutLeadingDiagnostics(decoded.text()), page.getUrl(), limits, budget);
      return fromHtml(page, doc, decoded.charset(), budget);
    } catch (ExtractionLimits.Exceeded e) {
      return new Extraction.Dropped(e.reason(), e.getMessage(), false);
    }
  }

  private Extraction fromHtml(Page page, Document doc, String charset, ExtractionLimits.Budget budget) {
    Extraction.Dropped errorPage = ErrorPages.of(doc);
    if (errorPage != null) {
      return errorPage;
    }
    String canonical = canonicalUrl(doc);
    String url = page.getUrlFromPath() && canonical != null ? canonical : page.getUrl();
    String site = Sites.site(url);
    String sourceName = sourceName(doc, site);
    String title = Titles.of(doc, sourceName, site);
    if (sourceName == null) {
      // the <title>'s tail that names the host: the title's own rules already strip it
      sourceName = Titles.siteNameOfTitle(doc.title(), site);
    }
    List<String> authors = Authors.of(doc);
    DateText.Window window = dateWindow(page);
    Optional<CreditLine> credit = CreditLine.find(doc, window);
    Optional<PublicationDate> date = PublicationDate.find(doc, url, window);
    if (date.isEmpty() && credit.map(c -> c.date() == null).orElse(true)) {
      date = RelativeDate.find(doc, page.getCrawledAt()); // "il y a 3 heures", counted back from the capture
    }
    budget.checkNow();
    String text = dropCreditLines(MainText.extract(doc, title, budget).text());
    // a short body may still be an article: an aggregator's one-paragraph excerpt, a news brief,
    // when it lies in the page's own <article> with its headline and the page is dated
    boolean markedArticle =
        tooShort(text) && (date.isPresent() || credit.map(c -> c.date() != null).orElse(false))
            && MainText.liesInHeadlinedArticle(doc, text);
    if (text.length() < minTextChars && !markedArticle) {
      Document scripted = ScriptBody.of(doc, minTextChars);
      if (scripted != null) {
        text = dropCreditLines(MainText.extract(scripted, title, budget).text()); // a client-rendered page
      }
    }
    Extraction.Dropped signIn = ErrorPages.signInForm(doc, text);
    if (signIn != null) {
      return signIn;
    }
    // the page's own <html> comes first in page order; only without a lang is the rest searched (once)
    Element root = doc.firstElementChild();
    Element html = root != null && root.nameIs("html") && root.hasAttr("lang") ? root : doc.selectFirst("html[lang]");
    String htmlLang = html == null ? null : html.attr("lang");
    return build(page, url, canonical, site, sourceName, title, authors,
        credit, date, text, htmlLang, charset, markedArticle);
  }

  private Extraction fromText(Page page, PageDecoder.Decoded decoded) {
    TextDump dump = TextDump.read(decoded.text());
    String text = cleanBody(dump.body());
    return build(page, page.getUrl(), null, Sites.site(page.getUrl()), null, dump.title(), List.of(),
        dump.credit(), Optional.empty(), text, null, decoded.charset(), false);
  }

  private Extraction build(
      Page page,
      String url,
      String canonical,
      String site,
      String sourceName,
      String title,
      List<String> authors,
      Optional<CreditLine> credit,
      Optional<PublicationDate> date,
      String text,
      String htmlLang,
      String charset,
      boolean markedArticle) {
    text = TextForm.of(text);
    title = TextForm.of(title);
    int shortest = shortest(minTextChars, markedArticle);
    if (text.length() < shortest) {
      return new Extraction.Dropped(
          "notArticle",
          "main text has " + text.length() + " characters, fewer than " + shortest
              + (markedArticle ? " (the shortest body of a dated page's headlined <article>)" : ""),
          false);
    }
    String source = site;
    // a credit to the site itself (its print issue, another of its editions) gives a day, not another publisher
    if (credit.isPresent() && !CreditLine.namesTheSite(credit.get().publisher(), sourceName, site)) {
      source = Sites.slug(credit.get().publisher());
      sourceName = credit.get().publisher();
    }
    LocalDate day = null;
    Instant instant = null;
    String dateSource = null;
    if (credit.isPresent() && credit.get().date() != null) {
      day = credit.get().date();
      dateSource = "credit";
    } else if (date.isPresent()) {
      day = date.get().date();
      instant = date.get().instant();
      dateSource = date.get().source();
    } else if (page.getCrawledAt() != null) {
      day = LocalDate.ofInstant(page.getCrawledAt(), ZoneOffset.UTC);
      dateSource = "crawl";
    }
    String language = TextLanguage.shared().of(text, htmlLang);
    if (language == null && htmlLang != null && htmlLang.length() >= 2) {
      language = htmlLang.substring(0, 2).toLowerCase(Locale.ROOT);
    }
    String id = Digests.hex128(url, page.getCaptureId());
    Article article =
        Article.newBuilder()
            .setId(id)
            .setUrl(url)
            .setCanonicalUrl(canonical)
            .setSite(site)
            .setSource(source)
            .setSourceName(sourceName)
            .setTitle(title)
            .setText(text)
            .setAuthors(authors)
            .setPublishedDate(day)
            .setPublishedAt(instant)
            .setDateSource(dateSource)
            .setLanguage(language)
            .setCrawledAt(page.getCrawledAt())
            .setInputUri(page.getInputUri())
            .setInputOffset(page.getInputOffset())
            .setContentHash(TextNormalizer.contentHash(text))
            .setStoryId(id)
            .setIsCanonical(true)
            .setDuplicateOf(null)
            .setSimilarity(null)
            .setStorySize(1)
            .setCharset(charset)
            .setTruncated(page.getTruncated())
            .build();
    return new Extraction.Extracted(article, markedArticle && tooShort(text));
  }

  /**
   * Drops the body paragraphs that are an aggregator's furniture rather than the article: its credit
   * line ("Publié dans X le …"), "read more" and report-notice lines ({@link Boilerplate}).
   */
  static String cleanBody(String text) {
    return dropCreditLines(text, true);
  }

  /** Drops credit-line paragraphs of a body whose furniture lines {@link MainText} already dropped. */
  private static String dropCreditLines(String text) {
    return dropCreditLines(text, false);
  }

  private static String dropCreditLines(String text, boolean furnitureToo) {
    List<String> kept = new ArrayList<>();
    boolean dropped = false;
    for (String paragraph : PARAGRAPH_BREAK.split(text)) {
      String p = paragraph.trim();
      if (p.isEmpty()
          || (furnitureToo && Boilerplate.isFurnitureLine(p))
          || (p.length() <= Boilerplate.MAX_FURNITURE_LINE && CreditLine.find(p).isPresent())) {
        dropped = true;
        continue;
      }
      kept.add(p);
    }
    return dropped ? String.join("\n\n", kept) : text;
  }

  private static String canonicalUrl(Document doc) {
    Element link = PageIndex.of(doc).select("link", CANONICAL_LINK).first();
    String href = link == null ? "" : link.absUrl("href");
    if (href.isEmpty()) {
      Element og = PageIndex.of(doc).select("meta", OG_URL).first();
      href = og == null ? "" : og.attr("abs:content");
      if (href.isEmpty() && og != null) {
        href = og.attr("content");
      }
    }
    return href.startsWith("http://") || href.startsWith("https://") ? href : null;
  }

  /**
   * The publisher's name: {@code og:site_name}, else the JSON-LD publisher's name, else an {@code
   * application-name} or {@code DC.publisher} meta tag that names the page's host ("Nature" on
   * nature.com, "La Vie des idées" on laviedesidees.fr). Those two also hold an app's or a
   * person's name, or a headline (msn.com's application-name), so only the host confirms them.
   * When none names the publisher, the {@code <title>}'s tail that names the host does ({@link
   * Titles#siteNameOfTitle}: "… – Antary" on www.antary.de), after the title is taken.
   */
  private static String sourceName(Document doc, String host) {
    String og = content(doc, OG_SITE_NAME);
    if (og != null) {
      return og;
    }
    String publisher = jsonLdPublisher(doc);
    if (publisher != null) {
      return publisher;
    }
    for (Evaluator query : new Evaluator[] {APPLICATION_NAME, DC_PUBLISHER}) {
      String name = content(doc, query);
      if (name != null && Titles.isSiteName(name, null, host)) {
        return name;
      }
    }
    return null;
  }

  /** The name of the first publisher in the page's JSON-LD, or null. */
  private static String jsonLdPublisher(Document doc) {
    for (Element script : PageIndex.of(doc).select("script", PageIndex.JSON_LD)) {
      Matcher m = JSONLD_PUBLISHER.matcher(script.data());
      if (m.find()) {
        return m.group(1).trim();
      }
    }
    return null;
  }

  /** The trimmed {@code content} of the first {@code <meta>} that {@code query} matches, or null when blank. */
  private static String content(Document doc, Evaluator query) {
    Element meta = PageIndex.of(doc).select("meta", query).first();
    String value = meta == null ? "" : MainText.normalizeSpace(meta.attr("content"));
    return value.isEmpty() ? null : value;
  }

  /**
   * Publication dates may fall from 1995 to the day after the crawl (a page in a time zone ahead
   * of UTC may already be dated tomorrow); a dump file has no crawl, so today bounds it.
   */
  private static DateText.Window dateWindow(Page page) {
    LocalDate crawled =
        page.getCrawledAt() == null
            ? LocalDate.now(ZoneOffset.UTC)
            : LocalDate.ofInstant(page.getCrawledAt(), ZoneOffset.UTC);
    return DateText.Window.until(crawled.plusDays(1));
  }

  /** The payload's bytes: its backing array when it is exactly that, else a copy. */
  private static byte[] bytes(ByteBuffer buffer) {
    if (buffer.hasArray() && buffer.arrayOffset() == 0 && buffer.position() == 0
        && buffer.remaining() == buffer.array().length) {
      return buffer.array();
    }
    ByteBuffer b = buffer.duplicate();
    byte[] out = new byte[b.remaining()];
    b.get(out);
    return out;
  }
}
