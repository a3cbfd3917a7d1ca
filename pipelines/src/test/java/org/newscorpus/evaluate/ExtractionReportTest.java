package org.newscorpus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newscorpus.extract.ArticleExtractor;

class ExtractionReportTest {

  private static Map<String, Object> figures(String gold) throws IOException {
    GoldSet set = GoldSets.read(Fixtures.gold(gold));
    return ExtractionReport.of(set, new ExtractionEvaluator(new ArticleExtractor(), 1).run(set)).figures();
  }

  @Test
  void wcxbSetGivesBodyTitleDateAndAuthorFigures() throws IOException {
    Map<String, Object> f = figures("wcxb");
    assertEquals(2, f.get("pages"));
    assertEquals(1, f.get("extracted"));
    assertEquals(1, f.get("dropped_notArticle"));
    assertEquals(2, f.get("body_pages"));
    assertEquals(1.0, (double) f.get("body_precision"), 1e-9, "the one prediction is exact");
    assertEquals(0.5, (double) f.get("body_recall"), 1e-9, "the dropped page recalls nothing");
    assertEquals(0.5, (double) f.get("title_exact"), 1e-9);
    assertEquals(1, f.get("date_pages"));
    assertEquals(1.0, (double) f.get("date_accuracy"), 1e-9);
    assertEquals(1.0, (double) f.get("authors_accuracy"), 1e-9);
    assertEquals(1.0, (double) f.get("snippet_f"), 1e-9);
  }

  @Test
  void trafilaturaSetGivesPooledSnippetAndMetadataFigures() throws IOException {
    Map<String, Object> f = figures("trafilatura");
    assertEquals(2L, f.get("snippet_tp"));
    assertEquals(1L, f.get("snippet_fn"), "one snippet is not on the page");
    assertEquals(0L, f.get("snippet_fp"), "nav and footer are not in the body");
    assertEquals(2L, f.get("snippet_tn"));
    assertEquals(0.8, (double) f.get("snippet_f"), 1e-9);
    assertEquals(1.0, (double) f.get("sitename_accuracy"), 1e-9);
    assertFalse(f.containsKey("body_f1"), "no gold text, no body figure");
  }

  @Test
  void htmldateSetUsesHtmldatesAccuracyOverEveryPage() throws IOException {
    Map<String, Object> f = figures("htmldate");
    assertEquals(1, f.get("extracted"));
    assertEquals(2, f.get("dropped_notArticle"), "the notice and the photo page are too short for articles");
    assertEquals(2L, f.get("date_tp"), "the dated article, and the photo page's date all the same");
    assertEquals(0L, f.get("date_fp"));
    assertEquals(1L, f.get("date_fn"));
    assertEquals(1L, f.get("date_tn"));
    assertEquals(3.0 / 4, (double) f.get("date_accuracy"), 1e-9);
    assertEquals(2.0 / 4, (double) f.get("date_accuracy_articles_only"), 1e-9, "the photo page gives no date");
  }


  @Test
  void jsonlSetScoresAgainstTheUsersGold() throws IOException {
    Map<String, Object> f = figures("user/gold.jsonl");
    assertEquals(0.5, (double) f.get("title_exact"), 1e-9);
    assertEquals(0.5, (double) f.get("date_accuracy"), 1e-9);
    assertEquals(0.5, (double) f.get("authors_accuracy"), 1e-9);
    assertTrue((double) f.get("body_f1") < 0.7);
  }

  @Test
  void authorStringsAreComparedAsSetsOfNames() {
    assertEquals(Set.of("jane doe", "john roe"), ExtractionReport.names(List.of("Jane Doe and John Roe")));
    assertEquals(
        ExtractionReport.names(List.of("John Roe", "Jane  Doe")), ExtractionReport.names(List.of("Jane Doe; John Roe")));
  }

  @Test
  void aPartialGoldDayIsParsedAsNoDay() {
    assertEquals(LocalDate.of(2015, 11, 3), ExtractionReport.parseDay("2015-11-03T10:00:00"));
    assertEquals(null, ExtractionReport.parseDay("2015-11"));
  }

  @Test
  void textReportEndsWithASummaryLine() throws IOException {
    GoldSet set = GoldSets.read(Fixtures.gold("wcxb"));
    String text = ExtractionReport.of(set, new ExtractionEvaluator(new ArticleExtractor(), 1).run(set)).toText();
    assertTrue(text.contains("body_f1"), text);
    assertTrue(text.strip().endsWith("pages=2"), text);
    assertTrue(text.contains("SUMMARY set=wcxb body_f1="), text);
  }
}
