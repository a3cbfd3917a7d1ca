package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PhotoCreditsTest {

  @Test
  void captionsEndedByAPicturesCreditAreCaptions() {
    List<String> captions =
        List.of(
            // sportnews.bz, golf.de, larepublica.pe, a BSS story on a WCXB page, g1.globo.com (the
            // evaluation sets)
            "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO",
            "Lee Elder war mit golferischem Talent und einem farbenfrohen Kleidungsstil gesegnet. | © Augusta National/Getty Images",
            "Son tres los periodos de vacaciones durante el año escolar. Foto: Andina",
            "Homestead gardening boosts food security, incomes and sustainable livelihoods across Rajshahi’s drought-prone"
                + " Barind tract region. Photo : BSS",
            "Cachorro com deficiência e abandonado em Porto Velho ganhou um lar. — Foto: Mayara Subtil/G1",
            "Zur Einweihung wurde ein kleiner Wald gepflanzt (Foto: Stadt Nordhausen)",
            "Autohäuser in Thüringen dürfen wieder öffnen. (Symbolfoto) Bildrechte: IMAGO",
            "Love thine enemy. Photo: Olivier Douliery/AFP via Getty Images",
            "Deniz Yücel auf der ARD Bühne: \"Eingesperrt, weil ich meinen Job als Journalist gemacht habe\" Bild © Johannes"
                + " Gregor/hessenschau.de",
            "Roman Prymula, photo: Archives du Gouvernement tchèque",
            "Slogan taggé sur un rideau métalique des Champs Elysées - Paris - 16 mars 2019 © E.B",
            // a credit alone, on a line of its own
            "(Bild: Dieter Stork)",
            "Foto: City-Press",
            "Image credit: www.apple.com/in/",
            "© Nordex",
            // the corpus's own: a Moroccan news site's caption, in French and in Arabic
            "Le roi Mohammed VI lors de la cérémonie à Rabat. Crédit photo : MAP",
            "Vue générale du port de Tanger Med. Photo : DR",
            "جانب من الاجتماع الذي عقد بالرباط. (صورة: و م ع)",
            "الملك محمد السادس خلال الاستقبال. الصورة: ماب",
            // an initial in the photographer's name is no sentence's end
            "The Capitol at dusk. Photo: J. Scott Applewhite/AP");
    for (String caption : captions) {
      assertTrue(PhotoCredits.isCaption(caption), caption);
    }
    // a credit alone holds no sentence of the story; a caption may (see the last test)
    List<String> alone = List.of("(Bild: Dieter Stork)", "Foto: City-Press", "Image credit: www.apple.com/in/", "© Nordex",
        "Foto © Peter Steiger", "(صورة: و م ع)");
    for (String caption : captions) {
      assertEquals(alone.contains(caption), PhotoCredits.isCreditAlone(caption), caption);
    }
    assertTrue(PhotoCredits.isCreditAlone("Foto © Peter Steiger"));
    assertTrue(PhotoCredits.isCreditAlone("(صورة: و م ع)"));
  }

  @Test
  void proseThatMentionsAPictureOrACopyrightIsNoCaption() {
    List<String> prose =
        List.of(
            // a label inside a sentence
            "He wanted to change the company's image: less corporate, more human",
            "Die Ausstellung zeigt unter dem Titel Bild: eine Annäherung die Werke",
            // a © in running text, before a colon (mywakenews.wordpress.com, htmldate's set)
            "Neu im Sortiment ab sofort (Bestellung gilt auch für das Wake News © Feiertags-Angebot):",
            // a copyright notice's sentence is Boilerplate's, not a picture's credit
            "Copyright © 2024 Example Media Corp. All rights reserved.",
            // a legal list item
            "(c) the Minister may revoke the licence",
            // a label with nothing after it
            "Bild:",
            "Des milliers de manifestants ont défilé samedi à Casablanca pour réclamer la baisse des prix.");
    prose.forEach(line -> assertFalse(PhotoCredits.isCaption(line), line));
    // a paragraph of the story is longer than any caption, whatever ends it
    String paragraph = STORY + " Photo : MAP";
    assertTrue(paragraph.length() > PhotoCredits.MAX_LINE);
    assertFalse(PhotoCredits.isCaption(paragraph));
  }

  /** A paragraph of a story, longer than a caption: the container of a few of them has more text than a caption's. */
  private static final String STORY =
      "Les ministres réunis à Rabat ont adopté le plan, qui prévoit la construction de trois nouvelles lignes ferroviaires"
          + " entre Casablanca, Marrakech et Agadir, pour un coût estimé à 75 milliards de dirhams sur dix ans, a indiqué le"
          + " porte-parole du gouvernement à l'issue du conseil, sans en préciser le calendrier.";

  @Test
  void captionLinesAfterOrBesideAPictureAreCutAndTheParagraphsOtherLinesKept() {
    String story = "Der Regen hält bis Sonntag an.";
    String withCaption = story + "\nWetterbild (Foto: anaterate/Pixabay.com)\nDie Pegel steigen.";
    assertEquals(story + "\nDie Pegel steigen.", PhotoCredits.withoutCaptions(withCaption, null, true));
    Element beside = Jsoup.parse("<div><img src=\"a.jpg\"><p>Wetterbild</p></div>").selectFirst("p");
    assertEquals(story + "\nDie Pegel steigen.", PhotoCredits.withoutCaptions(withCaption, beside, false));
    assertEquals("", PhotoCredits.withoutCaptions("Foto: City-Press\n(Bild: Dieter Stork)", beside, false));
    // no picture near: the credit may end the story's own paragraph, which stays
    Element alone = Jsoup.parse("<div><p>" + STORY + "</p><p>" + STORY + "</p><p>x</p></div>").selectFirst("p:last-child");
    assertSame(withCaption, PhotoCredits.withoutCaptions(withCaption, alone, false));
    String untouched = "Die Pegel steigen: bis Sonntag um zwei Meter.";
    assertSame(untouched, PhotoCredits.withoutCaptions(untouched, beside, true));
  }

  @Test
  void aPictureIsBesideABlockThatHoldsOneOrStandsNextToOneWithItsNearestAncestors() {
    Document doc = Jsoup.parse("<article><p id=a>" + STORY + "</p><p id=b>Caption above. © AFP</p>"
        + "<a href=x><picture><img src=p.jpg></picture></a><div id=c>Caption. © AFP</div><p id=d>" + STORY + "</p>"
        + "<p>" + STORY + "</p><p id=e><img src=q.jpg><span>Caption. Foto: dpa</span></p>"
        + "<p>" + STORY + "</p><div><picture></picture><div><div><span id=f>Caption.</span> <span>Photo: AP</span></div></div></div>"
        + "</article>");
    assertFalse(PhotoCredits.besidePicture(doc.getElementById("a")));
    assertTrue(PhotoCredits.besidePicture(doc.getElementById("b"))); // a caption may stand above its picture
    assertTrue(PhotoCredits.besidePicture(doc.getElementById("c")));
    assertFalse(PhotoCredits.besidePicture(doc.getElementById("d")));
    assertTrue(PhotoCredits.besidePicture(doc.getElementById("e")));
    assertTrue(PhotoCredits.besidePicture(doc.getElementById("f").parent()));
    // the story's container holds its pictures, and too much text to be a caption's block
    assertFalse(PhotoCredits.besidePicture(doc.selectFirst("article")));
    assertFalse(PhotoCredits.besidePicture(null));
  }

  @Test
  void aCaptionBetweenTwoParagraphsOfTheStoryIsNotInTheBody() {
    String p1 = "Der Schweizer Marco Odermatt führt den Gesamtweltcup an und gilt in Peking als einer der Favoriten im Riesenslalom,"
        + " wo er in diesem Winter drei von vier Rennen gewonnen hat.";
    String p2 = "Die Norweger schicken ihre beste Mannschaft seit Jahren an den Start, und im Biathlon zählen sie wie immer zu den"
        + " Nationen, die am häufigsten auf dem Podest stehen.";
    String html = "<html><head><title>Peking sucht den Superstar</title></head><body><article><h1>Peking sucht den Superstar</h1>"
        + "<p>" + p1 + "</p><div class=\"img-inline\"><img src=\"a.jpg\"><span>Marco Odermatt, Ski-Star aus der Schweiz."
        + " © AFP / MARCO BERTORELLO</span></div><p>" + p2 + "</p></article></body></html>";
    String body = MainText.extract(Jsoup.parse(html), "Peking sucht den Superstar", ExtractionLimits.Budget.unlimited()).text();
    assertEquals(p1 + "\n\n" + p2, body);
  }

  @Test
  void theStorysLastParagraphThatCreditsItsPictureStays() {
    // republish-dev's atlasinfo page (after a WCXB text): the credit ends the story's paragraph
    String p1 = "Un incendie a été maîtrisé dans la nuit de samedi à dimanche à Bruxelles, mais une centaine de personnes ont dû"
        + " être évacuées vers la Gare du Nord, a communiqué le bourgmestre de la Ville de Bruxelles, Philippe Close (PS).";
    String p2 = "Dans la nuit, un appel au 112 a signalé de la fumée dans la rue des Rameurs. Les pompiers ont constaté la présence"
        + " de flammes à l’approche de l’incendie, et cinq autopompes, une pompe citerne et quatre engins aériens ont été"
        + " dépêchés sur place.";
    String p3 = "L’origine de l’incendie reste encore à déterminer. V.Lh. – Photo: Pompiers de Bruxelles";
    assertTrue(PhotoCredits.isCaption(p3));
    String html = "<html><head><title>Une centaine de personnes évacuée</title></head><body><div class=\"article-body\">"
        + "<img src=\"feu.jpg\"><p>" + p1 + "</p><p>" + p2 + "</p><p>" + p3 + "</p></div></body></html>";
    String body = MainText.extract(Jsoup.parse(html), "Une centaine de personnes évacuée", ExtractionLimits.Budget.unlimited()).text();
    assertEquals(p1 + "\n\n" + p2 + "\n\n" + p3, body);
  }
}
