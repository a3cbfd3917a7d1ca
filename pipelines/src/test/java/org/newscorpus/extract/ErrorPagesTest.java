package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newscorpus.schema.PageFormat;

class ErrorPagesTest {

  /** The decoded payload of the response to {@code url} in a fixture archive. */
  private static byte[] payload(String archive, String url) throws Exception {
    try (WarcReader reader = new WarcReader(Path.of(ErrorPagesTest.class.getResource("/warc/" + archive).toURI()))) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response && response.target().equals(url)) {
          return response.http().bodyDecoded().stream().readAllBytes();
        }
      }
    }
    throw new AssertionError(url + " is not in " + archive);
  }

  private static Extraction extract(String url, byte[] payload) {
    return new ArticleExtractor().extract(ArticleExtractorTest.page(url, PageFormat.HTML, payload, false));
  }

  @Test
  void realNotFoundPagesServedWithStatus200AreRejectedAsSoft404s() throws Exception {
    // three servers' real 404 pages, as a site that answers a dead link with 200 would serve them
    String dataGovUk = "ukwa-webarchive-discovery/BL-20140325121225068-00000-32090~opera~8443.warc.gz";
    record Case(String archive, String url, String notice) {}
    for (Case c : new Case[] {
        new Case(dataGovUk, "http://data.gov.uk/interact", "Page not found | data.gov.uk"),
        new Case(dataGovUk, "http://html5shiv.googlecode.com/robots.txt", "Error 404 (Not Found)!!1"),
        new Case("ukwa-webarchive-discovery/ip-host-testcase.warc.gz", "http://93.184.216.34/", "404 - Not Found")}) {
      Extraction.Dropped dropped = assertInstanceOf(Extraction.Dropped.class, extract(c.url, payload(c.archive, c.url)), c.url);
      assertEquals(ErrorPages.SOFT_NOT_FOUND, dropped.reason(), c.url);
      assertFalse(dropped.skip(), "a rejection, written with its excerpt");
      assertEquals("a \"page not found\" page served as a page, not an article: \"" + c.notice + "\"", dropped.message());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Page not found", "404 Not Found", "Error 404", "Oops! That page can’t be found.", "Page not found – Le360",
    "Sorry, the page you are looking for does not exist", "Nothing found", "Page introuvable | Hespress FR",
    "Erreur 404 - Page non trouvée", "Cette page n'existe pas", "Página no encontrada - El País",
    "Seite nicht gefunden - Tagesspiegel", "Fehler 404", "الصفحة غير موجودة", "خطأ 404", "Pagina non trovata",
  })
  void notFoundNoticesInTheCorpusLanguagesAreTold(String title) {
    assertTrue(ErrorPages.notFound(title), title);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Peugeot 404 : la voiture culte fête ses 65 ans", "404 jours de détention pour le journaliste",
    "Error 404: why your page is not found and how to fix it", "Not Found: the lost art of getting lost",
    "La page introuvable du rapport de la Cour des comptes", "Lost and found: a wallet comes home after 40 years",
  })
  void storiesAboutErrorsOrNamedLikeThemAreArticles(String title) {
    assertFalse(ErrorPages.notFound(title), title);
  }

  @Test
  void aServersDirectoryListingIsRejected() {
    String listing = "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 3.2 Final//EN\">\n<html>\n <head>\n  <title>Index of /archives/2021"
        + "</title>\n </head>\n <body>\n<h1>Index of /archives/2021</h1>\n  <table>\n   <tr><th valign=\"top\"></th>"
        + "<th><a href=\"?C=N;O=D\">Name</a></th><th><a href=\"?C=M;O=A\">Last modified</a></th><th><a href=\"?C=S;O=A\">"
        + "Size</a></th></tr>\n"
        + "<tr><td valign=\"top\"></td><td><a href=\"otan-reset-alliance.html\">otan-reset-alliance.html</a></td>"
        + "<td align=\"right\">2021-02-17 10:02  </td><td align=\"right\"> 48K</td></tr>\n".repeat(12)
        + "</table>\n<address>Apache/2.4.41 (Ubuntu) Server at www.example.ma Port 80</address>\n</body></html>";
    Extraction.Dropped dropped = assertInstanceOf(Extraction.Dropped.class,
        extract("https://www.example.ma/archives/2021/", listing.getBytes(StandardCharsets.UTF_8)));
    assertEquals(ErrorPages.DIRECTORY_LISTING, dropped.reason());
    assertEquals("a server's listing of a folder, not an article: \"Index of /archives/2021\"", dropped.message());
  }

  @Test
  void aRealRegistrationFormIsRejectedAsASignInForm() throws Exception {
    // data.gov.uk's "Create new account" page: its main text is the form's labels and help lines
    for (String archive : new String[] {
        "ukwa-webarchive-discovery/BL-20140325121225068-00000-32090~opera~8443.warc.gz",
        "ukwa-webarchive-discovery/BL-20140325122341434-00000-32090~opera~8443.warc.gz"}) {
      String url = "http://data.gov.uk/user?destination=home";
      Extraction.Dropped dropped = assertInstanceOf(Extraction.Dropped.class, extract(url, payload(archive, url)), archive);
      assertEquals(ErrorPages.SIGN_IN_FORM, dropped.reason(), archive);
      assertFalse(dropped.skip(), "a rejection, written with its excerpt");
      assertTrue(dropped.message().startsWith("a sign-in or registration form, not an article: "), dropped.message());
      assertTrue(dropped.message().endsWith(" of the main text's 692 characters are a form with a password field"),
          dropped.message());
    }
  }

  /** A news page's article, four paragraphs long. */
  private static final String STORY = ("<p>L'Otan prépare un \"reset\" de l'Alliance après l'arrivée de Biden, a-t-on appris"
      + " de source diplomatique à Bruxelles, où les ministres de la Défense se réunissent cette semaine.</p>").repeat(4);

  /** A sign-in box as news sites put one in a sidebar or a menu. */
  private static final String SIGN_IN_BOX = "<form action=\"/connexion\" method=\"post\" class=\"login\">"
      + "<label for=\"email\">Adresse e-mail</label><input type=\"email\" id=\"email\" name=\"email\">"
      + "<label for=\"pw\">Mot de passe</label><input type=\"PASSWORD\" id=\"pw\" name=\"pw\">"
      + "<p><input type=\"checkbox\" id=\"keep\"><label for=\"keep\">Se souvenir de moi</label></p>"
      + "<p><a href=\"/mot-de-passe\">Mot de passe oublié ?</a></p>"
      + "<p>Connectez-vous pour lire les articles réservés aux abonnés, commenter et gérer vos newsletters.</p>"
      + "<p>Pas encore de compte ? Créez-en un gratuitement en quelques secondes : c'est simple, rapide, et vous"
      + " accédez à tous nos contenus, à nos archives depuis 1998 et à nos éditions régionales.</p>"
      + "<button type=\"submit\">Se connecter</button></form>";

  private static Extraction extractHtml(String html) {
    return extract("https://www.example.ma/article/otan-reset", html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPageThatIsASignInFormIsRejected() {
    String page = "<html><head><title>Connexion | Le Quotidien</title></head><body><header><nav><a href=\"/\">Accueil</a>"
        + " <a href=\"/politique\">Politique</a></nav></header><main><h1>Connexion</h1>" + SIGN_IN_BOX
        + "</main><footer><p>© Le Quotidien 2021</p></footer></body></html>";
    Extraction.Dropped dropped = assertInstanceOf(Extraction.Dropped.class, extractHtml(page));
    assertEquals(ErrorPages.SIGN_IN_FORM, dropped.reason());
  }

  @Test
  void anArticleBesideASignInBoxIsKept() {
    String page = "<html><head><title>L'Otan prépare un reset</title></head><body><aside>" + SIGN_IN_BOX + "</aside>"
        + "<article><h1>L'Otan prépare un \"reset\" de l'Alliance</h1>" + STORY + "</article></body></html>";
    Extraction.Extracted kept = assertInstanceOf(Extraction.Extracted.class, extractHtml(page));
    assertTrue(kept.article().getText().startsWith("L'Otan prépare un \"reset\" de l'Alliance après"), kept.article().getText());
  }

  @Test
  void anArticleInsideAPageWideFormWithASignInBoxIsKept() {
    // ASP.NET WebForms wraps the whole page in one form, the sidebar's sign-in fields included
    String box = SIGN_IN_BOX.replace("<form action=\"/connexion\" method=\"post\" class=\"login\">", "<div class=\"login\">")
        .replace("</form>", "</div>");
    String page = "<html><head><title>L'Otan prépare un reset</title></head><body><form id=\"aspnetForm\" method=\"post\""
        + " action=\"./article.aspx?id=922379\"><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"/wEPDwUKMTY1\">"
        + "<div class=\"sidebar\">" + box + "</div><div class=\"article_content\"><h1>L'Otan prépare un \"reset\"</h1>"
        + STORY + "</div></form></body></html>";
    Extraction.Extracted kept = assertInstanceOf(Extraction.Extracted.class, extractHtml(page));
    assertTrue(kept.article().getText().startsWith("L'Otan prépare un \"reset\" de l'Alliance après"), kept.article().getText());
  }

  @Test
  void anArticleIsNoErrorPage() throws Exception {
    assertNull(ErrorPages.of(Jsoup.parse(new String(ArticleExtractorTest.resource("/pages/maghress-aggregator.html"),
        StandardCharsets.UTF_8))));
  }
}
