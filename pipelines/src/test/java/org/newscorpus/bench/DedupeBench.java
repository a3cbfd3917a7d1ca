package org.newscorpus.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newscorpus.dedupe.DedupeConfig;
import org.newscorpus.dedupe.DedupeOptions;
import org.newscorpus.dedupe.DedupeStories;
import org.newscorpus.extract.ExtractArticles;
import org.newscorpus.pipeline.ExpectedArticles;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.write.WriteDataset;

/**
 * Runs the dedupe stage alone on articles already extracted (Avro files of {@code Article}, such
 * as a dataset's {@code articles/} folder or {@link SyntheticCorpus}'s output) and reports its
 * wall time, CPU time, throughput per core, peak heap and, given the known groups, how well the
 * stories recover them. Used by {@code scripts/bench-dedupe.sh}; not a test.
 *
 * <pre>
 * java -cp ... org.newscorpus.bench.DedupeBench --articles='DIR/**.avro' --output=OUT [--truth=groups.tsv]
 *     [--writeDataset=true] [any dedupe or Beam option]
 * </pre>
 */
public final class DedupeBench {

  /** Options of the benchmark, with the dedupe stage's own. */
  public interface Options extends DedupeOptions {
    @Description("Glob of the Avro article files to deduplicate.")
    @Validation.Required
    String getArticles();

    void setArticles(String value);

    @Description("Output folder: assignments.tsv (id, story_id, is_canonical), or a dataset with --writeDataset.")
    @Validation.Required
    String getOutput();

    void setOutput(String value);

    @Description("Known groups, one 'id<TAB>group' line per article, to score the stories against.")
    String getTruth();

    void setTruth(String value);

    @Description("Write the articles and stories as a dataset (articles/, stories/) instead of assignments.tsv.")
    @Default.Boolean(false)
    boolean getWriteDataset();

    void setWriteDataset(boolean value);
  }

  private DedupeBench() {}

