package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainTextTest {

  private static final String P1 =
      "Le secteur de la relation client emploie désormais plus de 130.000 personnes au Maroc, selon la fédération, "
          + "qui table sur une croissance de 8% par an jusqu'en 2030.";
  private static final String P2 =
      "Les opérateurs, installés à Casablanca, Rabat et Fès, misent sur l'intelligence artificielle, "
          + "mais aussi sur la formation de leurs équipes, pour monter en gamme.";
  private static final String P3 =
      "Pour la ministre, la prochaine étape passe par les métiers du numérique, plus qualifiés et mieux payés, "
          + "que le pays veut attirer avec de nouvelles zones franches.";

  private static String body(String html) {
    return MainText.extract(Jsoup.parse(html), "Le Maroc franchit un cap", ExtractionLimits.Budget.unlimited()).text();
  }

  private static String article(String inner) {
    return "<html><body><header><nav><a href='/'>Accueil</a> <a href='/eco'>Économie</a> <a href='/sport'>Sport</a></nav></header>"
        + "<main><article><h1>Le Maroc franchit un cap</h1>" + inner + "</article>"
        + "<aside class='sidebar'><h3>Les plus lus</h3><p>" + P3.replace("ministre", "chroniqueuse") + "</p></aside></main>"
        + "<footer><p>© 2025 Le Journal. Tous droits réservés.</p><a href='/contact'>Contact</a></footer></body></html>";
  }

  @Test
  void keepsParagraphsHeadingsListsAndQuotesJoinedByABlankLine() {
    String text =
        body(article("<p>" + P1 + "</p><h2>Une filière qui recrute</h2><p>" + P2 + "</p>"
            + "<ul><li>Casablanca : 60.000 emplois</li><li>Rabat : 25.000 emplois</li></ul>"
            + "<blockquote>Nous ne sommes plus un centre d'appels, mais un partenaire de transformation.</blockquote>"
            + "<p>" + P3 + "</p>"));
    assertEquals(
        P1 + "\n\nUne filière qui recrute\n\n" + P2 + "\n\nCasablanca : 60.000 emplois\n\nRabat : 25.000 emplois\n\n"
            + "Nous ne sommes plus un centre d'appels, mais un partenaire de transformation.\n\n" + P3,
        text);
  }

  /** An aggregator's excerpt: the story's first line in a headlined article, beside a sidebar and a footer that outweigh it. */
  private static String excerptPage(String sidebar, String footer) {
    return "<html><body><header><a class='logo' href='/'>Regional Times</a></header>"
        + "<main><div class='container'><div class='col-main'><article><h1>Le Maroc franchit un cap</h1>"
        + "<div class='share'>Partager sur Facebook Twitter WhatsApp</div>"
        + "<div class='article-body'><p>La relation client emploie 130.000 personnes au Maroc.</p></div>"
        + "<p class='readmore'><a href='https://lematin.example.ma/relation-client-130000'>Lire la suite</a></p>"
        + "</article></div>" + sidebar + "</div></main>" + footer + "</body></html>";
  }

  private static final String MOST_READ =
      "<aside><h3>Les plus lus</h3><ol><li><a href='/m/1'>Le port de Tanger Med</a><p>" + P1 + "</p></li>"
          + "<li><a href='/m/2'>Centres d'appels</a><p>" + P2 + "</p></li><li><a href='/m/3'>Zones franches</a><p>" + P3
          + "</p></li></ol></aside>";
  private static final String LEGAL_FOOTER =
      "<footer><p>Tous droits réservés. Aucune partie de ce site ne peut être reproduite sans l'autorisation écrite de"
          + " l'éditeur. Les commentaires sont modérés et n'engagent que leurs auteurs. Nous utilisons des cookies pour"
          + " améliorer votre expérience ; en poursuivant votre navigation, vous acceptez leur utilisation.</p></footer>";

  @Test
  void aOneLineExcerptKeepsItsLineWhenTheSidebarOutweighsIt() {
    // the "most read" teasers hold most of the page's prose, but they lie beside the headlined article
    assertEquals("La relation client emploie 130.000 personnes au Maroc.", body(excerptPage(MOST_READ, "")));
  }

  @Test
  void aOneLineExcerptIsNotWidenedToTheFooterAroundIt() {
    // the lighter second pass, tried on a short body, would take the legal notice with it
    assertEquals("La relation client emploie 130.000 personnes au Maroc.", body(excerptPage("", LEGAL_FOOTER)));
    assertEquals("La relation client emploie 130.000 personnes au Maroc.", body(excerptPage(MOST_READ, LEGAL_FOOTER)));
  }

  @Test
  void aShortBodyOutsideAnyArticleIsStillRetriedWithALighterHand() {
    // a page whose story sits in a block named as a sidebar: the first pass discards it, the second finds it
    String html = "<html><body><article><h1>Le Maroc franchit un cap</h1><p>Publié le 17 - 02 - 2021</p></article>"
        + "<div class='sidebar-layout'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p></div></body></html>";
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body(html));
  }

  @Test
  void softHyphensAndZeroWidthSpacesLeaveWholeWords() {
    // weinkenner.de hyphenates every paragraph for the browser; a search for "Italiens" must find it
    String hyphenated =
        "<p>Das faschis&shy;ti&shy;sche Mussolini-Regime reih&shy;te den St. Mag&shy;da&shy;le&shy;ner 1931 unter die"
            + " gro&shy;ßen Wei&shy;ne Ita&shy;li&shy;ens, neben Baro&shy;lo und Bar&shy;ba&shy;res&shy;co.&#8203;</p>";
    String text = body(article("<p>" + P1 + "</p>" + hyphenated + "<p>" + P2 + "</p><p>Par&shy;ta&shy;ger</p>"));
    assertEquals(
        P1 + "\n\nDas faschistische Mussolini-Regime reihte den St. Magdalener 1931 unter die großen Weine Italiens,"
            + " neben Barolo und Barbaresco.\n\n" + P2,
        text);
  }

  @Test
  void dropsNavigationSidebarFooterAndTheTitleHeading() {
    String text = body(article("<p>" + P1 + "</p><p>" + P2 + "</p>"));
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void dropsTheSitesOwnClosingCallsButKeepsTheStory() {
    String app = "Pour ne rien manquer de l'actualité, suivez-nous sur Facebook et téléchargez notre application.";
    String text = body(article("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p><p>" + app + "</p>"));
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, text);
    // the same line before the story's end is left to the reader: the story may quote it
    String early = body(article("<p>" + app + "</p><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"));
    assertEquals(app + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3, early);
  }

  @Test
  void aPaywallNoticeEndsTheStory() {
    String text =
        body(article("<p>" + P1 + "</p><p>" + P2 + "</p>"
            + "<p>Cet article est réservé aux abonnés. Abonnez-vous pour 1 € le premier mois.</p>"
            + "<p>En rejoignant nos lecteurs, vous accédez à tous nos articles, à nos newsletters et aux archives du journal"
            + " depuis 1995, sur le site comme dans l'application, sans aucune publicité.</p>"
            + "<p>Déjà abonné ? Connectez-vous pour lire la suite de cet article.</p>"));
    assertEquals(P1 + "\n\n" + P2, text);
  }

  /** koha.net (htmldate's set): the story's own <article>, which holds the headline, is named "article-readmore". */
  @Test
  void theHeadlinedArticleStaysWhateverItsNameSays() {
    String notice = "Kjo faqe kontrollohet dhe menaxhohet nga KOHA. Të gjitha materialet në të, përfshirë fotografitë, janë të"
        + " mbrojtura me copyright të KOHA-s dhe për to KOHA mban të drejtat e rezervuara. Materialet në këtë faqe nuk mund të"
        + " përdoren për qëllime komerciale. Ndalohet kopjimi, riprodhimi, publikimi i paautorizuar qoftë origjinal apo i"
        + " modifikuar në çfarëdo mënyre, pa lejen paraprake të KOHA-s.";
    String html = "<html><body><main class='wrapper readmore-page'><article class='col-lg-9 article-readmore shrink-ads-auto'>"
        + "<h1>Le Maroc franchit un cap</h1><div class='news-holder'><article><p>" + P1 + "</p><p>" + P2 + "</p></article></div>"
        + "</article></main><footer><div class='bottom-section'><p>" + notice + "</p><p>" + notice + "</p></div></footer></body></html>";
    assertEquals(P1 + "\n\n" + P2, body(html));
  }

  /** The shape of a SPIP site's comments (blog.mondediplo.net in trafilatura's set): a thread longer than the story. */
  @Test
  void aHeadingThatCountsCommentsEndsTheStoryWhereverItStands() {
    StringBuilder thread = new StringBuilder("<div class='divforum'><h2>27 commentaires</h2><ul class='forum'>");
    for (int i = 0; i < 6; i++) {
      thread.append("<li class='forum-fil'><div class='forum-top'><b>Red Bastard</b> (22 juin 2018 @11h29) :</div>"
          + "<div class='forum-message'><p>La Corée du Sud n'est pas un modèle de démocratie, le Parti Progressiste Unifié y"
          + " est victime de la répression depuis des années, et personne n'en parle dans la presse.</p></div></li>");
    }
    String text = body(article("<p>" + P1 + "</p><p>" + P2 + "</p>" + thread + "</ul></div>"));
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void dropsShareBarsRelatedListsCommentsNewsletterAndCookieBoxes() {
    String text =
        body(article(
            "<div class='share-buttons'>Partager sur Facebook Twitter WhatsApp</div>"
                + "<p>" + P1 + "</p>"
                + "<div class='newsletter-box'><p>Recevez chaque matin l'essentiel de l'actualité, inscrivez-vous à notre lettre, c'est gratuit.</p></div>"
                + "<p>" + P2 + "</p>"
                + "<div class='cookie-consent'><p>Nous utilisons des cookies pour améliorer votre expérience, en poursuivant vous acceptez leur usage.</p></div>"
                + "<div class='related-articles'><h3>À lire aussi</h3><p>Un autre article, avec une phrase assez longue pour compter comme prose.</p></div>"
                + "<section id='comments'><p>Très bon article, merci pour ces informations, j'attends la suite avec impatience.</p></section>"));
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void dropsLinkListsInsideTheArticle() {
    String text =
        body(article("<p>" + P1 + "</p><ul class='links'><li><a href='/a'>Budget 2026 : la défense en hausse</a></li>"
            + "<li><a href='/b'>Hakimi rassure après sa blessure</a></li><li><a href='/c'>Mauritanie : 227 migrants secourus</a></li></ul>"
            + "<p>" + P2 + "</p>"));
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void keepsALinkListThatASentenceOfTheArticleIntroduces() {
    // blog posts list what they point to: "Many patches were sent for review:", then the patches
    String links = "<ul><li><a href='/a'>Loi de finances 2026</a> : la défense en hausse</li>"
        + "<li><a href='/b'>Code du travail</a> : le droit de grève encadré</li>"
        + "<li><a href='/c'>Loi sur l'eau</a> : les nappes protégées</li></ul>";
    String intro = "Trois textes ont marqué la semaine au Parlement :";
    assertEquals(P1 + "\n\n" + intro + "\n\nLoi de finances 2026 : la défense en hausse\n\nCode du travail : le droit de grève"
        + " encadré\n\nLoi sur l'eau : les nappes protégées\n\n" + P2,
        body(article("<p>" + P1 + "</p><p>" + intro + "</p>" + links + "<p>" + P2 + "</p>")));
    // a furniture line, or a label of a word or two, introduces no article list
    assertEquals(P1 + "\n\n" + P2, body(article("<p>" + P1 + "</p><p>Vous aimerez aussi :</p>" + links + "<p>" + P2 + "</p>")));
    assertEquals(P1 + "\n\n" + P2, body(article("<p>" + P1 + "</p><p>You may also like these stories:</p>" + links
        + "<p>" + P2 + "</p>")));
  }

  @Test
  void dropsBylineDateAndReadMoreLines() {
    String text =
        body(article("<p>Par Karim Benali</p><p>17 novembre 2025</p><p>" + P1 + "</p>"
            + "<p>Lire aussi : <a href='/x'>Le Maroc mise sur l'IA</a></p><p>" + P2 + "</p>"));
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void keepsAnArticleSplitOverSiblingSections() {
    String text =
        body("<body><div class='page'><section class='component'><p>" + P1 + "</p></section>"
            + "<section class='component'><p>" + P2 + "</p></section><section class='component'><p>" + P3
            + "</p></section></div><div class='teasers'><a href='/1'>Autre sujet</a> <a href='/2'>Encore un</a></div></body>");
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, text);
  }

  @Test
  void aContentWrapperNamedLikeFurnitureIsKeptWhenItHoldsTheArticle() {
    String text =
        body("<body><article><div class='documentContent__sharingContainer'><p>" + P1 + "</p><p>" + P2
            + "</p></div></article><div class='sharing'>Partager</div></body>");
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void storiesWrappedInABlockNamedForSharingAreKeptOnAPageOfSeveral() {
    // a page of short stories, each in a "share wrapper" around its text and its share buttons
    String other =
        "La Bourse de Casablanca a clôturé la séance en hausse, portée par les valeurs bancaires, les cimentiers "
            + "et les télécoms, dans un marché qui attend les résultats annuels des grandes sociétés cotées.";
    String text =
        body("<body><div class='stories'><section><article class='sr-story'><h2><a href='/1'>Le Maroc franchit un cap</a></h2>"
            + "<div class='sr-body-share-wrapper'><div class='sr-text'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
            + "</p></div><div class='sr-share'><a href='#'>Share</a> <a href='#'>Tweet</a></div></div></article></section>"
            + ("<section><article class='sr-story'><h2><a href='/2'>La Bourse en hausse</a></h2>"
                + "<div class='sr-body-share-wrapper'><div class='sr-text'><p>" + other + "</p><p>" + other + "</p><p>" + other
                + "</p></div><div class='sr-share'><a href='#'>Share</a></div></div></article></section>").repeat(2)
            + "</div></body>");
    assertTrue(text.startsWith(P1 + "\n\n" + P2 + "\n\n" + P3), text);
    assertFalse(text.contains("Tweet"), text);
  }

  @Test
  void aShareBarIsDroppedWhateverItsName() {
    String text =
        body(article("<p>" + P1 + "</p><div class='share-wrapper'><p>Partagez cet article avec vos amis, "
            + "sur les réseaux sociaux ou par courriel.</p><a href='#'>Facebook</a> <a href='#'>X</a></div><p>" + P2 + "</p>"));
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void reactStreamedSegmentsAreReadInPlace() {
    String text =
        body("<body><main><p>" + P1 + "</p><template id='B:0'></template><p>" + P3 + "</p></main>"
            + "<div hidden id='S:0'><p>" + P2 + "</p></div><script>$RC(\"B:0\",\"S:0\")</script></body>");
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, text);
  }

  @Test
  void aStreamedArticleBodyIsFoundWhereItLandsEvenWhenThePageWasIndexedBefore() {
    Document doc =
        Jsoup.parse(
            "<body><main><template id='B:0'></template><div id=x itemprop=articleBody><p>" + P3 + "</p></div></main>"
                + "<div hidden id='S:0'><div id=y itemprop=articleBody><p>" + P1 + "</p><p>" + P2 + "</p></div></div>"
                + "<script>$RC(\"B:0\",\"S:0\")</script></body>");
    PageIndex.of(doc); // as the metadata searches leave it
    MainText.Result result = MainText.extract(doc, null, ExtractionLimits.Budget.unlimited());
    assertEquals("y", result.root().id());
    assertEquals(P1 + "\n\n" + P2, result.text());
    assertFalse(MainText.resolveStreamedSegments(doc.body()), "nothing left to move");
  }

  @Test
  void noscriptContentIsWhatAReaderWithoutScriptsSees() {
    String text = body("<body><div class='post-body'><noscript><p>" + P1 + "</p><p>" + P2 + "</p></noscript></div></body>");
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void textWrittenBetweenBlocksIsABodyToo() {
    // a news site's body: text and line breaks straight in the container, beside a photo box and an ad slot
    String text =
        body("<body><div id='wrap'><section><h2>Le Maroc franchit un cap</h2><div class='body_txt'>"
            + "<div class='img_box'><img src='a.jpg'><p class='cap'>Photo : MAP</p></div>"
            + P1 + "<br><br>" + P2 + "<div id='div-gpt-ad-1' style='width:300px'><script>ad()</script></div>" + P3
            + "</div></section><div class='chrome_pick'><p>Ce site utilise des cookies et d'autres technologies pour "
            + "améliorer la qualité du service.</p></div></div></body>");
    assertEquals(P1 + "\n" + P2 + "\n\n" + P3, text);
  }

  @Test
  void textWrittenBetweenTheBlocksOfAFooterIsNoBody() {
    // a forum thread whose first post is an image: the footer's blurb is no article
    String text =
        body("<body><div class='p-body'><h1>Le Maroc franchit un cap</h1><div class='message-user'>"
            + "<p><a href='/members/1'>Karim</a> · Membre depuis mai 2017</p><p>Messages : 3 066 · Réactions : 1 204</p></div>"
            + "</div><div id='footer'><div class='p-footer-column'><h3>À propos</h3>" + P3 + "</div></div></body>");
    assertFalse(text.contains(P3), text);
  }

  @Test
  void hiddenBlocksAreDropped() {
    String text = body(article("<p>" + P1 + "</p><div style='display:none'><p>" + P3 + "</p></div><p>" + P2 + "</p>"));
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void schemaOrgArticleBodyIsTakenWhenItHoldsTheText() {
    String text =
        body("<body><div class='story'><p>" + P3 + "</p><div itemprop='articleBody'><p>" + P1 + "</p><p>" + P2
            + "</p></div></div></body>");
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void lineBreaksSplitLinesWithinAParagraph() {
    String text = body("<body><div class='content'><p>" + P1 + "<br>" + P2 + "</p></div></body>");
    assertEquals(P1 + "\n" + P2, text);
  }

  @Test
  void aRelatedArticlesBlockAfterTheArticleIsCutAtItsHeading() {
    String text =
        body("<body><div class='story'><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>"
            + "<h3>Über den Autor</h3><p>Karim Benali schreibt seit 2010 über Wirtschaft, Handel und die Häfen des Mittelmeers.</p>"
            + "</div></body>");
    assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, text);
  }

  @Test
  void theSameHeadingEarlyInTheArticleIsKept() {
    String text =
        body("<body><div class='story'><p>" + P1 + "</p><h2>Zum Weiterlesen</h2><p>" + P2 + "</p><p>" + P3 + "</p></div></body>");
    assertTrue(text.contains("Zum Weiterlesen"), text);
  }

  @Test
  void aCookieNoticeIsDroppedEvenWhenLong() {
    String notice =
        "This website uses cookies and other technology to enhance quality of service. Continuous usage of the "
            + "website will be considered as giving consent to the application of such technology and the policy.";
    String text = body(article("<p>" + P1 + "</p><div class='chrome_pick'><p>" + notice + "</p></div><p>" + P2 + "</p>"));
    assertEquals(P1 + "\n\n" + P2, text);
  }

  @Test
  void aDateLineAfterASubtitleIsStillPreamble() {
    String text = body(article("<h2>Un secteur en pleine croissance</h2><p>11 Jan 2019</p><p>" + P1 + "</p><p>" + P2 + "</p>"));
    assertEquals("Un secteur en pleine croissance\n\n" + P1 + "\n\n" + P2, text);
  }

  @Test
  void aShortLeadWithAYearOrADateOpensTheStory() {
    String lead = "Le Maroc a accueilli 17,4 millions de touristes en 2024.";
    assertEquals(lead + "\n\n" + P1, body(article("<p>" + lead + "</p><p>" + P1 + "</p>")));
    // the same lead as a sentence with a full date, after the page's own date line
    String dated = "Le roi a reçu, le 17 février 2021 à Rabat, le président du Sénégal.";
    assertEquals(dated + "\n\n" + P1, body(article("<p>Mercredi 17 février 2021 - 10:42</p><p>" + dated + "</p><p>" + P1 + "</p>")));
  }

  @Test
  void aLeadThatOpensWithABylineWordIsNoByline() {
    for (String lead : List.of("De nombreux Marocains ont manifesté samedi à Rabat contre la vie chère.",
        "Par ailleurs, la Bourse de Casablanca a clôturé la séance en hausse.",
        "Von Montag an gilt in allen Geschäften wieder die Maskenpflicht.",
        "Por su parte, el Gobierno anunció nuevas ayudas.")) {
      assertEquals(lead + "\n\n" + P1 + "\n\n" + P2, body(article("<p>" + lead + "</p><p>" + P1 + "</p><p>" + P2 + "</p>")), lead);
    }
    // bylines that open bodies in the gold sets
    for (String byline : List.of("By", "By:", "By Lizzie Streit, MS, RDN, LD", "von Daniela Obers",
        "Par E. NURDIN - 05:01 - Temps de lecture :", "بقلم محمد الأمين")) {
      assertEquals(P1 + "\n\n" + P2, body(article("<p>" + byline + "</p><p>" + P1 + "</p><p>" + P2 + "</p>")), byline);
    }
  }

  @Test
  void dateLinesBeforeTheStoryAreToldFromSentences() {
    // date lines that open bodies in the gold sets
    for (String line : List.of("Dec 1, 2025", "Lübeck, 31. März 2003", "04.02.2022 | 13:10 Uhr | Uta Helkenberg",
        "Originally posted February 2017", "Article mis à jour le 7 janvier 2020.", "26 | 01 | 2022",
        "تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً", "Managua, Nicaragua 26, Abril, 2022 7:43 p.m.",
        "Publié dans PanoraPost le 17 - 02 - 2021")) {
      assertTrue(MainText.isDateLine(line), line);
    }
    // and stories' first sentences
    for (String line : List.of("PARIS (AP) - Holy shit. It’s 2025!", "The Garden · Derek Jarman (1990)",
        "Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Cafe Hurricane statt.",
        "You may see prices rise again in 2025", "ماذا يخبئ شهر فبراير 2021 للمغاربة؟")) {
      assertFalse(MainText.isDateLine(line), line);
    }
  }

  @Test
  void aPageWithoutBodyTextGivesNothing() {
    assertEquals("", body("<html><body><nav><a href='/'>Accueil</a></nav></body></html>"));
    assertEquals("", MainText.of(Jsoup.parse("")));
  }

  @Test
  void anExhaustedBudgetStopsTheExtraction() {
    Document doc = Jsoup.parse(article(("<p>" + P1 + "</p>").repeat(2000)));
    ExtractionLimits limits = new ExtractionLimits(Duration.ofNanos(1), 1000, 10, 1000);
    ExtractionLimits.Budget budget = limits.start();
    ExtractionLimits.Exceeded e =
        assertThrows(ExtractionLimits.Exceeded.class, () -> MainText.extract(doc, null, budget));
    assertEquals("extractTimeout", e.reason());
  }

  @Test
  void theDocumentIsNotChangedExceptForStreamedSegments() {
    Document doc = Jsoup.parse(article("<p>" + P1 + "</p><p>" + P2 + "</p>"));
    String before = doc.outerHtml();
    assertTrue(MainText.of(doc).contains(P1));
    assertEquals(before, doc.outerHtml());
    assertFalse(before.isEmpty());
  }

  @Test
  void theLeadInTheArticleHeaderOpensTheBody() {
    // the layout of a German regional paper (wochenblatt.com): the lead sits in the article's header,
    // beside the headline, outside the body's container
    String lead = "In einem ersten Gespräch zeigte sich die NRW-Landwirtschaftsministerin offen für die Forderung.";
    String html =
        "<html><body><main><header class='m-intro-header'><h1>Le Maroc franchit un cap</h1>"
            + "<p class='a-lead'>" + lead + "</p></header>"
            + "<div class='l-container'><div class='m-text'><p>" + P1 + "</p><p>" + P2 + "</p></div></div></main>"
            + "<footer><p>© 2025 Le Journal</p></footer></body></html>";
    assertEquals(lead + "\n\n" + P1 + "\n\n" + P2, body(html));
  }

  @Test
  void aLeadInsideTheChosenContainerIsKeptFromItsDiscardedHeader() {
    // zeit.de: the summary is in the article's <header>, with the byline beside it in the same intro block
    String lead = "Weltweit finanzieren Banken und Investoren Unternehmungen, die dem Klima schaden.";
    String html =
        "<html><body><article><header class='article-header'><h1>Le Maroc franchit un cap</h1>"
            + "<div class='article__intro'><div class='summary'>" + lead + "</div>"
            + "<div class='byline'>Von Heike Buchter</div></div></header>"
            + "<p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
    assertEquals(lead + "\n\n" + P1 + "\n\n" + P2, body(html));
  }

  @Test
  void aLeadTheBodyRepeatsIsNotWrittenTwiceAndTeaserListsAreNoLead() {
    String html =
        "<html><body><main><div class='teaser'><a href='/a'>" + P3 + "</a></div>"
            + "<header><p class='lead'>" + P1 + "</p></header>"
            + "<div class='text'><p>" + P1 + "</p><p>" + P2 + "</p></div></main></body></html>";
    assertEquals(P1 + "\n\n" + P2, body(html));
  }

  @Test
  void theLikeBlockOfWordPressIsLeftOut() {
    String html =
        article("<p>" + P1 + "</p><p>" + P2 + "</p><div id='jp-post-flair' class='sharedaddy sd-like-enabled'>"
            + "<div class='sharedaddy sd-block sd-like'><h3 class='sd-title'>Gefällt mir:</h3>"
            + "<span class='loading'>Wird geladen …</span></div></div>");
    assertEquals(P1 + "\n\n" + P2, body(html));
  }

  @Test
  void aSectionHeadingThatQuotesPartOfTheTitleStays() {
    // heise.de: the headline "Lithium-Ionen-Akkus: Nur die Folie bleibt zurück" and, further down, its section "Nur die Folie bleibt zurück"
    String html =
        "<html><body><article><h1>Recycling: Nur die Folie bleibt zurück</h1><p>" + P1 + "</p>"
            + "<h3>Nur die Folie bleibt zurück</h3><p>" + P2 + "</p></article></body></html>";
    String text = MainText.extract(Jsoup.parse(html), "Recycling: Nur die Folie bleibt zurück", ExtractionLimits.Budget.unlimited()).text();
    assertEquals(P1 + "\n\nNur die Folie bleibt zurück\n\n" + P2, text);
  }

  @Test
  void readingTimesAndViewCountsThatOpenTheBodyAreLeftOut() {
    // deutsche-wirtschafts-nachrichten.de, hejfish.com, stacyblackman.com and breakingbelizenews.com in the gold sets
    for (String line : List.of("Lesezeit: 1 min", "Lesezeit: 2 Minuten", "1,693 views", "Views: 184", "Durée de lecture : 4 min",
        "Tiempo de lectura: 3 minutos", "2.345 Aufrufe")) {
      assertEquals(P1, MainText.dropPreambleLines(line + "\n" + P1), line);
    }
    String story = "Views on the new law differ: 12 of 40 members voted against it.";
    assertEquals(story, MainText.dropPreambleLines(story));
  }
}
