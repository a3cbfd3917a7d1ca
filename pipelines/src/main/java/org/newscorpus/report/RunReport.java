package org.newscorpus.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.newscorpus.accounting.RunSummary;

/**
 * The run report: one self-contained HTML file ({@code report.html} in the output folder) with
 * inline SVG charts, no script and no network reference, for a person to look at after a run.
 *
 * <p>Takes the figures read back from the dataset ({@link ReportData}), the run's accounting
 * ({@link RunSummary}) and the busy time of each stage, and gives, in order: the run at a glance,
 * articles per day per source (stacked), the story size distribution, the most republished
 * stories (title, first publisher, sites, spread in days), the language mix, skips and rejections
 * by reason with examples, timings per stage, and the inputs. Every text from a page or an input
 * is escaped ({@link Html}).
 */
public final class RunReport {

  /** File name of the report in the output folder. */
  public static final String FILE_NAME = "report.html";

  /** Sources drawn in their own colour in the per-day chart; the others are summed as "other". */
  static final int SOURCES_SHOWN = Svg.PALETTE.length;
  /** Above this many days the per-day chart counts by month. */
  static final int MAX_DAY_COLUMNS = 92;
  /** Inputs listed, the largest first. */
  static final int INPUTS_SHOWN = 20;

  private final ReportData data;
  private final RunSummary summary;
  private final Map<String, Double> busySeconds;

  public RunReport(ReportData data, RunSummary summary, Map<String, Double> busySeconds) {
    this.data = data;
    this.summary = summary;
    this.busySeconds = busySeconds == null ? Map.of() : busySeconds;
  }

