package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {

  private static Element el(String html) {
    return Jsoup.parse(html).body().child(0);
  }

  @Test
  void classNamesAreSplitIntoTokensSoThatAdDoesNotMatchHeader() {
    assertArrayEquals(new String[] {"v8", "modal", "bg"}, Boilerplate.tokens("v8Modal__bg"));
    assertArrayEquals(new String[] {"related", "posts"}, Boilerplate.tokens("relatedPosts"));
    assertEquals(Boilerplate.Hint.WEAK_FURNITURE, Boilerplate.hint("ad-slot"));
    assertEquals(Boilerplate.Hint.NONE, Boilerplate.hint("page-heading"));
    assertEquals(Boilerplate.Hint.NONE, Boilerplate.hint("bg-royal-purple-1100 items-center justify-between"));
  }

  /** fool.com's article sections, each the target of a link of its table of contents. */
  @Test
  void aSectionATableOfContentsLinksToIsNoTableOfContents() {
    assertEquals(Boilerplate.Hint.NONE, Boilerplate.hint(el("<div id='toc_how-they-work'><p>x</p></div>")));
    assertEquals(Boilerplate.Hint.NONE, new Boilerplate.Hints().of(el("<div id='toc-what-is-an-index-fund'><p>x</p></div>")));
    assertEquals(Boilerplate.Hint.WEAK_FURNITURE, Boilerplate.hint(el("<div id='toc'><a href='#a'>a</a></div>")));
    assertEquals(Boilerplate.Hint.WEAK_FURNITURE, Boilerplate.hint(el("<div id='toc_faq'><a href='#a'>a</a></div>")),
        "one word after toc may name the table itself");
    assertEquals(Boilerplate.Hint.WEAK_FURNITURE, Boilerplate.hint(el("<div class='toc_how-they-work'><p>x</p></div>")),
        "a class names what a block is");
  }

  @Test
  void strongFurnitureWordsWinWithinOneName() {
    assertEquals(Boilerplate.Hint.STRONG_FURNITURE, Boilerplate.hint("comments-area"));
    assertEquals(Boilerplate.Hint.STRONG_FURNITURE, Boilerplate.hint("jp-relatedposts"));
    assertEquals(Boilerplate.Hint.STRONG_FURNITURE, Boilerplate.hint("social-share-buttons"));
    assertEquals(Boilerplate.Hint.STRONG_FURNITURE, Boilerplate.hint("bloc-lire-aussi"));
    assertEquals(Boilerplate.Hint.STRONG_FURNITURE, Boilerplate.hint("noticias-relacionadas"));
    assertEquals(Boilerplate.Hint.STRONG_FURNITURE, Boilerplate.hint("meistgelesen"));
    assertEquals(Boilerplate.Hint.WEAK_FURNITURE, Boilerplate.hint("post-meta"), "a furniture word beats 'post'");
  }

  @Test
  void whatOnlyScreenReadersReadIsStrongFurniture() {
    // Bootstrap, WordPress and Drupal: "Skip to content", Drupal's <h2 class="element-invisible">You are here</h2>
    for (String name : new String[] {"sr-only", "screen-reader-text", "visually-hidden", "element-invisible", "a11y-hidden"}) {
      assertEquals(Boilerplate.Hint.STRONG_FURNITURE, Boilerplate.hint(name), name);
    }
    assertEquals(Boilerplate.Hint.NONE, Boilerplate.hint("element-visible"));
  }

  @Test
  void contentNamesProtectAgainstFurnitureNamesOfOtherClasses() {
    assertEquals(Boilerplate.Hint.CONTENT, Boilerplate.hint("entry-content"));
    assertEquals(Boilerplate.Hint.CONTENT, Boilerplate.hint("elementor-widget-theme-post-content"));
    assertEquals(Boilerplate.Hint.WEAK_FURNITURE_IN_CONTENT, Boilerplate.hint("content-wrapper sidebar-left"));
    assertEquals(Boilerplate.Hint.WEAK_FURNITURE, Boilerplate.hint("foolcom-grid-toc-content-sidebar"));
  }

  @Test
  void stateModifiersSayNothing() {
    // WordPress puts these on the article itself
    assertEquals(Boilerplate.Hint.CONTENT, Boilerplate.hint("post type-post hentry tag-economy comments-open"));
    assertEquals(Boilerplate.Hint.NONE, Boilerplate.hint("has-sidebar"));
  }

  @Test
  void landmarkRolesAndHiddenMarkupAreFurniture() {
    assertEquals(Boilerplate.Hint.STRONG_FURNITURE, Boilerplate.hint(el("<div role='navigation'>x</div>")));
    assertTrue(Boilerplate.isHidden(el("<div style='display: none'>x</div>")));
    assertTrue(Boilerplate.isHidden(el("<div aria-hidden='true'>x</div>")));
    assertTrue(Boilerplate.isHidden(el("<div hidden>x</div>")));
    assertFalse(Boilerplate.isHidden(el("<div style='color:red'>x</div>")));
    assertTrue(Boilerplate.namesComments(el("<section id='comments-area'>x</section>")));
    assertFalse(Boilerplate.namesComments(el("<div id='socialicons-sticky'>x</div>")));
    assertTrue(Boilerplate.namesArticleBody(el("<div class='td-post-content tagdiv-type'>x</div>")));
    assertTrue(Boilerplate.namesArticleBody(el("<div itemprop='articleBody'>x</div>")));
    assertFalse(Boilerplate.namesArticleBody(el("<div class='content'>x</div>")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lire aussi : Le Maroc franchit un cap",
        "(Credit: Clayton Aldern / Grist)",
        "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin, gkc19 von Simon Dückert. Permanentlink.",
        "À lire également",
        "Partager sur Facebook",
        "Merci d'avoir signalé!",
        "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes.",
        "Cliquez ici pour lire l'article depuis sa source.",
        "Read more: Budget 2026 explained",
        // WordPress's like button before its script has run (wcxb 0071, nh24.de), DW's short link
        "Like Loading...",
        "Gefällt mir Wird geladen …",
        "Permalien https://p.dw.com/p/RPYx",
        "Kommentieren",
        "Advertisement",
        "© 2025 Le Matin. Tous droits réservés.",
        "We use cookies to improve your experience.",
        "Lee también: la economía crece",
        "Mehr zum Thema",
        "اقرأ أيضا: الحكومة تصادق على المشروع",
        "Photo: Reuters",
        "Please enable JavaScript to view the comments.",
        // "turn on JavaScript" notices of the gold sets' pages (wcxb 0450, eurostat, osthessen-news.de, journelles.de,
        // vinosytapas.de)
        "You need JavaScript to view the comments.",
        "Włącz obsługę języka JavaScript, aby strona działała prawidłowo.",
        "Zur optimalen Darstellung von Osthessen|News wird Javascript benötigt.",
        "Turn on your JavaScript to view content",
        // data.gov.uk's map search, in the British Library's 2014 crawl (ukwa-webarchive-discovery BL-20140325121225068)
        "You do not appear to have JavaScript enabled in your browser.",
        "This application requires JavaScript in order to function correctly, so please ensure it is enabled before proceeding.",
        "JavaScript must be enabled to use this site.",
        "Dieser Shop setzt voraus, dass Sie JavaScript aktivieren haben. Bitte aktivieren Sie JavaScript in Ihrem Browser.",
        "Pour profiter de toutes les fonctionnalités, activez JavaScript.",
        // a line that names an agency and asks for JavaScript: both of the alternatives that may start anywhere
        "Vidéo AFP : pour la regarder, activez JavaScript.",
        "AFP / MARCO BERTORELLO",
        "Augusta National/Getty Images",
        "Rezept drucken",
        "Dieser Beitrag wurde am 5. Mai veröffentlicht.",
        "- Anzeige -",
        "Most read", "Most Popular Stories This Week", "Auch interessant: Die besten Wanderwege im Allgäu",
        "شارك", "شارك على فيسبوك", "شارك المقال", "شارك هذا الخبر عبر واتساب",
        "إقرأ أيضا: الحكومة تصادق على مشروع قانون المالية", "أقرأ المزيد", "ذات صلة",
        "À lire", "A lire : Le Maroc franchit un cap",
        // the forms of the gold sets' pages whose patterns now need a separator or a bounded tail
        "Werbung | Anzeige", "*Werbung. Dieser Beitrag enthält Werbung für Mymarini.", "Werbung für Plantur Farbshampoo",
        "Copyright", "Copyright Notice", "Copyright 2019 by Bumm Film GmbH", "Copyright © 2024 Hespress",
        "Copyright, Trademark and Patent Information", "Copyright-Hinweis ein-/ausblenden", "Posted in News Release",
        "Updated", "Updated on November 20, 2025", "Updated: December 9, 2024", "Updated March 3, 2024", "Updated 3 hours ago",
        "Last updated on September 16th, 2023 at 09:27 am", "Modified", "Sign up", "Sign Up Now", "Sign up for our newsletter",
        "Sign up with your email address to receive news and updates.", "Follow us", "Follow us on Twitter",
        "Follow us: Apple News | Google News", "Sur le même sujet", "Sur le même sujet : la réforme du code de la famille",
        "Noticias relacionadas", "Noticias relacionadas: la sequía en Andalucía", "أخبار ذات صلة: الجفاف"
      })
  void furnitureLinesInTheCorpusLanguages(String line) {
    assertTrue(Boilerplate.isFurnitureLine(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Le ministre a lu aussi le rapport de la Cour des comptes avant de répondre aux députés.",
        "Sources close to the talks said no deal was expected before March.",
        "Share prices fell by 3% on Tuesday after the announcement of the merger with its rival.",
        "JavaScript reste le langage le plus utilisé par les développeurs marocains.",
        "You need patience, not JavaScript, to learn how the web was built.",
        "The site requires JavaScript developers who know React and TypeScript.",
        // short sentences that open like a "most read" box, a German teaser or an Arabic share button
        "Most readers will agree that the new law is a step forward.",
        "Most popular among young voters was the candidate of the left.",
        "Auch interessant ist, dass die Zahl der Touristen wieder gestiegen ist.",
        "شارك المغرب في أشغال القمة الإفريقية",
        "شارك الآلاف في المسيرة",
        "A lire ces lignes, on comprend que le gouvernement n'a pas fini de négocier.",
        // sentences that open with a word of a furniture line: an ad, a copyright line, a post's category, an
        // update stamp, a newsletter or social-media call, a French "on the same subject" box
        "Werbung für Tabak ist in Deutschland seit 2021 weitgehend verboten.",
        "Werbung im Fernsehen bleibt für viele Parteien unverzichtbar.",
        "Copyright law has not kept pace with generative AI, the report says.",
        "Copyright holders say the ruling will hurt them.",
        "Posted in 2019, the video has been viewed three million times.",
        "Updated rules take effect in March.",
        "Modified crops remain controversial in Europe.",
        "Sign up rates for the programme fell sharply last year.",
        "Follow us closely, the coach told his players.",
        "Sur le même sujet, le Parlement a voté mardi une loi sur l'eau.",
        "Noticias relacionadas con la sequía han ocupado las portadas durante todo el verano.",
        "أخبار ذات صلة بالجفاف تصدرت الصفحات الأولى طيلة الصيف."
      })
  void proseIsNotFurniture(String line) {
    assertFalse(Boilerplate.isFurnitureLine(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Related articles", "Über den Autor", "Das könnte Sie auch interessieren:", "Sur le même sujet",
      "Noticias relacionadas", "مقالات ذات صلة", "Was this article helpful?", "Pressekontakt:", "Kontakt",
      "Ansprechpartner Presse bei Nordex SE", "Ansprechpartnerin zum Thema:", "Media contacts:", "Contact presse",
      "ذات صلة", "إقرأ أيضا", "أخبار ذات صلة", "Related — 有關", "Lire aussi / اقرأ أيضا", "اقرأ أيضا | Lire aussi",
      "Most read", "Most popular stories", "Trending now", "Meistgelesen", "Meistgelesene Artikel", "Les plus partagés",
      "Les plus commentés", "Lo más visto", "الأكثر مشاهدة", "الأكثر تداولا"})
  void tailHeadingsInTheCorpusLanguages(String line) {
    assertTrue(Boilerplate.isTailHeading(line), line);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // the closing lines of real articles in trafilatura's evaluation set
        "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
        "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica. Send us a message on"
            + " WhatsApp at 1-876-499-0169 or email us at onlinefeedback@gleanerjm.com",
        "¿Ya sabías que en Guatemala.com tenemos canal de Telegram? Únete desde tu celular en este enlace de invitación.",
        "¡Mira lo que tiene nuestro canal de YouTube!",
        "Do you want to be informed of DiEM25's actions? Sign up here",
        "If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!",
        "© 2022, BreakingBelizeNews.com. This article is the copyrighted property of Breaking Belize News. Written"
            + " permission must be obtained before reprint in online or print media.",
        "NOW Grenada is not responsible for the opinions, statements or media content presented by contributors.",
        "Get the latest news straight to your phone with the VI Consortium app.",
        "Folgen Sie uns auf Twitter / Liken Sie uns auf Facebook",
        "Don't miss the latest news from around Scotland and beyond - Sign up to our daily newsletter here.",
        "Suivez-nous sur Facebook et Instagram pour ne rien manquer.",
        "Síguenos en Twitter: @elpais",
        // one phrase of each kind that a lead-in may come before, each found behind the words that gate that pattern
        "Pour ne rien rater de l'actualité, téléchargez notre application gratuite.",
        "Aktuelle Nachrichten aus der Region: Laden Sie sich unsere kostenlose News-App herunter.",
        "Para más noticias, descarga nuestra app.",
        "Breaking news as it happens: join our WhatsApp channel.",
        "Times are hard for newsrooms. Please consider supporting our reporting.",
        "Every contribution helps us support local journalism in the Souss."
      })
  void theSiteSpeakingForItselfIsAPromotion(String paragraph) {
    assertTrue(Boilerplate.isSitePromotion(paragraph), paragraph);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Follow the money, the prosecutor told the jury on Tuesday, and you will find the minister's brother.",
        "The ministry launched a Telegram channel last year to reach farmers in the Rif, the spokesman said.",
        "Download the Signal app from the official store only, the agency advised after the breach.",
        "Supporters of the club marched through Casablanca on Sunday, and the police said the day passed without incident.",
        "Le ministre a annoncé sur Twitter qu'il se rendrait à Rabat."
      })
  void storyLinesAreNoPromotion(String paragraph) {
    assertFalse(Boilerplate.isSitePromotion(paragraph), paragraph);
  }

  @Test
  void aPromotionIsAShortParagraph() {
    String quoted = "Download our app for iOS and Android, the campaign's flyer said. ";
    assertTrue(Boilerplate.isSitePromotion(quoted));
    assertFalse(Boilerplate.isSitePromotion(quoted + "The rest of the article went on to tell the story of the campaign. ".repeat(6)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "To view the full story, please subscribe to The Haitian Times. You can choose a $60 Annual Subscription or a $5 Weekly Pass.",
        "To read the rest of this story subscribe to STAT+.",
        "Cet article est réservé aux abonnés.",
        "Pour lire la suite de cet article, abonnez-vous.",
        "Pour continuer à lire cet article, vous devez être abonné.",
        "Dieser Artikel ist nur für Abonnenten verfügbar."
      })
  void paywallNotices(String paragraph) {
    assertTrue(Boilerplate.isPaywallNotice(paragraph), paragraph);
    assertFalse(Boilerplate.isPaywallNotice("Critics say the rule means readers " + paragraph.toLowerCase()));
  }

  @Test
  void subscribersInTheStoryAreNoPaywall() {
    // a telecom story's subscribers ("abonnés"), not the site's
    assertFalse(Boilerplate.isPaywallNotice(
        "Pour continuer à utiliser leur ligne, les abonnés de Maroc Telecom doivent faire identifier leur carte SIM avant la fin du mois."));
    assertFalse(Boilerplate.isPaywallNotice("Pour lire leurs factures en ligne, les abonnés de l'ONEE disposent d'une nouvelle application."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"27 commentaires", "1 commentaire", "Un commentaire", "3 Comments", "One Response", "12 thoughts on “Why we left”",
      "5 réflexions sur « Le budget 2026 »", "2 Gedanken zu „Ein Jahr danach“", "4 comentarios en «La sequía»", "8 Kommentare",
      "12 تعليقا", "تعليق واحد"})
  void headingsThatCountComments(String line) {
    assertTrue(Boilerplate.isCommentsCount(line), line);
  }

  @Test
  void aCountOfCommentsInProseHeadsNoThread() {
    assertFalse(Boilerplate.isCommentsCount("3 comments from the minister angered the opposition"));
    assertFalse(Boilerplate.isCommentsCount("Commentaires"));
    assertFalse(Boilerplate.isCommentsCount("27 commentaires ont été supprimés par la modération, a indiqué le site."));
  }

  @Test
  void aTailHeadingIsAWholeShortLine() {
    assertFalse(Boilerplate.isTailHeading("Related articles on the budget were published last week by the ministry."));
    assertFalse(Boilerplate.isTailHeading("Comments from the minister"));
    // a heading whose part after a dash is more than a gloss
    assertFalse(Boilerplate.isTailHeading("Related — how the ministry built this year's budget"));
    assertFalse(Boilerplate.isTailHeading("Kontakt zu den Entführern"));
    assertFalse(Boilerplate.isTailHeading("Press contacts with the palace were cut off in March."));
    assertFalse(Boilerplate.isTailHeading("Most readers agree"));
    assertFalse(Boilerplate.isTailHeading("Trending downward: the dirham against the euro"));
    assertFalse(Boilerplate.isTailHeading("Les plus partagés des Marocains"));
  }

  @Test
  void consentNoticesAreRecognisedInTheCorpusLanguages() {
    assertTrue(Boilerplate.isConsentNotice("Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site web. "
        + "Si vous continuez à utiliser ce site, nous supposerons que vous en êtes satisfait."));
    assertTrue(Boilerplate.isConsentNotice("Diese Website verwendet Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten."));
    assertTrue(Boilerplate.isConsentNotice("We and our partners store and/or access information on a device, such as cookies and"
        + " process personal data, such as unique identifiers and standard information sent by a device for personalised"
        + " advertising and content, ad and content measurement, and audience insights, as well as to develop and improve"
        + " products."), "the IAB consent framework's notice");
    assertFalse(Boilerplate.isConsentNotice("\u201cWe and our partners use every channel to reach the displaced families,\u201d"
        + " said the official. Personal data of refugees is protected, she added."), "a quote: no device or data in its sentence");
    assertFalse(Boilerplate.isConsentNotice("The regulator said cookies would be banned next year, and that this website uses cookies too."
        .repeat(10)));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "This site uses cookies.", "Our website uses cookies to improve your experience.", "We use cookies.",
    "By continuing to use this site you agree.", "By using our website, you accept our terms.",
    "Nous utilisons des cookies.", "Ce site utilise des cookies.", "En poursuivant votre navigation, vous acceptez.",
    "Wir verwenden Cookies.", "Diese Seite verwendet Cookies.", "Diese Webseite verwendet Cookies.",
    "Diese Website nutzt Cookies.", "Utilizamos cookies.", "Este sitio web utiliza cookies.", "Usamos cookies.",
    "يستخدم هذا الموقع ملفات تعريف الارتباط.",
    "We and our partners store and/or access information on a device.", "We and our 842 partners process personal data.",
    "We and our vendors use cookies.",
    "Nous et nos partenaires stockons et/ou accédons à des informations sur un appareil, telles que les cookies.",
    "Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
    "Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo."
  })
  void everyConsentPhrasePassesTheWordPrecheck(String notice) {
    assertTrue(Boilerplate.mayBeConsentNotice(LowerCase.chars(notice)), notice);
    assertTrue(Boilerplate.isConsentNotice(notice), notice);
  }

  @Test
  void proseWithoutAConsentWordSkipsThePattern() {
    assertFalse(Boilerplate.mayBeConsentNotice(LowerCase.chars("Le conseil municipal a voté mardi le budget des écoles.")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Getty Images", "iStockphoto.com", "iStock", "Shutterstock", "picture alliance", "Picture-Alliance / dpa",
        "Imago Images", "KEYSTONE", "AFP", "dpa", "Reuters", "EPA", "AP Photo/John Doe",
      })
  void aShortLineThatNamesAPhotoAgencyIsFurniture(String agency) {
    assertTrue(Boilerplate.isFurnitureLine("Demonstrators in the capital on Sunday. " + agency), agency);
    assertFalse(Boilerplate.isFurnitureLine("Demonstrators in the capital on Sunday. Agencies"));
  }

  @Test
  void anAlternativeIsTakenOutOfAPatternOnlyWhenItIsOneOfItsAlternatives() {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?i)^(?:a|b.*|c)$");
    assertEquals("(?i)^(?:a|c)$", Boilerplate.withoutAlternative(p, "b.*").pattern());
    assertTrue(Boilerplate.withoutAlternative(p, "b.*").matcher("A").matches(), "the flags are kept");
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Boilerplate.withoutAlternative(p, "d"));
  }

  /** energysage.com's guide (WCXB): each step's text is in an accordion panel its page closes with an inline style. */
  @Test
  void anAccordionsClosedPanelIsNotHidden() {
    Element doc = Jsoup.parse("<div class='es-accordion-list'><div class='es-accordion'><a aria-controls='s1' role='button'>"
        + "1. Understand your electric bill</a><div id='s1' style='display:none;' role='region' aria-labelledby='h1'>"
        + "<div class='es-accordion-content'><p id='p1'>Installing solar panels can offset your electric bill.</p></div></div>"
        + "<div id='s2' style='display: none'><p>Week 2</p></div></div></div>"
        + "<div id='plain' style='display:none'><p>Subscribe to our newsletter</p></div>"
        + "<div id='labelled' style='display:none' role='region'><p>No heading labels this region.</p></div>").body();
    assertFalse(Boilerplate.isHidden(doc.getElementById("s1")), "a region labelled by its heading");
    assertFalse(Boilerplate.isHidden(doc.getElementById("s2")), "inside an element named an accordion");
    assertTrue(Boilerplate.isHidden(doc.getElementById("plain")));
    assertTrue(Boilerplate.isHidden(doc.getElementById("labelled")));
    assertTrue(Boilerplate.isHidden(el("<div class='accordion' style='visibility:hidden'>x</div>")), "not closed, invisible");
  }

  /** fool.com's lazy blocks, as the page is archived before its script fills them. */
  @ParameterizedTest
  @ValueSource(strings = {"Loading...", "Loading paragraph...", "Loading image...", "Loading hub_pages...", "Loading faq…",
      "loading"})
  void aPlaceholderOfALazyBlockIsFurniture(String line) {
    assertTrue(Boilerplate.isFurnitureLine(line), line);
  }

  @Test
  void aSentenceAboutLoadingIsNoPlaceholder() {
    assertFalse(Boilerplate.isFurnitureLine("Loading the ship took three days."));
    assertFalse(Boilerplate.isFurnitureLine("Loading docks were closed..."));
  }

  @Test
  void longLinesAreNeverFurniture() {
    assertFalse(Boilerplate.isFurnitureLine("We use cookies " + "and more text ".repeat(20)));
  }

  @Test
  void aNameIsOnlySharingWhenNoFurnitureIsLeftWithoutItsSharingWord() {
    assertTrue(Boilerplate.namesOnlySharing(el("<div class='sr-body-share-wrapper'>x</div>")));
    assertTrue(Boilerplate.namesOnlySharing(el("<div class='post has-comments' id='sharing'>x</div>")));
    assertFalse(Boilerplate.namesOnlySharing(el("<div class='social-share'>x</div>")));
    assertFalse(Boilerplate.namesOnlySharing(el("<div class='share-box related-posts'>x</div>")));
    assertFalse(Boilerplate.namesOnlySharing(el("<div class='story-body'>x</div>")));
  }

  @Test
  void leadNamesAreRecognisedByTheirTokens() {
    assertTrue(Boilerplate.namesLead(Jsoup.parse("<p class='article__abstract'>x</p>").selectFirst("p")));
    assertTrue(Boilerplate.namesLead(Jsoup.parse("<div class='contentHeaderHeader__abstract'>x</div>").selectFirst("div")));
    assertTrue(Boilerplate.namesLead(Jsoup.parse("<h2 class='epigraph'>x</h2>").selectFirst("h2")));
    assertTrue(Boilerplate.namesLead(Jsoup.parse("<div id='lead'>x</div>").selectFirst("div")));
    assertFalse(Boilerplate.namesLead(Jsoup.parse("<div class='leading-normal'>x</div>").selectFirst("div")));
    assertFalse(Boilerplate.namesLead(Jsoup.parse("<div>x</div>").selectFirst("div")));
  }

  @Test
  void jetpackLikeBlocksDisclosuresAndTheCommentFormAreFurniture() {
    assertEquals(Boilerplate.Hint.STRONG_FURNITURE, Boilerplate.hint(el("<div class='sharedaddy sd-block sd-like'>x</div>")));
    assertEquals(Boilerplate.Hint.WEAK_FURNITURE, Boilerplate.hint(el("<section class='editorial-disclosure'>x</section>")));
    assertEquals(Boilerplate.Hint.WEAK_FURNITURE, Boilerplate.hint(el("<div id='respond'>x</div>")));
    assertEquals(Boilerplate.Hint.WEAK_FURNITURE, Boilerplate.hint(el("<p class='postmetadata alt'>x</p>")));
  }
}
