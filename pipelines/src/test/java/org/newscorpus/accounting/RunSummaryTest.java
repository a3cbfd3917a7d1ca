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
  void unknownTallyIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> RunSummary.fromTallyLines(List.of("1\tbogus")));
  }
}
