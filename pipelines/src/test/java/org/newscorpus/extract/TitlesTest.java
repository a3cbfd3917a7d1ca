package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class TitlesTest {

  private static String title(String html) {
    Document doc = Jsoup.parse(html, "https://www.lematin.ma/a");
    return Titles.of(doc, "Le Matin", "lematin.ma");
  }

  @Test
  void theVisibleHeadlineConfirmedByOgTitleWins() {
    assertEquals(
        "Budget 2026 : la défense en hausse de 3,3 milliards",
        title("<head><meta property='og:title' content='Budget 2026 : la défense en hausse de 3,3 milliards - Le Matin'>"
            + "<title>Budget 2026 | Le Matin</title></head>"
            + "<body><h1 class='logo'>Le Matin</h1><article><h1>Budget 2026 : la défense en hausse de 3,3 milliards</h1></article></body>"));
  }

  /** The shape of blog.rust-lang.org's posts: the headline in an h2, the page's one h1 a section of the body. */
  @Test
  void anH2ThatTheMetadataNamesBeforeTheOnlyH1IsTheHeadline() {
    String body = "<body><header><h2>What do people love about Rust?</h2></header><div class='post'><p>Rust has been named…</p>"
        + "<h1 id='but-what'><a class='anchor' href='#but-what'></a>But what they love is the sense of empowerment</h1></div></body>";
    assertEquals("What do people love about Rust?",
        title("<head><title>What do people love about Rust? | Rust Blog</title></head>" + body));
    assertEquals("But what they love is the sense of empowerment",
        title("<head><title>Rust Blog</title></head>" + body), "an h2 no metadata names does not count");
  }

  /** Titles of foren.myoos.de and wiki.python.org, whose site names are not their hosts but hold them. */
  @Test
  void aShortTailThatHoldsTheHostsNameIsTheSiteName() {
    assertEquals("Was ist Freie Software",
        Titles.of(Jsoup.parse("<title>Was ist Freie Software - MyOOS Community Forum</title>", "https://foren.myoos.de/viewtopic.php"),
            null, "foren.myoos.de"));
    assertEquals("BeginnersGuide/Download",
        Titles.of(Jsoup.parse("<title>BeginnersGuide/Download - Python Wiki</title>", "https://wiki.python.org/moin/x"),
            null, "wiki.python.org"));
    assertEquals("Python 3.13 is out - what the new interpreter brings to everyday scripts",
        Titles.of(Jsoup.parse("<title>Python 3.13 is out - what the new interpreter brings to everyday scripts</title>",
            "https://wiki.python.org/moin/x"), null, "wiki.python.org"), "a long tail is the headline's own");
  }

  /** Titles of nhk.or.jp's NEWS WEB EASY, a muffin-recipe site and an old WordPress blog. */
  @Test
  void theSitesNameSetAgainstTheHeadlineWithoutSpacesOrAfterAColonGoes() {
    assertEquals("子どもへの体罰を禁止する法律ができる",
        Titles.stripSiteName("NEWS WEB EASY|子どもへの体罰を禁止する法律ができる", "NEWS WEB EASY", "www3.nhk.or.jp"));
    assertEquals("Muffin Grundrezept", Titles.stripSiteName("Muffin Grundrezept : Muffin Rezepte", null, "muffinrezept.net"));
    assertEquals("Podcasts in Plex einbinden",
        Titles.stripSiteName("Disfunctions.de » Blog Archiv » Podcasts in Plex einbinden", null, "www.disfunctions.de"));
    assertEquals("Klimaschutz : Was jetzt zu tun ist", Titles.stripSiteName("Klimaschutz : Was jetzt zu tun ist", "Le Matin", "lematin.ma"),
        "a colon before a headline's own words stays");
  }

  /** alyaoum24.com (its name in Arabic, its host in Latin letters), bmjv.de and jamaica-gleaner.com's kicker. */
  @Test
  void aShortHeadBeforeALongerBarTailIsTheSitesNameOrASectionAndTheTailIsTheHeadline() {
    assertEquals("خطة لدعم الفلاحين", Titles.stripSiteName("اليوم 24 | خطة لدعم الفلاحين", null, "www.alyaoum24.com"));
    assertEquals("Deceased Clarendon crash victims identified",
        Titles.stripSiteName("Update | Deceased Clarendon crash victims identified", null, "jamaica-gleaner.com"));
    // a short tail after a longer headline is still the section or the site
    assertEquals("Le Maroc franchit un cap historique",
        Titles.stripSiteName("Le Maroc franchit un cap historique | Économie", null, "www.example.ma"));
    // a head of three words or more stays the headline
    assertEquals("Die PARTEI Schleswig-Holstein",
        Titles.stripSiteName("Die PARTEI Schleswig-Holstein | Landesverband Schleswig-Holstein", null, "die-partei.net"));
  }

  @Test
  void aSitesNameJoinedToAWordByAHyphenIsPartOfTheHeadline() {
    // gdp.de, whose name is "GdP": "GdP-Vize" is a compound, not "GdP - Vize"
    assertEquals("GdP-Vize Klemmer: Mangelnde Wertschätzung für die Beschäftigten",
        Titles.stripSiteName("GdP-Vize Klemmer: Mangelnde Wertschätzung für die Beschäftigten", "GdP", "www.gdp.de"));
    assertEquals("Le Maroc et l'Otan, un partenariat pro-Biden",
        Titles.stripSiteName("Le Maroc et l'Otan, un partenariat pro-Biden", "Biden", "biden.example"));
    assertEquals("习近平同马克龙会谈！", Titles.stripSiteName("习近平同马克龙会谈！-新华网", "新华网", "www.news.cn"),
        "after a mark that ends a sentence, the hyphen separates");
    assertEquals("Bilan de la saison", Titles.stripSiteName("Le360|Bilan de la saison", "Le360", "fr.le360.ma"));
  }

  @Test
  void whatOnlyScreenReadersReadInTheHeadingIsNotInTheTitle() {
    // interscenar.io (Drupal): the site's old name in an element-invisible span of the <h1>
    assertEquals("Was wir über uns nicht hören wollen",
        Titles.of(Jsoup.parse("<meta property='og:title' content='Was wir über uns nicht hören wollen'>"
            + "<h1 class='title'>Was wir über uns nicht hören wollen<span class='element-invisible'> | FASSETTE.NET</span></h1>"),
            "INTERSCENAR.IO", "www.interscenar.io"));
    assertEquals("Budget 2026 : la défense en hausse",
        title("<h1><span class='sr-only'>Article : </span>Budget 2026 : la défense en hausse</h1>"));
    // a class that merely contains such a word hides nothing
    assertEquals("Budget 2026 : la défense en hausse de 3,3 milliards",
        title("<h1>Budget 2026 : <span class='not-sr-only-here'>la défense en hausse de 3,3 milliards</span></h1>"));
  }

  /** Tails of the gold sets' <title>s on pages with no og:site_name. */
  @Test
  void theTitlesTailThatNamesTheHostIsTheSitesName() {
    assertEquals("Antary", Titles.siteNameOfTitle("Wireshark: Besuchte URLs anzeigen (HTTP und HTTPS) – Antary", "antary.de"));
    assertEquals("5 Minuten", Titles.siteNameOfTitle("Villachs „Meister Proper“ expandiert nach Wien – 5 Minuten", "5min.at"));
    assertEquals("Dalloz Actualité", Titles.siteNameOfTitle("Libre cours : Raoult, les nazis et moi - Dalloz Actualité",
        "dalloz-actualite.fr"));
    assertEquals("Dwutygodnik", Titles.siteNameOfTitle("Winda w chmurach | Obyczaje | Dwutygodnik | Dwutygodnik", "dwutygodnik.com"));
    assertNull(Titles.siteNameOfTitle("Les Français travaillent-ils trop peu ?", "alternatives-economiques.fr"), "no separator");
    assertNull(Titles.siteNameOfTitle("Budget 2026 - Les dernières news du jour", "news.example.com"), "a generic label names no site");
    assertNull(Titles.siteNameOfTitle("Budget 2026 : la défense en hausse - Economie", "lematin.ma"));
  }

  /** la-bas.org (htmldate's set, SPIP): a subscribers' badge in the headline. */
  @Test
  void aBadgeInTheHeadingIsNotInTheTitle() {
    assertEquals("Didier Porte souhaite la Santé à Balkany",
        Titles.of(Jsoup.parse("<meta property='og:title' content=\"Didier Porte souhaite la Santé à Balkany | Chroniques | Là-bas si j'y suis\">"
            + "<h1 class='crayon article-titre-5593'>Didier Porte souhaite la Santé à Balkany <span class='label abo'>Abonnés</span></h1>"),
            "Là-bas si j'y suis", "la-bas.org"));
    // a longer text in such a class is the headline's own
    assertEquals("Budget 2026 : la défense en hausse de 3,3 milliards",
        title("<h1>Budget 2026 : <span class='label'>la défense en hausse de 3,3 milliards</span></h1>"));
  }

  @Test
  void aMetadataTitleCutAtAnUnescapedQuoteGivesWayToTheWholeTitle() {
    // eluniversal.com: content="Senador … de "incapacitado"" ends the attribute at the quote
    String html = "<head><meta property='og:title' content='Senador republicano califica a Biden de '>"
        + "<title>Senador republicano califica a Biden de \"incapacitado\"</title></head><body><p>Texto.</p></body>";
    assertEquals("Senador republicano califica a Biden de \"incapacitado\"",
        Titles.of(Jsoup.parse(html), "El Universal", "www.eluniversal.com"));
    // a longer title that goes on without a quote is another title, not the whole of a cut one
    String longer = "<head><meta property='og:title' content='Senador republicano califica a Biden'>"
        + "<title>Senador republicano califica a Biden de incapaz</title></head><body><p>Texto.</p></body>";
    assertEquals("Senador republicano califica a Biden", Titles.of(Jsoup.parse(longer), "El Universal", "www.eluniversal.com"));
  }

  @Test
  void jsonLdHeadlineConfirmsAHeadingAndItsEscapesAreDecoded() {
    Document doc =
        Jsoup.parse(
            "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\","
                + "\"headline\":\"L\\u2019Otan pr&eacute;pare un reset\"}]}</script>"
                + "<h1>L’Otan prépare un reset</h1>");
    assertEquals("L’Otan prépare un reset", Titles.jsonLdHeadline(doc));
    assertEquals("L’Otan prépare un reset", Titles.of(doc, null, "x.com"));
  }

  @Test
  void entitiesEscapedTwiceInTheMetadataAreShownAsCharacters() {
    Document og = Jsoup.parse("<head><meta property=og:title content=\"Data tools: Python, SQL &amp;#x26; AI\"></head>"
        + "<body><p>No heading.</p></body>");
    Document title = Jsoup.parse("<head><title>Australian &amp;#039;megablaze&amp;#039; brought under control</title></head>"
        + "<body><p>No heading.</p></body>");

    assertEquals("Data tools: Python, SQL & AI", Titles.of(og, null, "example.com"));
    assertEquals("Australian 'megablaze' brought under control", Titles.of(title, null, "example.com"));
    assertEquals("Fish & Chips &co; tonight", Titles.unescapedAgain("Fish & Chips &co; tonight"));
  }

  @Test
  void aKickerBeforeTheConfirmedTitleIsLeftOut() {
    assertEquals(
        "Bohren, bis es heiß wird",
        title("<meta property='og:title' content='Bohren, bis es heiß wird'>"
            + "<h1><span class='kicker'>Klimaschutz:</span> <span>Bohren, bis es heiß wird</span></h1>"));
  }

  @Test
  void aSpanSetOnItsOwnLineIsNotRunOnToTheHeadingsWords() {
    // alternativeto.net (Tailwind): the subtitle's span is a line of its own only through its "block" class
    assertEquals("The Best Notion Alternatives Top Note-taking Tools & Todo List Managers like Notion",
        title("<h1 class='Heading-module__h1 !text-center'>The Best Notion Alternatives<span class='block text-[0.54em]"
            + " mt-0.5'>Top Note-taking Tools &amp; Todo List Managers like Notion</span></h1>"));
    assertEquals("Budget 2026 : la défense en hausse de 3,3 milliards",
        title("<h1>Budget 2026 :<span class='d-md-block'>la défense en hausse</span><span style='color:red; display: block'>"
            + "de 3,3 milliards</span></h1>"));
    // an inline span, or a class that only holds the word, runs on as it shows
    assertEquals("Budget 2026 : la défense en hausse",
        title("<h1>Budget 2026 : la dé<span class='blockquote-accent'>fense</span> en hausse</h1>"));
  }

  @Test
  void aHeadingThatHoldsTheWholeMetadataTitleKeepsItsShortBarredParts() {
    // mercurynews.com's letters page: the parts after " | " are letters' headlines, not a site name
    String og = "Letters: Coddling criminals | Undermining road | Tax dollars | Recount cost | Predicting climate";
    assertEquals(og,
        title("<meta property='og:title' content='" + og + "'><title>Letters: Coddling criminals | Undermining road</title>"
            + "<h1 class='section-header'><a href='/opinion/letters/'>Letters to the Editor</a></h1>"
            + "<h1 class='entry-title'><div class='entry-section'><a href='/opinion/letters/'>Letters to the Editor | </a></div>"
            + "<span class='dfm-title'>" + og + "</span></h1>"));
    // without such a heading a short " | " tail is still a section's or a site's name
    assertEquals("Letters: Coddling criminals | Undermining road",
        title("<meta property='og:title' content='" + og + "'><h1>Letters to the Editor</h1><h1>Opinion</h1>"));
  }

  @Test
  void aHeadingThatCopiesThePagesTitleLosesItsSectionAndSiteAsTheTitleDoes() {
    // health.ucdavis.edu (WCXB): a screen reader's <h1> that repeats the <title> whole
    assertEquals("How to help babies, toddlers sleep through the night",
        Titles.of(Jsoup.parse("<title>How to help babies, toddlers sleep through the night | Patient Education | UC Davis"
            + " Children's Hospital</title><h1 class='sr-only sr-only-focusable'>How to help babies, toddlers sleep through the"
            + " night | Patient Education | UC Davis Children's Hospital</h1>"), null, "health.ucdavis.edu"));
    // a heading of its own keeps its " | " parts: they are not the <title>'s
    assertEquals("Letters: Coddling criminals | Undermining road",
        title("<title>Letters | Le Matin</title><h1>Letters: Coddling criminals | Undermining road</h1>"));
  }

  @Test
  void withoutAConfirmedHeadingTheSiteNameIsStrippedFromTheMetadataTitle() {
    assertEquals(
        "Hakimi rassure après sa blessure",
        title("<title>Hakimi rassure après sa blessure | Le Matin</title><h1>Sport</h1><h1>À la une</h1>"));
    assertEquals("Hakimi rassure", title("<title>Le Matin - Hakimi rassure</title>"));
    assertEquals("Hakimi rassure", title("<title>Hakimi rassure – lematin.ma</title>"));
  }

  @Test
  void aKickerInItsOwnElementIsLeftOutWhenTheMetadataSeparatesIt() {
    // tagesschau.de: the kicker ("Dachzeile") and the headline are two spans, the metadata joins them with ": "
    assertEquals(
        "Daten von Rheinmetall gehackt",
        title("<meta property='og:title' content='Interne Unterlagen im Netz: Daten von Rheinmetall gehackt'>"
            + "<h1>\n<span class='dachzeile'>Interne Unterlagen im Netz</span>\n<span class='headline'>Daten von Rheinmetall gehackt</span>\n</h1>"));
    // a forum thread title: a label inside the link that wraps the heading
    assertEquals(
        "Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build",
        title("<title>Patch Notes - Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build | Le Matin</title>"
            + "<h1><a href='/t/1'><span class='label'>Patch Notes</span><span> </span>Patchnotes 4.47.4 - Tagundnachtgleiche Bugfix Build</a></h1>"));
    // a leading element that the metadata does not set apart is part of the headline
    assertEquals(
        "Oppenheimer review: a triumph",
        title("<meta property='og:title' content='Oppenheimer review: a triumph'><h1><em>Oppenheimer</em> review: a triumph</h1>"));
  }

  @Test
  void whatAHeadingAddsAfterItsLeadingElementIsLeftOutWhenNoMetadataTitleHoldsIt() {
    // slashdot.org: the story link, then the source link and a comment count
    Document slashdot = Jsoup.parse("<title>Stanford Grads Find Their Degrees No Longer Guarantee Jobs - Slashdot</title>"
        + "<h1 class='story'>\n<span class='story-title'> <a href='/story/1'>Stanford Grads Find Their Degrees No Longer Guarantee Jobs</a>"
        + " <span><a class='story-sourcelnk' href='https://www.latimes.com/x'> (latimes.com) </a></span></span>"
        + " <!-- comment bubble --> <span class='comment-bubble'><a href='/story/1#comments'>87</a></span></h1>");
    assertEquals("Stanford Grads Find Their Degrees No Longer Guarantee Jobs", Titles.of(slashdot, null, "developers.slashdot.org"));
    // tofugu.com: a subtitle in <small> after the headline
    assertEquals(
        "Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh",
        title("<meta property='og:title' content='Dezuka Suisan: Deep-Fried Fish Cakes, Hot and Fresh'>"
            + "<h1><span>Dezuka Suisan: Deep-Fried Fish Cakes, Hot <span>and</span> Fresh</span>"
            + " <small><span>Welcome to the Flavor Capital of Northern Japan</span></small></h1>"));
    // the metadata goes on as the heading does: the heading is whole
    assertEquals(
        "What Tutoring is and What Tutoring is not. Defining and choosing a good tutor",
        title("<title>What Tutoring is and What Tutoring is not. - Defining and choosing a good tutor - Schmid College</title>"
            + "<h1><span>What Tutoring is and What Tutoring is not.</span> Defining and choosing a good tutor</h1>"));
  }

  @Test
  void aTitleWhoseUtf8WasReadAsLatin1IsReadBack() {
    // whitecoatinvestor.com: the page itself holds the UTF-8 bytes of ’ read as Latin-1
    assertEquals(
        "A DIY Investor’s Guide to Retirement Calculators",
        title("<title>A DIY Investor\u00e2\u0080\u0099s Guide to Retirement Calculators | White Coat Investor</title>"));
    assertEquals("Café \u0080 crème", Titles.repaired("Café \u0080 crème"));
  }

  @Test
  void aTitleOpeningWithTheSitesDomainLosesIt() {
    Document doc = Jsoup.parse("<title>davidbau.com Vibe Coding</title><h1>davidbau.com</h1>");
    assertEquals("Vibe Coding", Titles.of(doc, null, "davidbau.com"));
    // a separator after the domain is the site-name rule's business
    Document separated = Jsoup.parse("<title>jungle.world - Das Imperialismus-Phantom</title>");
    assertEquals("Das Imperialismus-Phantom", Titles.of(separated, null, "jungle.world"));
  }

  @Test
  void aSingleHeadingOfThreeWordsOrMoreIsTheTitleWhenNothingConfirmsIt() {
    assertEquals("Investing in Cloud Computing Stocks",
        title("<title>Best Cloud Stocks of 2025 | The Motley Fool</title><h1>Investing in Cloud Computing Stocks</h1>"));
    assertEquals("Best Cloud Stocks of 2025",
        title("<title>Best Cloud Stocks of 2025 | The Motley Fool</title><h1>Investing</h1>"));
  }

  @Test
  void aPipeInTheVisibleHeadlineIsKept() {
    assertEquals("Digjitale Signal #18 | exclusive",
        title("<meta property='og:title' content='Digjitale Signal #18 | exclusive'><h1>Digjitale Signal #18 | exclusive</h1>"));
  }

  @Test
  void stripSiteNameDropsOnlyWhatNamesTheSiteOrAShortPipeTail() {
    assertEquals("Budget 2026", Titles.stripSiteName("Budget 2026 | Le Matin", "Le Matin", null));
    assertEquals("Budget 2026", Titles.stripSiteName("Le Matin - Budget 2026", "Le Matin", null));
    assertEquals("A - B", Titles.stripSiteName("A - B", "Le Matin", null));
    assertEquals("Best Movers in NYC", Titles.stripSiteName("Best Movers in NYC | Top 19 Companies | Supermove", null, null));
  }

  /**
   * Moroccan and Spanish news sites without an og:site_name: the name a title carries is the host's
   * without its accents, behind a subdomain, or before a colon.
   */
  @Test
  void aSiteNameMatchesItsHostWithoutAccentsBehindASubdomainOrBeforeAColon() {
    assertEquals("Le gouvernement adopte la loi sur l'eau",
        Titles.stripSiteName("Le gouvernement adopte la loi sur l'eau – Médias24", null, "medias24.com"));
    assertEquals("El Gobierno aprueba la ley del agua",
        Titles.stripSiteName("El Gobierno aprueba la ley del agua - El País", null, "elpais.com"));
    assertEquals("Le gouvernement adopte la loi sur l'eau",
        Titles.stripSiteName("Le360 - Le gouvernement adopte la loi sur l'eau", null, "fr.le360.ma"));
    assertEquals("Le gouvernement adopte la loi sur l'eau",
        Titles.stripSiteName("PanoraPost : Le gouvernement adopte la loi sur l'eau", null, "www.panorapost.com"));
    // a word of the host that is not one of its labels, or the TLD, is the headline's own
    assertEquals("Maroc : la croissance ralentit", Titles.stripSiteName("Maroc : la croissance ralentit", null, "maroc-diplomatique.net"));
    assertEquals("Info - Les prix du carburant baissent",
        Titles.stripSiteName("Info - Les prix du carburant baissent", null, "www.lesite.info"));
  }

  @Test
  void aPageWithoutAnyTitleHasNone() {
    assertNull(title("<p>Texte</p>"));
  }

  @Test
  void aHeadingInCapitalsTakesTheCaseOfItsMetadataTitle() {
    // gcccd.edu: the heading is typed in capitals, the metadata as the title reads
    assertEquals(
        "Tips for Online Success",
        title("<meta property='og:title' content='Tips for Online Success'><h1>TIPS FOR ONLINE SUCCESS</h1>"));
    // thefocus.ai: the metadata title names the site after the heading
    assertEquals(
        "Weekend Coding Agent",
        title("<title>Weekend Coding Agent | TheFocus.AI Labs</title><h1>WEEKEND CODING AGENT</h1>"));
    // an unconfirmed heading in capitals is a banner: the metadata title is the headline
    assertEquals(
        "GAAP Compliance: Applying Accounting Best Practices To Your Business",
        title("<meta property='og:title' content='GAAP Compliance: Applying Accounting Best Practices To Your Business'>"
            + "<h1>SUPPORTING GAAP COMPLIANCE</h1>"));
  }

  @Test
  void aHeadingIsConfirmedByTheFirstPartOfAMetadataTitleWhateverNamesTheSite() {
    // go.dev: "The Go Blog" heads the page, the article's heading comes second
    Document doc =
        Jsoup.parse("<title>Defer, Panic, and Recover - The Go Programming Language</title>"
            + "<h1>The Go Blog</h1><h1>Defer, Panic, and Recover</h1>", "https://go.dev/blog/defer");
    assertEquals("Defer, Panic, and Recover", Titles.of(doc, null, "go.dev"));
  }

  @Test
  void aSectionNameInTheH1GivesWayToTheHeadingItsCmsNamesTheEntrysTitle() throws Exception {
    // data.gov.uk's blog (Drupal, 2014): <title>Blogs | data.gov.uk</title>, <h1>Blogs</h1>, and
    // the post's own title in <h2 class="node-title">
    byte[] page = null;
    try (WarcReader reader = new WarcReader(Path.of(
        TitlesTest.class.getResource("/warc/ukwa-webarchive-discovery/BL-20140325121225068-00000-32090~opera~8443.warc.gz")
            .toURI()))) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response
            && response.target().equals("http://data.gov.uk/blog/introducing-hampshire-hub-0")) {
          page = response.http().bodyDecoded().stream().readAllBytes();
        }
      }
    }
    Document doc = Jsoup.parse(new String(page, StandardCharsets.UTF_8), "http://data.gov.uk/");
    assertEquals("Introducing the Hampshire Hub", Titles.of(doc, null, "data.gov.uk"));

    String teasers = "<title>Blogs | Le Site</title><h1>Blogs</h1>"
        + "<h2 class=\"node-title\">Le budget de la ville adopté mardi</h2><p>Texte.</p>"
        + "<h2 class=\"node-title\">La saison touristique commence tôt</h2><p>Texte.</p>";
    assertEquals("Blogs", title(teasers), "a listing names every teaser so: none is the headline");
    String kicker = "<title>Klimavorreiter Oberland?</title><h1>Klimavorreiter Oberland?</h1>"
        + "<h2 class=\"entry-title\">Energiewende Oberland: Klimavorreiter Oberland?</h2>";
    assertEquals("Klimavorreiter Oberland?", title(kicker), "a named heading that holds the short title adds a kicker");
    String listing = "<title>Actualités</title><h1>Actualités</h1><h3 class=\"entry-title\">Le Maroc</h3>";
    assertEquals("Actualités", title(listing), "a named heading of fewer than three words is no better");
  }
  /** The shape of aaft.edu.in's blog post: its h1 lost an apostrophe and a colon to a wrong encoding, its metadata did not. */
  @Test
  void aHeadingWithCharactersLostToQuestionMarksGivesWayToTheMetadataItMatches() {
    String head = "<head><title>What Are The Basics Of Event Planning: Beginner&#x27;s Guide</title></head>";
    assertEquals("What Are The Basics Of Event Planning: Beginner's Guide",
        title(head + "<body><h1 class='entry-title'>What Are The Basics Of Event Planning? Beginner? Guide</h1><p>Text</p></body>"));
    assertEquals("Who Plans The Plans? Beginners Ask",
        title(head + "<body><h1>Who Plans The Plans? Beginners Ask</h1><p>Text</p></body>"),
        "a heading that the metadata does not write around its question marks stays");
    assertEquals("What Are The Basics Of Event Planning: Beginner\u2019s Guide",
        title("<head><title>What Are The Basics Of Event Planning: Beginner\u2019s Guide</title></head>"
            + "<body><h1>What Are The Basics Of Event Planning\uFFFD Beginner\uFFFD\uFFFD Guide</h1><p>Text</p></body>"));
  }
  /** The shape of eawag.ch's news page: a section's h1 ("News", the first part of its title), then the story's. */
  @Test
  void ofTwoHeadingsTheOneTheShareTitleNamesWholeIsTheHeadline() {
    String body = "<body><h1>News</h1><article><h1>Auf das erste Elektron kommt es an</h1><p>Text</p></article></body>";
    assertEquals("Auf das erste Elektron kommt es an",
        title("<head><title>News - Eawag</title><meta property='og:title' content='Auf das erste Elektron kommt es an'></head>" + body));
    assertEquals("News", title("<head><title>News - Eawag</title></head>" + body), "without a share title the first heading stands");
  }

  /** The shape of elmostrador.cl's story and of campact.de's blog post, whose share title is a section's h2. */
  @Test
  void anH2ThatTheShareTitleNamesIsTheHeadlineUnderASlogansH1() {
    String og = "<meta property='og:title' content='Grenzschließungen: Deutschland, Frankreich und die Rückkehr der Ressentiments'>";
    assertEquals("Grenzschließungen: Deutschland, Frankreich und die Rückkehr der Ressentiments",
        title("<head>" + og + "</head><body><h1><a href='/'>El Mostrador, el primer diario digital de Chile.</a></h1>"
            + "<h2><span>Grenzschließungen</span> Deutschland, Frankreich und die Rückkehr der Ressentiments</h2><p>Text</p></body>"));
    assertEquals("3 Fragen an Tina Musil, Teamleiterin Fundraising",
        title("<head><title>Demokratie-Stiftung: 3 Fragen an Tina Musil</title>"
            + "<meta property='og:title' content='Was ist die Demokratie-Stiftung?'></head>"
            + "<body><h1>3 Fragen an Tina Musil, Teamleiterin Fundraising</h1><h2>Was ist die Demokratie-Stiftung?</h2><p>Text</p></body>"),
        "an h1 whose opening words the page's title holds is the headline");
  }
  /** The shapes of gregoryszorc.com's post (no h1) and of creeny.wordpress.com's (the blog's name in an h1). */
  @Test
  void thePartOfTheTitleThePageWritesAsAHeadingIsTheHeadline() {
    assertEquals("Mercurial's Journey to and Reflections on Python 3",
        Titles.of(Jsoup.parse("<title>Gregory Szorc's Digital Home | Mercurial's Journey to and Reflections on Python 3</title>"
            + "<body><h2>Mercurial's Journey to and Reflections on Python 3</h2><p>Text</p><h2>Porting Mercurial to Python 3</h2></body>",
            "https://gregoryszorc.com/blog/x"), null, "gregoryszorc.com"));
    assertEquals("Gregory Szorc's Digital Home | Mercurial's Journey to and Reflections on Python 3",
        Titles.of(Jsoup.parse("<title>Gregory Szorc's Digital Home | Mercurial's Journey to and Reflections on Python 3</title>"
            + "<body><h2>Porting Mercurial to Python 3</h2><p>Text</p></body>", "https://gregoryszorc.com/blog/x"), null, "gregoryszorc.com"),
        "a title none of whose parts is a heading stays whole");
    assertEquals("Nebelsuppe.",
        Titles.of(Jsoup.parse("<head><title>Nebelsuppe. | Das Leben, der Meister und ich...</title>"
            + "<meta property='og:title' content='Nebelsuppe.'></head><body><h1>Das Leben, der Meister und ich…</h1>"
            + "<h1>Nebelsuppe.</h1><p>Text</p></body>", "https://creeny.wordpress.com/x"), "Das Leben, der Meister und ich...",
            "creeny.wordpress.com"), "the site's name in a heading is no headline");
  }

  /** The shape of siliconangle.com's post: a sponsor's lead-in in the page's one h1, the headline an h3 the theme names. */
  @Test
  void anH1ThatEndsWithAColonIsALeadInNotTheHeadline() {
    String meta = "<head><meta property='og:title' content='How Google Cloud runs AI inference at production scale - SiliconANGLE'>"
        + "<meta name='twitter:title' content='How Google Cloud is shaping the enterprise AI inference moment'></head>";
    String post = "<div class='sa-post-content'><h3 class='sa-post-title'>How Google Cloud is shaping the enterprise AI inference moment</h3>"
        + "<p>Enterprise technology investment…</p></div>";
    String leadIn = "<h1><span>A message from John Furrier, co-founder of SiliconANGLE:</span></h1><p>Support our mission…</p>";
    assertEquals("How Google Cloud is shaping the enterprise AI inference moment",
        Titles.of(Jsoup.parse(meta + "<body>" + post + leadIn + "</body>", "https://siliconangle.com/x"), "SiliconANGLE", "siliconangle.com"),
        "the post's named heading, which a metadata title confirms");
    assertEquals("How Google Cloud runs AI inference at production scale",
        Titles.of(Jsoup.parse(meta + "<body>" + leadIn + "</body>", "https://siliconangle.com/x"), "SiliconANGLE", "siliconangle.com"),
        "without a named heading, the share title");
    assertEquals("Der Weg zum Glück: ein Gespräch mit Anna Gmeiner",
        title("<head><title>Interview | Le Matin</title></head><body><h1>Der Weg zum Glück: ein Gespräch mit Anna Gmeiner</h1></body>"),
        "a headline with a colon inside is a headline");
  }

  /** The shape of renofi.com's post: the standfirst in the h1, the headline in every metadata title. */
  @Test
  void anH1OfSeveralSentencesIsAStandfirstNotTheHeadline() {
    String standfirst = "Learn which home renovations have the best ROI (return on investment)? Get expert tips on how to understand"
        + " and calculate home improvement ROI. We'll help you learn everything you need to know about the potential value of"
        + " your home renovation project.";
    String renofi = "<head><meta property='og:title' content='The 10 Best Home Improvement ROI Projects of 2023 (According to Experts) | RenoFi'>"
        + "<title>The 10 Best Home Improvement ROI Projects of 2023 (According to Experts) | RenoFi | RenoFi</title></head>"
        + "<body><h1 class='learn-post__headline'>%s</h1><p>Text</p></body>";
    assertEquals("The 10 Best Home Improvement ROI Projects of 2023 (According to Experts)",
        Titles.of(Jsoup.parse(renofi.formatted(standfirst), "https://www.renofi.com/x"), "RenoFi", "www.renofi.com"));
    String longHeadline = "Marode Straßen und Brücken: Erhalt statt Neubau – Verkehrsminister Wissing muss Sicherung und"
        + " Instandsetzung bestehender Strecken absoluten Vorrang geben und Straßenneubauprojekte stoppen";
    assertEquals(longHeadline, Titles.of(Jsoup.parse(renofi.formatted(longHeadline), "https://www.renofi.com/x"), "RenoFi", "www.renofi.com"),
        "a long headline of one sentence is the headline");
  }
}