  public static void main(String[] args) throws Exception {
    PipelineOptionsFactory.register(Options.class);
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    HeapWatch heap = HeapWatch.start();
    long cpu0 = processCpuNanos();
    long t0 = System.nanoTime();

    Pipeline pipeline = Pipeline.create(options);
    PCollection<Article> articles = pipeline.apply("ReadArticles", AvroIO.read(Article.class).from(options.getArticles()));
    PCollectionTuple deduped =
        articles.apply("DedupeStories", DedupeStories.create().withConfig(DedupeConfig.fromOptions(options))
            .withShards(options.getDedupeShards() > 0 ? options.getDedupeShards()
                : DedupeStories.shardsFor(ExpectedArticles.inAvroFiles(options.getArticles()), options.getDedupeArticlesPerShard())));
    String out = options.getOutput();
    if (options.getWriteDataset()) {
      PCollectionTuple.of(WriteDataset.ARTICLES, deduped.get(DedupeStories.ARTICLES))
          .and(WriteDataset.STORIES, deduped.get(DedupeStories.STORIES))
          .and(WriteDataset.REJECTED, pipeline.apply("NoRejected", Create.empty(ExtractArticles.REJECTED.getTypeDescriptor()))
              .setCoder(org.apache.beam.sdk.extensions.avro.coders.AvroCoder.specific(Rejected.class)))
          .and(WriteDataset.TALLIES, deduped.get(DedupeStories.TALLIES))
          .apply("WriteDataset", WriteDataset.to(out));
    } else {
      deduped.get(DedupeStories.ARTICLES)
          .apply("FormatAssignments", MapElements.into(TypeDescriptors.strings())
              .via((Article a) -> a.getId() + "\t" + a.getStoryId() + "\t" + a.getIsCanonical()))
          .apply("WriteAssignments", TextIO.write().to(out + "/assignments").withSuffix(".tsv"));
      deduped.get(DedupeStories.TALLIES)
          .apply("FormatTallies", MapElements.into(TypeDescriptors.strings()).via(kv -> kv.getKey() + "\t" + kv.getValue()))
          .apply("WriteTallies", TextIO.write().to(out + "/tallies").withSuffix(".tsv"));
    }
    PipelineResult.State state = pipeline.run().waitUntilFinish();
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    heap.stop();
    if (state != PipelineResult.State.DONE) {
      System.err.println("pipeline ended in state " + state);
      System.exit(1);
    }
    Map<String, String> storyOf = options.getWriteDataset() ? Map.of() : readAssignments(Paths.get(out));
    long n = storyOf.isEmpty() ? -1 : storyOf.size();
    int cores = Runtime.getRuntime().availableProcessors();
    StringBuilder report = new StringBuilder();
    line(report, "articles", n);
    line(report, "wall_seconds", wall);
    line(report, "cpu_seconds", cpu);
    line(report, "cores", cores);
    if (n > 0) {
      line(report, "articles_per_second", n / wall);
      line(report, "articles_per_second_per_core_wall", n / wall / cores);
      line(report, "articles_per_cpu_second", n / cpu);
    }
    line(report, "peak_heap_used_mb", heap.peakUsed() / 1048576.0);
    line(report, "peak_heap_after_gc_mb", heap.peakAfterGc() / 1048576.0);
    line(report, "heap_max_mb", Runtime.getRuntime().maxMemory() / 1048576.0);
    if (options.getTruth() != null && !storyOf.isEmpty()) {
      Map<String, String> truth = readTruth(Paths.get(options.getTruth()));
      PairScores s = PairScores.of(truth, storyOf);
      line(report, "true_pairs", s.truePairs());
      line(report, "predicted_pairs", s.predictedPairs());
      line(report, "pair_precision", s.precision());
      line(report, "pair_recall", s.recall());
      for (Map.Entry<String, double[]> g : s.groupRecall().entrySet()) {
        line(report, "recall_" + g.getKey(), g.getValue()[0]);
      }
    }
    System.out.print(report);
    Files.writeString(Paths.get(out, "bench.txt"), report.toString(), StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder sb, String name, double value) {
    sb.append(String.format(Locale.ROOT, "%-36s %.4f%n", name, value));
  }

  private static void line(StringBuilder sb, String name, long value) {
    sb.append(String.format(Locale.ROOT, "%-36s %d%n", name, value));
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static Map<String, String> readAssignments(Path out) throws IOException {
    Map<String, String> storyOf = new HashMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.filter(p -> p.getFileName().toString().startsWith("assignments")).sorted().toList();
    }
    for (Path f : files) {
      try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        String l;
        while ((l = r.readLine()) != null) {
          String[] p = l.split("\t");
          if (storyOf.put(p[0], p[1]) != null) {
            throw new IllegalStateException("article " + p[0] + " written twice");
          }
        }
      }
    }
    return storyOf;
  }

  static Map<String, String> readTruth(Path file) throws IOException {
    Map<String, String> truth = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String l;
      while ((l = r.readLine()) != null) {
        String[] p = l.split("\t");
        truth.put(p[0], p[1]);
      }
    }
    return truth;
  }

  /** Largest heap in use seen by a sampler, and largest heap left after a collection. */
  static final class HeapWatch {
    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();
    private volatile boolean running = true;
    private final Thread sampler;

    private HeapWatch() {
      sampler = new Thread(() -> {
        while (running) {
          peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-watch");
      sampler.setDaemon(true);
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
          if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
          }
          GarbageCollectionNotificationInfo info =
              GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
          long after = 0;
          long before = 0;
          for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            after += u.getUsed();
          }
          for (MemoryUsage u : info.getGcInfo().getMemoryUsageBeforeGc().values()) {
            before += u.getUsed();
          }
          peakAfterGc.accumulateAndGet(after, Math::max);
          peakUsed.accumulateAndGet(before, Math::max);
        }, null, null);
      }
    }

    static HeapWatch start() {
      HeapWatch w = new HeapWatch();
      w.sampler.start();
      return w;
    }

    void stop() {
      running = false;
      sampler.interrupt();
    }

    long peakUsed() {
      return peakUsed.get();
    }

    long peakAfterGc() {
      return peakAfterGc.get();
    }
  }
}
