package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CreditLineTest {

  private static final DateText.Window UNTIL_2026 = DateText.Window.until(LocalDate.of(2026, 1, 1));

  private static CreditLine credit(String line) {
    return CreditLine.find(line, UNTIL_2026).orElseThrow(() -> new AssertionError("no credit in: " + line));
  }

  @Test
  void seedCreditLineGivesPublisherAndDay() {
    CreditLine c = credit("Publié dans PanoraPost le 17 - 02 - 2021");
    assertEquals("PanoraPost", c.publisher());
    assertEquals(LocalDate.of(2021, 2, 17), c.date());
  }

  @Test
  void englishCreditLinesWithIsoOrWrittenDates() {
    assertEquals(new CreditLine("Maghreb Wire", LocalDate.of(2025, 11, 8)), credit("Originally published by Maghreb Wire on 2025-11-08."));
    assertEquals(
        new CreditLine("Al Akhbar Daily", LocalDate.of(2025, 11, 23)),
        credit("Originally published by Al Akhbar Daily on November 23, 2025"));
    assertEquals(
        new CreditLine("The Conversation", LocalDate.of(2024, 3, 5)),
        credit("This article was originally published in The Conversation on 5 March 2024."));
  }

  @Test
  void spanishGermanAndArabicCreditLines() {
    assertEquals(new CreditLine("El Faro de Ceuta", LocalDate.of(2025, 11, 16)), credit("Publicado en El Faro de Ceuta el 16 de noviembre de 2025"));
    assertEquals(new CreditLine("Der Standard", LocalDate.of(2021, 2, 17)), credit("Zuerst erschienen in Der Standard am 17.02.2021"));
    assertEquals(new CreditLine("هسبريس", LocalDate.of(2025, 11, 16)), credit("نشر في هسبريس بتاريخ 16 نونبر 2025"));
  }

  @Test
  void standAloneSourceLineCreditsWithoutADate() {
    assertEquals(new CreditLine("Le360", null), credit("Source : Le360"));
    assertEquals(new CreditLine("Europa Press", null), credit("Fuente: Europa Press"));
    assertEquals(new CreditLine("dpa", null), credit("Quelle: dpa"));
    assertNull(credit("Republished from Le Desk.").date());
  }

  /** A name that holds a date preposition: Maghress republishes Aujourd'hui le Maroc (aujourdhui.ma). */
  @Test
  void theNameRunsToThePrepositionOfTheDate() {
    assertEquals(new CreditLine("Aujourd'hui le Maroc", LocalDate.of(2021, 2, 17)),
        credit("Publié dans Aujourd'hui le Maroc le 17 - 02 - 2021"));
    assertEquals(new CreditLine("PanoraPost", LocalDate.of(2021, 2, 17)), credit("Publié dans PanoraPost le mardi 17 février 2021"));
  }

  /** How republished articles name their original: The Conversation's, French, German and Spanish republication notes. */
  @Test
  void republicationNotesCreditTheOriginal() {
    assertEquals(new CreditLine("The Conversation", null),
        credit("This article is republished from The Conversation under a Creative Commons license. Read the original article."));
    assertEquals(new CreditLine("The Conversation", null),
        credit("This article was originally published on The Conversation. Read the original article."));
    assertEquals(new CreditLine("Rest of World", null), credit("This article first appeared on Rest of World."));
    assertEquals(new CreditLine("Le Monde", LocalDate.of(2024, 3, 12)), credit("Cet article est paru dans Le Monde le 12 mars 2024"));
    assertEquals(new CreditLine("TelQuel", null), credit("Cet article a été initialement publié sur TelQuel."));
    assertEquals(new CreditLine("TelQuel", null), credit("Article publié initialement sur le site de TelQuel"));
    assertEquals(new CreditLine("Le Desk", null), credit("Lire l'article original sur Le Desk"));
    assertEquals(new CreditLine("Zeit Online", null), credit("Dieser Artikel erschien zuerst bei Zeit Online."));
    assertEquals(new CreditLine("The Conversation", null), credit("Este artículo fue publicado originalmente en The Conversation."));
    for (String sentence : List.of("Le roman est paru dans la collection Blanche.", "The study first appeared in Nature.",
        "Le rapport, paru dans la revue Nature le 12 mars 2024, montre une hausse des températures.",
        "Der Roman erschien zuerst bei Suhrkamp und wurde ein Bestseller.")) {
      assertTrue(CreditLine.find(sentence, UNTIL_2026).isEmpty(), sentence);
    }
  }

  @Test
  void aCreditNamesTheSiteWhenItIsItsNameOrOpensWithALabelOfItsHost() {
    assertTrue(CreditLine.namesTheSite("VICE US", "Vice", "www.vice.com"));
    assertTrue(CreditLine.namesTheSite("EMOTION 10/22", null, "www.emotion.de"));
    assertTrue(CreditLine.namesTheSite("Hespress", "Hespress Français", "fr.hespress.com"));
    assertTrue(CreditLine.namesTheSite("Médias24", null, "medias24.com"));
    assertTrue(CreditLine.namesTheSite("Bundesanstalt Technisches Hilfswerk (THW)", "Bundesanstalt Technisches Hilfswerk (THW)", "www.thw.de"));
    assertTrue(CreditLine.namesTheSite("أبوظبي - البيان", "البيان", "www.albayan.ae"), "the dateline's place, then the paper");
    assertFalse(CreditLine.namesTheSite("Rabat - MAP", "Le Matin", "lematin.ma"));
    assertFalse(CreditLine.namesTheSite("Grist", "Salon", "www.salon.com"));
    assertFalse(CreditLine.namesTheSite("PanoraPost", "Maghress", "www.maghress.com"));
    assertFalse(CreditLine.namesTheSite("Morocco World News", null, "news.example.com"), "a label must open the name");
    assertEquals(new CreditLine("EMOTION", null), credit("Dieser Artikel erschien zuerst in der EMOTION."));
  }

  @Test
  void creditLinesAreFoundWhateverTheirCase() {
    assertEquals(new CreditLine("PanoraPost", LocalDate.of(2021, 2, 17)), credit("PUBLIÉ DANS PanoraPost LE 17 - 02 - 2021"));
    assertEquals(new CreditLine("Maghreb Wire", LocalDate.of(2025, 11, 8)), credit("ORIGINALLY PUBLISHED BY Maghreb Wire ON 2025-11-08"));
    assertEquals(
        new CreditLine("The Conversation", LocalDate.of(2024, 3, 5)),
        credit("This article WAS FIRST PUBLISHED IN The Conversation ON 5 March 2024."));
    assertEquals(new CreditLine("El Faro", LocalDate.of(2025, 11, 16)), credit("PUBLICADO EN El Faro EL 16/11/2025"));
    assertEquals(new CreditLine("Der Standard", LocalDate.of(2021, 2, 17)), credit("Zuerst VERÖFFENTLICHT IN Der Standard AM 17.02.2021"));
    assertEquals(new CreditLine("Le Desk", null), credit("REPUBLISHED FROM Le Desk."));
    assertEquals(new CreditLine("Le360", null), credit("Publié Initialement Par Le360"));
    assertEquals(new CreditLine("El Faro", null), credit("PUBLICADA ORIGINALMENTE POR El Faro"));
    assertEquals(new CreditLine("Der Standard", null), credit("ERSCHIENEN BEI Der Standard"));
    assertEquals(new CreditLine("Le360", null), credit("VIA : Le360"));
    assertEquals(new CreditLine("هسبريس", null), credit("المصدر: هسبريس"));
    assertEquals(new CreditLine("هسبريس", LocalDate.of(2025, 11, 16)), credit("نُشر في هسبريس يوم 16 نونبر 2025"));
  }

  @Test
  void lineElementsAreThoseOfThePageWithACreditWordInPageOrder() {
    Document doc =
        Jsoup.parse(
            "<div id=a><p id=b>Texte</p><div id=c><span id=d>Publié dans <b id=e>X</b> le 3 mai 2021</span>"
                + "<i id=f>rien</i></div></div><section id=g><h2 id=k>Source</h2><p id=h>Source : Y</p><em id=i>autre</em></section>"
                + "<p id=j>fin</p>");
    Set<Element> mayCredit = CreditLine.mayCreditElements(doc.body());
    List<Element> expected = new ArrayList<>();
    for (Element e : doc.body().select("p, div, span, small, em, i, cite, footer, section, address, li, strong, b")) {
      if (mayCredit.contains(e)) {
        expected.add(e);
      }
    }
    List<Element> found = CreditLine.lineElements(doc.body(), mayCredit);
    assertEquals(expected, found);
    assertEquals(List.of("a", "c", "d", "g", "h"), found.stream().map(Element::id).toList());
  }

  @Test
  void ordinaryTextHasNoCreditLine() {
    assertTrue(CreditLine.find("Le ministre a publié un décret dans le journal officiel.", UNTIL_2026).isEmpty());
    assertTrue(
        CreditLine.find(
                "Selon l'étude, la mortalité a baissé de 3 %. Source : ministère de la Santé, rapport annuel publié en 2020 et révisé depuis.",
                UNTIL_2026)
            .isEmpty(),
        "a data source inside a paragraph is not a credit");
  }

  @Test
  void aBylineThatSaysPublishedByCreditsNoOne() {
    // WordPress's French and Spanish bylines, and the Arabic "published by"
    for (String byline : List.of("Publié par Mohamed Amine le 17/02/2021", "Publié par admin le 3 mars 2021 à 10h30",
        "Publié par Rédaction", "Publicado por Juan Pérez el 17/02/2021", "نشر بواسطة محمد الأمين يوم 17 فبراير 2021")) {
      assertTrue(CreditLine.find(byline, UNTIL_2026).isEmpty(), byline);
    }
    assertEquals(new CreditLine("Le360", LocalDate.of(2021, 2, 17)), credit("Publié initialement par Le360 le 17 - 02 - 2021"));
  }

  @Test
  void aSentenceThatReportsAPublicationCreditsNoOne() {
    for (String sentence : List.of(
        "Le décret, publié dans le Bulletin officiel le 12 mars 2021, fixe les nouvelles règles du marché.",
        "ونشرت في الجريدة الرسمية يوم 12 مارس 2021 مرسوما يحدد شروط الاستيراد.",
        "El informe, publicado en el Boletín Oficial el 12 de marzo de 2021, fija las nuevas reglas.",
        "Das Gesetz wurde zuerst veröffentlicht im Bundesgesetzblatt am 12.03.2021 und gilt seit April.",
        "The report was first published by the IMF on 12 April 2021 and revised in June.")) {
      assertTrue(CreditLine.find(sentence, UNTIL_2026).isEmpty(), sentence);
    }
    // a credit line keeps a short lead and a time after its date
    assertEquals(new CreditLine("Le Matin", LocalDate.of(2021, 2, 17)),
        credit("Par Rédaction - Publié dans Le Matin le 17 - 02 - 2021 à 10h30"));
  }

  @Test
  void aSourceLineBetweenParagraphsCitesAFigureNotThePublisher() {
    String cited = "<article><h1>T</h1><p>Vortex is fast.</p><p>Source: Vortex Github</p><p>More text.</p></article>";
    assertTrue(CreditLine.find(Jsoup.parse(cited), UNTIL_2026).isEmpty());
    String credit = "<article><h1>T</h1><p>Premier paragraphe.</p><p>Second paragraphe.</p><p>Source : Le360</p></article>";
    assertEquals(new CreditLine("Le360", null), CreditLine.find(Jsoup.parse(credit), UNTIL_2026).orElseThrow());
    assertTrue(CreditLine.find("Sources: HomeAdvisor | Houzz | Realtor.com", UNTIL_2026).isEmpty(), "a list of sources");
    // under the headline, before the first paragraph: a heading is no paragraph
    String underHeadline = "<article><h1>T</h1><p>Source : Le360</p><p>Premier paragraphe.</p><p>Second paragraphe.</p></article>";
    assertEquals(new CreditLine("Le360", null), CreditLine.find(Jsoup.parse(underHeadline), UNTIL_2026).orElseThrow());
    String afterSection = "<article><p>Premier paragraphe.</p><h2>Chiffres</h2><p>Source : Le360</p><p>Second paragraphe.</p></article>";
    assertTrue(CreditLine.find(Jsoup.parse(afterSection), UNTIL_2026).isEmpty(), "a paragraph comes before it, beyond the heading");
  }

  /** Shapes of WCXB's and trafilatura's pages: influencermarketinghub.com, proserveit.com, btv.de, bbc.com. */
  @Test
  void aSourceLineInAPicturesCaptionCreditsThePictureNotThePage() {
    String chart = "<article><h1>T</h1><p>Premier paragraphe.</p><div class='wp-caption'><img src='chart.webp'>"
        + "<p class='wp-caption-text'><em>Source: <a href='https://www.hootsuite.com/research'>hootsuite.com</a></em></p></div></article>";
    assertTrue(CreditLine.find(Jsoup.parse(chart), UNTIL_2026).isEmpty());
    String inline = "<article><h1>T</h1><p>Premier paragraphe.</p><p><span><img src='a.jpeg'></span><span>Source: Salesforce</span></p>"
        + "<p>Second paragraphe.</p></article>";
    assertTrue(CreditLine.find(Jsoup.parse(inline), UNTIL_2026).isEmpty(), "the picture in the credit's own line");
    String photo = "<article><h1>T</h1><figure><img src='b.jpg'><figcaption><p>Liam Gavrielides</p>"
        + "<span class='figure__caption-source'>Quelle: Juergen Hasenkopf</span></figcaption></figure><p>Premier paragraphe.</p></article>";
    assertTrue(CreditLine.find(Jsoup.parse(photo), UNTIL_2026).isEmpty());
    String graphic = "<article><p>Premier paragraphe.</p><div class='graphic'><svg></svg><div><ul><li>68% of deaths</li></ul>"
        + "<span>Source: CDC, Chicago Department of Public Health</span></div></div></article>";
    assertTrue(CreditLine.find(Jsoup.parse(graphic), UNTIL_2026).isEmpty());
    // the article's picture, and a short excerpt: the aggregator's credit all the same
    String excerpt = "<p>Le Maroc a enregistré une hausse de 12 % des arrivées touristiques au premier semestre, selon les"
        + " chiffres publiés lundi par le ministère.</p>";
    String underPicture = "<article><figure><img src='c.jpg'></figure><p>Source : Le360</p>" + excerpt + "</article>";
    assertEquals(new CreditLine("Le360", null), CreditLine.find(Jsoup.parse(underPicture), UNTIL_2026).orElseThrow());
    String afterPictures = "<article>" + excerpt + "<figure><img src='d.jpg'></figure><p>Fuente: Actualidad</p></article>";
    assertEquals(new CreditLine("Actualidad", null), CreditLine.find(Jsoup.parse(afterPictures), UNTIL_2026).orElseThrow());
    String appeared = "<article><h1>T</h1><p><img src='e.jpg'><i>This post originally appeared on Grist.</i></p><p>Premier paragraphe.</p></article>";
    assertEquals(new CreditLine("Grist", null), CreditLine.find(Jsoup.parse(appeared), UNTIL_2026).orElseThrow(),
        "only a \"Source:\" line may credit a picture");
  }

  /** metro.co.uk's box of facts (htmldate's set), and an aggregator's article that ends with a list. */
  @Test
  void aSourceLineThatClosesABoxOfFactsCreditsTheBox() {
    String para = "<p>Storm Ciarán is expected to dump vast quantities of rain across the south of the country, forecasters said.</p>";
    String box = "<article>" + para + "<div class='box'><h3>What is a sting jet?</h3><ul><li>It starts out three or four kilometres"
        + " above the ground</li><li>It can accelerate to more than 100 mph</li></ul><p><em>Source: Met Office</em></p></div></article>";
    assertTrue(CreditLine.find(Jsoup.parse(box), UNTIL_2026).isEmpty());
    String endsWithAList = "<article><div class='body'>" + para + "<ul><li>Premier point</li><li>Second point</li></ul></div>"
        + "<p>Source : Le360</p></article>";
    assertEquals(new CreditLine("Le360", null), CreditLine.find(Jsoup.parse(endsWithAList), UNTIL_2026).orElseThrow());
  }

  @Test
  void aCreditsNameKeepsItsBracketsAndLosesThePermissionAfterIt() {
    assertEquals(new CreditLine("coolimba", null),
        credit("This article was originally published on coolimba and has been republished here with permission."), "chocolate.com");
    assertEquals(new CreditLine("Grist", null),
        credit("This story originally appeared on Grist and is republished here as part of the Covering Climate Now collaboration."));
    assertEquals(new CreditLine("House of Clio (Sony Music)", null), credit("Quelle: House of Clio (Sony Music)"), "mix1.de");
    assertEquals(new CreditLine("Le360", null), credit("Source : (Le360)"));
  }

  @Test
  void aGermanCreditsArticleBeforeThePublishersNameIsNotTheName() {
    // "in der FAZ": the dative article the preposition takes; "Der Standard" keeps its own (above)
    assertEquals(new CreditLine("FAZ", LocalDate.of(2024, 3, 3)), credit("Erschienen in der FAZ am 3. März 2024"));
  }

  @Test
  void aCreditedDateInTheFutureOfTheCrawlIsNotACredit() {
    assertTrue(CreditLine.find("Publié dans PanoraPost le 17 - 02 - 2027", UNTIL_2026).isEmpty());
  }

  @Test
  void pageCreditIsTheArticlesNotARelatedStorys() {
    String html =
        "<html><body><aside class='related'><p>Publié dans Le Matin le 01 - 01 - 2020</p></aside>"
            + "<article><h1>T</h1><div class='source'>Publié dans <a href='#'>PanoraPost</a> le 17 - 02 - 2021</div>"
            + "<p>Corps.</p></article></body></html>";
    assertEquals(new CreditLine("PanoraPost", LocalDate.of(2021, 2, 17)), CreditLine.find(Jsoup.parse(html), UNTIL_2026).orElseThrow());
  }
}
