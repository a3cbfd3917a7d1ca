package org.newscorpus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The one table of {@code scripts/bench.sh}: takes the corpus' {@code corpus.properties}, the
 * {@code bench …} lines of {@link BenchRun} (several runs per name) and JMH's JSON results, and
 * gives per row the median of its runs: pages/s and MB/s of HTML per core (per CPU-second of the
 * whole process), wall seconds, peak RSS, peak heap used and peak live heap, and the ratio of its
 * throughput to the jsoup-parse floor (the row named {@value #FLOOR}).
 *
 * <p>Every row handles the whole corpus, so each is credited with the corpus' pages and bytes. A
 * JMH row's score is pages per second of one thread (one operation is one page).
 *
 * <p>Usage: {@code BenchTable corpus.properties RESULTS.txt [JMH.json…]}.
 */
public final class BenchTable {

  /** The row every ratio divides by. */
  public static final String FLOOR = "jsoup-parse";

  /** The median figures of one row. */
  record Row(String name, int runs, double cpuSeconds, double wallSeconds, double peakRssMb, double peakHeapMb,
      double peakLiveHeapMb) {}

  private BenchTable() {}

  public static void main(String[] args) throws IOException {
    Properties corpus = new Properties();
    corpus.load(new StringReader(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)));
    long pages = Long.parseLong(corpus.getProperty("pages"));
    long htmlBytes = Long.parseLong(corpus.getProperty("html_bytes"));
    Map<String, Row> rows = rows(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
    Map<String, Double> jmh = new LinkedHashMap<>();
    for (int i = 2; i < args.length; i++) {
      jmh.putAll(jmhPagesPerSecond(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8)));
    }
    System.out.print(render(pages, htmlBytes, rows, jmh));
  }

  /** Medians per run name of {@code bench name=… key=value} lines; other lines are ignored. */
  static Map<String, Row> rows(List<String> lines) {
    Map<String, List<Map<String, String>>> runs = new LinkedHashMap<>();
    for (String line : lines) {
      if (!line.startsWith("bench ")) {
        continue;
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (String pair : line.substring(6).trim().split("\\s+")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          fields.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      }
      String name = fields.get("name");
      if (name == null) {
        throw new IllegalArgumentException("a bench line without name=: " + line);
      }
      runs.computeIfAbsent(name, k -> new ArrayList<>()).add(fields);
      if ("jsoup".equals(fields.get("mode")) && fields.containsKey("process_cpu_s")) {
        Map<String, String> whole = new LinkedHashMap<>(fields);
        whole.put("cpu_s", fields.get("process_cpu_s"));
        runs.computeIfAbsent("read+" + name, k -> new ArrayList<>()).add(whole);
      }
    }
    Map<String, Row> rows = new LinkedHashMap<>();
    runs.forEach((name, list) -> rows.put(name, new Row(name, list.size(), median(list, "cpu_s"),
        median(list, "wall_s"), median(list, "peak_rss_mb"), median(list, "peak_heap_mb"),
        median(list, "peak_live_heap_mb"))));
    return rows;
  }

  /** JMH's JSON results → benchmark short name → median of its iteration scores (ops/s). */
  static Map<String, Double> jmhPagesPerSecond(String json) throws IOException {
    Map<String, Double> scores = new LinkedHashMap<>();
    for (JsonNode result : new ObjectMapper().readTree(json)) {
      String unit = result.path("primaryMetric").path("scoreUnit").asText();
      if (!unit.equals("ops/s")) {
        throw new IllegalArgumentException("expected ops/s, got " + unit + " for " + result.path("benchmark").asText());
      }
      List<Double> iterations = new ArrayList<>();
      for (JsonNode fork : result.path("primaryMetric").path("rawData")) {
        fork.forEach(v -> iterations.add(v.asDouble()));
      }
      String benchmark = result.path("benchmark").asText();
      String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      scores.put("jmh:" + shortName, median(iterations));
    }
    return scores;
  }

  /** The median; the mean of the middle two for an even count; NaN for none. */
  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double median(List<Map<String, String>> runs, String key) {
    List<Double> values = new ArrayList<>();
    for (Map<String, String> run : runs) {
      String v = run.get(key);
      if (v != null) {
        values.add(Double.parseDouble(v));
      }
    }
    return median(values);
  }

  /** The table, one row per run name then per JMH benchmark. */
  static String render(long pages, long htmlBytes, Map<String, Row> rows, Map<String, Double> jmh) {
    Row floor = rows.get(FLOOR);
    double floorRate = floor == null ? Double.NaN : pages / floor.cpuSeconds();
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "corpus: %d pages, %.1f MB of HTML (%.1f KB/page); medians; per core ="
        + " per CPU-second of the whole process%n", pages, htmlBytes / 1e6, htmlBytes / 1e3 / pages));
    out.append(String.format(Locale.ROOT, "%-28s %4s %12s %11s %9s %9s %9s %9s %8s%n", "step", "runs",
        "pages/s/core", "MB/s/core", "wall_s", "rss_mb", "heap_mb", "live_mb", "x_jsoup"));
    for (Row row : rows.values()) {
      double rate = pages / row.cpuSeconds();
      out.append(String.format(Locale.ROOT, "%-28s %4d %12.1f %11.2f %9.1f %9.0f %9.0f %9.0f %8.2f%n", row.name(),
          row.runs(), rate, rate * htmlBytes / pages / 1e6, row.wallSeconds(), row.peakRssMb(), row.peakHeapMb(),
          row.peakLiveHeapMb(), rate / floorRate));
    }
    jmh.forEach((name, rate) -> out.append(String.format(Locale.ROOT,
        "%-28s %4s %12.1f %11.2f %9s %9s %9s %9s %8.2f%n", name, "jmh", rate, rate * htmlBytes / pages / 1e6, "-",
        "-", "-", "-", rate / floorRate)));
    return out.toString();
  }
}
