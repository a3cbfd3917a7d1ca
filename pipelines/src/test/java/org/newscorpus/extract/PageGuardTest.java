package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PageGuardTest {

  private static final ExtractionLimits LIMITS = ExtractionLimits.DEFAULT;

  static String nestedDivs(int n) {
    StringBuilder sb = new StringBuilder("<html><body>");
    sb.append("<div>".repeat(n)).append("deep text").append("</div>".repeat(n));
    return sb.append("</body></html>").toString();
  }

  @Test
  void tooManyTagsAreRejectedBeforeParsing() {
    ExtractionLimits.Exceeded e =
        assertThrows(ExtractionLimits.Exceeded.class, () -> PageGuard.checkText(nestedDivs(100_000), LIMITS));
    assertEquals(ExtractionLimits.TOO_COMPLEX, e.reason());
  }

  @Test
  void aHugeTextIsRejectedBeforeParsing() {
    String page = "<html><body><p>" + "x".repeat(30_000_000) + "</p></body></html>";
    ExtractionLimits.Exceeded e = assertThrows(ExtractionLimits.Exceeded.class, () -> PageGuard.checkText(page, LIMITS));
    assertEquals(ExtractionLimits.TOO_COMPLEX, e.reason());
    assertTrue(e.getMessage().contains("characters"), e.getMessage());
  }

  @Test
  void aDomNestedDeeperThanTheLimitIsRejectedAfterParsing() {
    String page = nestedDivs(1_000);
    PageGuard.checkText(page, LIMITS);
    ExtractionLimits.Exceeded e =
        assertThrows(ExtractionLimits.Exceeded.class, () -> PageGuard.parse(page, "https://x.com/", LIMITS, LIMITS.start()));
    assertEquals(ExtractionLimits.TOO_COMPLEX, e.reason());
  }

  @Test
  void parsingStopsWhenTheBudgetRunsOut() {
    ExtractionLimits tight = new ExtractionLimits(Duration.ofMillis(1), 60_000, 400, 8_000_000);
    ExtractionLimits.Budget budget = tight.start();
    long spent = ExtractionLimits.now() + 5_000_000;
    while (ExtractionLimits.now() < spent) {
      Thread.onSpinWait(); // spends the page's CPU budget
    }
    ExtractionLimits.Exceeded e =
        assertThrows(ExtractionLimits.Exceeded.class, () -> PageGuard.parse("<p>text</p>", "", tight, budget));
    assertEquals(ExtractionLimits.EXTRACT_TIMEOUT, e.reason());
  }

  @Test
  void anOrdinaryPageParses() {
    String page = "<html><body>" + "<div><p>Un paragraphe.</p></div>".repeat(500) + "</body></html>";
    PageGuard.checkText(page, LIMITS);
    Document doc = PageGuard.parse(page, "https://x.com/", LIMITS, LIMITS.start());
    assertEquals(1000, doc.body().select("div, p").size());
  }
}
