package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newscorpus.evaluate.ExtractionEvaluator;

class PublicationDateTest {

  private static final DateText.Window UNTIL_2026 = DateText.Window.until(LocalDate.of(2026, 1, 1));
  private static final DateText.Window UNTIL_2027 = DateText.Window.until(LocalDate.of(2027, 1, 1));

  private static PublicationDate find(String html, String url) {
    return find(html, url, UNTIL_2026);
  }

  private static PublicationDate find(String html, String url, DateText.Window window) {
    return PublicationDate.find(Jsoup.parse(html, url == null ? "" : url), url, window)
        .orElseThrow(() -> new AssertionError("no date in " + html));
  }

  @Test
  void theDateLineIsReadAfterEveryPublishedPhraseAndBeforeEveryUpdate() {
    for (String phrase :
        new String[] {
          "Published", "POSTED", "first published", "Publié", "Mis en ligne", "publicado", "Publicada",
          "Veröffentlicht", "erschienen", "publiziert", "geschrieben", "verfasst", "pubblicato", "gepubliceerd",
          "تاريخ النشر", "نشر في", "نشر بتاريخ",
        }) {
      assertEquals("3 mai 2013", PublicationDate.published("Par X, " + phrase + " le 3 mai 2013"), phrase);
      assertEquals(
          Optional.of(LocalDate.of(2013, 5, 3)),
          PublicationDate.fromPublishedPhrase(
                  "Le 1er juin 2012, rien. Par X, " + phrase + " le 3 mai 2013", DateText.Window.until(LocalDate.of(2026, 1, 1)), false)
              .map(PublicationDate::date),
          phrase);
    }
    // (?iu) matches the dotless ı as i
    assertEquals("3 mai 2013", PublicationDate.published("Par X, PUBLıSHED le 3 mai 2013"));
    for (String update :
        new String[] {
          "Updated", "modifié", "mis à jour", "MISE À JOUR", "actualizado", "aktualisiert", "geändert", "Änderung",
          "تحديث", "تم التحديث",
        }) {
      assertEquals("3 mai 2013 ", PublicationDate.published("3 mai 2013 " + update + " 4 mai 2013"), update);
      String after = PublicationDate.published("Le " + update + " 4 mai 2013"); // nothing dated before it
      assertTrue(after.endsWith(" 4 mai 2013") && !after.startsWith("Le"), update + ": " + after);
    }
    assertEquals("Le 3 mai 2013", PublicationDate.published("Le 3 mai 2013"));
  }

