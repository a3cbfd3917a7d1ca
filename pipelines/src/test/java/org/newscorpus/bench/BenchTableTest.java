package org.newscorpus.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchTableTest {

  private static final List<String> LINES = List.of(
      "bench name=jsoup-parse mode=jsoup pages=10 html_mb=1.0 cpu_s=2.00 process_cpu_s=3.00 wall_s=3.1"
          + " peak_heap_mb=100 peak_live_heap_mb=10 peak_rss_mb=200 max_heap_mb=2048",
      "bench name=jsoup-parse mode=jsoup pages=10 html_mb=1.0 cpu_s=4.00 process_cpu_s=5.00 wall_s=5.1"
          + " peak_heap_mb=300 peak_live_heap_mb=30 peak_rss_mb=400 max_heap_mb=2048",
      "bench name=jsoup-parse mode=jsoup pages=10 html_mb=1.0 cpu_s=1.00 process_cpu_s=9.00 wall_s=9.1"
          + " peak_heap_mb=200 peak_live_heap_mb=20 peak_rss_mb=300 max_heap_mb=2048",
      "progress 0:00:10 lines that are not measurements are ignored",
      "bench name=pipeline-flink mode=pipeline pages=10 html_mb=1.0 cpu_s=8.00 process_cpu_s=8.00 wall_s=6"
          + " peak_heap_mb=500 peak_live_heap_mb=50 peak_rss_mb=900 max_heap_mb=2048");

  @Test
  void eachFigureIsTheMedianOfItsRuns() {
    Map<String, BenchTable.Row> rows = BenchTable.rows(LINES);

    BenchTable.Row floor = rows.get("jsoup-parse");
    assertEquals(3, floor.runs());
    assertEquals(2.0, floor.cpuSeconds());
    assertEquals(5.1, floor.wallSeconds());
    assertEquals(300, floor.peakRssMb());
    assertEquals(200, floor.peakHeapMb());
    assertEquals(20, floor.peakLiveHeapMb());
  }

  @Test
  void aJsoupRunAlsoGivesTheWholeReadAndParseRow() {
    BenchTable.Row whole = BenchTable.rows(LINES).get("read+jsoup-parse");

    assertEquals(5.0, whole.cpuSeconds());
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, BenchTable.median(List.of(4.0, 1.0, 2.0, 3.0)));
    assertTrue(Double.isNaN(BenchTable.median(List.of())));
  }

  @Test
  void ratiosDivideByTheJsoupParseFloor() {
    String table = BenchTable.render(10, 1_000_000, BenchTable.rows(LINES), Map.of("jmh:ExtractBenchmark.extract", 2.5));

    // floor: 10 pages / 2 s = 5 pages/s; flink: 10 / 8 = 1.25 pages/s, 0.25 of it
    assertEquals(List.of("pipeline-flink", "1", "1.3", "0.13", "6.0", "900", "500", "50", "0.25"),
        row(table, "pipeline-flink"));
    assertEquals(List.of("jmh:ExtractBenchmark.extract", "jmh", "2.5", "0.25", "-", "-", "-", "-", "0.50"),
        row(table, "jmh:ExtractBenchmark.extract"));
    assertEquals("1.00", row(table, "jsoup-parse").get(8));
  }

  private static List<String> row(String table, String name) {
    for (String line : table.split("\n")) {
      List<String> cells = List.of(line.trim().split("\\s+"));
      if (cells.get(0).equals(name)) {
        return cells;
      }
    }
    throw new AssertionError("no row " + name + " in\n" + table);
  }

  @Test
  void jmhScoresAreTheMedianOfEveryIterationOfEveryFork() throws IOException {
    String json = "[{\"benchmark\": \"org.newscorpus.bench.ExtractBenchmark.extract\", \"mode\": \"thrpt\","
        + " \"primaryMetric\": {\"score\": 9.0, \"scoreUnit\": \"ops/s\", \"rawData\": [[1.0, 5.0], [7.0]]}}]";

    assertEquals(Map.of("jmh:ExtractBenchmark.extract", 5.0), BenchTable.jmhPagesPerSecond(json));
  }

  @Test
  void aJmhResultInAnotherUnitIsRefused() {
    String json = "[{\"benchmark\": \"a.B.c\", \"primaryMetric\": {\"scoreUnit\": \"ms/op\", \"rawData\": [[1.0]]}}]";

    assertThrows(IllegalArgumentException.class, () -> BenchTable.jmhPagesPerSecond(json));
  }

  @Test
  void aLineWithoutNameIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BenchTable.rows(List.of("bench cpu_s=1")));
  }
}
