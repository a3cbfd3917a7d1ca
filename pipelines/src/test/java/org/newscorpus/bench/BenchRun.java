package org.newscorpus.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newscorpus.extract.ArticleExtractor;
import org.newscorpus.pipeline.NewsCorpusPipeline;
import org.newscorpus.read.ArchiveReader;
import org.newscorpus.read.RecordSink;
import org.newscorpus.schema.Page;

/**
 * One measured run over the benchmark corpus, printed as one {@code bench name=… key=value …}
 * line that {@link BenchTable} reads. Takes a run name, a mode and its arguments; gives the pages
 * and HTML bytes handled, the process CPU seconds (every thread: workers, GC, JIT), wall seconds,
 * the peak heap used (sampled every 10 ms), the peak heap live after a collection, and the peak
 * resident set size.
 *
 * <p>Modes, each over the same {@code .warc.gz} files:
 *
 * <ul>
 *   <li>{@code gunzip FILE…}: Java's gunzip alone (the floor of reading);
 *   <li>{@code warc FILE…}: jwarc iterating records and reading each response's HTTP payload;
 *   <li>{@code jsoup FILE…}: as {@code warc}, then {@code Jsoup.parse} of each payload; its {@code
 *       cpu_s} is the parse alone (CPU of the parsing thread inside {@code Jsoup.parse}, without
 *       GC), and {@code read_parse_cpu_s} the whole process;
 *   <li>{@code extract FILE…}: as {@code warc}, then the pipeline's {@code ArticleExtractor} on each
 *       page (decoding and parsing included); its {@code cpu_s} is the extraction alone, CPU of the
 *       thread inside {@code extract} (a per-core figure even on a loaded machine, unlike JMH's);
 *   <li>{@code pipeline PAGES HTML_BYTES ARGS…}: {@code NewsCorpusPipeline.run(ARGS)} in this JVM,
 *       credited with the corpus' pages and bytes (from {@code corpus.properties}).
 * </ul>
 *
 * <p>Usage: {@code BenchRun NAME MODE ARGS…}.
 */
public final class BenchRun {

  private BenchRun() {}

  /** Pages and bytes handled, and the CPU seconds to credit them with (negative: the process's). */
  record Work(long pages, long htmlBytes, double cpuSeconds) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: BenchRun NAME gunzip|warc|jsoup|extract FILE... | BenchRun NAME pipeline PAGES HTML_BYTES ARGS...");
      System.exit(2);
    }
    String name = args[0];
    String mode = args[1];
    List<String> rest = Arrays.asList(args).subList(2, args.length);
    HeapSampler sampler = HeapSampler.start();
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    Work work = switch (mode) {
      case "gunzip" -> gunzip(rest);
      case "warc" -> warc(rest, false);
      case "jsoup" -> warc(rest, true);
      case "extract" -> extract(rest);
      case "pipeline" -> pipeline(rest);
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    };
    double wall = (System.nanoTime() - t0) / 1e9;
    double processCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    sampler.stop();
    double cpu = work.cpuSeconds() >= 0 ? work.cpuSeconds() : processCpu;
    System.out.println(String.format(Locale.ROOT,
        "bench name=%s mode=%s pages=%d html_mb=%.1f cpu_s=%.2f process_cpu_s=%.2f wall_s=%.2f"
            + " peak_heap_mb=%.0f peak_live_heap_mb=%.0f peak_rss_mb=%.0f max_heap_mb=%.0f",
        name, mode, work.pages(), work.htmlBytes() / 1e6, cpu, processCpu, wall, sampler.peakUsed / 1e6,
        sampler.peakLive / 1e6, peakRssBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1e6));
  }

  private static Work gunzip(List<String> files) throws IOException {
    long bytes = 0;
    byte[] buf = new byte[1 << 16];
    for (String file : files) {
      try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(Path.of(file)), 1 << 16), 1 << 16)) {
        int n;
        while ((n = in.read(buf)) > 0) {
          bytes += n;
        }
      }
    }
    // pages and HTML bytes are not known to gunzip: the table credits it with the corpus' own
    return new Work(0, 0, -1);
  }

  private static Work warc(List<String> files, boolean parse) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long pages = 0;
    long htmlBytes = 0;
    long parseNanos = 0;
    for (String file : files) {
      try (WarcReader reader = new WarcReader(Path.of(file))) {
        for (WarcRecord record : reader) {
          if (!(record instanceof WarcResponse response)) {
            continue;
          }
          byte[] body = response.http().body().stream().readAllBytes();
          pages++;
          htmlBytes += body.length;
          if (parse) {
            String html = new String(body, StandardCharsets.UTF_8);
            long c0 = threads.getCurrentThreadCpuTime();
            Jsoup.parse(html, response.target());
            parseNanos += threads.getCurrentThreadCpuTime() - c0;
          }
        }
      }
    }
    return new Work(pages, htmlBytes, parse ? parseNanos / 1e9 : -1);
  }

  private static Work extract(List<String> files) throws IOException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ArticleExtractor extractor = new ArticleExtractor();
    long[] counts = new long[3];
    RecordSink sink = new RecordSink() {
      @Override
      public void page(Page page) {
        counts[0]++;
        counts[1] += page.getBody().remaining();
        long c0 = threads.getCurrentThreadCpuTime();
        extractor.extract(page);
        counts[2] += threads.getCurrentThreadCpuTime() - c0;
      }

      @Override
      public void revisit(Page stub) {}

      @Override
      public void skipped(String reason, Long offset, String url) {}

      @Override
      public void rejected(String reason, Long offset, String url, String message, byte[] excerpt) {}
    };
    for (String file : files) {
      try (FileChannel channel = FileChannel.open(Path.of(file))) {
        new ArchiveReader(5L << 20).read(file, channel, sink);
      }
    }
    return new Work(counts[0], counts[1], counts[2] / 1e9);
  }

  private static Work pipeline(List<String> args) {
    long pages = Long.parseLong(args.get(0));
    long htmlBytes = Long.parseLong(args.get(1));
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    int code = NewsCorpusPipeline.runOnDeepStack(args.subList(2, args.size()).toArray(String[]::new), quiet, System.err);
    if (code != 0) {
      throw new IllegalStateException("the pipeline exited with " + code);
    }
    return new Work(pages, htmlBytes, -1);
  }

  /** VmHWM of /proc/self/status: the peak resident set size, or 0 off Linux. */
  static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  /** Samples the heap every 10 ms: the peak used, and the peak live right after a collection. */
  static final class HeapSampler implements Runnable {
    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this, "heap-sampler");
    volatile long peakUsed;
    volatile long peakLive;

    static HeapSampler start() {
      HeapSampler sampler = new HeapSampler();
      sampler.thread.setDaemon(true);
      sampler.thread.start();
      return sampler;
    }

    @Override
    public void run() {
      while (running) {
        sample();
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    private void sample() {
      long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      long live = 0;
      for (MemoryPoolMXBean pool : pools) {
        MemoryUsage after = pool.getCollectionUsage();
        live += after == null ? 0 : after.getUsed();
      }
      peakUsed = Math.max(peakUsed, used);
      peakLive = Math.max(peakLive, live);
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
      sample();
    }
  }
}
