package org.newscorpus.accounting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run's accounting, built from the summed tallies: records read per input, pages, articles,
 * stories, skips and rejections by stage and reason, articles written from captures cut short by
 * why, and wall time. It renders as {@code
 * _SUMMARY.json} and as the table printed at the end of a run.
 *
 * <p>Every record read is a page, a skip or a rejection, and every page an article, a skip or a
 * rejection: {@link #isBalanced()} checks {@code records = articles + skipped + rejected}.
 */
public final class RunSummary {

  private final Map<String, Long> recordsByInput = new TreeMap<>();
  private final Map<String, Long> pagesByInput = new TreeMap<>();
  private final Map<String, Map<String, Long>> skipped = new TreeMap<>();
  private final Map<String, Map<String, Long>> rejected = new TreeMap<>();
  private long articles;
  private long articlesWritten;
  private long stories;
  private final Map<String, Long> truncated = new TreeMap<>();
  private final Map<String, Long> dedupe = new TreeMap<>();
  private final Map<String, Object> run = new LinkedHashMap<>();

  /** Parses the tally lines ({@code count<TAB>key}) written by the pipeline. */
  public static RunSummary fromTallyLines(List<String> lines) {
    RunSummary s = new RunSummary();
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException("not a tally line: " + line);
      }
      s.add(line.substring(tab + 1), Long.parseLong(line.substring(0, tab)));
    }
    return s;
  }

  /** Adds {@code n} to the tally {@code key}. */
  public void add(String key, long n) {
    String[] p = Tally.parts(key);
    switch (p[0]) {
      case Tally.RECORDS -> recordsByInput.merge(p[1], n, Long::sum);
      case Tally.PAGES -> pagesByInput.merge(p[1], n, Long::sum);
      case Tally.SKIPPED -> skipped.computeIfAbsent(p[1], k -> new TreeMap<>()).merge(p[2], n, Long::sum);
      case Tally.REJECTED -> rejected.computeIfAbsent(p[1], k -> new TreeMap<>()).merge(p[2], n, Long::sum);
      case Tally.ARTICLES -> articles += n;
      case Tally.ARTICLES_WRITTEN -> articlesWritten += n;
      case Tally.STORIES -> stories += n;
      case Tally.DEDUPE -> dedupe.merge(p[1], n, Long::sum);
      case Tally.TRUNCATED -> truncated.merge(p[1], n, Long::sum);
      default -> throw new IllegalArgumentException("unknown tally: " + key);
    }
  }

  /** Records the run's facts (runner, options, times) shown first in the summary. */
  public RunSummary withRun(String key, Object value) {
    run.put(key, value);
    return this;
  }

  /** Records start and end of the run and the wall time between them. */
  public RunSummary withTimes(Instant started, Instant finished) {
    run.put("started_at", started.toString());
    run.put("finished_at", finished.toString());
    run.put("wall_seconds", Duration.between(started, finished).toMillis() / 1000.0);
    return this;
  }

  public long recordsRead() {
    return sum(recordsByInput);
  }

  public long pages() {
    return sum(pagesByInput);
  }

  public long articles() {
    return articles;
  }

  public long articlesWritten() {
    return articlesWritten;
  }

  public long stories() {
    return stories;
  }

  public long skipped() {
    return nestedSum(skipped);
  }

  public long rejected() {
    return nestedSum(rejected);
  }

  /** Articles written whose capture was cut short, by why (their {@code truncated}). */
  public Map<String, Long> truncatedByReason() {
    return java.util.Collections.unmodifiableMap(truncated);
  }

  /** What the dedupe stage counted, by name. */
  public Map<String, Long> dedupeCounts() {
    return dedupe;
  }

  /** Skips by stage, then reason. */
  public Map<String, Map<String, Long>> skippedByReason() {
    return skipped;
  }

  /** Rejections by stage, then reason. */
  public Map<String, Map<String, Long>> rejectedByReason() {
    return rejected;
  }

  /** Records read per input file. */
  public Map<String, Long> recordsByInput() {
    return recordsByInput;
  }

  /** Pages per input file. */
  public Map<String, Long> pagesByInput() {
    return java.util.Collections.unmodifiableMap(pagesByInput);
  }

  /** The run's facts given to {@link #withRun} and {@link #withTimes}, in the order given. */
  public Map<String, Object> runFacts() {
    return java.util.Collections.unmodifiableMap(run);
  }

  /** True when every record read is an article, a skip or a rejection. */
  public boolean isBalanced() {
    return recordsRead() == articles + skipped() + rejected();
  }

  /** The summary as the JSON object of {@code _SUMMARY.json}. */
  public String toJson() {
    Map<String, Object> root = new LinkedHashMap<>(run);
    root.put("records_read", recordsRead());
    root.put("pages", pages());
    root.put("articles", articles);
    root.put("articles_written", articlesWritten);
    root.put("stories", stories);
    root.put("articles_truncated", Map.of("total", sum(truncated), "by_reason", truncated));
    root.put("skipped", Map.of("total", skipped(), "by_stage", skipped));
    root.put("rejected", Map.of("total", rejected(), "by_stage", rejected));
    root.put("balanced", isBalanced());
    if (!dedupe.isEmpty()) {
      root.put("dedupe_counts", dedupe);
    }
    List<Map<String, Object>> inputs = new java.util.ArrayList<>();
    for (Map.Entry<String, Long> e : recordsByInput.entrySet()) {
      Map<String, Object> in = new LinkedHashMap<>();
      in.put("uri", e.getKey());
      in.put("records", e.getValue());
      in.put("pages", pagesByInput.getOrDefault(e.getKey(), 0L));
      inputs.add(in);
    }
    root.put("inputs", inputs);
    try {
      return new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
              .writeValueAsString(root)
          + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the summary", e);
    }
  }

  /** The summary as a plain-text table for the console. */
  public String toTable() {
    StringBuilder sb = new StringBuilder();
    row(sb, "input files", recordsByInput.size());
    row(sb, "records read", recordsRead());
    row(sb, "pages", pages());
    row(sb, "articles", articles);
    if (articlesWritten != articles) {
      row(sb, "articles written", articlesWritten);
    }
    row(sb, "stories", stories);
    if (!truncated.isEmpty()) {
      row(sb, "articles truncated", sum(truncated));
      for (Map.Entry<String, Long> why : truncated.entrySet()) {
        row(sb, "  " + why.getKey(), why.getValue());
      }
    }
    row(sb, "skipped", skipped());
    for (Map.Entry<String, Map<String, Long>> stage : skipped.entrySet()) {
      for (Map.Entry<String, Long> reason : stage.getValue().entrySet()) {
        row(sb, "  " + stage.getKey() + "/" + reason.getKey(), reason.getValue());
      }
    }
    row(sb, "rejected", rejected());
    for (Map.Entry<String, Map<String, Long>> stage : rejected.entrySet()) {
      for (Map.Entry<String, Long> reason : stage.getValue().entrySet()) {
        row(sb, "  " + stage.getKey() + "/" + reason.getKey(), reason.getValue());
      }
    }
    Object wall = run.get("wall_seconds");
    if (wall != null) {
      sb.append(String.format(Locale.ROOT, "%-40s %12s%n", "wall time (s)", wall));
    }
    sb.append(
        isBalanced()
            ? "every record accounted for: read = articles + skipped + rejected\n"
            : "ACCOUNTING MISMATCH: read != articles + skipped + rejected\n");
    return sb.toString();
  }

  private static void row(StringBuilder sb, String label, long value) {
    sb.append(String.format(Locale.ROOT, "%-40s %12d%n", label, value));
  }

  private static long sum(Map<String, Long> m) {
    long t = 0;
    for (long v : m.values()) {
      t += v;
    }
    return t;
  }

  private static long nestedSum(Map<String, Map<String, Long>> m) {
    long t = 0;
    for (Map<String, Long> inner : m.values()) {
      t += sum(inner);
    }
    return t;
  }
}
