package org.newscorpus.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.newscorpus.extract.ArticleExtractor;
import org.newscorpus.extract.Extraction;
import org.newscorpus.read.PageDecoder;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.PageFormat;

/**
 * Command line of {@code scripts/benchmark-extraction.sh}: measures, on one thread, how many pages
 * per second the pipeline's {@link ArticleExtractor} handles, parse included, next to the floor
 * of jsoup parsing alone. Pages are read into memory first (gunzipped), so no I/O is timed; each
 * measure runs warm-up rounds, then timed rounds over all pages, and reports the median round by
 * wall-clock time and by the thread's CPU time (the steadier figure on a shared machine).
 *
 * <pre>
 * ExtractionBenchmark [--warmup=N] [--rounds=N] [--limit=N] FOLDER...
 * </pre>
 *
 * FOLDER holds {@code .html} or {@code .html.gz} pages (for example {@code
 * ../shared/eval/extraction/wcxb-dev/html}). Exit codes: 0 done, 2 a usage error.
 */
public final class ExtractionBenchmark {

  private ExtractionBenchmark() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the benchmark and returns the exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    int warmup = 3;
    int rounds = 5;
    int limit = Integer.MAX_VALUE;
    List<Path> folders = new ArrayList<>();
    try {
      for (String arg : args) {
        if (arg.startsWith("--warmup=")) {
          warmup = Integer.parseInt(arg.substring(9));
        } else if (arg.startsWith("--rounds=")) {
          rounds = Integer.parseInt(arg.substring(9));
        } else if (arg.startsWith("--limit=")) {
          limit = Integer.parseInt(arg.substring(8));
        } else if (arg.startsWith("--")) {
          throw new IllegalArgumentException("unknown option " + arg);
        } else {
          folders.add(Path.of(arg));
        }
      }
      if (folders.isEmpty() || rounds < 1 || warmup < 0 || limit < 1) {
        throw new IllegalArgumentException("give at least one folder of pages; --rounds and --limit must be positive");
      }
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println("usage: benchmark-extraction [--warmup=N] [--rounds=N] [--limit=N] FOLDER...");
      return 2;
    }
    List<byte[]> pages = load(folders, limit);
    long bytes = pages.stream().mapToLong(b -> b.length).sum();
    out.printf(Locale.ROOT, "pages: %d, %.0f KB on average, one thread, %d warm-up and %d timed rounds (median)%n",
        pages.size(), bytes / 1024.0 / Math.max(1, pages.size()), warmup, rounds);

    List<String> decoded = new ArrayList<>();
    for (byte[] b : pages) {
      decoded.add(PageDecoder.decode(b, null).text());
    }
    report(out, "jsoup parse alone", pages.size(), time(warmup, rounds, () -> {
      long sink = 0;
      for (String html : decoded) {
        sink += Jsoup.parse(html, "https://example.com/").childNodeSize();
      }
      return sink;
    }));
    report(out, "decode + jsoup parse", pages.size(), time(warmup, rounds, () -> {
      long sink = 0;
      for (byte[] b : pages) {
        sink += Jsoup.parse(PageDecoder.decode(b, null).text(), "https://example.com/").childNodeSize();
      }
      return sink;
    }));
    ArticleExtractor extractor = new ArticleExtractor();
    List<Page> asPages = new ArrayList<>();
    for (byte[] b : pages) {
      asPages.add(Page.newBuilder().setUrl("https://example.com/a").setInputUri("mem:").setInputOffset(null)
          .setCaptureId("mem").setUrlFromPath(false).setCrawledAt(null).setContentType(null)
          .setFormat(PageFormat.HTML).setBody(ByteBuffer.wrap(b)).build());
    }
    report(out, "ArticleExtractor.extract", pages.size(), time(warmup, rounds, () -> {
      long sink = 0;
      for (Page p : asPages) {
        sink += extractor.extract(p) instanceof Extraction.Extracted ? 1 : 0;
      }
      return sink;
    }));
    return 0;
  }

  private static List<byte[]> load(List<Path> folders, int limit) throws IOException {
    List<byte[]> pages = new ArrayList<>();
    for (Path folder : folders) {
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(p -> p.getFileName().toString().matches(".*\\.html?(\\.gz)?$")).sorted().toList();
      }
      for (Path f : files) {
        if (pages.size() >= limit) {
          return pages;
        }
        pages.add(ExtractionEvaluator.readMaybeGzipped(f));
      }
    }
    return pages;
  }

  private interface Round {
    long run();
  }

  /** Wall-clock and CPU time of one timed round, in nanoseconds. */
  private record Timing(long wall, long cpu) {}

  /**
   * The median of {@code rounds} timed rounds after {@code warmup} rounds, by wall-clock time, and
   * the median CPU time of this thread (which a busy machine disturbs less).
   */
  private static Timing time(int warmup, int rounds, Round round) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += round.run();
    }
    long[] wall = new long[rounds];
    long[] cpu = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      sink += round.run();
      wall[i] = System.nanoTime() - start;
      cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
    }
    if (sink == Long.MIN_VALUE) {
      System.out.print("");
    }
    Arrays.sort(wall);
    Arrays.sort(cpu);
    return new Timing(wall[rounds / 2], cpu[rounds / 2]);
  }

  private static void report(PrintStream out, String what, int pages, Timing t) {
    out.printf(Locale.ROOT, "%-26s %8.1f pages/s wall (%.2f ms/page)  %8.1f pages/s CPU (%.2f ms/page)%n", what,
        pages / (t.wall() / 1e9), t.wall() / 1e6 / pages, pages / (t.cpu() / 1e9), t.cpu() / 1e6 / pages);
  }
}