  /** The elements after the anchor in page order, then those before it, nearest first, by a walk of the whole page. */
  private static List<Element> nearestFirstByWalk(List<Element> elements, Element anchor) {
    List<Element> after = new ArrayList<>();
    List<Element> before = new ArrayList<>();
    boolean seen = false;
    for (Element e : anchor.ownerDocument().getAllElements()) {
      seen |= e == anchor;
      if (elements.contains(e)) {
        if (seen) {
          after.add(e);
        } else {
          before.add(0, e);
        }
      }
    }
    after.addAll(before);
    return after;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.newscorpus.extract.PageIndexTest#pages")
  void dateHintsAreOrderedFromTheHeadlineAsAWalkOfThePageOrdersThem(Path page) throws IOException {
    Document doc = Jsoup.parse(new String(ExtractionEvaluator.readMaybeGzipped(page), StandardCharsets.UTF_8), "https://example.com/");
    Elements all = doc.getAllElements();
    Elements hints = doc.select(PublicationDate.dateHints());
    Elements divs = doc.select("div, p");
    List<Element> anchors = new ArrayList<>();
    if (PublicationDate.headline(doc) != null) {
      anchors.add(PublicationDate.headline(doc));
    }
    for (int i = 0; i < all.size(); i += Math.max(1, all.size() / 15)) {
      anchors.add(all.get(i));
    }
    for (Element anchor : anchors) {
      assertEquals(nearestFirstByWalk(hints, anchor), PublicationDate.nearestFirst(hints, anchor), anchor.cssSelector());
      assertEquals(nearestFirstByWalk(divs, anchor), PublicationDate.nearestFirst(divs, anchor), anchor.cssSelector());
    }
  }

  @Test
  void datesNearestTheHeadlineComeFirstThenThoseAboveItUpwards() {
    Document doc =
        Jsoup.parse(
            "<div id=a class=date><p id=b class=date>x</p></div><section><h1 id=h>T</h1><p id=c class=date>y</p></section>"
                + "<div id=d class=date><span id=e class=date>z</span></div>");
    Elements hints = doc.select(".date");
    assertEquals(
        List.of("c", "d", "e", "b", "a"),
        PublicationDate.nearestFirst(hints, doc.getElementById("h")).stream().map(Element::id).toList());
    assertEquals(
        List.of("d", "e", "c", "b", "a"),
        PublicationDate.nearestFirst(hints, doc.getElementById("d")).stream().map(Element::id).toList(),
        "the anchor itself comes first");
  }

  @Test
  void everyDateClassWordHoldsAStemOfTheCheapPrecheck() {
    for (java.util.regex.Pattern p : new java.util.regex.Pattern[] {PublicationDate.DATE_CLASS, PublicationDate.DATE_CLASS_WORD}) {
      String words = p.pattern().replace("(^|[-_ ])(", "").replace(")([-_ ]|$)", "").replace("-?", "");
      for (String word : words.split("\\|")) {
        assertTrue(PublicationDate.DATE_CLASS_STEMS.stream().anyMatch(word::contains), word + " has no stem");
      }
    }
  }

  @Test
  void aDateLineIsFoundByItsClassAmongManyOtherClasses() {
    StringBuilder html = new StringBuilder("<html><body><h1>Titre</h1>");
    for (int i = 0; i < 50; i++) {
      html.append("<div class='block-").append(i).append("'>x</div>");
    }
    // without its class, the first date after the headline would be the story's 2012 one
    html.append("<p>Le 5 juin 2012, la ville votait.</p><div class='Entry-Meta'>3 mai 2013</div></body></html>");
    PublicationDate d = find(html.toString(), null);
    assertEquals(LocalDate.of(2013, 5, 3), d.date());
    assertEquals("text", d.source());
  }

  @Test
  void jsonLdDatePublishedComesFirstAndModifiedIsIgnored() {
    String html =
        "<html><head><meta property='article:published_time' content='2020-01-01T00:00:00Z'>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"dateModified\":\"2021-03-01\","
            + "\"datePublished\":\"2021-02-17T09:30:00+01:00\"}</script></head><body></body></html>";
    PublicationDate d = find(html, "https://x.com/a");
    assertEquals(LocalDate.of(2021, 2, 17), d.date());
    assertEquals(Instant.parse("2021-02-17T08:30:00Z"), d.instant());
    assertEquals("jsonld", d.source());
  }

  @Test
  void jsonLdInAGraphAndMalformedJsonLd() {
    assertEquals(LocalDate.of(2022, 5, 4),
        find("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebSite\"},{\"@type\":\"Article\",\"datePublished\":\"2022-05-04\"}]}</script>", null).date());
    assertEquals(LocalDate.of(2022, 5, 4),
        find("<script type='application/ld+json'>{\"@type\":\"Article\",\"datePublished\":\"2022-05-04\",,, broken</script>", null).date());
  }

  @Test
  void whenJsonLdMetaAndUrlDisagreeTheDateLineChoosesAmongThem() {
    // utopia.de: JSON-LD keeps the draft's day, article:published_time and the byline the publication's
    String head =
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-11-03T09:00:00+01:00\"}</script>"
            + "<meta property='article:published_time' content='2023-11-06T15:25:00+01:00'>";
    PublicationDate d = find(head + "<h1>T</h1><p class='byline author'>Von Katharina Schmidt 6. November 2023, 15:25 Uhr</p>", null);
    assertEquals(LocalDate.of(2023, 11, 6), d.date());
    assertEquals("meta", d.source());
    assertEquals(Instant.parse("2023-11-06T14:25:00Z"), d.instant());
    assertEquals(LocalDate.of(2023, 11, 3),
        find(head + "<h1>T</h1><p class='byline'>Von Katharina Schmidt 9. November 2023</p>", null).date(),
        "a date line that confirms neither leaves JSON-LD first");
    assertEquals(LocalDate.of(2017, 7, 12),
        find("<meta property='article:published_time' content='2019-06-17'><h1>T</h1><div class='date'>12. Juli 2017</div>",
            "https://www.befifty.de/home/2017/7/12/unter-uns").date(),
        "the URL is a witness too");
  }

  @Test
  void metaTagsInSeveralSpellings() {
    PublicationDate d = find("<meta property='article:published_time' content='2019-05-04T10:00:00+0200'>", null);
    assertEquals("meta", d.source());
    assertEquals(Instant.parse("2019-05-04T08:00:00Z"), d.instant());
    assertEquals(LocalDate.of(2019, 5, 4), find("<meta name='DC.date.issued' content='2019-05-04'>", null).date());
    assertEquals(LocalDate.of(2008, 6, 3), find("<meta name='pubdate' content='Tue, 3 Jun 2008 11:05:30 GMT'>", null).date());
    assertEquals(LocalDate.of(2019, 5, 4), find("<meta name='date' content='04.05.2019'>", null).date());
    assertEquals(LocalDate.of(2022, 11, 9),
        find("<meta name='cXenseParse:publishtime' content='2022-11-09T11:01:10-05:00'>", null).date());
  }

  @Test
  void aMetaTagNamedPublishedWithADateWrittenOutDatesThePage() {
    // splunk.com's blog: the day in words, and no other date in the metadata
    PublicationDate d = find("<meta name='published' content='July 17, 2025'><meta name='category' content='Learn'>"
        + "<h1>Data Analysis Tools</h1><p>No date in the text.</p>", null);
    assertEquals(LocalDate.of(2025, 7, 17), d.date());
    assertEquals("meta", d.source());
    assertEquals(LocalDate.of(2021, 3, 9),
        find("<meta property='og:publish_date' content='2021-03-09T08:00:00Z'>", null).date());
    assertEquals(LocalDate.of(2020, 1, 2),
        find("<meta name='shareaholic:article_published_time' content='2020-01-02T10:20:30+00:00'>", null).date());
  }

  @Test
  void aCitationDateWrittenYearFirstIsRead() {
    // PubMed Central
    PublicationDate d = find("<meta name='citation_publication_date' content='2023 Jan 7'><h1>T</h1><p>Received 2022 Oct 12</p>", null);
    assertEquals(LocalDate.of(2023, 1, 7), d.date());
    assertEquals("meta", d.source());
  }

  @Test
  void aDotNetDateAndTimeIsMonthFirst() {
    // simmentalzeitung.ch (ASP.NET): the invariant culture's date and time, on a day-first Swiss page
    assertEquals(LocalDate.of(2023, 11, 1), find("<html lang='de'><meta name='date' content='11/01/2023 12:43:42'>", null).date());
    assertEquals(LocalDate.of(2022, 5, 10), find("<meta name='date' content='10/05/2022 05:22 pm'>", null).date());
    assertEquals(LocalDate.of(2023, 11, 1), find("<time datetime='01-11-2023 10:29'>1. November</time>", null).date());
  }

  @Test
  void aGenericDateMetaTagGivesWayToTheArticlesTime() {
    // umweltbundesamt.de (Drupal): dcterms.date is the last change, the time under the headline the publication
    PublicationDate d =
        find("<meta name='dcterms.date' content='2022-01-21T09:43+01:00'><h1>EU-Taxonomie</h1><div class='article-meta'>"
            + "<time class='date-display-single' datetime='2022-01-25T08:00:00+01:00'>25.01.2022</time></div><p>Text.</p>", null);
    assertEquals(LocalDate.of(2022, 1, 25), d.date());
    assertEquals("time", d.source());
    // a publication key still comes before the time
    assertEquals(LocalDate.of(2022, 1, 21),
        find("<meta property='article:published_time' content='2022-01-21T09:43+01:00'><h1>T</h1>"
            + "<time datetime='2022-01-25T08:00:00+01:00'>25.01.2022</time>", null).date());
  }

  @Test
  void aPublicationKeyInThePagesScriptDataDatesAPageWithoutMetadata() {
    // de.happycoffee.org (Shopify) and uk.trustpilot.com keep the date only in their script data
    PublicationDate d =
        find("<script>var meta = {\"product\":{\"updated_at\":\"2019-04-01T10:00:00+01:00\","
            + "\"published_at\":\"2019-03-02T06:22:28+01:00\"}};</script><h1>Sidamo</h1><p>Kaffee.</p>", null);
    assertEquals(LocalDate.of(2019, 3, 2), d.date());
    assertEquals("meta", d.source()); // the contract's date_source values have no "script": page metadata
    assertEquals(LocalDate.of(2016, 11, 4),
        find("<script type='application/json'>{\"publishedDate\":\"2016-11-04T20:37:27Z\"}</script><p>x</p>", null).date());
    assertTrue(PublicationDate.fromScript(Jsoup.parse(
        "<script>{\"updatedAt\":\"2019-04-01\",\"published\":true}</script>"), UNTIL_2026).isEmpty(),
        "an update, a flag: no publication date");
  }

  @Test
  void aDrupalNodesRdfaCreationDateIsItsPublication() {
    // meininger.de: the node's date only in RDFa, and 28.01.22 in the byline
    PublicationDate d =
        find("<h1>T</h1><span property='schema:dateCreated' content='2022-01-28T12:45:46+00:00' class='rdf-meta hidden'></span>"
            + "<div class='node__submitted'><span class='post-created'> 28.01.22</span></div>", null);
    assertEquals(LocalDate.of(2022, 1, 28), d.date());
    assertEquals("meta", d.source());
  }

  @Test
  void timeOfTheArticleNotOfACommentNorAnUpdate() {
    String html =
        "<article><h1>T</h1><time class='updated' datetime='2018-03-09'>9 mars</time>"
            + "<time datetime='2018-03-02T10:00'>2 mars</time></article>"
            + "<div class='comments'><time datetime='2018-03-01'>1 mars</time></div>";
    PublicationDate d = find(html, null);
    assertEquals(LocalDate.of(2018, 3, 2), d.date());
    assertEquals("time", d.source());
  }

  @Test
  void urlSlugDates() {
    PublicationDate u = find("<p>x</p>", "https://a.ma/2025/11/16/slug");
    assertEquals(LocalDate.of(2025, 11, 16), u.date());
    assertEquals("url", u.source());
    assertEquals(LocalDate.of(2021, 2, 17), find("<p>x</p>", "https://a.ma/news/2021-02-17-otan-reset").date());
    assertEquals(LocalDate.of(2021, 2, 17), find("<p>x</p>", "https://a.ma/20210217/otan").date());
  }

  @Test
  void visibleDateLineBesideTheHeadline() {
    PublicationDate d =
        find("<header><span class='date'>Dimanche 30 novembre 2025</span></header>"
            + "<article><h1>Titre</h1><div class='meta'><span class='author'>Par Karim</span> <span class='date'>27 novembre 2025</span></div>"
            + "<p>Corps.</p></article>", null);
    assertEquals(LocalDate.of(2025, 11, 27), d.date(), "the line under the headline, not the site header's today");
    assertEquals("text", d.source());
    assertNull(d.instant());
    assertEquals(LocalDate.of(2025, 11, 27),
        find("<h1>Titre</h1><p>Publicado el 27 de noviembre de 2025</p>", null).date());
    assertEquals(LocalDate.of(2023, 11, 1),
        find("<h1>T</h1><p>Body.</p><div class='x'>Letzte Änderung: 31.12.2023 - 14:49<br>Erschienen am: 01.11.2023</div>", null).date());
  }

  @Test
  void aSiteHeadersDateOfTheDayIsNotTheDateLine() {
    // empower.com (Drupal): the block "block-date" shows the day the page was served, the story's date has no class
    String html =
        "<h1>Tax 101: Understanding the basics</h1><div class='block-content'> 12.12.2025 </div>"
            + "<div id='block-date' class='block block-date'><p id='todays-date-custom'><strong>Friday</strong>, December 19, 2025</p></div>"
            + "<p>Taxes are due in April.</p>";
    assertEquals(LocalDate.of(2025, 12, 12), find(html, null).date());
    assertTrue(PublicationDate.isTodaysDate(Jsoup.parse(html).getElementById("block-date")));
    assertTrue(PublicationDate.isTodaysDate(Jsoup.parse("<div class='header'><span class='date'>Mardi 2 décembre 2026</span>"
        + "<span class='date-du-jour'></span></div>").selectFirst("span.date").parent()));
    assertEquals(LocalDate.of(2025, 12, 12),
        find("<div class='current-date'>Friday, December 19, 2025</div><h1>T</h1><p class='date'>12.12.2025</p>", null).date());
  }

  @Test
  void aPublishedWordFarBelowTheHeadlineDoesNotHideTheDateUnderIt() {
    // blogs.taz.de: the date sits in an unmarked line; the comment form at the foot says "geschrieben"
    String html =
        "<div class='head'><div><h1>Schöne Pferde</h1></div></div><div class='body'><div><p class='dachzeile'>von Fred 31.10.2023</p>"
            + "<p>" + "Ab und zu sei ein Hinweis gestattet. ".repeat(20) + "</p></div></div>"
            + "<div class='form'>Kommentar geschrieben von Anna</div>";
    PublicationDate d = find(html, null);
    assertEquals(LocalDate.of(2023, 10, 31), d.date());
    assertEquals("text", d.source());
  }

  @Test
  void aDateElementWithATwoDigitYearDatesThePage() {
    // goodnight.at: the date line above the headline, a teaser's full date further down
    PublicationDate d =
        find("<div class='text cat-party'><div class='date'> Party, 30.10.23 </div><h1>Last-Minute-Halloween-Kostüme</h1>"
            + "<p>Ideen.</p></div><div class='article-item'><a href='/w'>Wochenende in Wien 12.10. - 15.10.2023</a></div>", null);
    assertEquals(LocalDate.of(2023, 10, 30), d.date());
    assertEquals("text", d.source());
  }

  @Test
  void aDateBadgeSplitOverElementsIsReadWordByWord() {
    // colours-of-the-soul.alhelm.net (WordPress): month, day and year in adjacent spans
    PublicationDate d =
        find("<div class='beitrag'><div class='datum'> <span class='monat'>Feb</span> <span class='tag'>18</span>"
            + "<span class='jahr'>2009</span> </div><h2>trnd-Projekt</h2><p>Text 2.7.1, 17 Kommentare.</p></div>", null);
    assertEquals(LocalDate.of(2009, 2, 18), d.date());
    assertEquals("text", d.source());
  }

  @Test
  void aCommentsOwnDateLineIsNotTheArticles() {
    // resonator-podcast.de: WordPress marks each comment's date line "comment-meta", outside any comment list
    String html =
        "<article><h1>RES158 Sternfusion</h1><p>16. August 2019 von Holger Klein</p><p>Kathrin Göbel ist Astrophysikerin.</p>"
            + "</article><div><footer class='comment-meta'>Peter sagt: 24. August 2019 um 03:36 Uhr</footer><p>Toll!</p></div>";
    assertEquals(LocalDate.of(2019, 8, 16), find(html, null).date());
  }

  @Test
  void numericDateLinesAreMonthFirstOnlyOnUsEnglishPages() {
    String line = "<h1>T</h1><div class='date'>06/11/2025</div>";
    assertEquals(LocalDate.of(2025, 11, 6), find("<html lang='en'>" + line, null).date());
    assertEquals(LocalDate.of(2025, 11, 6), find("<html lang='fr'>" + line, null).date());
    assertEquals(LocalDate.of(2025, 6, 11), find("<html lang='en-US'>" + line, null).date());
  }

  @Test
  void aUtcTimestampTakesTheDayThePageShows() {
    String html =
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":\"2023-11-09T03:28:35Z\"}</script>"
            + "<h1>Headline</h1><div class='byline'>By Jane Doe</div><div class='date'>November 8, 2023</div>";
    PublicationDate d = find(html, null);
    assertEquals(LocalDate.of(2023, 11, 8), d.date());
    assertEquals(Instant.parse("2023-11-09T03:28:35Z"), d.instant());
    assertEquals("jsonld", d.source());
  }

  @Test
  void datesInTheFutureOfTheCrawlOrTooOldAreRejected() {
    PublicationDate d =
        find("<meta property='article:published_time' content='2031-01-01'><time datetime='1970-01-01'></time>", "https://a.ma/2024/03/05/x");
    assertEquals(LocalDate.of(2024, 3, 5), d.date());
    assertEquals("url", d.source());
  }

  @Test
  void aDayAndMonthBeforeTheYearInThePathCountWhenOnlyOneOrderMakesADay() {
    // weisser-ring.de's press releases are filed under their day; rapid7 writes the month first
    assertEquals(LocalDate.of(2021, 10, 29),
        PublicationDate.fromUrl("https://weisser-ring.de/media-news/meldungen/29-10-2021", UNTIL_2026).orElseThrow().date());
    assertEquals(LocalDate.of(2025, 12, 19),
        PublicationDate.fromUrl("https://www.rapid7.com/blog/post/metasploit-wrap-up-12-19-2025/", UNTIL_2026).orElseThrow().date());
    assertEquals(LocalDate.of(2020, 4, 22),
        PublicationDate.fromUrl("https://x.de/artikel/bericht_vom_22.04.2020_worauf", UNTIL_2026).orElseThrow().date());
    // 02-11-2023 is the 2nd of November in Paris and February 11th in New York: neither is taken
    assertTrue(PublicationDate.fromUrl("https://x.fr/meteo/tempete-02-11-2023-XVZ4H", UNTIL_2026).isEmpty());
    // no day either way, or separators that differ, or a longer run of digits
    assertTrue(PublicationDate.fromUrl("https://x.de/a/31-02-2021", UNTIL_2026).isEmpty());
    assertTrue(PublicationDate.fromUrl("https://x.de/a/29-10.2021", UNTIL_2026).isEmpty());
    assertTrue(PublicationDate.fromUrl("https://x.de/a/129-10-2021", UNTIL_2026).isEmpty());
  }

  @Test
  void noDateAnywhereIsEmpty() {
    assertTrue(PublicationDate.find(Jsoup.parse("<p>x</p>"), "https://a.ma/story-123", UNTIL_2026).isEmpty());
    assertTrue(PublicationDate.fromUrl("https://a.ma/2025/13/40/x", UNTIL_2026).isEmpty());
    assertEquals(Optional.empty(), PublicationDate.parse("soon", "meta", UNTIL_2026));
  }

  @Test
  void aTimeWithItsOwnOffsetKeepsItsDayWhateverTheDateLineShows() {
    // mk.ru: the page header shows tomorrow's date; the stated +03:00 day is the publication day
    String html =
        "<meta itemprop='datePublished' content='2020-09-23T20:12:38+0300'>"
            + "<h1>Headline</h1><div class='date'>24 September 2020</div>";
    assertEquals(LocalDate.of(2020, 9, 23), find(html, null).date());
  }

  @Test
  void aDayWithoutAZoneTakesTheNeighbouringDayTheDateLineShows() {
    // neues-deutschland.de: <meta name="date" content="2020-04-30"> beside the byline's 29.04.2020
    String line = "<h1>Headline</h1><div class='date'>29.04.2020, 17:45 Uhr</div>";
    assertEquals(LocalDate.of(2020, 4, 29), find("<meta name='date' content='2020-04-30'>" + line, null).date());
    // jagderleben.de: article:published_time written as text
    assertEquals(LocalDate.of(2020, 4, 29), find("<meta property='article:published_time' content='Do., 30.04.2020 - 14:45'>" + line, null).date());
    assertEquals(LocalDate.of(2020, 4, 29), find("<meta name='date' content='2020-04-30T01:10:00'>" + line, null).date(), "no zone");
    assertEquals(LocalDate.of(2020, 4, 30), find("<meta name='date' content='2020-04-30T01:10:00+02:00'>" + line, null).date(),
        "the publisher's own offset");
  }

  @Test
  void aUtcTimeTakesTheNeighbouringDayTheDateLineShows() {
    // an evening story in New York is dated tomorrow in UTC
    String html =
        "<script type='application/ld+json'>{\"datePublished\":\"2023-11-09T04:15:00Z\"}</script>"
            + "<h1>Headline</h1><div class='date'>November 8, 2023, 11:15 PM</div>";
    PublicationDate d = find(html, null);
    assertEquals(LocalDate.of(2023, 11, 8), d.date());
    assertEquals(Instant.parse("2023-11-09T04:15:00Z"), d.instant());
    assertTrue(!d.looseDay());
  }

  @Test
  void theHeadlineIsTheH1TheTitleRepeatsNotTheSiteNameH1() {
    String html =
        "<title>A Beginner's Guide to Skincare – The Southerner</title>"
            + "<header><h1>The Southerner</h1></header>"
            + "<h1>A Beginner's Guide to Skincare</h1>";
    assertEquals("A Beginner's Guide to Skincare", PublicationDate.headline(Jsoup.parse(html)).text());
  }

  @Test
  void aDateInATeaserCardsLinkIsAnotherStorysDate() {
    // simply-thrilled.com (Webflow): the related posts' cards come nearer the headline than the date line above it
    String page =
        "<div class='author-name'>Team SimplyThrilled</div><div class='published-date black'>September 4, 2025</div>"
            + "<div class='blog-content'><h1>Video Production Trends to Watch in 2025</h1><p>Video keeps growing.</p></div>"
            + "<div role='listitem' class='w-dyn-item'><a href='/post/saas-retention'><div class='absolute'>"
            + "<div class='published-date'>December 15, 2025</div><div class='category-5'>Guides</div>"
            + "<div class='post-title'>Easy Guide to Using Video Content for Strong SaaS User Retention</div></div></a></div>";
    assertEquals(LocalDate.of(2025, 9, 4), find(page, null).date());
    // a permalink around the date line alone is the article's own
    String permalink = page.replace("<div class='published-date black'>September 4, 2025</div>", "")
        .replace("<h1>Video Production Trends to Watch in 2025</h1>",
            "<h1>Video Production Trends to Watch in 2025</h1><a href='/post/trends'><span class='date'>October 1, 2025</span></a>");
    assertEquals(LocalDate.of(2025, 10, 1), find(permalink, null).date());
  }

  @Test
  void theTimeBesideTheHeadlineComesBeforeAListingAboveIt() {
    // casact.org (Drupal): a views listing of other articles, each with its <time>, comes before the article
    String page =
        "<div class='views-row'><a href='/article/careers-month'>Inspiring Future Actuaries</a>"
            + "<div class='views-field-field-date'><time datetime='2025-01-31T12:00:00Z' class='datetime'>01/31/2025</time></div></div>"
            + "<div class='node__content'><h1>Candidate Experience: Consulting Firm vs. Insurance Carrier</h1>"
            + "<div class='node__meta'><time datetime='2017-03-01T12:00:00Z' class='datetime'>03/01/2017</time> by Agatha Caleo</div>"
            + "<p>Candidates choose between two paths.</p></div>";
    PublicationDate d = PublicationDate.fromTime(Jsoup.parse(page), UNTIL_2026).orElseThrow();
    assertEquals(LocalDate.of(2017, 3, 1), d.date());
    // without a headline, the first <time> of the page stands
    assertEquals(LocalDate.of(2025, 1, 31),
        PublicationDate.fromTime(Jsoup.parse(page.replace("h1>", "h2>")), UNTIL_2026).orElseThrow().date());
  }

  @Test
  void aTimeInATeaserCardsLinkIsAnotherStorysTime() {
    // ncsc.gov.uk: the guide's own <time> sits in a side column; the cards of its linked posts carry theirs
    String page =
        "<div class='hero'><h1>Small Business Guide: Cyber Security</h1></div>"
            + "<div class='cards'><a class='group' href='/guidance/shopping-online'><span>Guidance</span> <span>"
            + "<time datetime='2019-01-17T12:00:00Z'>17 Jan 2019</time></span><h3><span>Shopping and paying safely online</span></h3></a></div>"
            + "<div class='side'><h4>Published</h4><time datetime='2018-11-15T12:00:00Z'>15 November 2018</time></div>";
    assertEquals(LocalDate.of(2018, 11, 15), PublicationDate.fromTime(Jsoup.parse(page), UNTIL_2026).orElseThrow().date());
    // a permalink around a <time> alone is the article's own
    String permalink = page.replace("<h3><span>Shopping and paying safely online</span></h3>", "");
    assertEquals(LocalDate.of(2019, 1, 17), PublicationDate.fromTime(Jsoup.parse(permalink), UNTIL_2026).orElseThrow().date());
  }

  @Test
  void aTimeInAnEmbeddedPostIsThePostsTime() {
    // horizont.net: a column quotes Instagram posts, embedded as blockquotes with their own <time>
    String page =
        "<h1>Influencer-Marketing: Was sich nach dem Urteil ändert</h1><p>Die Kennzeichnungspflicht bleibt.</p>"
            + "<blockquote class='instagram-media'><p><a href='https://www.instagram.com/p/x/'>Ein Beitrag</a> geteilt von "
            + "Vreni Frost am <time datetime='2018-03-12T19:30:12+00:00'>Mär 12, 2018 um 12:30 PDT</time></p></blockquote>"
            + "<p class='meta'>Veröffentlicht am 29. Januar 2019</p>";
    assertTrue(PublicationDate.fromTime(Jsoup.parse(page), UNTIL_2026).isEmpty());
    assertEquals(LocalDate.of(2019, 1, 29), find(page, null).date());
  }

  @Test
  void aDateLineGivesWayToAnEarlierDateLabelledAsTheFirstPublication() {
    // realestate.com.au: the date line shows the last update, a note under the story the first publication
    String page =
        "<h1>The pros and cons of living in a tiny home</h1><div><p class='DateInfo__PostDate-sc-gh0c6b-0'>30 Sep 2022, 11:07am</p></div>"
            + "<article><p>Tiny homes are having a moment.</p></article>"
            + "<p class='PublishDateDisclaimer__Disclaimer-sc-13l541y-0'>This article was originally published on 26 Sep 2019 at 4:12pm "
            + "but has been regularly updated to keep the information current.</p>";
    PublicationDate d = find(page, null);
    assertEquals(LocalDate.of(2019, 9, 26), d.date());
    assertEquals("text", d.source());
    // a labelled day after the date line's leaves it
    assertEquals(LocalDate.of(2022, 9, 30), find(page.replace("26 Sep 2019", "2 Oct 2022"), null).date());
  }

  @Test
  void aPageDatedNowhereNearItsHeadlineIsDatedByAnElementThatHoldsADateAlone() {
    // shakuro.com: a guide of some 30,000 characters, its byline block ("Written by …", the date) at the foot
    String body = "<p>" + "Mobile apps are built in stages, from the idea to the launch. ".repeat(500) + "</p>";
    String page =
        "<article><h1>How Are Mobile Apps Created? A Complete Guide</h1>" + body
            + "<div><p>Written by <a href='/blog/author/moses-kim'>Moses Kim and Kate Shokurova</a></p><p>April 8, 2024</p></div></article>";
    PublicationDate d = find(page, null);
    assertEquals(LocalDate.of(2024, 4, 8), d.date());
    assertEquals("text", d.source());
    // a date alone in a comment thread, or a date among other words, dates nothing
    assertTrue(PublicationDate.find(Jsoup.parse(page.replace("<div><p>Written", "<div class='comments'><p>Written")), null, UNTIL_2026)
        .isEmpty());
    assertTrue(PublicationDate.find(Jsoup.parse(page.replace("<p>April 8, 2024</p>", "<p>Our plans for April 8, 2024</p>")), null,
        UNTIL_2026).isEmpty());
    assertTrue(PublicationDate.isDateOnly("8 avril 2024"));
    assertTrue(PublicationDate.isDateOnly("08.04.2024"));
    assertFalse(PublicationDate.isDateOnly("Call 555 1234"));
    assertFalse(PublicationDate.isDateOnly("April 2024 edition"));
  }

  @Test
  void aJsonLdDateInProseFromAPageTemplateYieldsToAnEarlierDateLine() {
    // glossgenius.com (Webflow): the template's JSON-LD holds the day the page was last published, in prose
    String page =
        "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"headline\":\"How much to charge for a yoga class\","
            + "\"datePublished\":\"%s\",\"dateModified\":\"Jun 24, 2025\"}</script>"
            + "<h1>How much to charge for a yoga class</h1><div class='staff__wrap'><div class='text__author'>Shauna Mitchell</div>"
            + "<div class='text__date'>August 25, 2024</div></div><p>Yoga teachers set their rates by the hour.</p>";
    PublicationDate d = find(String.format(page, "Jun 24, 2025"), null);
    assertEquals(LocalDate.of(2024, 8, 25), d.date());
    assertEquals("text", d.source());
    // the same date written by a CMS (ISO 8601, RFC 1123) stands
    assertEquals(LocalDate.of(2025, 6, 24), find(String.format(page, "2025-06-24T09:00:00+00:00"), null).date());
    assertEquals(LocalDate.of(2025, 6, 24), find(String.format(page, "Tue, 24 Jun 2025 09:00:00 GMT"), null).date());
    // a date line the day before is a time zone's, a later one an update's: the JSON-LD day stands
    assertEquals("jsonld", find(String.format(page.replace("August 25, 2024", "June 23, 2025"), "Jun 24, 2025"), null).source());
    assertEquals("jsonld", find(String.format(page.replace("August 25, 2024", "July 2, 2025"), "Jun 24, 2025"), null).source());
    assertTrue(PublicationDate.inProse("Jun 24, 2025"));
    assertFalse(PublicationDate.inProse("2025-06-24"));
  }

  @Test
  void aDateLineLabelledPublishedBeforeTheStructuredDateIsTheFirstPublication() {
    // siteline.com: JSON-LD's datePublished is the day of the last update, which the page also shows
    String page =
        "<script type='application/ld+json'>{\"@type\":\"BlogPosting\",\"datePublished\":\"Aug 21, 2025\","
            + "\"dateModified\":\"Aug 20, 2025\"}</script>"
            + "<h1>Top Electrical Construction Companies</h1><div class='post_meta'>"
            + "<div class='post_meta-info'>Published&ensp;<span>%s</span></div>"
            + "<div class='post_meta-info'>Updated&ensp;<span>Aug 21, 2025</span></div></div><p>Body.</p>";
    PublicationDate d = find(String.format(page, "Apr 26, 2023"), null);
    assertEquals(LocalDate.of(2023, 4, 26), d.date());
    assertEquals("text", d.source());
    // a labelled day after the structured one, or the day before it (a time zone), leaves the structured date
    assertEquals(LocalDate.of(2025, 8, 21), find(String.format(page, "Sep 2, 2025"), null).date());
    assertEquals("jsonld", find(String.format(page, "Aug 20, 2025"), null).source());
    // an unlabelled date line does not correct a structured date a CMS wrote (one in prose may be a template's)
    String unlabelled = page.replace("Published&ensp;", "").replace("\"Aug 21, 2025\"", "\"2025-08-21T10:00:00+02:00\"");
    assertEquals(LocalDate.of(2025, 8, 21), find(String.format(unlabelled, "Apr 26, 2023"), null).date());
    // nor does a labelled line of a related story
    String related =
        String.format(page, "Aug 21, 2025")
            + "<aside class='related'><div class='post_meta-info'>Published Apr 26, 2023</div></aside>";
    assertEquals("jsonld", find(related, null).source());
  }

  @Test
  void theHeadlineMayHoldTheTitleAfterASectionLabel() {
    // mercurynews.com: the story's <h1> opens with its section; a hidden site <h1> comes first
    String html =
        "<title>Letters: Coddling criminals | Undermining road | Tax dollars</title>"
            + "<header><div class='hidden-logo'><h1>Letters to the Editor</h1></div></header>"
            + "<div class='headlines'><h1><div>Letters to the Editor | </div><span>Letters: Coddling criminals | "
            + "Undermining road | Tax dollars | Recount cost</span></h1></div>";
    assertTrue(PublicationDate.headline(Jsoup.parse(html)).text().startsWith("Letters to the Editor | Letters: Coddling"));
    // a title too short to name a story is held by many headings: the first <h1> stays
    String shortTitle = "<title>News</title><h1>Site</h1><h1>News: a long story about the harbour</h1>";
    assertEquals("Site", PublicationDate.headline(Jsoup.parse(shortTitle)).text());
  }

  @Test
  void aDateLineAboveTheHeadlineInItsHeaderComesBeforeARelatedPostsDateBelow() {
    // cedardb.com: the date sits over the <h1> in the post's header; "more posts" cards follow the story
    String html =
        "<section class='post-hero'><header class='post-hero__heading'><div class='post-hero__infos'>"
            + "<span class='post-hero__date'>December 17, 2025</span> • <span>14 min read</span></div>"
            + "<h1 class='post-hero__title'>Stop Nesting Database Systems</h1><p>Using database systems…</p></header></section>"
            + "<div class='post-content'><p>" + "A paragraph of the story. ".repeat(30) + "</p></div>"
            + "<div class='listing'><div class='listing__item'><p class='listing__item__date'>November 25, 2025</p>"
            + "<h3>Another post</h3></div></div>";
    PublicationDate d = find(html, null);
    assertEquals(LocalDate.of(2025, 12, 17), d.date());
    assertEquals("text", d.source());
  }

  @Test
  void anUnmarkedDateLineJustAboveTheHeadlineDatesThePage() {
    // blog.ravven.dev, ironhack.com: "Dec 12, 2025" over the <h1>, in elements without a date class
    String html =
        "<a href='/blog'>Back to blog</a><div class='flex uppercase'><div class='flex gap-2'><svg></svg> Dec 12, 2025 </div>"
            + "<div class='flex gap-2'><svg></svg> 9 min read</div></div>"
            + "<h1>Why Rust for Embedded Systems?</h1><div class='mt-1'>I'm building an autonomous vehicle.</div>"
            + "<p>" + "The story goes on. ".repeat(30) + "esp-hal hit its stable 1.0.0 release on 30 October 2025.</p>";
    assertEquals(LocalDate.of(2025, 12, 12), find(html, null).date());
    String ironhack =
        "<div><p class='chakra-text'>February 4, 2025 - 11 minutes</p><h1>Cloud Computing Innovations</h1>"
            + "<p>What does 2025 have in store?</p></div><div><p>" + "Body text. ".repeat(40) + "</p>"
            + "<p class='chakra-text'>Juliette Carreiro - 2024-12-17</p></div>";
    assertEquals(LocalDate.of(2025, 2, 4), find(ironhack, null).date());
    // above a longer stretch of text (a menu), the site header's today is no date line: the story's own date wins
    String farAbove =
        "<div>Sunday, November 30, 2025</div><div>" + "Menu item ".repeat(20) + "</div><h1>Title</h1>"
            + "<p>" + "The story goes on. ".repeat(30) + "On 3 October 2025 the council met.</p>";
    assertEquals(LocalDate.of(2025, 10, 3), find(farAbove, null).date());
  }

  @Test
  void aDateLineInTheHeadlinesContainerCountsEvenWhenItsClassSaysSidebar() {
    // shssoutherner.org: the story page's wrapper is class 'sno-story-sidebar-mode-single'
    String html =
        "<title>A Beginner's Guide to Skincare – The Southerner</title><h1>The Southerner</h1>"
            + "<div class='sno-story-page sno-story-sidebar-mode-single'><div class='sno-story-wrap'>"
            + "<h1>A Beginner's Guide to Skincare</h1><div class='sno-story-date'>May 31, 2024</div>"
            + "<p>From TikTok influencers to YouTube stars…</p></div></div>"
            + "<div class='sidebar'><div class='date'>June 2, 2024</div></div>";
    assertEquals(LocalDate.of(2024, 5, 31), find(html, null).date());
  }

  @Test
  void anEnglishPageWithAUsLocaleReadsNumericDatesMonthFirst() {
    String body = "<h1>How fast do they go</h1><div class='post-date'>1/4/2024</div>";
    assertEquals(LocalDate.of(2024, 1, 4),
        find("<html lang='en'><head><meta property='og:locale' content='en_US'></head><body>" + body, null).date());
    assertEquals(LocalDate.of(2024, 4, 1),
        find("<html lang='en'><head><meta property='og:locale' content='en_GB'></head><body>" + body, null).date());
    assertEquals(LocalDate.of(2024, 4, 1),
        find("<html lang='fr'><head><meta property='og:locale' content='en_US'></head><body>" + body, null).date());
  }

  @Test
  void aNumericMetaDateThatReadsEitherWayFollowsThePagesLocale() {
    // nationalgeographic.com: <meta name="article:published_time" content="03-09-2026"> over a page
    // that shows "Published March 9, 2026" and says og:locale en_US
    String head = "<meta name='article:published_time' content='03-09-2025'>";
    String body = "</head><body><h1>What intermittent fasting does to the body</h1><p>Some text.</p>";
    assertEquals(LocalDate.of(2025, 3, 9),
        find("<html lang='en'><head><meta property='og:locale' content='en_US'>" + head + body, null).date());
    assertEquals(LocalDate.of(2025, 9, 3), find("<html lang='en-GB'><head>" + head + body, null).date());
    // a day over 12 reads one way only, whatever the locale
    assertEquals(LocalDate.of(2025, 3, 19),
        find("<html lang='en-GB'><head><meta name='article:published_time' content='19-03-2025'>" + body, null).date());
  }

  @Test
  void theMicrodataDateOfAStoryCardBesideTheArticleIsNotThePagesDate() {
    // cio.com: the article's date is only in <meta name=date>; its right rail and the box under it
    // list other stories as schema.org Article cards, each with its own datePublished
    String card = "<div class='card__info'><span itemprop='datePublished' content='2026-03-13T12:00:00+00:00'>"
        + "Mar 13, 2026</span></div>";
    String html =
        "<head><meta name='date' content='March 27, 2025'></head><body>"
            + "<article class='post'><h1>11 go-to podcasts that inspire IT industry leaders today</h1>"
            + "<p>Podcasts are a way to keep up with the field.</p>"
            + "<aside class='related-content-small'><article class='related-content-small__card' itemscope"
            + " itemtype='https://schema.org/Article'><h3>Why M&amp;A integrations are harder</h3>" + card
            + "</article></aside></article>"
            + "<section class='suggested-content-various'><div class='card'><h3>Another story</h3>"
            + card.replace("12:00", "16:44") + "</div></section></body>";
    PublicationDate date = find(html, null, UNTIL_2027);
    assertEquals(LocalDate.of(2025, 3, 27), date.date());
    assertEquals("meta", date.source());
  }

  @Test
  void theArticlesOwnMicrodataDateInItsBodyCounts() {
    String html =
        "<head><meta name='date' content='March 27, 2025'></head><body>"
            + "<article class='post' itemscope itemtype='https://schema.org/NewsArticle'>"
            + "<h1>11 go-to podcasts that inspire IT industry leaders today</h1>"
            + "<div class='byline'><span itemprop='datePublished' content='2025-03-20T09:00:00Z'>"
            + "Mar 20, 2025</span></div>"
            + "<p>Podcasts are a way to keep up with the field.</p></article></body>";
    assertEquals(LocalDate.of(2025, 3, 20), find(html, null, UNTIL_2027).date());
  }
}
