package org.newscorpus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newscorpus.extract.ArticleExtractor;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.PageFormat;

class ExtractionEvaluatorTest {

  @Test
  void everyPageGivesAResultInTheSetsOrder() throws IOException {
    GoldSet wcxb = GoldSets.read(Fixtures.gold("wcxb"));
    List<GoldPage> many = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      many.addAll(wcxb.pages());
    }
    GoldSet set = new GoldSet("many", wcxb.location(), wcxb.format(), many);
    List<ExtractionEvaluator.Result> results = new ExtractionEvaluator(new ArticleExtractor(), 4).run(set);
    assertEquals(40, results.size());
    for (int i = 0; i < results.size(); i++) {
      assertEquals(many.get(i), results.get(i).gold());
    }
    ExtractionEvaluator.Result article = results.get(0);
    assertNotNull(article.article());
    assertNull(article.dropReason());
    assertTrue(article.article().getText().startsWith("The town harbour reopened"));
    ExtractionEvaluator.Result notice = results.get(1);
    assertNull(notice.article());
    assertEquals("notArticle", notice.dropReason(), "the pipeline's own drop rules apply");
  }

  @Test
  void aDateOnlySetKeepsTheArticleOfAPageTooShortForOne() throws IOException {
    List<ExtractionEvaluator.Result> dates =
        new ExtractionEvaluator(new ArticleExtractor(), 1).run(GoldSets.read(Fixtures.gold("htmldate")));
    ExtractionEvaluator.Result photo = dates.get(2);
    assertNull(photo.article(), "still dropped, as the pipeline drops it");
    assertEquals("notArticle", photo.dropReason());
    assertEquals(LocalDate.of(2024, 3, 6), photo.unkept().getPublishedDate());
    assertNull(dates.get(0).unkept(), "a kept page has its article");

    List<ExtractionEvaluator.Result> articles =
        new ExtractionEvaluator(new ArticleExtractor(), 1).run(GoldSets.read(Fixtures.gold("wcxb")));
    assertEquals("notArticle", articles.get(1).dropReason());
    assertNull(articles.get(1).unkept(), "an article set does not read a dropped page further");
  }

  @Test
  void aPageIsReadAsTheDumpReaderWouldWithItsGoldUrl() throws IOException {
    GoldPage gold = GoldSets.read(Fixtures.gold("wcxb")).pages().get(1);
    Page page = ExtractionEvaluator.page(gold);
    assertEquals("https://coastal-herald.example/notice", page.getUrl());
    assertFalse(page.getUrlFromPath());
    assertNull(page.getCrawledAt(), "no crawl date, so no crawl-date fallback");
    assertEquals(PageFormat.HTML, page.getFormat());
    String html = new String(page.getBody().array(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(html.contains("Closed today."), "the gzipped file is gunzipped");
  }

  @Test
  void aMissingPageFileIsAnError() {
    GoldPage gold = new GoldPage("x", Path.of("/nonexistent/x.html"), null, null, null, null, null, null, null, null);
    assertThrows(IOException.class, () -> new ExtractionEvaluator(new ArticleExtractor(), 1).extract(gold));
    assertThrows(IllegalArgumentException.class, () -> new ExtractionEvaluator(new ArticleExtractor(), 0));
  }
}
