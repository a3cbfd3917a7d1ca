package org.newscorpus.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newscorpus.accounting.PipelineMetrics;

class ProgressTest {

  private static Map<String, Long> counters(long inputs, long bytes, long records, long pages, long articles, long stories) {
    Map<String, Long> c = new HashMap<>();
    c.put(Progress.key(PipelineMetrics.READ, PipelineMetrics.INPUTS_READ), inputs);
    c.put(Progress.key(PipelineMetrics.READ, PipelineMetrics.INPUT_BYTES_READ), bytes);
    c.put(Progress.key(PipelineMetrics.READ, PipelineMetrics.RECORDS_READ), records);
    c.put(Progress.key(PipelineMetrics.READ, PipelineMetrics.PAGES), pages);
    c.put(Progress.key(PipelineMetrics.EXTRACT, PipelineMetrics.ARTICLES), articles);
    c.put(Progress.key(PipelineMetrics.DEDUPE, PipelineMetrics.STORIES), stories);
    return c;
  }

  @Test
  void theLineGivesInputsRecordsPagesRateAndEta() {
    // half the bytes read in 60 s, and 400 of the 1,000 pages read so far extracted
    Progress p = new Progress(Duration.ofSeconds(60), counters(2, 6_000_000, 2_010, 1_000, 400, 0), 4, 12_000_000);
    assertEquals(
        "progress 0:01:00  inputs 2/4 (6.0/12.0 MB)  records 2,010  pages 1,000  articles 400  6.7 pages/s  ETA 0:04:00",
        p.line());
  }

  @Test
  void etaIsTheLaterOfReadingAndExtraction() {
    // reading: half done in 100 s -> 100 s left; extraction: 2,000 pages expected, 1,000 done at 10/s -> 100 s
    Progress even = new Progress(Duration.ofSeconds(100), counters(1, 50, 10, 1_000, 1_000, 0), 2, 100);
    assertEquals(Duration.ofSeconds(100), even.eta());
    // extraction lags: 200 of 2,000 expected pages at 2/s -> 900 s
    Progress lagging = new Progress(Duration.ofSeconds(100), counters(1, 50, 10, 1_000, 200, 0), 2, 100);
    assertEquals(Duration.ofSeconds(900), lagging.eta());
  }

  @Test
  void thereIsNoEtaBeforeAnyInputIsDone() {
    Progress p = new Progress(Duration.ofSeconds(10), counters(0, 0, 0, 0, 0, 0), 4, 1_000);
    assertNull(p.eta());
    assertEquals("progress 0:00:10  inputs 0/4 (0.0/0.0 MB)  records 0  pages 0  articles 0  0.0 pages/s  ETA unknown",
        p.line());
  }

  @Test
  void thereIsNoEtaWhileExtractionHasOnlyBegun() {
    // 4 of 2,000 expected pages extracted: a rate from these would promise hours
    Progress p = new Progress(Duration.ofSeconds(155), counters(1, 50, 10, 1_000, 4, 0), 2, 100);
    assertNull(p.eta());
    Progress later = new Progress(Duration.ofSeconds(155), counters(1, 50, 10, 1_000, 20, 0), 2, 100);
    assertEquals(Duration.ofSeconds(15345), later.eta());
  }

  @Test
  void withoutSizesTheShareOfInputsDoneCountsOnlyWhenAllAreDone() {
    Progress p = new Progress(Duration.ofSeconds(10), counters(1, 0, 5, 5, 5, 0), 2, -1);
    assertEquals(0.0, p.readShare());
    assertNull(p.eta());
  }

  @Test
  void afterExtractionTheLineSaysDedupeAndWriteAreUnderWay() {
    Progress p = new Progress(Duration.ofSeconds(3_725), counters(4, 100, 90, 50, 50, 30), 4, 100);
    assertEquals("progress 1:02:05  inputs 4/4 (0.0/0.0 MB)  records 90  pages 50  articles 50  stories 30  0.0 pages/s"
        + "  read and extracted; deduplicating and writing", p.line());
  }

  @Test
  void skippedAndRejectedPagesCountAsExtracted() {
    Map<String, Long> c = counters(1, 10, 10, 10, 6, 0);
    c.put(Progress.key(PipelineMetrics.EXTRACT, PipelineMetrics.SKIPPED), 3L);
    c.put(Progress.key(PipelineMetrics.EXTRACT, PipelineMetrics.REJECTED), 1L);
    assertEquals(10, new Progress(Duration.ofSeconds(5), c, 1, 10).pagesExtracted());
  }
}
