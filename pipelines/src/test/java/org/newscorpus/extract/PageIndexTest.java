package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newscorpus.evaluate.ExtractionEvaluator;

class PageIndexTest {

  static Stream<Path> pages() throws IOException, URISyntaxException {
    return ExtractRegressionTest.pages().filter(p -> !p.toString().endsWith(".txt"));
  }

  /** The index finds what doc.select finds, in the same order, on the real regression pages. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void indexedQueriesFindWhatDocSelectFinds(Path page) throws IOException {
    Document doc = Jsoup.parse(new String(ExtractionEvaluator.readMaybeGzipped(page), java.nio.charset.StandardCharsets.UTF_8), "https://example.com/");
    PageIndex index = PageIndex.of(doc);

    assertEquals(doc.select("script[type=application/ld+json]"), index.select("script", PageIndex.JSON_LD));
    assertEquals(doc.select("meta[content]"), index.select("meta", PageIndex.query("meta[content]")));
    assertEquals(doc.select("h1"), index.all("h1"));
    assertEquals(doc.getElementsByTag("input"), index.all("input"));
    if (doc.body() != null) {
      assertEquals(doc.body().getElementsByTag("h1"), index.all("h1", doc.body()));
      for (org.jsoup.nodes.Element h1 : index.all("h1")) {
        org.jsoup.nodes.Element section = h1.parent() == null ? h1 : h1.parent();
        assertEquals(section.getElementsByTag("h1"), index.all("h1", section));
        assertEquals(h1.getElementsByTag("h1"), index.all("h1", h1), "the root itself counts");
      }
    }
    assertEquals(doc.select("time[datetime]"), index.select("time", PageIndex.query("time[datetime]")));
    assertEquals(doc.select("a[rel=author], link[rel=author][title]"),
        index.select(Set.of("a", "link"), PageIndex.query("a[rel=author], link[rel=author][title]")));
    assertEquals(doc.select("[itemprop], [property]"), index.selectWithItemprop(PageIndex.query("*")));
    for (String css : new String[] {"[itemprop=articleBody]", "[itemprop=datePublished]", "[property]"}) {
      assertSame(doc.selectFirst(css), index.firstWithItemprop(PageIndex.query(css), doc), css);
      if (doc.body() != null) {
        assertSame(doc.body().selectFirst(css), index.firstWithItemprop(PageIndex.query(css), doc.body()), css);
      }
    }
  }

  @Test
  void theFirstItempropElementIsSoughtUnderItsRootOnly() {
    Document doc =
        Jsoup.parse("<div id=a itemprop=articleBody>A</div><section id=s><div id=b itemprop=articlebody>B</div></section>");
    PageIndex index = PageIndex.of(doc);
    org.jsoup.select.Evaluator body = PageIndex.query("[itemprop=articleBody]");

    assertEquals("a", index.firstWithItemprop(body, doc.body()).id());
    assertEquals("b", index.firstWithItemprop(body, doc.getElementById("s")).id());
    assertEquals("b", index.firstWithItemprop(body, doc.getElementById("b")).id(), "the root itself counts");
    assertEquals(null, index.firstWithItemprop(body, doc.head()));
  }

  @Test
  void unionsComeInPageOrder() {
    Document doc = Jsoup.parse("<head><link rel=author title=B></head><body><a rel=author>A</a>"
        + "<p><a rel=author>C</a></p><link rel=author title=D></body>");

    Elements found = PageIndex.of(doc).select(Set.of("a", "link"), PageIndex.query("a[rel=author], link[rel=author][title]"));

    assertEquals(doc.select("a[rel=author], link[rel=author][title]"), found);
    assertEquals(4, found.size());
    assertEquals("B", found.get(0).attr("title"));
  }

  @Test
  void theIndexIsBuiltOnceUntilForgotten() {
    Document doc = Jsoup.parse("<body><h1>One</h1></body>");
    PageIndex first = PageIndex.of(doc);
    assertSame(first, PageIndex.of(doc));

    doc.body().appendElement("h1").text("Two");
    PageIndex.forget(doc);

    PageIndex second = PageIndex.of(doc);
    assertNotSame(first, second);
    assertEquals(2, second.all("h1").size());
  }

  @Test
  void theIndexLeavesTheDocumentsHtmlAlone() {
    Document doc = Jsoup.parse("<html><head><title>T</title></head><body><p>x</p></body></html>");
    String before = doc.outerHtml();

    PageIndex.of(doc);

    assertEquals(before, doc.outerHtml());
    assertFalse(doc.attributes().hasKey("newscorpus.pageIndex"));
    assertTrue(PageIndex.of(doc).all("p").isEmpty());
  }
}
