package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newscorpus.read.PageDecoderTest;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.PageFormat;

class ArticleExtractorTest {

  static Page page(String url, PageFormat format, byte[] body, boolean urlFromPath) {
    return Page.newBuilder()
        .setUrl(url)
        .setInputUri("test://" + url)
        .setInputOffset(urlFromPath ? null : 0L)
        .setCaptureId("capture")
        .setUrlFromPath(urlFromPath)
        .setCrawledAt(urlFromPath ? null : Instant.parse("2025-12-01T00:00:00Z"))
        .setContentType(format == PageFormat.HTML ? "text/html" : null)
        .setFormat(format)
        .setBody(ByteBuffer.wrap(body))
        .build();
  }

  static byte[] resource(String path) throws IOException {
    try (InputStream in = ArticleExtractorTest.class.getResourceAsStream(path)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aggregatorPageGivesBodyTitleAndTheCreditedPublisher() throws IOException {
    Extraction e =
        new ArticleExtractor()
            .extract(page("https://fr.maghress-like.com/maghreb-wire/108022", PageFormat.HTML,
                resource("/pages/maghress-aggregator.html"), false));
    Article a = assertInstanceOf(Extraction.Extracted.class, e).article();
    assertEquals("Regular physical activity can boost mood", a.getTitle());
    assertEquals("fr.maghress-like.com", a.getSite());
    assertEquals("maghreb-wire", a.getSource(), "the credit line names the publisher");
    assertEquals(LocalDate.of(2025, 11, 8), a.getPublishedDate());
    assertEquals("credit", a.getDateSource());
    assertEquals("en", a.getLanguage());
    assertEquals(List.of("Rédaction"), a.getAuthors());
    assertTrue(a.getText().startsWith("Exercising regularly can improve symptoms"));
    assertTrue(a.getText().endsWith("deserves renewed focus."), a.getText());
    assertFalse(a.getText().contains("Cliquez ici"), "read-more line dropped");
    assertFalse(a.getText().contains("Living in a Tiny House"), "most-read box dropped");
    assertFalse(a.getText().contains("Great piece"), "comments dropped");
    assertEquals(4, a.getText().split("\n\n").length, "paragraphs separated by a blank line");
    assertTrue(a.getIsCanonical());
    assertEquals(a.getId(), a.getStoryId());
    assertNull(a.getTruncated(), "a whole capture");
  }

  @Test
  void anArticleSaysWhyItsPagesCaptureIsIncomplete() throws IOException {
    for (String why : List.of("length", "httpBody", "contentEncoding")) {
      Page cut = Page.newBuilder(page("https://fr.maghress-like.com/maghreb-wire/108022", PageFormat.HTML,
          resource("/pages/maghress-aggregator.html"), false)).setTruncated(why).build();
      assertEquals(why, assertInstanceOf(Extraction.Extracted.class, new ArticleExtractor().extract(cut)).article()
          .getTruncated());
    }
    Page dump = page("file:///seed.txt", PageFormat.TEXT, resource("/pages/panorapost-seed.txt"), true);
    assertNull(assertInstanceOf(Extraction.Extracted.class, new ArticleExtractor().extract(dump)).article()
        .getTruncated(), "a dump file");
  }

  @Test
  void anImageServedAsHtmlOrADumpOfRandomBytesIsRejectedAsBinary() throws Exception {
    byte[] jpeg = PageDecoderTest.wgetImages().get("http://archive.org/images/logoc.jpg");
    Extraction.Dropped image = assertInstanceOf(Extraction.Dropped.class,
        new ArticleExtractor().extract(page("http://archive.org/images/logoc.jpg", PageFormat.HTML, jpeg, false)));
    assertEquals(ArticleExtractor.BINARY_CONTENT, image.reason());
    assertFalse(image.skip(), "a rejection, written with its excerpt");
    assertTrue(image.message().startsWith("binary data, not text: "), image.message());

    byte[] random = new byte[5000];
    new Random(7).nextBytes(random);
    Extraction.Dropped dump = assertInstanceOf(Extraction.Dropped.class,
        new ArticleExtractor().extract(page("file:///dumps/page.txt", PageFormat.TEXT, random, true)));
    assertEquals(ArticleExtractor.BINARY_CONTENT, dump.reason());
  }

  @Test
  void aTextDumpThatHoldsAnHtmlDocumentIsReadAsHtml() throws IOException {
    Extraction e = new ArticleExtractor().extract(
        page("file:///dumps/fr.maghress-like.com/108022.txt", PageFormat.TEXT, resource("/pages/maghress-aggregator.html"), true));
    Article a = assertInstanceOf(Extraction.Extracted.class, e).article();
    assertEquals("Regular physical activity can boost mood", a.getTitle());
    assertFalse(a.getText().contains("<"), a.getText());
  }

  @Test
  void titleAndTextComeWithoutLineBreakHintsAndComposed() {
    String para = "Die Bundesministerin hat am 27. November in Berlin die teilnehmenden 18 Landkreise beim Projekt"
        + " \"Hauptamt stärkt Ehrenamt\" bekannt gegeben. Sie sollen ihre Erfahrungen mit anderen Regionen teilen.";
    String html = "<html lang='de'><head><meta property='og:title' content='Schulze: Deutsch&shy;land steht fest an"
        + " der Seite des Welt&shy;ernährungs&shy;programms'></head><body><article>"
        + "<p>" + para + "</p><p>" + para.replace("ä", "a\u0308") + "</p></article></body></html>";
    Article a = assertInstanceOf(Extraction.Extracted.class, new ArticleExtractor().extract(
        page("https://www.bmz.de/de/aktuelles/schulze", PageFormat.HTML, html.getBytes(StandardCharsets.UTF_8), false)))
        .article();
    assertEquals("Schulze: Deutschland steht fest an der Seite des Welternährungsprogramms", a.getTitle());
    assertEquals(para + "\n\n" + para, a.getText(), "an editor's decomposed \"ä\" is the \"ä\" of the paragraph before");
  }

  @Test
  void aStoryThatReportsAPublicationKeepsItsOwnPublisherDateAndSentence() {
    String decree = "Le décret, publié dans le Bulletin officiel le 12 mars 2021, fixe les nouvelles règles du marché.";
    String html = "<html lang='fr'><head><meta property='og:site_name' content='Le Journal'>"
        + "<meta property='article:published_time' content='2021-03-15T09:00:00+01:00'></head><body><article>"
        + "<h1>Importations : ce qui change pour les entreprises</h1>"
        + "<p>Les importateurs marocains devront déclarer leurs marchandises en ligne à partir du mois prochain, a annoncé"
        + " lundi l'administration des douanes dans un communiqué.</p><p>" + decree + "</p>"
        + "<p>Les entreprises auront trois mois pour adapter leurs systèmes, selon le texte, qui prévoit aussi des"
        + " amendes pour les retardataires.</p></article></body></html>";
    Article a = assertInstanceOf(Extraction.Extracted.class, new ArticleExtractor().extract(
        page("https://www.lejournal.ma/economie/importations", PageFormat.HTML, html.getBytes(StandardCharsets.UTF_8), false)))
        .article();
    assertEquals("lejournal.ma", a.getSource(), "the Bulletin officiel is reported, not credited");
    assertEquals(LocalDate.of(2021, 3, 15), a.getPublishedDate());
    assertEquals("meta", a.getDateSource());
    assertTrue(a.getText().contains(decree), a.getText());
  }

  /**
   * An editor's note names where an article first ran: another publisher (salon.com's "This post
   * originally appeared on Grist", trafilatura's set), or the site's own edition or print issue
   * (vice.com's "VICE US", emotion.de's "der EMOTION 10/22"), which keeps the site its publisher.
   */
  @Test
  void aCreditToTheSitesOwnEditionKeepsTheSiteItsPublisher() {
    String body = "<p>Emissions in the United States fell by 2.1 percent last year, according to a preliminary estimate"
        + " released on Tuesday, as coal plants kept closing across the country.</p><p>The decline came despite a growing"
        + " economy, analysts said, and was driven almost entirely by the power sector.</p>";
    Article grist = extracted("https://www.salon.com/2020/01/10/emissions", "Salon",
        "<p><i>This post originally appeared on Grist.</i></p>" + body);
    assertEquals("grist", grist.getSource());
    assertEquals("Grist", grist.getSourceName());
    Article vice = extracted("https://www.vice.com/en/article/amazon", "Vice",
        "<p><i>This article originally appeared on VICE US.</i></p>" + body);
    assertEquals("vice.com", vice.getSource());
    assertEquals("Vice", vice.getSourceName());
    Article emotion = extracted("https://www.emotion.de/psychologie-partnerschaft/selfcare", null,
        "<p><em>Dieser Artikel erschien zuerst in der EMOTION 10/22.</em></p>" + body);
    assertEquals("emotion.de", emotion.getSource());
  }

  /** A page with no og:site_name and no JSON-LD publisher: its <title> names it (tagesspiegel.de in htmldate's set). */
  @Test
  void theTitlesTailNamesThePublisherWhenNothingElseDoes() {
    String html = "<html><head><title>Berlins Verkehrswende: Die Radwege kommen - Tagesspiegel</title></head><body><article>"
        + "<h1>Berlins Verkehrswende: Die Radwege kommen</h1><p>Der Senat hat am Dienstag beschlossen, bis zum Ende des Jahres"
        + " zwanzig Kilometer neuer Radwege in den Außenbezirken zu bauen, wie die Verkehrsverwaltung mitteilte.</p><p>Die"
        + " Bezirke sollen die Planung übernehmen, der Senat stellt dafür zusätzliche Mittel aus dem Haushalt bereit.</p>"
        + "</article></body></html>";
    Extraction e = new ArticleExtractor(100).extract(
        page("https://www.tagesspiegel.de/berlin/radwege-123.html", PageFormat.HTML, html.getBytes(StandardCharsets.UTF_8), false));
    Article a = ((Extraction.Extracted) e).article();
    assertEquals("Tagesspiegel", a.getSourceName());
    assertEquals("tagesspiegel.de", a.getSource());
    assertEquals("Berlins Verkehrswende: Die Radwege kommen", a.getTitle());
  }

  /** albayan.ae's "Source: (Abu Dhabi - Al Bayan)" (htmldate's set): the dateline's place, then the paper. */
  @Test
  void aCreditToThePlaceAndTheSiteKeepsTheSiteItsPublisher() {
    Article bayan = extracted("https://www.albayan.ae/across-the-uae/news-and-reports/2020-06-03-1.3874341", "البيان",
        "<div class='source'><span class='label'>المصدر:</span><ul><li>(أبوظبي - البيان)</li></ul></div>"
            + "<p>ثمّن أحمد ساير داودزي، القائم بأعمال السفارة الأفغانية لدى الدولة، جهود الإمارات وتعاملها مع فيروس كورونا"
            + " المستجد، إذ قدمت كل التسهيلات للمقيمين على أرضها خلال الأزمة.</p><p>ودعا داودزي أبناء الجالية الأفغانية في"
            + " الإمارات إلى ضرورة الالتزام التام بالإجراءات الاحترازية التي تتخذها الدولة للحد من انتشار الفيروس.</p>");
    assertEquals("albayan.ae", bayan.getSource());
    assertEquals("البيان", bayan.getSourceName());
  }

  /** A page that dates itself only relative to the visit: the day is counted back from the capture (2025-12-01). */
  @Test
  void aRelativeDateIsCountedBackFromTheCapture() {
    String html = "<html lang='fr'><head><meta property='og:site_name' content='Le Site'></head><body><article>"
        + "<h1>Tanger inaugure sa ligne de bus électriques</h1><div class='meta'><span class='date'>il y a 3 jours</span></div>"
        + "<p>La ville du Détroit a inauguré sa première ligne de bus entièrement électriques, en présence du wali de la"
        + " région et des élus de la commune.</p><p>Le réseau comptera trente bus électriques d'ici la fin de l'année, selon"
        + " la société délégataire.</p></article></body></html>";
    Article a = assertInstanceOf(Extraction.Extracted.class, new ArticleExtractor().extract(
        page("https://www.lesite.ma/tanger-bus", PageFormat.HTML, html.getBytes(StandardCharsets.UTF_8), false))).article();
    assertEquals(LocalDate.of(2025, 11, 28), a.getPublishedDate());
    assertEquals("text", a.getDateSource());
    assertNull(a.getPublishedAt());
  }

  private static Article extracted(String url, String siteName, String articleHtml) {
    String html = "<html lang='en'><head>" + (siteName == null ? "" : "<meta property='og:site_name' content='" + siteName + "'>")
        + "</head><body><article><h1>US emissions dipped in 2019</h1>" + articleHtml + "</article></body></html>";
    return assertInstanceOf(Extraction.Extracted.class,
        new ArticleExtractor().extract(page(url, PageFormat.HTML, html.getBytes(StandardCharsets.UTF_8), false))).article();
  }

  @Test
  void anApplicationNameOrDublinCorePublisherThatNamesTheHostIsTheSourceName() {
    String body = "<p>Le secteur de la relation client emploie désormais plus de 130.000 personnes au Maroc, selon la"
        + " fédération, qui table sur une croissance de 8% par an.</p><p>Les opérateurs, installés à Casablanca, Rabat et"
        + " Fès, misent sur l'intelligence artificielle, mais aussi sur la formation de leurs équipes.</p>";
    assertEquals("Médias24", sourceNameOf("https://medias24.com/2021/02/17/relation-client",
        "<meta name='application-name' content='Médias24'>", body));
    assertEquals("La Vie des idées", sourceNameOf("https://laviedesidees.fr/relation-client.html",
        "<meta name='DC.publisher' content='La Vie des idées'>", body));
    // a headline, an app or a person in those tags names no host
    assertNull(sourceNameOf("https://www.msn.com/fr-fr/actualite/relation-client",
        "<meta name='application-name' content='Le Maroc franchit un cap dans la relation client'>", body));
    assertNull(sourceNameOf("https://jan-grosser.de/relation-client", "<meta name='dc.publisher' content='Jan'>", body));
    // og:site_name comes first
    assertEquals("Le Blog Info", sourceNameOf("https://lebloginfo.ma/relation-client",
        "<meta property='og:site_name' content='Le Blog Info'><meta name='application-name' content='LBI'>", body));
  }

  private static String sourceNameOf(String url, String head, String body) {
    String html = "<html lang='fr'><head>" + head + "</head><body><article><h1>Le Maroc franchit un cap dans la relation"
        + " client</h1>" + body + "</article></body></html>";
    return assertInstanceOf(Extraction.Extracted.class,
        new ArticleExtractor().extract(page(url, PageFormat.HTML, html.getBytes(StandardCharsets.UTF_8), false)))
        .article().getSourceName();
  }

  @Test
  void aFrenchWordPressBylineNamesTheWriterNotAPublisher() {
    String html = "<html lang='fr'><head><meta property='og:site_name' content='Le Blog Info'></head><body><article>"
        + "<h1>Le Maroc franchit un cap dans la relation client</h1>"
        + "<div class='meta'>Publié par Mohamed Amine le 17/02/2021</div>"
        + "<p>Le secteur de la relation client emploie désormais plus de 130.000 personnes au Maroc, selon la fédération,"
        + " qui table sur une croissance de 8% par an.</p><p>Les opérateurs, installés à Casablanca, Rabat et Fès, misent"
        + " sur l'intelligence artificielle, mais aussi sur la formation de leurs équipes.</p></article></body></html>";
    Article a = assertInstanceOf(Extraction.Extracted.class, new ArticleExtractor().extract(
        page("https://lebloginfo.ma/2021/02/relation-client", PageFormat.HTML, html.getBytes(StandardCharsets.UTF_8), false)))
        .article();
    assertEquals("lebloginfo.ma", a.getSource());
    assertEquals("Le Blog Info", a.getSourceName());
    assertEquals(List.of("Mohamed Amine"), a.getAuthors());
    assertEquals(LocalDate.of(2021, 2, 17), a.getPublishedDate());
  }

  @Test
  void seedTextDumpGivesTitleCreditDateAndBody() throws IOException {
    Extraction e =
        new ArticleExtractor()
            .extract(page("file:///seed.txt", PageFormat.TEXT, resource("/pages/panorapost-seed.txt"), true));
    Article a = assertInstanceOf(Extraction.Extracted.class, e).article();
    assertEquals("L'Otan prépare un \"reset\" de l'Alliance après l'arrivée de Biden", a.getTitle());
    assertEquals("PanoraPost", a.getSourceName());
    assertEquals("panorapost", a.getSource());
    assertEquals(LocalDate.of(2021, 2, 17), a.getPublishedDate());
    assertEquals("fr", a.getLanguage());
    assertTrue(a.getText().startsWith("Désengagement américain en Afghanistan"));
    assertTrue(a.getText().endsWith("a-t-on averti de source diplomatique."));
  }

  @Test
  void shortPageIsNotAnArticle() {
    Extraction e =
        new ArticleExtractor()
            .extract(page("https://x.com/", PageFormat.HTML,
                "<html><body><nav>Home</nav><p>Welcome!</p></body></html>".getBytes(StandardCharsets.UTF_8), false));
    Extraction.Dropped d = assertInstanceOf(Extraction.Dropped.class, e);
    assertEquals("notArticle", d.reason());
    assertFalse(d.skip());
  }

  /** An aggregator's excerpt page: one paragraph in the headlined article, dated or not, beside a "most read" box. */
  private static Extraction excerpt(String dateLine, String body) {
    String html = "<html lang='fr'><head><title>Le Maroc franchit un cap | Regional Times</title></head><body>"
        + "<main><article><h1>Le Maroc franchit un cap</h1>" + dateLine + "<div class='article-body'><p>" + body + "</p></div>"
        + "<p class='readmore'><a href='https://lematin.example.ma/relation-client'>Lire la suite</a></p></article>"
        + "<aside><h3>Les plus lus</h3><p>Les opérateurs, installés à Casablanca, Rabat et Fès, misent sur l'intelligence"
        + " artificielle, mais aussi sur la formation de leurs équipes, pour monter en gamme.</p></aside></main></body></html>";
    return new ArticleExtractor().extract(
        page("https://regionaltimes.example/relation-client", PageFormat.HTML, html.getBytes(StandardCharsets.UTF_8), false));
  }

  @Test
  void aDatedOneParagraphExcerptInItsHeadlinedArticleIsAShortArticle() {
    String lead = "Le secteur de la relation client emploie désormais plus de 130.000 personnes au Maroc.";
    Extraction e = excerpt("<time datetime='2025-11-05T10:00:00Z'>5 novembre 2025</time>", lead);
    Extraction.Extracted x = assertInstanceOf(Extraction.Extracted.class, e);
    assertEquals(lead, x.article().getText());
    assertEquals(LocalDate.of(2025, 11, 5), x.article().getPublishedDate());
    assertTrue(x.markedArticle());
    assertFalse(new ArticleExtractor().tooShort(x));
    // an extractor that keeps every page says the same of it, and a stricter one drops it
    Extraction.Extracted kept =
        assertInstanceOf(Extraction.Extracted.class, new ArticleExtractor().keepingShortPages().extract(
            page("https://regionaltimes.example/relation-client", PageFormat.HTML, excerptHtmlFor(lead), false)));
    assertFalse(new ArticleExtractor().keepingShortPages().tooShort(kept));
    assertTrue(new ArticleExtractor(500).keepingShortPages().tooShort(kept));
  }

  private static byte[] excerptHtmlFor(String lead) {
    return ("<html lang='fr'><body><main><article><h1>Le Maroc franchit un cap</h1>"
        + "<time datetime='2025-11-05T10:00:00Z'>5 novembre 2025</time><p>" + lead + "</p></article></main></body></html>")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aShortBodyWithoutADateOrBelowAFifthOfTheShortestIsNoArticle() {
    String lead = "Le secteur de la relation client emploie désormais plus de 130.000 personnes au Maroc.";
    Extraction.Dropped undated = assertInstanceOf(Extraction.Dropped.class, excerpt("", lead));
    assertEquals("notArticle", undated.reason());
    assertEquals("main text has 86 characters, fewer than 200", undated.message());
    Extraction.Dropped tiny =
        assertInstanceOf(Extraction.Dropped.class, excerpt("<time datetime='2025-11-05T10:00:00Z'>5 novembre 2025</time>", "Un incendie ravage un souk de Fès."));
    assertEquals("notArticle", tiny.reason());
    assertEquals("main text has 34 characters, fewer than 40 (the shortest body of a dated page's headlined <article>)", tiny.message());
  }

  @Test
  void dumpPageTakesItsCanonicalUrl() throws IOException {
    Article a =
        assertInstanceOf(Extraction.Extracted.class,
                new ArticleExtractor()
                    .extract(page("https://fr.maghress-like.com/from-path", PageFormat.HTML,
                        resource("/pages/maghress-aggregator.html"), true)))
            .article();
    assertEquals("https://fr.maghress-like.com/maghreb-wire/108022", a.getUrl());
    assertEquals(null, a.getCrawledAt());
  }

  @Test
  void aPageOfOneHundredThousandNestedDivsIsRejectedAsTooComplex() {
    byte[] html = PageGuardTest.nestedDivs(100_000).getBytes(StandardCharsets.UTF_8);
    Extraction.Dropped d =
        assertInstanceOf(Extraction.Dropped.class, new ArticleExtractor().extract(page("https://x.com/deep", PageFormat.HTML, html, false)));
    assertEquals("tooComplex", d.reason());
    assertFalse(d.skip(), "a rejection, written with its reason");
  }

  @Test
  void aPageWithOneThirtyMegabyteTextNodeIsRejectedAsTooComplex() {
    byte[] html = ("<html><body><p>" + "x".repeat(30_000_000) + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
    Extraction.Dropped d =
        assertInstanceOf(Extraction.Dropped.class, new ArticleExtractor().extract(page("https://x.com/big", PageFormat.HTML, html, false)));
    assertEquals("tooComplex", d.reason());
  }

  @Test
  void aPageOverItsTimeBudgetIsRejectedAsExtractTimeout() throws IOException {
    ExtractionLimits limits = new ExtractionLimits(java.time.Duration.ofNanos(1), 60_000, 400, 8_000_000);
    Extraction.Dropped d =
        assertInstanceOf(Extraction.Dropped.class,
            new ArticleExtractor(200, limits)
                .extract(page("https://fr.maghress-like.com/maghreb-wire/108022", PageFormat.HTML,
                    resource("/pages/maghress-aggregator.html"), false)));
    assertEquals("extractTimeout", d.reason());
  }

  @Test
  void creditAndReadMoreParagraphsAreNotBody() {
    assertEquals("Le texte.\n\nLa suite.",
        ArticleExtractor.cleanBody("Publié dans PanoraPost le 17 - 02 - 2021\n\nLe texte.\n\nLire aussi : autre chose"
            + "\n\nLa suite.\n\nCliquez ici pour lire l'article depuis sa source."));
  }
}
