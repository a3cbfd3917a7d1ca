package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class AuthorsTest {

  private static List<String> authors(String html) {
    return Authors.of(Jsoup.parse(html));
  }

  @Test
  void everyBylineClassWordHoldsAStemOfTheCheapPrecheck() {
    String words = Authors.BYLINE_CLASS.pattern().replace("(^|[-_ ])(", "").replace(")([-_ ]|$)", "").replace("-?", "");
    for (String word : words.split("\\|")) {
      assertTrue(Authors.BYLINE_CLASS_STEMS.stream().anyMatch(word::contains), word + " has no stem");
      assertTrue(Authors.isBylineClass("post-" + word.toUpperCase(java.util.Locale.ROOT) + " x"), word);
    }
    assertTrue(Authors.isBylineClass("Article-By-Line"));
    assertFalse(Authors.isBylineClass("authority-box"), "a stem, but not a word of its own");
    assertFalse(Authors.isBylineClass("entry-meta"));
  }

  @Test
  void jsonLdAuthorsComeFirstOneNamePerElement() {
    String html =
        "<head><meta name='author' content='Webmaster'><script type='application/ld+json'>"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"Karim Benali\"},"
            + "{\"@type\":\"Person\",\"name\":\"Sara El Idrissi\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"PanoraPost\"}}"
            + "</script></head><body></body>";
    assertEquals(List.of("Karim Benali", "Sara El Idrissi"), authors(html));
  }

  @Test
  void jsonLdAuthorInAGraphOrAsPlainText() {
    assertEquals(List.of("Jane Doe"), authors("<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"WebPage\"},"
        + "{\"@type\":\"Article\",\"author\":{\"@type\":\"Person\",\"name\":\"Jane Doe\"}}]}</script>"));
    assertEquals(List.of("Jane Doe"), authors("<script type='application/ld+json'>{\"@type\":\"Article\",\"author\":\"Jane Doe\"}</script>"));
  }

  /** Yoast's graph (WordPress): the article names its writer by reference, the writer's node holds the name. */
  @Test
  void jsonLdAuthorGivenByReferenceIsLookedUpInTheGraph() {
    String graph =
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
            + "{\"@type\":\"Organization\",\"@id\":\"https://citylimits.org/#organization\",\"name\":\"City Limits\"},"
            + "{\"@type\":\"Article\",\"@id\":\"https://citylimits.org/2023/11/08/video/#article\","
            + "\"author\":{\"@id\":\"https://citylimits.org/#/schema/person/e012f87e\"},"
            + "\"publisher\":{\"@id\":\"https://citylimits.org/#organization\"}},"
            + "{\"@type\":[\"Person\"],\"@id\":\"https://citylimits.org/#/schema/person/e012f87e\",\"name\":\"Tatyana Turner\"}]}"
            + "</script>";
    String relatedCards =
        "<div class='jet-listing-grid'><div class='item'><h2>By <a rel='author' href='/author/cs'>Claire Stottlemyer</a></h2></div>"
            + "<div class='item'><h2>By <a rel='author' href='/author/ew'>Emma Whitford</a></h2></div></div>";
    assertEquals(List.of("Tatyana Turner"), authors("<head>" + graph + "</head><body>" + relatedCards + "</body>"));
  }

  @Test
  void metaAuthorIsSplitIntoNames() {
    assertEquals(List.of("Ana García", "Luis Pérez"), authors("<meta name='author' content='Ana García y Luis Pérez'>"));
    assertEquals(List.of("Jean Dupont", "Marie Martin"), authors("<meta name='author' content='Jean Dupont et Marie Martin'>"));
  }

  @Test
  void relAuthorLinks() {
    assertEquals(List.of("John Smith"), authors("<p>By <a rel='author' href='/u/js'>John Smith</a></p>"));
  }

  /** A related-stories list links each card to its own writer (netzpolitik.org, litradio.net, lapresse.tn). */
  @Test
  void relAuthorLinksOfOtherStoriesCardsAreNotTheWritersWhenSeveralAreNamed() {
    String cards =
        "<div class='grid'><article class='teaser'><h3><a href='/a'>Le message du courage</a></h3>"
            + "<footer class='teaser__footer'><a rel='author' href='/author/ad'>Abdelkrim DERMECH</a></footer></article>"
            + "<article class='teaser'><h3><a href='/b'>Un autre sujet</a></h3>"
            + "<footer class='teaser__footer'><a rel='author' href='/author/sd'>Samir DRIDI</a></footer></article></div>";
    assertEquals(
        List.of("Markus Reuter"),
        authors("<article><h1>Die Cider-Connection</h1><p class='meta'>von <a rel='author' href='/author/mr'>Markus Reuter</a></p>"
            + "<p>Der Text.</p></article>" + cards));
    // every link in other stories' cards: the byline the page shows names the writer
    assertEquals(
        List.of("Chokri Gharbi"),
        authors("<article><h1>Parité hommes-femmes</h1><div class='byline'>Par Chokri Gharbi</div><p>Le texte.</p></article>"
            + cards));
  }

  /** The Guardian sets its byline in an {@code <aside>}; a blog its writer's box under the story. */
  @Test
  void oneRelAuthorLinkNamesTheWriterWhereverItStands() {
    assertEquals(
        List.of("Adam Roberts"),
        authors("<article><h1>The best science fiction</h1><aside class='meta'><address>"
            + "<a rel='author' href='/profile/adam-roberts'>Adam Roberts</a></address></aside><p>Reviews.</p></article>"));
  }

  @Test
  void bylineElementsLoseTheirPrefixDateAndRole() {
    assertEquals(List.of("Karim Benali"), authors("<div class='meta'><span class='author'>Par Karim Benali</span> <span class='date'>27 novembre 2025</span></div>"));
    assertEquals(List.of("Jane Doe", "John Roe"), authors("<div class='byline'>By Jane Doe and John Roe | Reuters</div>"));
    assertEquals(List.of("Max Mustermann"), authors("<span class='byline'>Von Max Mustermann, 03.05.2013, 11:51</span>"));
    assertEquals(List.of("Laura Gómez"), authors("<p class='autor'>Por Laura Gómez - 16 de noviembre de 2025</p>"));
    assertEquals(List.of("محمد العلوي"), authors("<span class='author'>بقلم: محمد العلوي</span>"));
    // "written by him", "interviewed by her"; the kind of piece before its writer
    assertEquals(List.of("محمد العلوي"), authors("<span class='author'>كتبه محمد العلوي</span>"));
    assertEquals(List.of("سلمى بنعلي"), authors("<span class='author'>حاورته: سلمى بنعلي</span>"));
    assertEquals(List.of("Hans Müller"), authors("<div class='byline'>Ein Kommentar von Hans Müller</div>"));
    assertEquals(List.of("Karim Benali"), authors("<div class='byline'>Une tribune de Karim Benali</div>"));
    assertEquals(List.of("Jane Doe"), authors("<div class='byline'>Analysis by Jane Doe</div>"));
  }

  @Test
  void everyOpeningWordOfABylineLinePassesTheCheapPrecheck() {
    String source = Authors.BYLINE_LINE.pattern();
    String group = source.substring(source.indexOf("^\\s*(?:") + "^\\s*(?:".length(), source.indexOf(")\\s*:?"));
    String words = group.replace("(?:", "").replace(")\\s+by", "");
    for (String word : words.split("\\|")) {
      for (String w : List.of(word, word.toUpperCase(java.util.Locale.ROOT))) {
        org.jsoup.nodes.Element p = Jsoup.parse("<p> <b>" + w + "</b> Jane Doe</p>").selectFirst("p");
        assertTrue(Authors.mayOpenByline(p), w + " is not let through");
      }
    }
    assertTrue(words.contains("written") && words.contains("بقلم"), words);
    assertFalse(Authors.mayOpenByline(Jsoup.parse("<p>Jane Doe</p>").selectFirst("p")));
  }

  @Test
  void bylineLineUnderTheHeadline() {
    assertEquals(List.of("Rédaction"), authors("<h1>Titre</h1><p>Par Rédaction</p><p>Un long corps d'article.</p>"));
  }

  @Test
  void urlsAndBareDatesAreNotNames() {
    List<String> names = new ArrayList<>();
    Authors.addAll(names, "https://facebook.com/someone");
    Authors.addAll(names, "12/11/2020");
    Authors.addAll(names, "By ");
    assertEquals(List.of(), names);
  }

  /** Shapes of pages of trafilatura's test set (WordPress comment threads, californiaglobe.com). */
  @Test
  void commentAuthorsAndCommentFormLabelsAreNoBylines() {
    String comments =
        "<div id='comments' class='comments-area'><ol class='comment-list'><li class='comment'>"
            + "<div class='comment-author vcard'><b class='fn'>Michael F Dougherty</b> <span class='says'>says:</span></div>"
            + "<p>Great piece.</p></li></ol>"
            + "<form id='commentform'><p class='comment-form-author'><label for='author'>Name *</label><input id='author'></p>"
            + "</form></div>";
    assertEquals(List.of(), authors("<h1>Amazon liability bill</h1><p>The bill passed.</p>" + comments));
    assertEquals(List.of("Evan Symon"),
        authors("<h1>Amazon liability bill</h1><p>By Evan Symon, August 14, 2020 2:30 am</p><p>The bill passed.</p>" + comments));
    assertEquals(List.of(), authors("<form><p class='comment-form-author'><label>Name (erforderlich)</label></p></form>"));
  }

  /** mopo.de in trafilatura's test set: JSON-LD names the agency photographer as the image's author. */
  @Test
  void theAuthorOfAnImageIsNotTheArticles() {
    assertEquals(List.of("Simon Braasch"), authors(
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Jansen kämpft\","
            + "\"primaryImageOfPage\":{\"@type\":\"ImageObject\",\"author\":\"WITTERS\"}}</script>"
            + "<h1>Jansen kämpft</h1><span class='author'>Von Simon Braasch</span>"));
  }

  @Test
  void labelsAndBylineFurnitureAreNoNames() {
    assertEquals(List.of("Bo2man"), authors("<span class='author'>Author: Bo2man</span>"));
    assertEquals(List.of("Anna Kubišta"), authors("<span class='author'>Auteur: Anna Kubišta</span>"));
    assertEquals(List.of("Harald Willenbrock"), authors("<div class='article-author'><p>Text und Interview: Harald Willenbrock</p></div>"));
    assertEquals(List.of(), authors("<span class='meta-prep meta-prep-author'>Posted </span>"));
    assertEquals(List.of(), authors("<h1>Future</h1><p><strong>By the numbers:</strong></p><p>Songs are shorter.</p>"));
  }

  /** Shapes of WCXB and trafilatura pages: a sentence that opens with "By", and a byline's own words. */
  @Test
  void aSentenceThatOpensWithByIsNoByline() {
    assertEquals(List.of(), authors("<h1>Gift card</h1><p>By checking out, you agree to our Terms and Privacy Policy.</p>"));
    assertEquals(List.of(), authors("<h1>Serving LLMs</h1><p>By batching requests, even with fewer GPUs, we serve more.</p>"));
    // a user's name in lowercase is still one
    assertEquals(List.of("ibby"), authors("<h1>Notes</h1><p>By ibby</p><p>A long post.</p>"));
  }

  @Test
  void theWordsAroundTheNameInABylineAreNotTheName() {
    assertEquals(List.of("Hunter Dukes"), authors("<span class='author'>Text by Hunter Dukes</span>"));
    assertEquals(List.of("PJ Hamel"), authors("<div class='byline'>Recipe by PJ Hamel</div>"));
    assertEquals(List.of("Ray Ansari"), authors("<a rel='author' href='/author/ray'>View all posts by Ray Ansari</a>"));
    assertEquals(List.of("Damien Walter"), authors("<span class='author'>Posted byDamien Walter</span>"));
    assertEquals(List.of("BeauHD"), authors("<span class='byline'>Posted by BeauHD on Friday December 19, 2025</span>"));
    assertEquals(List.of("Glen Owen", "Brendan Carlin"),
        authors("<p class='author'>By Glen Owen And Brendan Carlin For The Mail On Sunday</p>"));
  }

  /** Shapes of WCXB and trafilatura pages: a byline element that holds the writer's role or bio beside the link to their page. */
  @Test
  void theLinksToTheWritersPagesInABylineElementHoldTheNames() {
    assertEquals(List.of("Rasmus Barslund"), authors(
        "<div class='author-box'><a href='/author/rasmus-barslund/'>Rasmus Barslund</a><span>Founder &amp; Lead Reviewer</span></div>"));
    assertEquals(List.of("Adrien Ramirez", "Joanna Nelius"), authors("<div class='article-byline'><a href='/author/adrien-ramirez'>"
        + "Adrien Ramirez</a>, writer covering software, and science <a href='/author/joanna-nelius'>Joanna Nelius</a>, senior"
        + " editor for laptops.</div>"));
    assertEquals(List.of("Martin Junker"), authors("<p class='author'><a href='/autor/martin-junker'>Alles von Martin Junker</a></p>"));
    assertEquals(List.of("Cem Basman"), authors("<span class='author vcard'><a href='/author/cem/'>Zeige alle Beiträge von Cem"
        + " Basman →</a></span>"));
    // without such a link, the byline's text as before
    assertEquals(List.of("Celeste Longacre"), authors("<span class='byline'>By <a href='/about'>Celeste Longacre</a></span>"));
  }

  /** Shapes of WCXB pages (Elementor's author box, softjourn.com): the name in an element of its own beside the role. */
  @Test
  void theElementAnAuthorBoxNamesAsTheNameHoldsTheName() {
    assertEquals(List.of("Liz Kenny"), authors("<div class='elementor-author-box'><div class='elementor-author-box__text'>"
        + "<h4 class='elementor-author-box__name'> Liz Kenny </h4><div class='elementor-author-box__bio'><p>Former McKinsey"
        + " Consultant</p></div></div></div>"));
    assertEquals(List.of("Meghan Neville"), authors("<div class='author'><div class='text'><div class='name'> Written by"
        + " <span>Meghan Neville</span></div><div class='position'>Content Marketing Coordinator</div></div></div>"));
  }

  /** Shapes of WCXB pages: a byline element that holds a date, a tag, or an avatar's initials. */
  @Test
  void aBylinesDateTagsAndAvatarAreNoNames() {
    assertEquals(List.of(), authors("<div class=byline>Sat, 20 Dec, 2025 - 06:36</div>"));
    assertEquals(List.of(), authors("<span class='byline__tag'><a href='/tag/wellness'>Wellness</a></span>"));
    assertEquals(List.of(), authors("<div class='byline card__top-byline'><span class='byline__tag'><a class='tag"
        + " tag--primary-light' href='/tag/personal-finance'>Personal finance</a></span></div>"));
    assertEquals(List.of("Isabel Haas"), authors("<div class='byline'><span class='byline__author'>Isabel Haas</span>"
        + " <span class='byline__tag'><a class='tag' href='/tag/personal-finance'>Personal finance</a></span></div>"));
    assertEquals(List.of(), authors("<div class='blog-meta-item--author author'><time>Jun 2</time> Written By <a"
        + " class='blog-author-name' href='/blog?author=602c'></a></div>"));
    assertEquals(List.of("Craig McCarthy"), authors("<div class='author_cont'><svg viewBox='0 0 40 40'><text>CM</text></svg>"
        + " <h3><a href='/component/comprofiler/userprofile/craigmccarthy'>Craig McCarthy</a></h3></div>"));
  }

  @Test
  void bylinePrefixesInTheCorpusLanguages() {
    for (String byline : new String[] {"Eingestellt von der Michel", "Geschrieben von der Michel", "Artikel von: der Michel",
        "Publié par der Michel", "Écrit par der Michel", "Publicado por der Michel", "Escrito por der Michel",
        "Pubblicato da der Michel", "SHOW ALL ARTICLES OF der Michel", "der Michel Alle Artikel"}) {
      List<String> names = new ArrayList<>();
      Authors.addAll(names, byline);
      assertEquals(List.of("der Michel"), names, byline);
    }
  }

  @Test
  void placeholdersHostNamesAndBiosAreNoNames() {
    List<String> names = new ArrayList<>();
    for (String raw : new String[] {"undefined", "Unknown", "The Author", "View more posts", "page.head.extra.author",
        "No Author", "publisher", "user",
        "Stuff.co.nz", "blogger specializing in recipes", "I've consulted with hundreds of new"}) {
      Authors.addAll(names, raw);
    }
    assertEquals(List.of(), names);
    Authors.addAll(names, "Marna van der Merwe");
    Authors.addAll(names, "María de los Ángeles Pérez");
    assertEquals(List.of("Marna van der Merwe", "María de los Ángeles Pérez"), names);
  }

  @Test
  void aDateTheBylineRunsOnIntoIsCutFromTheName() {
    // bylines as go.dev, houstoniamag.com, spice.ai, roadandtrack.com and davidbau.com write them
    assertEquals(List.of("Andrew Gerrand"), authors("<p class='author'>Andrew Gerrand<br>4 August 2010</p>"));
    assertEquals(List.of("Daniel Renfrow"), authors("<div class='byline'>By Daniel Renfrow April 12, 2025</div>"));
    assertEquals(List.of("Luke Kim"), authors("<span class='author-name'>Luke Kim December 17, 2025</span>"));
    assertEquals(List.of("Emmet White"), authors("<div class='byline'>By Emmet WhiteUpdated: Feb 5, 2025</div>"));
    assertEquals(List.of("David"), authors("<div class='byline'>Posted by David at December 16, 2025 07:12 AM</div>"));
    assertEquals(List.of("Sara Zinnecker"), authors("<span class='author'>Sara Zinnecker Stand: 05. Februar 2025</span>"));
    assertEquals(List.of("Redaktion"), authors("<span class='author'>Redaktion 1. November 2023</span>"));
    assertEquals("Theresa May", Authors.withoutTrailingDate("Theresa May"), "a month that is a name's last word stays");
  }

  @Test
  void theLinksToTheWritersPagesInAByLineHoldTheNames() {
    // outdoorgearlab.com and servomagazine.com, as their pages write them
    assertEquals(List.of("Matthew Richardson"), authors("<div class='flex-grow-1 ms-3'>By <a href='/author/matthew-richardson'>"
        + "Matthew Richardson</a> &sdot; Review Editor&nbsp; &sdot; &nbsp;<span class='small'>Updated November 18, 2025</span></div>"));
    assertEquals(List.of("A. J. Neal"), authors("<h1>Tips for Selecting DC Motors</h1><p>By <a href="
        + "'https://www.servomagazine.com/magazine/contributor/a._j._neal'>A. J. Neal</a>&nbsp;&nbsp;<a href="
        + "'http://servo.texterity.com/servo/201001/?folio=33' class='btn'>View In Digital Edition</a></p>"));
    assertEquals(List.of("Karim Benali"), authors("<p class='byline'>Par <a href='/tags/karim-benali'>Karim Benali</a></p>"),
        "a line with no link to a writer's page is read as a line");
  }

  @Test
  void degreesAfterANameAndEntitiesEscapedTwiceAreNoNames() {
    assertEquals(List.of("Jillian Kubala"), authors("<span class='author'>By Jillian Kubala, MS, RD</span>"));
    assertEquals(List.of("Michael L. Anderson", "Carlos Dobkin", "Devon Gorry"),
        authors("<div class='byline'>Michael L. Anderson, PhD; Carlos Dobkin, PhD; Devon Gorry, PhD</div>"));
    assertEquals(List.of("Redacción Diario Pagina Siete"),
        authors("<meta name='author' content='Redacci&amp;oacute;n Diario Pagina Siete'>"));
    assertEquals(List.of("Lindsey O'Donnell"), authors("<meta name='author' content='Lindsey O&amp;#039;Donnell'>"));
    assertEquals(List.of("Redaktion"), authors("<span class='author'>Author Redaktion</span>"));
    assertEquals(List.of("MAP"), authors("<div class='byline'>Par MAP</div>"), "a wire agency in capitals is a byline");
  }

  /** Shapes of WCXB and trafilatura pages: blog.rust-lang.org, terabyte.systems, splashtop.com, interia.pl. */
  @Test
  void aBylineThatOpensWithItsDateOrSpeaksForAGroupKeepsTheName() {
    assertEquals(List.of("Niko Matsakis"), authors("<div class='publish-date-author'>Dec. 19, 2025 &middot; Niko Matsakis"
        + " on behalf of <a href='/governance/teams/launching-pad'>Vision Doc group</a></div>"));
    assertEquals(List.of("Karim Benali"), authors("<span class='author'>19 décembre 2025 | Karim Benali</span>"));
    assertEquals(List.of("Karim Benali"), authors("<span class='author'>Karim Benali | 19 décembre 2025</span>"));
    assertEquals("Sports Desk · Karim Benali", Authors.withoutLeadingDate("Sports Desk · Karim Benali"),
        "words that are no date stay");
    assertEquals(List.of("David Kim"), authors("<script type='application/ld+json'>{\"author\":{\"name\":\"David Kim\\\"\"}}</script>"),
        "a quote left over from the page's escaping");
  }

  @Test
  void aMenuHeadingAPhotosCreditAndAContactLinkAreNoBylines() {
    assertEquals(List.of(), authors("<nav><ul><li><div class='dropdown'><div aria-hidden='true'>By Need</div>"
        + "<ul><li><a href='/solutions#need'>Explore All Needs</a></li></ul></div></li></ul></nav><p>Text.</p>"));
    assertEquals(List.of(), authors("<nav><div class='dropdown-menu'><p class='m-0 text-sm'>BY USE CASE</p></div></nav>"));
    assertEquals(List.of(), authors("<aside class='embed embed-photo' itemprop='image' itemscope itemtype='http://schema.org/ImageObject'>"
        + "<img src='/a.jpg'><cite class='embed-work-detail-source' itemprop='author'><span>/</span>domena publiczna</cite></aside>"));
    assertEquals(List.of("Angus Barbieri"), authors("<article itemscope itemtype='http://schema.org/NewsArticle'>"
        + "<span itemprop='author'>Angus Barbieri</span></article>"), "an article's own microdata is its byline");
    assertEquals(List.of(), authors("<head><link rel='author' title='Kontakt' href='/kontakt/'></head>"));
  }

  @Test
  void aSiteNamedAsTheAuthorIsNoName() {
    List<String> names = new ArrayList<>();
    for (String raw : new String[] {"kath.net", "tagesschau.de", "STERN.de", "oe24.at", "uncut-news.ch"}) {
      Authors.addAll(names, raw);
    }
    assertEquals(List.of(), names);
    Authors.addAll(names, "J.R. Smith");
    Authors.addAll(names, "sara.r.peter");
    assertEquals(List.of("J.R. Smith"), names, "a name with initials is a name; a three-part login, as before, is not");
  }

  /** Shapes of WCXB and trafilatura pages: thesocialshepherd.com, hms.harvard.edu, abc13.com, mesopinions.com, sonnenenergie.de. */
  @Test
  void aLabelThatStandsAloneIsFollowedByTheName() {
    assertEquals(List.of("Jack Shepherd"), authors("<div class='mb-2'> Written by</div><div class='text-xl'>Jack Shepherd</div>"
        + "<div class='text-sm'>Hi! I'm Jack, Co-Founder of Social Shepherd.</div>"));
    assertEquals(List.of("Lisa D. Ellis"), authors("<div class='content-item'><h3>Author</h3> <p> Lisa D. Ellis</p></div>"
        + "<div class='content-item'><h3>Related Program</h3></div>"));
    assertEquals(List.of("Alex Bozarjian"), authors("<div><span>By</span><span><a href='https://abc13.com/about/newsteam/alex-bozarjian'>"
        + "Alex Bozarjian</a></span><span><img alt='KTRK logo'></span></div>"));
    assertEquals(List.of("Claire Dupont"), authors("<div class='mo-label'>Auteur :</div>"
        + "<div class='mo-label hide-sm'>Auteur(s) :</div><div class='mo-author'><strong>Claire Dupont"
        + "</strong></div>"));
    assertEquals(List.of("Götz Warnke"), authors("<div><b>Von:</b> <br /> <br /> Götz Warnke</div>"));
  }

  /** Shapes of trafilatura's pages: autohaus.de, dw.com/fr, finanztreff.de, propellets.at, rapid7.com (WCXB). */
  @Test
  void aLineThatALabelOpensNamesTheWriter() {
    assertEquals(List.of("Peter Maahn"), authors("<div class='col-md-4'><h5 class='title-inline'>Datum:  </h5>03.11.2021\n <br>\n"
        + " <h5 class='title-inline'>Autor:  </h5>Peter Maahn/SP-X\n</div>"), "a line break opens the label's line");
    assertEquals(List.of("Kossivi Tiassou"), authors("<h1>La perte des terres fertiles</h1><p>Un long corps d'article.</p>"
        + "<div class='longText'><p>Auteur : Kossivi Tiassou </p> <p>Edition : M-A. Pioerron</p></div>"));
    assertEquals(List.of("Sylvia Grossgasteiger", "IFZ"), authors("<p>Autorin: Sylvia Grossgasteiger, IFZ, Oktober 2008</p>"));
    assertEquals(List.of("David Hutzler", "dpa"), authors("<p>Quelle: dpa-AFX</p>\n<byline>Von David Hutzler, dpa</byline>"));
    assertEquals(List.of("Spencer McIntyre"), authors("<h1>Metasploit Wrap-Up</h1><a href='/blog/author/spencer-mcintyre/'>"
        + "Spencer McIntyre</a><h3>N-able N-Central Authentication Bypass</h3><p>Authors: Valentin Lobstein</p>"),
        "a label line inside the text credits a piece of software: the link to the writer's page goes first");
    // a book's details inside a review (republish-dev's "Book Beat"), and a study's byline under its heading (propellets.at)
    String prose = "<p>Think of Book Beat as Teen Beat or Tiger Beat, but for books, and no staples to open to get the fold-out"
        + " poster this time around.</p>";
    assertEquals(List.of(), authors("<h1>Book Beat</h1>" + prose + "<p>A Far Better Thing</p><p>Author: H.G. Parry</p><p>Released:</p>"
        + "<p>June 17, 2025 by</p><p>Tor Books</p>" + prose));
    assertEquals(List.of("Sylvia Grossgasteiger", "IFZ"), authors("<h1>Soziale Energie</h1>" + prose + "<h3>Sozialwissenschaftliche"
        + " Analyse von 6 Fallstudien</h3><p>Autorin: Sylvia Grossgasteiger, IFZ, Oktober 2008</p>" + prose));
  }

  /** youm7.com (htmldate's set): "she wrote", in a span of class writeBy. */
  @Test
  void anArabicBylineOfTheVerbWroteNamesTheWriter() {
    assertEquals(List.of("أسماء نصار"), authors("<h1>وزير الري يشهد توقيع عقد</h1><span class='writeBy'>كتبت أسماء نصار</span>"));
    assertEquals(List.of("سلمى بنعلي"), authors("<h1>عنوان</h1><p>كتبته سلمى بنعلي</p><p>نص المقال الطويل هنا.</p>"));
    assertEquals(List.of(), authors("<h1>عنوان</h1><p>كتب جديدة في معرض الكتاب</p><p>نص المقال الطويل هنا.</p>"),
        "\"كتب\" alone is also \"books\"");
  }

  /** 100noticias.com.ni and infosperber.ch (trafilatura's set): a picture's credit in a class that says author. */
  @Test
  void aPicturesCreditIsNoByline() {
    assertEquals(List.of(), authors("<div><img src='a.jpg'><span class='img-author'><img src='m.svg'>Cortesía</span></div>"
        + "<p>La deuda externa total aumentó en 884,3 millones de dólares.</p>"));
    assertEquals(List.of("Red."), authors("<p><span class='media-license-info'>&copy; </span><span class='media-license-author'>zvg </span></p>"
        + "<h1>Madagaskar: Wo Françafrique endet</h1><p class='author-meta'><em><a href='mailto:red@example.ch'>Red.</a> / </em>"
        + "<em><time datetime='2023-10-31'>31.10.2023</time></em></p>"));
    assertEquals("[]", named("Courtesy"));
  }

  /** The names {@link Authors#addAll} finds in one raw byline, as a list prints them. */
  private static String named(String raw) {
    List<String> names = new ArrayList<>();
    Authors.addAll(names, raw);
    return names.toString();
  }

  /** brigitte.de, aerztezeitung.de, vaticannews.va (trafilatura's and htmldate's sets). */
  @Test
  void whatABylinesDateOrBracketLeavesAfterANameGoes() {
    assertEquals("[Anton692]", named("Anton692 um 12:30"));
    assertEquals("[mwo]", named("mwo)"));
    assertEquals("[]", named("Datum]"));
    assertEquals("[Jean-Luc Aufranc (CNXSoft)]", named("Jean-Luc Aufranc (CNXSoft)"));
  }

  @Test
  void theFullStopAfterANameGoesAnInitialsStays() {
    assertEquals("[Patrick ANGEVIN]", named("Recueilli par Patrick ANGEVIN."));
    assertEquals("[Jean D.]", named("Jean D."));
    assertEquals("[John Smith Jr.]", named("John Smith Jr."));
  }

  @Test
  void aWritersServiceAfterASlashIsCutOrCredited() {
    assertEquals("[Peter Maahn]", named("Peter Maahn/SP-X"));
    assertEquals("[David Hutzler, dpa]", named("David Hutzler / dpa"));
    assertEquals("[Roland Brockmann, Sebastian Drescher]", named("Von Roland Brockmann und Sebastian Drescher /Kenia"));
    assertEquals("[dpa/lno]", named("dpa/lno"));
  }

  @Test
  void aLabelInsideALineOrAFooterIsNoByline() {
    assertEquals(List.of(), authors("<span><a href='/seo'>SEO</a> by <a href='https://www.leadsnearby.com/'>LeadsNearby</a></span>"));
    assertEquals(List.of(), authors("<p><strong>Marie Arana</strong>, <span>author</span><br /> <strong>Margaret Atwood</strong></p>"));
    assertEquals(List.of(), authors("<footer><span><svg></svg></span> <span>by</span> <a href='https://dotsunited.de/'>Dots United</a></footer>"));
    assertEquals(List.of(), authors("<div><span>By</span></div><p>Le gouvernement a annoncé un plan pour les dix prochaines années.</p>"),
        "a sentence is no name");
  }

  /** German bylines of the trafilatura set: eawag.ch, foren.myoos.de, wir-empfehlen.info, grazia-magazin.de, gay.ch. */
  @Test
  void germanBylineWordsAroundTheNameAreCut() {
    for (String[] c : new String[][] {{"Erstellt von Andri Bryner", "Andri Bryner"}, {"Beitragvon r23", "r23"},
        {"vom Support Team", "Support Team"}, {"Isabella.DiBiase am Samstag", "Isabella.DiBiase"},
        {"Bob Fischer Weitere Artikel", "Bob Fischer"}}) {
      List<String> names = new ArrayList<>();
      Authors.addAll(names, c[0]);
      assertEquals(List.of(c[1]), names, c[0]);
    }
    List<String> none = new ArrayList<>();
    Authors.addAll(none, "Publiziert am");
    Authors.addAll(none, "Autoreninformation");
    assertEquals(List.of(), none);
  }

  /** Shapes of pages of both gold sets: badische-zeitung.de, nbcnews.com, pmc.ncbi.nlm.nih.gov, madame.lefigaro.fr, haufe.de. */
  @Test
  void analyticsAndCitationTagsNameTheWritersAndDublinCoreComesLast() {
    assertEquals(List.of("Lisa Petrich"), authors("<meta name='author' content='Badische Zeitung'>"
        + "<meta property='cXenseParse:author' content='Lisa Petrich'>"));
    assertEquals(List.of("Harry Rabinowitz"), authors("<meta property='cXenseParse:author' content='Harry Rabinowitz'>"));
    assertEquals(List.of("Aniruddha Roy", "Jyoti Patel"), authors("<meta name='citation_author' content='Roy, Aniruddha'>"
        + "<meta name='citation_author' content='Patel, Jyoti'>"));
    assertEquals(List.of("Ophélie Ostermann"), authors("<meta property='dc:creator' content='Madame Figaro'>"
        + "<div class='article-author'>Par Ophélie Ostermann</div>"));
    assertEquals(List.of("Elizabeth Gibney"), authors("<meta name='dc.creator' content='Elizabeth Gibney'><p>Text.</p>"));
    assertEquals(List.of(), authors("<meta name='dcterms.creator' content='Copyright Haufe-Lexware GmbH &amp; Co. KG - all rights reserved'>"));
  }

  /**
   * Shapes of elnacional.com and frolleinherr.com: the writer only in the Twitter card's extra
   * fields, which WordPress's SEO plugins fill.
   */
  @Test
  void aTwitterCardsWrittenByFieldNamesTheWriterWhenNothingElseDoes() {
    assertEquals(List.of("Williams Perdomo"), authors("<meta name='twitter:label1' content='Written by'>"
        + "<meta name='twitter:data1' content='Williams Perdomo @wperdomod'>"
        + "<meta name='twitter:label2' content='Est. reading time'><meta name='twitter:data2' content='2 minutes'><p>Text.</p>"));
    assertEquals(List.of("Karoline Herr"), authors("<meta name='twitter:label1' content='Geschätzte Lesezeit'>"
        + "<meta name='twitter:data1' content='3 Minuten'><meta name='twitter:label2' content='Verfasst von'>"
        + "<meta name='twitter:data2' content='Karoline Herr'><p>Text.</p>"));
    assertEquals(List.of("Karoline Herr"), authors("<div class='meta'><span>Verfasst von</span> <span>Karoline Herr</span></div>"),
        "the same labels stand alone before a name on the page");
    assertEquals(List.of(), authors("<meta name='twitter:label1' content='Est. reading time'>"
        + "<meta name='twitter:data1' content='4 minutes'><p>Text.</p>"), "a reading time is no writer");
    assertEquals(List.of(), authors("<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='admin'>"),
        "the blog's account is no name");
    assertEquals(List.of("Nawaz Dhandala"), authors("<meta name='twitter:label1' content='Written by'>"
        + "<meta name='twitter:data1' content='Site Admin'><div class='byline'>By Nawaz Dhandala</div>"),
        "a byline the page shows comes first");
  }

  /**
   * Shapes of urania.de, pferd-aktuell.de, ext.theperspective.com, creativecommons.at (Drupal's
   * "Gespeichert von"), data.gov.uk ("Submitted by") and asuonline.asu.edu: a template's meta line
   * that gives the date and the writer, with no class that says byline.
   */
  @Test
  void aMetaLineThatGivesTheDateAndTheWriterNamesTheWriter() {
    assertEquals(List.of("Reiner Nagel"), authors("<h1>Die Freiheit der Planung</h1><div class='views-field'>"
        + "<span class='field-content'>25.10.2022 - Reiner Nagel</span></div><p>Wenn Städte und gebaute Räume heute …</p>"));
    assertEquals(List.of("Uta Helkenberg"), authors("<div><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>"
        + "<h1>Stellungnahme der FN zum HLP-Pilotjahr 2022</h1></div>"));
    assertEquals(List.of("Adi Tzlil"), authors("<div class='gallery--page-meta'>Posted on September 21, 2020 by Adi Tzlil</div>"));
    assertEquals(List.of("rasos"), authors("<div class='submitted'>Gespeichert von rasos am 24. Juli 2017 - 18:55</div>"));
    assertEquals(List.of("markbraggins"), authors("<p>Submitted by markbraggins on Tue, 18/03/2014 - 09:31</p>"));
    assertEquals(List.of("ASU Online"), authors("<div class='fs-small'>March 15, 2022 · 3 min read · By ASU Online</div>"));
    assertEquals(List.of("Mahua Das"), authors("<p>Dec 26, 2025 • Mahua Das in Project Management</p>"));
    assertEquals(List.of("John Roe"), authors("<p>June 3, 2024 | Photo by Jane Doe | by John Roe</p>"), "a picture's credit first");
    assertEquals(List.of(), authors("<p>June 3, 2024 | Photo by Jane Doe</p>"));
  }

  /** Shapes of btv.de, jamaica-gleaner.com, wolfgangmichal.de, autonews.ch, advents-shopping.de and auto-wirtschaft.ch. */
  @Test
  void aDatedLineWithoutAWriterNamesNobody() {
    assertEquals(List.of(), authors("<p>03.02.2022 Auf den Spuren von Rafael Nadal</p>"), "a headline after its date");
    assertEquals(List.of(), authors("<p>Kingston Wed | Apr 27, 2022</p>"), "a dateline's place goes before the date");
    assertEquals(List.of(), authors("<p>Mai 21 2019, 14:34 | Medien, Politik</p>"), "the sections");
    assertEquals(List.of(), authors("<ul><li><a href='/?p=30892'>Fahrbericht Ioniq 5 von Hyundai – Neue Ideen</a>"
        + "<div>10. Oktober 2021</div></li></ul>"), "a prefix word in another story's title");
    assertEquals(List.of(), authors("<p>Sonntag, 02.11.2014 | Tags: Weihnachtsmarkt |</p>"));
    assertEquals(List.of(), authors("<p>04. November 2021 | PAID CONTENT</p>"));
    assertEquals(List.of(), authors("<footer><p>11.09.2011 von Jovel Stefan</p></footer>"), "the footer");
  }

  /** Shape of jobsnhire.com: the site's name, which holds an "&", in the author tag; the byline names the writer. */
  @Test
  void aSitesNameWithAnAmpersandIsTheSiteNotTwoWriters() {
    assertEquals(List.of("Jose de la Cruz"), authors("<meta name='author' content='Jobs &amp; Hire'>"
        + "<meta property='og:site_name' content='Jobs &amp; Hire'><div class='wrote_by'> By&nbsp;"
        + "<a href='/reporters/jose-de-la-cruz'>Jose de la Cruz</a></div>"));
    assertEquals(List.of("Jobs & Hire"), authors("<meta name='author' content='Jobs &amp; Hire'>"
        + "<meta property='og:site_name' content='Jobs &amp; Hire'><p>Text.</p>"), "the site's name alone stays, whole");
    assertEquals(List.of("Ernst Lohoff"), authors("<meta name='author' content='Ernst Lohoff'>"
        + "<meta property='og:site_name' content='jungle.world'><meta property='article:author' content='jungle.world'>"
        + "<p>Disko Von Ernst Lohoff</p>"));
  }

  /**
   * Shapes of rutgers.edu, mtb-news.de and pinkstinks.de: WordPress gives the writer's first name
   * alone to JSON-LD; the byline the page shows, or the bio that opens with the full name, completes it.
   */
  @Test
  void aFirstNameAloneIsCompletedByTheBylineOrTheWritersBio() {
    assertEquals(List.of("Todd Bates"), authors("<script type='application/ld+json'>{\"@type\": \"NewsArticle\","
        + " \"author\": {\"@type\": \"Person\", \"name\": \"Todd\"}}</script><div class='full-name-wrapper'>"
        + "<div class='f--field'><p class='label'><strong>By</strong></p></div>"
        + "<div class='f--field'><p class='full-name'>Todd Bates</p></div></div>"));
    String graph = "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"Article\", \"author\": {\"@id\": \"#p\"}},"
        + " {\"@type\": \"Person\", \"@id\": \"#p\", \"name\": \"Stefanus\", \"description\": \"%s\"}]}</script>";
    assertEquals(List.of("Stefanus Stahl"),
        authors(String.format(graph, "Stefanus Stahl - Maschinenbauer, Abenteurer und ICB-Projektleiter.")));
    assertEquals(List.of("Stefanus"), authors(String.format(graph, "Stefanus fährt seit 2002 Mountainbike.")));
    assertEquals("Nils Pickert", Authors.fullName("Nils", "Nils Pickert ist freier Autor und Journalist."));
    assertEquals("Nils", Authors.fullName("Nils", "Nilsson Pickert ist freier Autor."), "another word");
    assertEquals("Anna Maria", Authors.fullName("Anna Maria", "Anna Maria Schmidt ist …"), "a name of two words stays");
  }

  /** Shape of mhealth.jmir.org: a journal's citation_authors tags, and its byline's affiliation marks. */
  @Test
  void aJournalsCitationAuthorsNameEveryWriter() {
    assertEquals(List.of("Jennifer Huberty", "Jeni Green", "Chong Lee"), authors("<meta name='citation_authors' content='Jennifer Huberty'>"
        + "<meta name='citation_authors' content='Jeni Green'><meta name='citation_authors' content='Chong Lee'>"
        + "<span class='info__authors'>Jennifer Huberty<sup>1</sup></span>"));
    assertEquals(List.of("Aniruddha Roy", "Jyoti Patel"), authors("<meta name='citation_authors' content='Roy, Aniruddha; Patel, Jyoti'>"));
    assertEquals(List.of("Jennifer Huberty", "Chong Lee"),
        authors("<div class='authors'>By Jennifer Huberty<sup>1</sup>, Chong Lee<sup>2,3</sup></div>"));
    assertEquals(List.of("Marianne1"), authors("<div class='author'>Marianne1</div>"), "a user's name keeps its digits");
  }

  /** Shapes of prosper.com, provenwinners.com and uepo.de. */
  @Test
  void anAuthorBoxsHeadingAndAContributorsLabelNameTheWriter() {
    assertEquals(List.of("Cassidy Horton"), authors("<div class='elementor-widget-container'><h3 class='wp-block-heading'>"
        + "Written by Cassidy Horton</h3><p>Cassidy Horton is a finance writer.</p></div>"));
    assertEquals(List.of("Janet Loughrey"), authors("<div class='tags'><div> <strong>Contributors:</strong> Janet Loughrey </div></div>"));
    assertEquals(List.of(), authors("<h3>Von Atemschutzmaske über Exit-Strategie und Kontaktverbot bis Zoonose</h3>"),
        "a heading that opens with a prefix word and goes on is a title");
  }

  /** Bylines of pferderevue.at and alacarte.at (trafilatura's evaluation set), in unmarked elements. */
  @Test
  void germanArticleAndTextCreditsNameTheWriter() {
    assertEquals(List.of("Pamela Sladky"), authors("<h1>Vier Übungen für einen geschmeidigen Sitz im Trab</h1>"
        + "<div class='metaInfo'>Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>"));
    assertEquals(List.of("Christian Seiler"), authors("<h1>Der historische Purzelbaum</h1>"
        + "<p><em>Text von Christian Seiler \u00a0 \u00a0\u00a0Illustration von Markus Roost</em></p>"),
        "the illustrator's credit after the writer's is no name of a writer");
    assertEquals(List.of("Jana Berger"), authors("<p>Text by Jana Berger</p>"));
    assertEquals(List.of(), authors("<p>Ein Artikel von gestern über die Wahl</p>"), "a sentence, not a name");
  }

  /** Bylines of softjourn.com, cellarbeastwine.com, funnelstory.ai; team names of topgrowthmarketing.com and aaa.com. */
  @Test
  void aJobTitleAfterTheNameIsNoName() {
    assertEquals(List.of("Meghan Neville"), authors("<div class='author'>Meghan Neville Content Marketing Coordinator</div>"));
    assertEquals(List.of("Matt Check"), authors("<div class='author-name'>Matt Check Head Winemaker, Co-Founder</div>"));
    assertEquals(List.of("Preetam Jinka"), authors("<div class='byline'>Preetam Jinka Co-founder, Chief Architect</div>"));
    assertEquals(List.of("Top Growth Marketing"), authors("<div class='author'>Top Growth Marketing</div>"));
    assertEquals(List.of("AAA Travel Editor", "SMT"), authors("<div class='author'>AAA Travel Editor, SMT</div>"));
    assertEquals(List.of("Jane Writer"), authors("<div class='author'>Jane Writer</div>"), "two words stay a name");
    assertEquals("[Zackery Cuevas]", named("& Zackery Cuevas Writer, Hardware"), "uk.pcmag.com: the title's field after its comma");
    assertEquals("[Zackery Cuevas, Jane Doe]", named("Zackery Cuevas Writer, Jane Doe"), "a name after it stays");
    assertEquals("[Robin Tschöpe]", named("FOCUS-Online-Experte Robin Tschöpe"), "focus.de: the publisher's expert");
    assertEquals("[Anna Weber]", named("SPIEGEL-Korrespondentin Anna Weber"));
    assertEquals("[Jean-Luc Autor]", named("Jean-Luc Autor"), "a name of two words stays");
  }

  /** Shape of aussengedanken.de: the byline, then the dateline's place on the line below, in one paragraph. */
  @Test
  void aBylineLineEndsAtItsLineBreak() {
    assertEquals(List.of("Roland Brockmann", "Sebastian Drescher"), authors("<p>Von <strong><a href='http://www.rolandbrockmann.de'>"
        + "Roland Brockmann</a></strong> und <strong><a href='https://www.torial.com/sebastian.drescher'>Sebastian Drescher"
        + "</a></strong><br> <span id='more-788'></span><br> Kakuma /Kenia</p><p>Nur eine kurze Sandpiste trennt …</p>"));
    assertEquals(List.of("Jana Berger"), authors("<p>Von<br>Jana Berger</p>"), "a prefix alone on its line goes on to the next");
  }

  /** Bylines of atlasvanlines.com, scholasticahq.com, consumerreports.org, pcmag.com; the bio box of coffeechronicler.com. */
  @Test
  void aJobTitleEndsTheNamesOfItsLineAndALineOfOneIsNoName() {
    assertEquals(List.of("Benjamin Johnson"),
        authors("<div class='author'>Benjamin Johnson, Sr. Director of Operations, Atlas Van Lines</div>"),
        "what follows the title says where the writer works");
    assertEquals(List.of("Danielle Padula"),
        authors("<div class='author-bio'>This post was written by Danielle Padula,\nHead of Marketing and Community Development</div>"));
    assertEquals(List.of("Keith Barry"), authors("<div class='byline-author'>By Keith Barry Senior Autos Reporter</div>"));
    assertEquals(List.of(), authors("<div class='author-info'><h4>Writer, Hardware</h4></div>"), "a job title's line names nobody");
    assertEquals(List.of("Staff Writer"), authors("<div class='author'>Staff Writer</div>"), "a title alone stands for the writer");
    assertEquals(List.of(), authors("<div class='dynamic-author-description'>Licensed Q Arabica Grader, M.A. Journalism</div>"),
        "the writer's description is no byline");
  }

  /** Bylines of blogs.taz.de, linkedin.com, arteradio.com, ouest-france.fr, dailymail.co.uk, nu.nl; fda.gov's office. */
  @Test
  void whatMarkupGluesToANameGoes() {
    assertEquals(List.of("Fred Hüning"), authors("<span class='author'>von<a href='/u/fh'>Fred Hüning</a></span>"));
    assertEquals(List.of("Inga Hoeltmann"), authors("<div class='author-info'><a href='/in/ih'>Inga Hoeltmann</a><a href='/login'>Follow</a>"
        + " Transformationsbegleiterin und Expertin für Neue Arbeit und Neues Lernen</div>"));
    assertEquals(List.of("Kristen Falc'hon"),
        authors("<span class='author'><span class='mobile'>Kristen Falc'hon</span><span class='desktop'>Kristen Falc'hon</span></span>"));
    assertEquals(List.of("Patrick Angevin"), authors("<p class='author'>Recueilli par Patrick Angevin</p>"));
    assertEquals(List.of("Amitai Winehouse"), authors("<span class='author'>By Amitai Winehouse For Mailonline</span>"));
    assertEquals(List.of("Jan de Vries"), authors("<span class='author'>Door Jan de Vries</span>"));
    assertEquals(List.of("Center for Drug Evaluation", "Research"),
        authors("<meta name='author' content='Center for Drug Evaluation and Research'>"), "no person's name before its \"for\"");
  }

  @Test
  void anAddressWrittenAroundTheAtSignIsNoName() {
    assertEquals(List.of("c1ph4"), authors("<span class='author'>cipha[at]cipha.net</span><p>Von <a href='/u'>c1ph4</a></p>"));
  }

  /** Shapes of glossgenius.com, levitatemedia.com, nationalgeographic.co.uk and instructables.com. */
  @Test
  void aPublisherNamedAsTheAuthorGivesWayToTheBylineThePageShows() {
    String org = "<script type='application/ld+json'>{\"@type\":\"Article\",\"author\":{\"@type\":\"Organization\","
        + "\"name\":\"GlossGenius\"}}</script>";
    assertEquals(List.of("Shauna Mitchell"), authors(org + "<div class='blog-author'>Written by Shauna Mitchell</div>"));
    assertEquals(List.of("GlossGenius"), authors(org + "<p>Text.</p>"), "without a byline the publisher stays");
    assertEquals(List.of("Karim Benali"), authors("<script type='application/ld+json'>{\"author\":{\"@type\":\"Person\","
        + "\"name\":\"Karim Benali\"}}</script><div class='author'>Sara El Idrissi</div>"), "a person in JSON-LD comes first");
    assertEquals(List.of("MixmasterFred"), authors("<div class='author'>By MixmasterFred in Woodworking</div>"));
  }

  /** Shapes of cherryservers.com, upwork.com, splashtop.com and greator.com. */
  @Test
  void aLinkToAWritersPageNamesTheWriterWhenNothingElseDoes() {
    assertEquals(List.of("Emmanuel Oyibo"), authors("<div class='relative'><a href='https://www.cherryservers.com/blog/authors/"
        + "emmanuel-oyibo' aria-label='Emmanuel Oyibo'><img src='/a.jpg'></a></div><p>Text.</p>"));
    assertEquals(List.of("The Upwork Team"), authors("<div><a href='/resources/author/upwork'>The Upwork Team</a></div>"));
    assertEquals(List.of(), authors("<nav><a href='/author/jane-doe'>Jane Doe</a></nav><footer><a href='/authors/'>Our authors</a>"
        + "</footer><p>Text.</p>"), "the navigation and the footer list writers, not this page's");
    assertEquals(List.of(), authors("<div class='author'>Geprüft von Dr. med. Stefan Frädrich</div>"), "a reviewer is no author");
    assertEquals(List.of("Juliette"), authors("<div><a href='/us/blog/author/juliette'>Articles by Juliette</a></div>"));
    List<String> names = new ArrayList<>();
    Authors.addAll(names, "来自10米竹竿上的中国功夫");
    Authors.addAll(names, "焦鹏");
    assertEquals(List.of("焦鹏"), names, "a Chinese headline is no name; a Chinese name is");
  }

  /** Shapes of rapid7.com, lopinion.fr and financescout24.de. */
  @Test
  void theSitesNameAsTheAuthorGivesWayToAPersonsByline() {
    assertEquals(List.of("Spencer McIntyre"), Authors.of(Jsoup.parse("<meta name='author' content='Rapid7'>"
        + "<div class='author-name'>Spencer McIntyre</div>", "https://www.rapid7.com/blog/post/x/")));
    assertEquals(List.of("Emmanuelle Ducros"), Authors.of(Jsoup.parse("<meta property='og:site_name' content=\"L'Opinion\">"
        + "<meta name='author' content=\"L'Opinion\"><span class='byline'>Par Emmanuelle Ducros</span>", "https://www.lopinion.fr/a")));
    assertEquals(List.of("FinanceScout24"), Authors.of(Jsoup.parse("<meta name='author' content='FinanceScout24'>"
        + "<p>Von Barzahler-Rabatten profitieren</p>", "https://www.financescout24.de/kredit/autokredit")),
        "a line that names no person leaves the site's name");
    assertTrue(Authors.looksLikePersonName("Marna van der Merwe"));
    assertFalse(Authors.looksLikePersonName("Course or Type"));
  }

  /** Bylines of edition.cnn.com, usatoday.com and paginasiete.bo. */
  @Test
  void theSitesNameBesideTheWritersIsNoAuthor() {
    assertEquals(List.of("Rob Picheta"), Authors.of(Jsoup.parse("<meta property='og:site_name' content='CNN'>"
        + "<div class='byline'>By Rob Picheta, CNN</div>",
        "https://edition.cnn.com/2021/03/08/uk/x")));
    assertEquals(List.of("Brian Truitt"), Authors.of(Jsoup.parse("<div class='author'>Brian Truitt USA TODAY</div>",
        "https://www.usatoday.com/story/x/")));
    assertEquals(List.of("CNN"), Authors.of(Jsoup.parse("<meta property='og:site_name' content='CNN'><div class='byline'>By CNN</div>",
        "https://edition.cnn.com/a")),
        "the site's name alone stays");
    assertEquals(List.of("Redacción Diario Pagina Siete"), Authors.of(Jsoup.parse("<meta property='og:site_name' content='Pagina Siete'>"
        + "<div class='author'>Redacción Diario Pagina Siete</div>", "https://www.paginasiete.bo/a")),
        "words in title case may be the name's own");
  }

  /** unsere-zeitung.at: a ColorMag theme's credit in the page's footer, the writer in the post's meta line. */
  @Test
  void aThemesCreditInThePageFooterIsNoAuthor() {
    String footer = "<footer id='colophon'><div class='copyright'>Copyright © 2020 Unsere Zeitung. Theme: ColorMag von "
        + "<a href='https://themegrill.com/themes/colormag' rel='author'><span>ThemeGrill</span></a>.</div></footer>";
    assertEquals(List.of("Alexander Roll"), authors("<article><h1>Ist die Inklusion im Kapitalismus möglich?</h1>"
        + "<div class='below-entry-meta'><span class='byline'>von Alexander Roll</span></div><p>Text.</p></article>" + footer));
    assertEquals(List.of(), authors("<article><h1>Titel</h1><p>Text.</p></article>" + footer));
    assertEquals(List.of("Jane Doe"), authors("<article><h1>Title</h1><p>Text.</p><footer class='entry-meta'>Posted on "
        + "<time>May 2</time> by <a rel='author' href='/author/jane'>Jane Doe</a></footer></article>" + footer),
        "an article's own footer holds its byline");
  }

  /** aerobuzz.de's author box and journelles.de's: links to the writer's page that say where they lead. */
  @Test
  void aLinkToTheWritersPageThatSaysWhereItLeadsNamesNoOne() {
    assertEquals(List.of("Bob Fischer"), authors("<h1>CAE bildet künftig Luftwaffen-Piloten aus</h1><p>Text.</p>"
        + "<div class='author-box'><a href='https://aerobuzz.de/author/bob/' rel='author'>Bob Fischer</a>"
        + "<a href='https://aerobuzz.de/author/bob/' title='weiter über Bob Fischer' rel='author'> weiter </a>"
        + "<a href='https://aerobuzz.de/author/bob/?page=articles' rel='author'> Weitere Artikel </a></div>"));
    assertEquals(List.of(), authors("<h1>Gift Guide</h1><p>Text.</p>"
        + "<a class='author-link' href='https://www.journelles.de/author/jessie/' rel='author'> Archiv anzeigen "
        + "<span aria-hidden='true'>&rarr;</span> </a>"));
  }

  /** livenet.ch's teaser kicker and extension.umn.edu's author line: words in lowercase make a phrase. */
  @Test
  void aCapitalizedLineWithTwoPlainLowercaseWordsIsNoName() {
    assertEquals(List.of(), authors("<h1>Von Sprache und Macht</h1><p>Text.</p><div class='views-row'>"
        + "<span class='views-field-article-preTitle'><strong>Von Mob mit Macheten ermordet:</strong></span>"
        + " <span class='views-field-title'>Trauer um christlichen Leiter in Nigeria</span></div>"));
    assertEquals(List.of("Julie Weisenhorn", "Natalie Hoidal"), authors("<h1>Lighting for indoor plants</h1>"
        + "<section aria-label='Page authors.'><div class='field field--name-field-authors'>"
        + "<p>Authors: Julie Weisenhorn and Natalie Hoidal, Extension horticulture educators</p></div></section>"));
    assertEquals(List.of("Marna van der Merwe"), authors("<h1>Title</h1><p class='byline'>By Marna van der Merwe</p>"),
        "particles are a name's own");
  }

  /** hessenschau.de: its meta author is its host and its address, and a photo's credit sits in the byline's place. */
  @Test
  void aHostsAddressAndAPhotosCreditAreNoAuthors() {
    assertEquals(List.of(), authors("<meta name='author' content='hessenschau.de, Frankfurt, Germany'><h1>Die Minze</h1><p>Text.</p>"));
    assertEquals(List.of(), authors("<h1>Die Minze</h1><div class='author'>Bild © hr</div><p>Text.</p>"));
    assertEquals(List.of("Anna Schmidt", "Peter Braun"), authors("<meta name='author' content='Anna Schmidt, Peter Braun'><h1>Die Minze</h1>"),
        "a list of names is no host's address");
  }

  @Test
  void noBylineGivesNoAuthors() {
    assertEquals(List.of(), authors("<h1>Titre</h1><p>Le gouvernement a annoncé un plan.</p>"));
  }

  @Test
  void aBylineInAnotherStorysCardIsNoBylineOfThePage() {
    // stern.de and humanresourcesmanager.de (trafilatura's set): the teasers below the article link a heading and its writer
    String card = "<a href='/politik/deutschland/olaf-scholz-1234.html'><h3 class='a-headline'>Die wunderbare Wandlung des Olaf"
        + " Scholz</h3><div class='badge'><div class='author-name'>Von Andreas Hoffmann</div></div></a>";
    String cardLine = "<a href='/future-of-work/remote-1234'><h4>Nähe auf Distanz</h4><div>Von Jörn Mecher am 08.12.2021</div></a>";
    assertEquals(List.of(), authors("<article><h1>Parlament vertagt Votum</h1><p>Der Text.</p></article>" + card + cardLine));
    assertEquals(List.of("Jörg Staff"), authors("<article><h1>Gender Diversity</h1><div class='author'>Von Jörg Staff</div>"
        + "<p>Der Text.</p></article>" + cardLine));
  }

  /** sueddeutsche.de, alpin.de and giromatch.com in trafilatura's set: the head names the site's owner twice, with its address. */
  @Test
  void aMetaAuthorThatIsTheCopyrightHolderNamesThePublisherNotAList() {
    String head = "<head><meta name='author' content='Süddeutsche.de GmbH, Munich, Germany'>"
        + "<meta name='copyright' content='Süddeutsche.de GmbH, Munich, Germany'></head>";
    assertEquals(List.of("Süddeutsche.de GmbH"), authors(head + "<body><article><p>Der Text.</p></article></body>"));
    // a byline that names a person names the writer; the place after it is not one
    assertEquals(List.of("Markus Balser"), authors(head + "<body><article><span class='moreInfo'><strong>Von"
        + " <span>Markus Balser</span>, Berlin</strong></span><p>Der Text.</p></article></body>"));
    // the notice may go on with its years
    assertTrue(Authors.namesHolder("Frankfurter Allgemeine Zeitung GmbH", "Frankfurter Allgemeine Zeitung GmbH 2001 - 2020"));
    assertFalse(Authors.namesHolder("Frankfurter Allgemeine", "Frankfurter Allgemeine Zeitung GmbH"));
    assertFalse(Authors.namesHolder("", "Frankfurter Allgemeine Zeitung GmbH"));
    // without the copyright notice, a meta author with commas is a list of writers
    assertEquals(List.of("Sebastian Held", "Daniel Hentschel"),
        authors("<head><meta name='author' content='Sebastian Held, Daniel Hentschel'></head><body><p>Text.</p></body>"));
    // a blogger's own name in both stays the author
    assertEquals(List.of("Andreas Jaeck"), authors("<head><meta name='author' content='Andreas Jaeck'>"
        + "<meta name='copyright' content='Andreas Jaeck'></head><body><article><p>Der Text.</p></article></body>"));
  }

  /** bmwi.de, admin.ch and waldwissen.net in trafilatura's set: a ministry or an institute is no list of people. */
  @Test
  void anInstitutionsNameIsNotSplitAtItsConjunctions() {
    assertTrue(Authors.namesAnOrganization("Bundesministerium für Wirtschaft und Klimaschutz"));
    assertTrue(Authors.namesAnOrganization("Eidgenössisches Departement für Wirtschaft, Bildung und Forschung WBF"));
    assertTrue(Authors.namesAnOrganization("Ministry of Health and Social Affairs"));
    assertFalse(Authors.namesAnOrganization("Fiona Bornhöft und Mariam Hofbeck"));
    assertFalse(Authors.namesAnOrganization("Ministry of Health")); // nothing to split
    // the word after the first separator: a list whose last writer writes for a publisher
    assertFalse(Authors.namesAnOrganization("Jane Doe and John Roe for The Guardian"));
    assertEquals(List.of("Fiona Bornhöft", "Mariam Hofbeck"),
        authors("<head><meta name='author' content='Fiona Bornhöft und Mariam Hofbeck'></head><body><p>Text.</p></body>"));
    // the institute named in the head is no writer's name; its writer's byline then names them
    assertEquals(List.of("Joachim Hamberger"), authors("<head><meta name='author' content='Bayerische Landesanstalt für"
        + " Wald und Forstwirtschaft - LWF'></head><body><article><p>Der Text.</p><p><strong>Autoren</strong><br>"
        + "<span itemprop='author'>Joachim  Hamberger</span></p></article></body>"));
  }

  private static List<String> bylineOf(String byline) {
    return authors("<html><head><title>T</title></head><body><article><h1>Le Maroc franchit un cap</h1><div class='byline'>"
        + byline + "</div><p>Le texte de l'article.</p></article></body></html>");
  }

  /** Moroccan and French news sites' bylines: the wire credited beside the writer, a weekday before the date. */
  @Test
  void anAgencyCreditedBesideTheWriterIsASecondAuthorAndTheDateLineIsNoName() {
    assertEquals(List.of("Le360", "MAP"), bylineOf("Par Le360 (avec MAP)"));
    assertEquals(List.of("Jeune Afrique", "AFP"), bylineOf("Par Jeune Afrique avec AFP"));
    assertEquals(List.of("Jane Doe", "Reuters"), bylineOf("By Jane Doe with Reuters"));
    assertEquals(List.of("Hassan Alaoui"), bylineOf("Rédigé par Hassan Alaoui le Vendredi 5 Janvier 2024"));
    assertEquals(List.of("Lucía Gómez"), bylineOf("Por Lucía Gómez el lunes 3 de marzo de 2025"));
    assertEquals(List.of("Katja Kipping"), bylineOf("Pressemitteilung von Katja Kipping"));
  }
}
