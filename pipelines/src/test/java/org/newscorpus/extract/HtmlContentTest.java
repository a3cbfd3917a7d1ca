package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newscorpus.read.PageDecoder;
import org.newscorpus.schema.PageFormat;

class HtmlContentTest {

  /**
   * The decoded HTTP payloads of a fixture archive's 200 responses whose declared type starts with
   * {@code type}, by URL (the last capture of a URL).
   */
  private static Map<String, byte[]> payloads(String archive, String type) throws IOException, URISyntaxException {
    Map<String, byte[]> payloads = new LinkedHashMap<>();
    try (WarcReader reader = new WarcReader(fixture(archive))) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response && response.target().startsWith("http")
            && response.http().status() == 200
            && response.http().contentType().base().toString().startsWith(type)) {
          payloads.put(response.target(), response.http().bodyDecoded().stream().readAllBytes());
        }
      }
    }
    return payloads;
  }

  private static Path fixture(String archive) throws URISyntaxException {
    return Path.of(HtmlContentTest.class.getResource("/warc/" + archive).toURI());
  }

  private static Extraction.Dropped rejected(String url, byte[] payload) {
    Extraction e = new ArticleExtractor().extract(ArticleExtractorTest.page(url, PageFormat.HTML, payload, false));
    Extraction.Dropped dropped = assertInstanceOf(Extraction.Dropped.class, e, url);
    assertEquals(ArticleExtractor.NOT_HTML_CONTENT, dropped.reason(), url);
    assertFalse(dropped.skip(), "a rejection, written with its excerpt");
    return dropped;
  }

  @Test
  void aJsonResponseServedAsHtmlIsRejectedAsJson() throws Exception {
    Map<String, byte[]> json = payloads("warcio/post-test.warc.gz", "application/json");
    assertEquals(2, json.size(), "httpbin's answers to two URLs");
    for (Map.Entry<String, byte[]> answer : json.entrySet()) {
      String message = rejected(answer.getKey(), answer.getValue()).message();
      assertTrue(message.startsWith("a JSON document, not HTML: its 5"), message);
    }
  }

  @Test
  void anRssFeedServedAsHtmlIsRejectedAsAFeed() throws Exception {
    byte[] feed = payloads("webarchive-commons/IAH-urls-wget.warc.gz", "text/xml")
        .get("http://archive.org/services/collection-rss.php");
    assertEquals("an RSS feed, not HTML: its root element is <rss>",
        rejected("http://archive.org/services/collection-rss.php", feed).message());
  }

  @Test
  void styleSheetsAndScriptsWithoutATagServedAsHtmlAreRejected() throws Exception {
    String archive = "ukwa-webarchive-discovery/BL-20140325121225068-00000-32090~opera~8443.warc.gz";
    Map<String, byte[]> css = payloads(archive, "text/css");
    assertEquals(7, css.size());
    for (Map.Entry<String, byte[]> sheet : css.entrySet()) {
      String message = rejected(sheet.getKey(), sheet.getValue()).message();
      assertTrue(message.startsWith("no HTML markup: "), message);
    }
    byte[] script = payloads(archive, "application/x-javascript").get("http://data.gov.uk/assets/js/dgu-shared.min.js");
    rejected("http://data.gov.uk/assets/js/dgu-shared.min.js", script);
  }

  @Test
  void aScriptThatWritesMarkupIsLeftToTheExtractor() throws Exception {
    // jQuery builds elements from strings such as "<div>": a tag, so this check cannot tell the
    // script from a page, and leaves it to the extractor
    byte[] jquery = payloads("ukwa-webarchive-discovery/BL-20140325121225068-00000-32090~opera~8443.warc.gz",
        "text/javascript").get("http://ajax.googleapis.com/ajax/libs/jquery/1.8.3/jquery.min.js");
    assertNull(HtmlContent.notHtml(new String(jquery, StandardCharsets.UTF_8)));
  }

  @Test
  void noHtmlPageOfTheFixtureArchivesIsTakenForSomethingElse() throws Exception {
    List<String> archives;
    Path root = fixture("MANIFEST.md").getParent();
    try (Stream<Path> files = Files.walk(root)) {
      archives = files.map(p -> root.relativize(p).toString())
          .filter(p -> p.endsWith(".warc") || p.endsWith(".warc.gz")).sorted().toList();
    }
    List<String> pages = new ArrayList<>();
    for (String archive : archives) {
      Map<String, byte[]> html;
      try {
        html = payloads(archive, "text/html");
      } catch (IOException | RuntimeException damaged) {
        continue; // the damaged fixtures are the reader's tests
      }
      for (Map.Entry<String, byte[]> page : html.entrySet()) {
        String text = PageDecoder.decode(page.getValue(), "text/html").text();
        if (!text.isBlank()) {
          pages.add(page.getKey());
          assertNull(HtmlContent.notHtml(text), archive + " " + page.getKey());
        }
      }
    }
    assertTrue(pages.size() >= 40, "pages of real crawls checked: " + pages.size());
  }

  @Test
  void xhtmlAfterAnXmlDeclarationAndMarkupAfterLeadingTextAreHtml() {
    assertNull(HtmlContent.notHtml(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\""
            + " \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<head><title>Le Maroc</title></head><body><p>Texte.</p></body></html>"));
    assertNull(HtmlContent.notHtml(
        "Warning: Cannot modify header information - headers already sent in /var/www/index.php on line 3\n"
            + "<!DOCTYPE html><html><body><p>L'article.</p></body></html>"));
    assertNull(HtmlContent.notHtml("[Mise à jour] <p>Le texte suit.</p> [fin]"), "brackets around markup");
    assertNull(HtmlContent.notHtml("{\"html\": \"<div>\"} <html><body>page</body></html>"),
        "a brace opens, the page does not close with one");
    assertEquals("an Atom feed, not HTML: its root element is <feed>", HtmlContent.notHtml(
        "\uFEFF<?xml version=\"1.0\"?><!-- generator --><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>"));
    assertEquals("an XML sitemap, not HTML: its root element is <urlset>", HtmlContent.notHtml(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
            + "<url><loc>https://le360.ma/politique/</loc></url></urlset>"));
  }

  @Test
  void phpDiagnosticsPrintedBeforeTheDocumentAreCut() {
    String page = "<!DOCTYPE html>\n<html lang=\"de-DE\"><head><title>Alles Neue mach der Mai</title></head><body><p>x</p></body></html>";
    String warnings =
        "<br />\n<b>Warning</b>:  mysql_get_server_info(): Access denied for user ''@'localhost' (using password: NO) in "
            + "<b>/www/htdocs/w008b8b5/wordpress/wp-content/plugins/simple-tagging-plugin/simpletagging.php</b> on line <b>299</b><br />\n"
            + "<br />\n<b>Strict Standards</b>:  Redefining already defined constructor for class wpdb in "
            + "<b>/www/htdocs/w0094d70/wp-includes/wp-db.php</b> on line <b>56</b><br />\n";
    assertEquals(page, HtmlContent.withoutLeadingDiagnostics(warnings + page));
    assertEquals(page, HtmlContent.withoutLeadingDiagnostics(
        "PHP Notice:  Undefined index: lang in /var/www/html/index.php on line 12\n" + page));
  }

  @Test
  void aPageThatOpensWithAnythingElseComesBackAsItIs() {
    for (String text : List.of(
        "<!DOCTYPE html><html><head><title>Warning: on line 3</title></head></html>",
        "<b>Warning</b>: the bridge on line 5 is closed<p>the story</p>",
        "Warning: mysql_connect() failed in /www/db.php on line 9\nand then no document at all",
        "<br /><p>Notice: on line</p>",
        "",
        "   ")) {
      assertEquals(text, HtmlContent.withoutLeadingDiagnostics(text), text);
    }
  }

  @Test
  void phpDiagnosticLinesInAParagraphAreCutAndItsOtherLinesKept() {
    String notice = "Strict Standards: Non-static method nggGallery::render() should not be called statically in "
        + "/www/htdocs/w00a2ebd/wp-content/plugins/nextgen-gallery/lib/core.php on line 341";
    assertEquals("Bei dem nächsten trnd-Projekt ging es um Software.\nDas Projekt startete am 20.11.08.",
        HtmlContent.withoutDiagnosticLines("Bei dem nächsten trnd-Projekt ging es um Software.\n" + notice
            + "\nDas Projekt startete am 20.11.08."));
    assertEquals("", HtmlContent.withoutDiagnosticLines(notice + "\n" + notice));
    String prose = "The Warning: the ferry on line 4 stops at nine.";
    assertEquals(prose, HtmlContent.withoutDiagnosticLines(prose));
  }
}
