package org.newscorpus.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

  private static final List<String> LINES =
      List.of(
          "6\trecords\ta.warc.gz",
          "1\tpages\ta.warc.gz",
          "1\trecords\tb.html",
          "1\tpages\tb.html",
          "4\tskipped\tread\trequestRecord",
          "1\trejected\tread\ttruncatedRecord",
          "1\trejected\textract\tnotArticle",
          "1\tarticles",
          "1\tarticlesWritten",
          "1\tstories");

  @Test
  void readEqualsArticlesPlusSkippedPlusRejected() {
    RunSummary s = RunSummary.fromTallyLines(LINES);
    assertEquals(7, s.recordsRead());
    assertEquals(2, s.pages());
    assertEquals(1, s.articles());
    assertEquals(4, s.skipped());
    assertEquals(2, s.rejected());
    assertTrue(s.isBalanced());
  }

  @Test
  void aLostRecordShowsAsUnbalanced() {
    RunSummary s = RunSummary.fromTallyLines(LINES.subList(0, 9));
    s.add("records\tc.warc", 1);
    assertFalse(s.isBalanced());
    assertTrue(s.toTable().contains("MISMATCH"));
  }

  @Test
  void jsonHoldsEveryFigure() throws Exception {
    String json =
        RunSummary.fromTallyLines(LINES)
            .withTimes(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:02.5Z"))
            .toJson();
    JsonNode root = new ObjectMapper().readTree(json);
    assertEquals(7, root.get("records_read").asLong());
    assertEquals(2.5, root.get("wall_seconds").asDouble());
    assertEquals(4, root.at("/skipped/by_stage/read/requestRecord").asLong());
    assertEquals(1, root.at("/rejected/by_stage/extract/notArticle").asLong());
    assertEquals("a.warc.gz", root.at("/inputs/0/uri").asText());
    assertEquals(6, root.at("/inputs/0/records").asLong());
    assertTrue(root.get("balanced").asBoolean());
  }

  @Test
  void articlesFromCapturesCutShortAreCountedByWhy() throws Exception {
    List<String> lines = new java.util.ArrayList<>(LINES);
    lines.addAll(List.of("2\ttruncated\tlength", "1\ttruncated\thttpBody"));
    RunSummary s = RunSummary.fromTallyLines(lines);
    assertEquals(java.util.Map.of("httpBody", 1L, "length", 2L), s.truncatedByReason());
    assertTrue(s.isBalanced(), "a count among the articles, not an outcome of its own");
    JsonNode root = new ObjectMapper().readTree(s.toJson());
    assertEquals(3, root.at("/articles_truncated/total").asLong());
    assertEquals(2, root.at("/articles_truncated/by_reason/length").asLong());
    assertTrue(s.toTable().contains("articles truncated"), s.toTable());
    JsonNode none = new ObjectMapper().readTree(RunSummary.fromTallyLines(LINES).toJson());
    assertEquals(0, none.at("/articles_truncated/total").asLong(), "always there, 0 when every capture is whole");
  }

  @Test
  void unknownTallyIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> RunSummary.fromTallyLines(List.of("1\tbogus")));
  }
}
