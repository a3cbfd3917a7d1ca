package org.newscorpus.monitor;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.newscorpus.accounting.PipelineMetrics;

/**
 * One look at a running pipeline: its counters (by {@code namespace/name}, see {@link
 * PipelineMetrics}) at some time after the start, and the progress line they make.
 *
 * <p>The ETA covers reading and extraction, the bulk of a run; deduplication and writing follow.
 * It is the later of two estimates: reading, from the share of input bytes read so far; and
 * extraction, from the pages still expected (pages so far scaled up by that share) at the
 * extraction rate so far. Without input sizes, before the first file is done, or before extraction
 * has done enough pages to show its rate, there is none.
 */
public record Progress(Duration elapsed, Map<String, Long> counters, int inputsTotal, long bytesTotal) {

  /** Pages extracted (and at least 1% of those expected) before the extraction rate gives an ETA. */
  static final long MIN_PAGES_FOR_RATE = 20;

  /** The counter {@code name} of namespace {@code namespace}, 0 when absent. */
  public long counter(String namespace, String name) {
    return counters.getOrDefault(key(namespace, name), 0L);
  }

  /** The key of a counter in {@link #counters()}. */
  public static String key(String namespace, String name) {
    return namespace + "/" + name;
  }

  public long inputsDone() {
    return counter(PipelineMetrics.READ, PipelineMetrics.INPUTS_READ);
  }

  public long bytesDone() {
    return counter(PipelineMetrics.READ, PipelineMetrics.INPUT_BYTES_READ);
  }

  public long records() {
    return counter(PipelineMetrics.READ, PipelineMetrics.RECORDS_READ);
  }

  public long pages() {
    return counter(PipelineMetrics.READ, PipelineMetrics.PAGES);
  }

  /** Pages through extraction: articles, skips and rejections of the extract stage. */
  public long pagesExtracted() {
    return counter(PipelineMetrics.EXTRACT, PipelineMetrics.ARTICLES)
        + counter(PipelineMetrics.EXTRACT, PipelineMetrics.SKIPPED)
        + counter(PipelineMetrics.EXTRACT, PipelineMetrics.REJECTED);
  }

  public long articles() {
    return counter(PipelineMetrics.EXTRACT, PipelineMetrics.ARTICLES);
  }

  public long stories() {
    return counter(PipelineMetrics.DEDUPE, PipelineMetrics.STORIES);
  }

  /** Pages extracted per second since the start. */
  public double pagesPerSecond() {
    double seconds = elapsed.toMillis() / 1000.0;
    return seconds <= 0 ? 0 : pagesExtracted() / seconds;
  }

  /** Share of the input read, by bytes when their total is known, else by files; 0 to 1. */
  public double readShare() {
    if (inputsTotal > 0 && inputsDone() >= inputsTotal) {
      return 1;
    }
    if (bytesTotal > 0) {
      return Math.min(1, (double) bytesDone() / bytesTotal);
    }
    return 0;
  }

  /** Time left for reading and extraction, or null when it cannot be estimated yet. */
  public Duration eta() {
    double share = readShare();
    long extracted = pagesExtracted();
    if (share <= 0 || elapsed.isZero() || elapsed.isNegative()) {
      return null;
    }
    double seconds = elapsed.toMillis() / 1000.0;
    double readLeft = seconds * (1 - share) / share;
    double extractLeft;
    double expectedPages = pages() / share;
    if (extracted >= expectedPages) {
      extractLeft = 0;
    } else if (extracted < Math.max(MIN_PAGES_FOR_RATE, expectedPages / 100)) {
      return null; // the first pages say little about the rate: extraction has only begun
    } else {
      extractLeft = (expectedPages - extracted) / (extracted / seconds);
    }
    return Duration.ofSeconds(Math.round(Math.max(readLeft, extractLeft)));
  }

  /** The progress line, e.g. {@code progress 0:01:20 inputs 2/4 (6.1/12.0 MB) records 2,010 ...}. */
  public String line() {
    StringBuilder sb = new StringBuilder("progress ").append(clock(elapsed));
    sb.append("  inputs ").append(inputsDone()).append('/').append(inputsTotal);
    if (bytesTotal > 0) {
      sb.append(String.format(Locale.ROOT, " (%.1f/%.1f MB)", bytesDone() / 1e6, bytesTotal / 1e6));
    }
    sb.append("  records ").append(count(records()));
    sb.append("  pages ").append(count(pages()));
    sb.append("  articles ").append(count(articles()));
    if (stories() > 0) {
      sb.append("  stories ").append(count(stories()));
    }
    sb.append(String.format(Locale.ROOT, "  %.1f pages/s", pagesPerSecond()));
    boolean extractionDone = readShare() >= 1 && pagesExtracted() >= pages();
    if (extractionDone) {
      sb.append("  read and extracted; deduplicating and writing");
    } else {
      Duration eta = eta();
      sb.append("  ETA ").append(eta == null ? "unknown" : clock(eta));
    }
    return sb.toString();
  }

  static String clock(Duration d) {
    long s = Math.max(0, d.getSeconds());
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
