package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.PageFormat;

/** Shapes of lesswrong.com (WCXB): an Apollo client's state holds the post's HTML; the markup, a shell. */
class ScriptBodyTest {

  private static final String DESCRIPTION = "This is partly a linkpost for Predictive Concept Decoders, and partly a"
      + " response to Neel Nanda&#x27;s Pragmatic Vision for AI Interpretability…";

  /** The post's paragraphs, as its Apollo state escapes them. */
  private static final String POST_HTML = "\\u003cp\\u003e\\u003ci\\u003eThis is partly a linkpost for \\u003c/i\\u003e"
      + "\\u003ca href=\\\"https://arxiv.org/abs/2512.15712\\\"\\u003e\\u003ci\\u003ePredictive Concept Decoders"
      + "\\u003c/i\\u003e\\u003c/a\\u003e\\u003ci\\u003e, and partly a response to Neel Nanda's Pragmatic Vision.\\u003c/i\\u003e"
      + "\\u003c/p\\u003e"
      + ("\\u003cp\\u003eThere is currently somewhat of a debate in the interpretability community between pragmatic"
          + " interpretability, grounded in concrete uses, and ambitious interpretability, which aims at a full"
          + " understanding of the model.\\u003c/p\\u003e").repeat(4);

  /** A related post in the same state: long, but not this page's. */
  private static final String RELATED_HTML = ("\\u003cp\\u003eA different post about sparse autoencoders and the"
      + " features they find in the residual stream of small language models.\\u003c/p\\u003e").repeat(8);

  private static String page(String description, String state) {
    return "<html><head><title>Scalable End-to-End Interpretability — LessWrong</title>"
        + (description == null ? "" : "<meta name='description' content='" + description + "'>")
        + "</head><body><div id='root'><div class='Loading-spinner'></div></div>"
        + "<script>window.__APOLLO_STATE__=" + state + "</script></body></html>";
  }

  private static String state(String... htmls) {
    StringBuilder s = new StringBuilder("{\"ROOT_QUERY\":{\"__typename\":\"Query\"}");
    for (int i = 0; i < htmls.length; i++) {
      s.append(",\"Revision:").append(i).append("\":{\"__typename\":\"Revision\",\"wordCount\":774,\"html\":\"")
          .append(htmls[i]).append("\"}");
    }
    return s.append('}').toString();
  }

  @Test
  void theScriptStringThatHoldsTheDescriptionsOpeningIsTheArticle() {
    Document doc = Jsoup.parse(page(DESCRIPTION, state(RELATED_HTML, POST_HTML)), "https://www.lesswrong.com/posts/q");
    Document article = ScriptBody.of(doc, 250);
    String text = MainText.of(article);
    assertTrue(text.startsWith("This is partly a linkpost for Predictive Concept Decoders, and partly a response to"
        + " Neel Nanda's Pragmatic Vision."), text);
    assertTrue(text.contains("\n\nThere is currently somewhat of a debate"), text);
    assertTrue(!text.contains("sparse autoencoders"), "the related post is not the article");
  }

  @Test
  void aPageWhoseMarkupIsAShellBecomesTheArticleOfItsScriptData() {
    byte[] html = page(DESCRIPTION, state(RELATED_HTML, POST_HTML)).getBytes(StandardCharsets.UTF_8);
    Extraction.Extracted x = assertInstanceOf(Extraction.Extracted.class, new ArticleExtractor().extract(
        ArticleExtractorTest.page("https://www.lesswrong.com/posts/q", PageFormat.HTML, html, false)));
    assertTrue(x.article().getText().startsWith("This is partly a linkpost"), x.article().getText());
    assertEquals("en", x.article().getLanguage());
  }

  @Test
  void withoutADescriptionOrAStringThatHoldsItThereIsNoArticle() {
    assertNull(ScriptBody.of(Jsoup.parse(page(null, state(POST_HTML))), 250), "nothing confirms the string");
    assertNull(ScriptBody.of(Jsoup.parse(page(DESCRIPTION, state(RELATED_HTML))), 250), "only another post");
    assertNull(ScriptBody.of(Jsoup.parse(page("Short.", state(POST_HTML))), 250), "too short a description to confirm");
  }

  @Test
  void aJsonLdArticleBodyInPlainTextBecomesParagraphs() {
    String body = "Le conseil municipal de Rabat a voté mardi le budget des écoles pour 2026.\\n"
        + "La hausse de 12 % finance la rénovation de quarante établissements du centre-ville.\\n".repeat(4);
    String html = "<html><head><meta property='og:description' content='Le conseil municipal de Rabat a voté mardi le budget"
        + " des écoles pour 2026.'><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
        + body + "\"}</script></head><body><div id='app'></div></body></html>";
    String text = MainText.of(ScriptBody.of(Jsoup.parse(html), 250));
    assertTrue(text.startsWith("Le conseil municipal de Rabat a voté mardi le budget des écoles pour 2026.\n\nLa hausse"), text);
  }
}