  /** Reads the dataset under {@code output} and writes {@code output/report.html}. */
  public static void write(String output, RunSummary summary, Map<String, Double> busySeconds) throws IOException {
    String html = new RunReport(ReportData.read(output), summary, busySeconds).render();
    ResourceId file = FileSystems.matchNewResource(output + "/" + FILE_NAME, false);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, "text/html"))) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The whole HTML document. */
  public String render() {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>newscorpus run report</title><style>").append(CSS).append("</style></head><body>\n");
    header(h);
    articlesPerDay(h);
    storySizes(h);
    topStories(h);
    languages(h);
    dropped(h);
    timings(h);
    inputs(h);
    h.append("<footer>").append(summary.isBalanced()
            ? "Every record read is accounted for: records read = articles + skipped + rejected."
            : "ACCOUNTING MISMATCH: records read ≠ articles + skipped + rejected.")
        .append("</footer>\n</body></html>\n");
    return h.toString();
  }

  private void header(StringBuilder h) {
    Map<String, Object> run = summary.runFacts();
    h.append("<header><h1>newscorpus run report</h1><p class=\"sub\">");
    h.append(Html.escape(String.valueOf(run.getOrDefault("output", "")))).append(" · ");
    h.append("started ").append(Html.escape(String.valueOf(run.getOrDefault("started_at", "?")))).append(" · ");
    h.append("runner ").append(Html.escape(String.valueOf(run.getOrDefault("runner", "?"))));
    if (run.containsKey("dedupe")) {
      h.append(" · dedupe ").append(Html.escape(String.valueOf(run.get("dedupe"))));
    }
    h.append("</p><p class=\"sub\">input ").append(Html.escape(String.valueOf(run.getOrDefault("input", ""))))
        .append("</p></header>\n<section class=\"cards\">");
    card(h, "input files", summary.recordsByInput().size());
    card(h, "records read", summary.recordsRead());
    card(h, "pages", summary.pages());
    card(h, "articles", summary.articles());
    card(h, "stories", summary.stories());
    card(h, "skipped", summary.skipped());
    card(h, "rejected", summary.rejected());
    Object wall = run.get("wall_seconds");
    if (wall instanceof Number seconds) {
      h.append("<div class=\"card\"><b>").append(String.format(Locale.ROOT, "%,.1f s", seconds.doubleValue()))
          .append("</b><span>wall time</span></div>");
    }
    h.append("</section>\n");
  }

  private static void card(StringBuilder h, String label, long value) {
    h.append("<div class=\"card\"><b>").append(String.format(Locale.ROOT, "%,d", value)).append("</b><span>")
        .append(label).append("</span></div>");
  }

  private void articlesPerDay(StringBuilder h) {
    h.append("<section><h2>Articles per day and source</h2>");
    Map<String, Map<String, Long>> byDay = data.articlesByDayAndSource();
    if (byDay.isEmpty()) {
      h.append("<p>No article was written.</p></section>\n");
      return;
    }
    long knownDays = byDay.keySet().stream().filter(d -> !d.equals(ReportData.UNKNOWN_DAY)).count();
    boolean monthly = knownDays > MAX_DAY_COLUMNS;
    Map<String, Map<String, Long>> columns = new TreeMap<>(UNKNOWN_LAST);
    byDay.forEach((day, bySource) -> {
      String key = monthly && !day.equals(ReportData.UNKNOWN_DAY) ? day.substring(0, 7) : day;
      Map<String, Long> column = columns.computeIfAbsent(key, k -> new TreeMap<>());
      bySource.forEach((source, n) -> column.merge(source, n, Long::sum));
    });
    List<String> sources = byCountDescending(data.articlesBySource());
    List<String> shown = sources.subList(0, Math.min(SOURCES_SHOWN, sources.size()));
    List<String> labels = new ArrayList<>(columns.keySet());
    List<Svg.Series> series = new ArrayList<>();
    for (int k = 0; k < shown.size(); k++) {
      long[] values = new long[labels.size()];
      for (int i = 0; i < labels.size(); i++) {
        values[i] = columns.get(labels.get(i)).getOrDefault(shown.get(k), 0L);
      }
      series.add(new Svg.Series(shown.get(k) + " (" + fmt(data.articlesBySource().get(shown.get(k))) + ")",
          Svg.PALETTE[k], values));
    }
    if (sources.size() > shown.size()) {
      long[] values = new long[labels.size()];
      long total = 0;
      for (int i = 0; i < labels.size(); i++) {
        for (Map.Entry<String, Long> e : columns.get(labels.get(i)).entrySet()) {
          if (!shown.contains(e.getKey())) {
            values[i] += e.getValue();
            total += e.getValue();
          }
        }
      }
      series.add(new Svg.Series("other " + (sources.size() - shown.size()) + " sources (" + fmt(total) + ")",
          Svg.OTHER, values));
    }
    h.append("<p>").append(fmt(data.articles())).append(" articles from ").append(sources.size())
        .append(" sources, by ").append(monthly ? "month" : "day")
        .append(" of publication (the <code>date=</code> partition); the ").append(shown.size())
        .append(" largest sources have their own colour.</p>");
    h.append(Svg.stackedColumns("Articles per " + (monthly ? "month" : "day") + " and source", labels, series));
    h.append("</section>\n");
  }

  private void storySizes(StringBuilder h) {
    h.append("<section><h2>Story sizes</h2>");
    TreeMap<Integer, Long> sizes = data.storySizes();
    if (sizes.isEmpty()) {
      h.append("<p>No story was written.</p></section>\n");
      return;
    }
    Map<String, Long> buckets = new LinkedHashMap<>();
    int[][] ranges = {{11, 20}, {21, 50}, {51, 100}, {101, 200}, {201, 500}, {501, 1000}, {1001, Integer.MAX_VALUE}};
    for (int s = 1; s <= Math.min(10, sizes.lastKey()); s++) {
      buckets.put(String.valueOf(s), sizes.getOrDefault(s, 0L));
    }
    for (int[] r : ranges) {
      if (sizes.lastKey() >= r[0]) {
        long n = sizes.subMap(r[0], true, r[1], true).values().stream().mapToLong(Long::longValue).sum();
        buckets.put(r[1] == Integer.MAX_VALUE ? r[0] + "+" : r[0] + "–" + r[1], n);
      }
    }
    long single = sizes.getOrDefault(1, 0L);
    h.append("<p>").append(fmt(data.stories())).append(" stories: ").append(fmt(single))
        .append(" with one article, ").append(fmt(data.stories() - single))
        .append(" republished; the largest has ").append(fmt(sizes.lastKey()))
        .append(" articles. Stories by their number of articles:</p>");
    h.append(Svg.columns("Stories by number of articles", new ArrayList<>(buckets.keySet()),
        new ArrayList<>(buckets.values()), Svg.PALETTE[0]));
    h.append("</section>\n");
  }

  private void topStories(StringBuilder h) {
    List<ReportData.TopStory> top = data.topStories();
    h.append("<section><h2>The most republished stories</h2>");
    if (top.isEmpty()) {
      h.append("<p>No story was republished: every story has one article.</p></section>\n");
      return;
    }
    h.append("<p>The ").append(top.size()).append(" stories with the most articles (at most ")
        .append(ReportData.TOP_STORIES).append("). The first publisher is the publisher of the story's")
        .append(" canonical article; the spread runs from its earliest to its latest dated article.</p>");
    h.append("<table><thead><tr><th>#</th><th>title</th><th>articles</th><th>first publisher</th>")
        .append("<th>first published</th><th>spread (days)</th><th>sites</th></tr></thead><tbody>");
    int rank = 0;
    for (ReportData.TopStory s : top) {
      rank++;
      String publisher = s.firstSourceName() != null ? s.firstSourceName() + " (" + s.firstSource() + ")" : s.firstSource();
      Long spread = s.spreadDays();
      h.append("<tr><td>").append(rank).append("</td><td class=\"title\">")
          .append(s.title() == null ? "<i>untitled</i>" : Html.escape(Html.truncate(s.title(), 160)))
          .append("<div class=\"id\">").append(Html.escape(s.storyId())).append("</div></td><td class=\"num\">")
          .append(s.articleCount()).append("</td><td>").append(Html.escape(publisher)).append("</td><td>")
          .append(s.firstPublished() == null ? "unknown" : s.firstPublished()).append("</td><td class=\"num\">")
          .append(spread == null ? "–" : spread).append("</td><td class=\"sites\">")
          .append(s.sites().size()).append(": ")
          .append(Html.escape(Html.truncate(String.join(", ", s.sites()), 300))).append("</td></tr>");
    }
    h.append("</tbody></table></section>\n");
  }

  private void languages(StringBuilder h) {
    h.append("<section><h2>Languages</h2>");
    Map<String, Long> langs = data.articlesByLanguage();
    if (langs.isEmpty()) {
      h.append("<p>No article was written.</p></section>\n");
      return;
    }
    List<String> labels = byCountDescending(langs);
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (String l : labels) {
      long n = langs.get(l);
      values.add((double) n);
      texts.add(String.format(Locale.ROOT, "%,d (%.1f%%)", n, 100.0 * n / data.articles()));
    }
    h.append("<p>Articles by the language of their body (ISO 639-1).</p>");
    h.append(Svg.bars("Articles by language", labels, values, texts, Svg.PALETTE[4]));
    h.append("</section>\n");
  }

  private void dropped(StringBuilder h) {
    h.append("<section><h2>Skipped and rejected, by reason</h2>");
    record Row(String kind, String stage, String reason, long count) {}
    List<Row> rows = new ArrayList<>();
    summary.skippedByReason().forEach((stage, reasons) ->
        reasons.forEach((reason, n) -> rows.add(new Row("skipped", stage, reason, n))));
    summary.rejectedByReason().forEach((stage, reasons) ->
        reasons.forEach((reason, n) -> rows.add(new Row("rejected", stage, reason, n))));
    if (rows.isEmpty()) {
      h.append("<p>Nothing was skipped or rejected.</p></section>\n");
      return;
    }
    rows.sort(Comparator.comparingLong(Row::count).reversed().thenComparing(Row::kind).thenComparing(Row::stage)
        .thenComparing(Row::reason));
    h.append("<p>").append(fmt(summary.skipped())).append(" records skipped (expected: requests, redirects,")
        .append(" non-HTML…) and ").append(fmt(summary.rejected()))
        .append(" rejected (could not become an article). Examples come from the <code>rejected/</code> dataset;")
        .append(" skips are written there only with <code>--keepSkipped</code>.</p>");
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Row r : rows) {
      labels.add(r.kind() + " · " + r.stage() + "/" + r.reason());
      values.add((double) r.count());
      texts.add(fmt(r.count()));
    }
    h.append(Svg.bars("Skipped and rejected records by reason", labels, values, texts, Svg.PALETTE[2]));
    Map<String, List<ReportData.Example>> examples = data.examples();
    h.append("<table><thead><tr><th>kind</th><th>stage/reason</th><th>records</th><th>examples</th></tr></thead><tbody>");
    for (Row r : rows) {
      h.append("<tr><td>").append(r.kind()).append("</td><td>").append(Html.escape(r.stage() + "/" + r.reason()))
          .append("</td><td class=\"num\">").append(fmt(r.count())).append("</td><td>");
      List<ReportData.Example> list = examples.getOrDefault(r.stage() + "/" + r.reason(), List.of());
      if (list.isEmpty()) {
        h.append("<span class=\"muted\">none written</span>");
      }
      for (ReportData.Example e : list) {
        h.append("<div class=\"ex\"><div class=\"where\">").append(Html.escape(e.inputUri()));
        if (e.inputOffset() != null) {
          h.append(" @ ").append(e.inputOffset());
        }
        if (e.url() != null) {
          h.append("<br>").append(Html.escape(Html.truncate(e.url(), 200)));
        }
        h.append("</div><div>").append(Html.escape(Html.truncate(e.message(), 300))).append("</div>");
        if (e.excerpt() != null && !e.excerpt().isBlank()) {
          h.append("<pre>").append(Html.escape(Html.truncate(e.excerpt().strip(), 240))).append("</pre>");
        }
        h.append("</div>");
      }
      h.append("</td></tr>");
    }
    h.append("</tbody></table></section>\n");
  }

  private void timings(StringBuilder h) {
    h.append("<section><h2>Timings per stage</h2>");
    Object wall = summary.runFacts().get("wall_seconds");
    if (busySeconds.isEmpty()) {
      h.append("<p>The runner reported no stage timings.</p>");
    } else {
      Map<String, Long> elements = new LinkedHashMap<>();
      elements.put("read", summary.recordsRead());
      elements.put("extract", summary.pages());
      elements.put("dedupe", summary.articles());
      Map<String, String> unit = Map.of("read", "record", "extract", "page", "dedupe", "article");
      List<String> labels = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      busySeconds.forEach((stage, seconds) -> {
        labels.add(stage);
        values.add(seconds);
        long n = elements.getOrDefault(stage, 0L);
        texts.add(n > 0
            ? String.format(Locale.ROOT, "%,.1f s · %.2f ms/%s", seconds, 1000 * seconds / n, unit.get(stage))
            : String.format(Locale.ROOT, "%,.1f s", seconds));
      });
      h.append("<p>Time spent in each stage's code, summed over workers (stages overlap in time, so the")
          .append(" sum can exceed the wall time; writing is Beam's own and is not timed apart).");
      if (wall instanceof Number seconds) {
        h.append(String.format(Locale.ROOT, " Wall time of the run: %,.1f s.", seconds.doubleValue()));
      }
      h.append("</p>").append(Svg.bars("Busy seconds per stage", labels, values, texts, Svg.PALETTE[1]));
    }
    h.append("</section>\n");
  }

  private void inputs(StringBuilder h) {
    Map<String, Long> records = summary.recordsByInput();
    h.append("<section><h2>Inputs</h2><p>").append(fmt(records.size())).append(" input files");
    if (records.size() > INPUTS_SHOWN) {
      h.append("; the ").append(INPUTS_SHOWN).append(" with the most records");
    }
    h.append(".</p><table><thead><tr><th>input</th><th>records</th><th>pages</th></tr></thead><tbody>");
    for (String uri : byCountDescending(records).subList(0, Math.min(INPUTS_SHOWN, records.size()))) {
      h.append("<tr><td class=\"uri\">").append(Html.escape(uri)).append("</td><td class=\"num\">")
          .append(fmt(records.get(uri))).append("</td><td class=\"num\">")
          .append(fmt(summary.pagesByInput().getOrDefault(uri, 0L))).append("</td></tr>");
    }
    h.append("</tbody></table></section>\n");
  }

  /** Keys by descending count, then by key. */
  static List<String> byCountDescending(Map<String, Long> counts) {
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(Comparator.comparing((String k) -> counts.get(k)).reversed().thenComparing(Comparator.naturalOrder()));
    return keys;
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static final Comparator<String> UNKNOWN_LAST =
      Comparator.comparing((String d) -> d.equals(ReportData.UNKNOWN_DAY)).thenComparing(Comparator.naturalOrder());

  private static final String CSS =
      "body{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;color:#222;margin:24px auto;max-width:1000px;"
          + "padding:0 16px;line-height:1.4}"
          + "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:0 0 8px;border-bottom:1px solid #ddd;"
          + "padding-bottom:4px}"
          + ".sub{color:#666;margin:2px 0;font-size:13px;word-break:break-all}"
          + "section{margin:28px 0}"
          + ".cards{display:flex;flex-wrap:wrap;gap:10px}.card{background:#f4f6f9;border-radius:6px;padding:10px 14px;"
          + "min-width:100px}.card b{display:block;font-size:20px}.card span{color:#555;font-size:12px}"
          + "table{border-collapse:collapse;width:100%;font-size:13px;margin-top:10px}"
          + "th,td{border-bottom:1px solid #e4e4e4;padding:5px 6px;text-align:left;vertical-align:top}"
          + "th{background:#f4f6f9}td.num{text-align:right;white-space:nowrap}"
          + "td.title{font-weight:600;max-width:340px}td.sites,td.uri{word-break:break-all;font-size:12px}"
          + ".id{font-weight:400;color:#888;font-size:11px;font-family:monospace}"
          + ".ex{margin:0 0 8px;padding:4px 6px;background:#fafafa;border-left:3px solid #e15759}"
          + ".where{color:#555;font-size:12px;word-break:break-all}"
          + "pre{white-space:pre-wrap;word-break:break-all;font-size:11px;margin:4px 0 0;color:#444}"
          + ".muted{color:#999}footer{color:#555;font-size:13px;border-top:1px solid #ddd;padding-top:8px}"
          + "svg{display:block;max-width:100%;height:auto;margin-top:8px}"
          + "svg text{font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;fill:#333}"
          + "svg .tick{font-size:11px;fill:#555}svg .legend{font-size:12px}svg .label{font-size:12px}"
          + "svg .value{font-size:11px;fill:#333}svg .grid{stroke:#eee}svg .axis{stroke:#999}";
}
