package org.newscorpus.pipeline;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newscorpus.accounting.RunSummary;
import org.newscorpus.dedupe.DedupeConfig;
import org.newscorpus.dedupe.DedupeOptions;
import org.newscorpus.dedupe.DedupeStories;
import org.newscorpus.dedupe.ReadPreviousArticles;
import org.newscorpus.extract.ExtractArticles;
import org.newscorpus.monitor.ProgressMonitor;
import org.newscorpus.read.InputFiles;
import org.newscorpus.read.ReadArchives;
import org.newscorpus.report.RunReport;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.write.OutputFolder;
import org.newscorpus.write.WriteDataset;

/**
 * The news-corpus pipeline: web archives and page dumps in, a partitioned, deduplicated article
 * dataset out.
 *
 * <p>Steps:
 *
 * <ol>
 *   <li>ReadArchives: expand --input, read WARC/ARC records and dump files into pages;
 *   <li>ExtractArticles: main body, title, authors, date, language and publisher of each page;
 *   <li>DedupeStories: group republished copies into stories, pick each story's canonical article;
 *   <li>WriteDataset: articles, stories and rejected records as Hive-partitioned Avro, plus the
 *       accounting;
 *   <li>while it runs: a progress line every --progressSeconds (ProgressMonitor);
 *   <li>after the run: {@code report.html} (RunReport), {@code _SUMMARY.json}, then {@code _SUCCESS}.
 * </ol>
 *
 * <p>Exit codes: 0 when the run completed, 1 when it failed, 2 for a usage error (a bad option, no
 * input, an output folder that already holds a dataset).
 */
public final class NewsCorpusPipeline {

  /** Exit code of a usage error. */
  public static final int USAGE_ERROR = 2;

  /** The runner options, which belong to Beam's interfaces rather than to the pipeline's own. */
  static final String RUNNER_HELP =
      "\nRunners: --runner=DirectRunner (the default) runs here; --runner=FlinkRunner runs on Flink 1.19"
          + " with --flinkMaster=HOST:PORT (a cluster's REST address) or --flinkMaster=[local] (embedded),"
          + " and --parallelism=N (default: the cluster's parallelism.default)."
          + "\n--help=FlinkPipelineOptions lists every FlinkRunner option.";

  private NewsCorpusPipeline() {}

  public static void main(String[] args) {
    System.exit(runOnDeepStack(args, System.out, System.err));
  }

  /**
   * The stack of the thread that builds and submits the pipeline. Submitting to embedded Flink
   * deserializes the job in the calling thread, and the job graph of this pipeline (twenty
   * component rounds, each a few operators deep) nests deeper than the JVM's default 1 MB stack
   * always allows: runs failed now and then with a StackOverflowError in {@code
   * ObjectInputStream}, depending on how much of it the JIT had compiled. The memory is reserved,
   * not committed, until used.
   */
  static final long STACK_BYTES = 512L << 20;

  /** {@link #run} on a thread with a {@link #STACK_BYTES} stack. */
  public static int runOnDeepStack(String[] args, PrintStream out, PrintStream err) {
    int[] code = {1};
    Thread thread = new Thread(null, () -> code[0] = run(args, out, err), "newscorpus-main", STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      thread.interrupt();
      return 1;
    }
    return code[0];
  }

  /** Runs the pipeline and returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h") || arg.equals("--help=true")) {
        PipelineOptionsFactory.printHelp(out, NewsCorpusOptions.class);
        out.println(RUNNER_HELP);
        return 0;
      }
    }
    NewsCorpusOptions options;
    List<InputFiles.InputFile> files;
    OutputFolder output;
    try {
      PipelineOptionsFactory.register(NewsCorpusOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsCorpusOptions.class);
      FileSystems.setDefaultPipelineOptions(options);
      WriteDataset.codecFactory(options.getCodec());
      if (options.getMaxPageBytes() <= 0) {
        throw new IllegalArgumentException("--maxPageBytes must be positive");
      }
      // Checked here, before --overwrite empties the output folder, not when the steps are built.
      if (options.getMinTextChars() < 0) {
        throw new IllegalArgumentException("--minTextChars must not be negative, was " + options.getMinTextChars());
      }
      if (options.getShardsPerPartition() < 1) {
        throw new IllegalArgumentException(
            "--shardsPerPartition must be at least 1, was " + options.getShardsPerPartition());
      }
      DedupeConfig.fromOptions(options);
      if (options.getDedupeShards() < 0 || options.getDedupeShards() > DedupeStories.MAX_SHARDS) {
        throw new IllegalArgumentException(
            "--dedupeShards must be 0 (from the input's size) or between 1 and " + DedupeStories.MAX_SHARDS);
      }
      if (options.getPreviousOutput() != null) {
        ReadPreviousArticles.check(options.getPreviousOutput(), options.getOutput());
      }
      checkFlinkMaster(options);
      files = InputFiles.expand(options.getInput());
      output = new OutputFolder(options.getOutput());
      output.prepare(options.getOverwrite());
    } catch (IllegalArgumentException | IllegalStateException | FileNotFoundException e) {
      err.println("error: " + optionError(e, args));
      err.println("Run with --help for the list of options.");
      return USAGE_ERROR;
    } catch (IOException e) {
      err.println("error: " + e);
      return USAGE_ERROR;
    }

    Instant started = Instant.now();
    runnerDefaults(options, args);
    String hint = largeInputHint(options, files);
    if (hint != null) {
      err.println(hint);
    }
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options, files);
    ProgressMonitor.Outcome outcome;
    try {
      outcome = ProgressMonitor.every(options.getProgressSeconds(), files, err).run(pipeline);
    } catch (RuntimeException e) {
      // the runner's exception wraps the one a step threw: say that one first, in one line
      err.println("error: the run failed: " + rootCause(e) + "; " + abandon(output));
      err.println("(the runner's report follows)");
      e.printStackTrace(err);
      return 1;
    }
    PipelineResult.State state = outcome.state();
    if (state != PipelineResult.State.DONE) {
      err.println("error: the pipeline ended in state " + state + "; " + abandon(output));
      return 1;
    }
    try {
      RunSummary summary =
          RunSummary.fromTallyLines(output.readTallies())
              .withRun("runner", options.getRunner().getSimpleName())
              .withRun("input", options.getInput())
              .withRun("output", output.path())
              .withRun("dedupe", options.getDedupe().name())
              .withRun("dedupe_config", DedupeConfig.fromOptions(options).toMap())
              .withRun("dedupe_shards", dedupeShards(options, files))
              .withRun("credit_shards", creditShards(files))
              .withRun("previous_output", options.getPreviousOutput())
              .withRun("stage_busy_seconds", outcome.busySecondsByStage())
              .withTimes(started, Instant.now());
      if (options.getReport()) {
        writeReport(output.path(), summary, outcome, err);
      }
      output.finish(summary.toJson());
      out.print(summary.toTable());
      out.println("dataset: " + output.path());
    } catch (IOException e) {
      err.println("error: cannot finish the dataset: " + e + "; " + abandon(output));
      return 1;
    }
    return 0;
  }

  /** {@link OutputFolder#abandon} after a failed run, in words for the user. */
  private static String abandon(OutputFolder output) {
    try {
      return output.abandon();
    } catch (IOException | RuntimeException e) {
      return "its partial output could not be removed (" + e + "); no _SUCCESS is written";
    }
  }

  /** The innermost cause of {@code e}, as "Type: message". */
  static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  /** Jackson's words for a value Beam could not read into an option: its type, then why. */
  private static final Pattern UNREADABLE_VALUE =
      Pattern.compile("(?s)Cannot deserialize value of type `([^`]+)` from \\S+ \"(.*?)\": ([^\\n]*).*");

  /**
   * The message of a usage error. Beam reports an option value of the wrong type in Jackson's
   * words, without the option's name ("Cannot deserialize value of type `int` from String "abc"
   * … at [Source: UNKNOWN; byte offset: #UNKNOWN]"): that message names the argument and what it
   * should be instead.
   */
  static String optionError(Exception e, String[] args) {
    String message = String.valueOf(e.getMessage());
    Matcher m = UNREADABLE_VALUE.matcher(message);
    if (!m.matches()) {
      return message;
    }
    String type = m.group(1);
    String expected = switch (type) {
      case "int", "long", "java.lang.Integer", "java.lang.Long" -> "a whole number";
      case "double", "float", "java.lang.Double", "java.lang.Float" -> "a number";
      case "boolean", "java.lang.Boolean" -> "true or false";
      default -> {
        Matcher values = Pattern.compile("accepted for Enum class: \\[(.*)]").matcher(m.group(3));
        yield values.find() ? "one of " + values.group(1) : "a value of type " + type;
      }
    };
    String argument = null;
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        try {
          PipelineOptionsFactory.fromArgs(arg).as(NewsCorpusOptions.class);
        } catch (IllegalArgumentException bad) {
          argument = arg;
          break;
        }
      }
    }
    return (argument != null ? argument : "\"" + m.group(2) + "\"") + ": the value must be " + expected;
  }

  /**
   * The dedupe stage's shards: {@code --dedupeShards} when set, else one per {@code
   * --dedupeArticlesPerShard} articles expected from the sizes of the input files and of the
   * earlier dataset's articles ({@link ExpectedArticles}), and on the DirectRunner at most {@link
   * #DIRECT_RUNNER_SHARDS}. An earlier dataset whose files cannot be listed counts as none; the run
   * itself will then report it.
   */
  static int dedupeShards(NewsCorpusOptions options, List<InputFiles.InputFile> files) {
    if (options.getDedupeShards() > 0) {
      return options.getDedupeShards();
    }
    int shards = DedupeStories.shardsFor(expectedArticles(options, files), options.getDedupeArticlesPerShard());
    // the DirectRunner holds every group in memory whatever the shards, and pays for each grouped
    // key: a timer, and a copy of the key's values for every bundle that adds to them
    return isRunner(options, "DirectRunner") ? Math.min(shards, DIRECT_RUNNER_SHARDS) : shards;
  }

  /**
   * The most dedupe shards a run on the DirectRunner gets from its input's size. Shards bound what
   * a Flink worker holds of one group; the DirectRunner holds all of them anyway. On 5,000 bench
   * pages a run took 94.1 to 95.7 CPU-seconds with the 121 shards of the input's size and 63.7 to
   * 66.2 with 4; on 9,636 dump files 90.9 s with 151 shards, 67.4 with 16, 55.0 with 4 and 57.5
   * with 1 (README, "Large local inputs and benchmarks").
   */
  static final int DIRECT_RUNNER_SHARDS = 4;

  /** The articles the input files' sizes and the earlier dataset's lead us to expect. */
  private static long expectedArticles(NewsCorpusOptions options, List<InputFiles.InputFile> files) {
    long articles = ExpectedArticles.inInput(files);
    if (options.getPreviousOutput() != null) {
      try {
        articles += ExpectedArticles.inDataset(options.getPreviousOutput());
      } catch (IOException e) {
        // counted as none: the shards spread work, they never change a story
      }
    }
    return articles;
  }

  private static boolean isRunner(PipelineOptions options, String simpleName) {
    return options.getRunner() != null && options.getRunner().getSimpleName().equals(simpleName);
  }

  /** The credit join's shards: from the articles the input files' sizes lead us to expect. */
  static int creditShards(List<InputFiles.InputFile> files) {
    return ExtractArticles.creditShardsFor(ExpectedArticles.inInput(files));
  }

  /**
   * The runner settings this pipeline changes from Beam's defaults, each unless {@code args} give
   * it: the DirectRunner's two checks off, and on Flink the faster copy and the DataStream
   * translation.
   */
  static void runnerDefaults(PipelineOptions options, String[] args) {
    if (!given(args, "enforceImmutability")) {
      // The DirectRunner's immutability check walks the whole pipeline graph for every bundle it
      // creates; with the dedupe stage's joins and rounds that is most of a run's time. Our DoFns
      // never modify their inputs (TestPipeline still checks them); --enforceImmutability=true restores it.
      options.as(org.apache.beam.runners.direct.DirectOptions.class).setEnforceImmutability(false);
    }
    if (!given(args, "enforceEncodability")) {
      // Its encodability check encodes and decodes every element once more at every step, which
      // doubled the DirectRunner's CPU (scripts/bench.sh: direct against direct-fast). Our coders
      // are tested (TestPipeline keeps the check); --enforceEncodability=true restores it.
      options.as(org.apache.beam.runners.direct.DirectOptions.class).setEnforceEncodability(false);
    }
    if (!given(args, "fasterCopy")) {
      // Flink copies every element between chained operators through its coder unless told the
      // elements are never modified, which Beam's model already requires of every DoFn (ours keep it).
      options.as(org.apache.beam.runners.flink.FlinkPipelineOptions.class).setFasterCopy(true);
    }
    if (!given(args, "useDataStreamForBatch")) {
      // Flink's DataStream translation of this batch job used 42 % less CPU and 70 % less disk than
      // the DataSet translation on 200,000 pages, with the same stories (README, "Running on
      // Flink"); --useDataStreamForBatch=false restores the DataSet translation.
      options.as(org.apache.beam.runners.flink.FlinkPipelineOptions.class).setUseDataStreamForBatch(true);
    }
    if (!given(args, "flinkConfDir") && System.getenv("FLINK_CONF_DIR") == null && isEmbeddedFlink(options)) {
      // Flink's local executor sizes the embedded cluster from the job graph; with the batch
      // scheduler's parallelism decided at run time that gave one task slot, so the subtasks of each
      // step ran one after the other on one core. A configuration with one slot per subtask cut a
      // 20,000-page run from about 160 to 108 s (README, "Running on Flink"). A --flinkConfDir of
      // your own, or FLINK_CONF_DIR, is used as it is.
      org.apache.beam.runners.flink.FlinkPipelineOptions flink =
          options.as(org.apache.beam.runners.flink.FlinkPipelineOptions.class);
      int parallelism = flink.getParallelism() != null && flink.getParallelism() > 0
          ? flink.getParallelism()
          : Runtime.getRuntime().availableProcessors();
      flink.setFlinkConfDir(EmbeddedFlinkConf.withSlots(parallelism).toString());
    }
  }

  /** Pages from which a run on the DirectRunner is told of the faster local mode. */
  static final long LARGE_INPUT_PAGES = 5_000;

  /**
   * A note for a run on the DirectRunner that expects at least {@value #LARGE_INPUT_PAGES} pages,
   * else null. The DirectRunner holds the whole run in memory: 9,636 page dumps took 58.4 s and 5.8
   * GB of resident memory on it, 46.5 s and 2.1 GB on the embedded Flink runner, whose memory stays
   * flat as the input grows (README, "Large local inputs and benchmarks").
   */
  static String largeInputHint(PipelineOptions options, List<InputFiles.InputFile> files) {
    if (!isRunner(options, "DirectRunner")) {
      return null;
    }
    long pages = ExpectedArticles.inInput(files);
    if (pages < LARGE_INPUT_PAGES) {
      return null;
    }
    return String.format(Locale.ROOT,
        "note: about %,d pages expected from %,d input files. The DirectRunner holds the whole run in"
            + " memory: --runner=FlinkRunner --flinkMaster=[local] runs the same pipeline in memory that"
            + " stays flat however large the input (README, \"Large local inputs and benchmarks\").",
        pages, files.size());
  }

  /** True when the runner is Flink and its master the embedded cluster ({@code [local]}, or {@code [auto]} outside a Flink CLI). */
  static boolean isEmbeddedFlink(PipelineOptions options) {
    if (!isRunner(options, "FlinkRunner")) {
      return false;
    }
    String master = options.as(org.apache.beam.runners.flink.FlinkPipelineOptions.class).getFlinkMaster();
    return master == null || master.equals("[local]") || master.equals("[auto]");
  }

  /** How long {@link #checkFlinkMaster} waits for a cluster to answer. */
  static final int FLINK_CONNECT_MILLIS = 5_000;

  /**
   * Refuses a {@code --flinkMaster=HOST:PORT} where nothing listens, before anything is deleted or
   * read: Flink's client would otherwise retry for minutes and log hundreds of lines before the
   * run failed. The embedded cluster ({@code [local]}, {@code [auto]}) is not checked.
   */
  static void checkFlinkMaster(PipelineOptions options) {
    if (!isRunner(options, "FlinkRunner") || isEmbeddedFlink(options)) {
      return;
    }
    String master = options.as(org.apache.beam.runners.flink.FlinkPipelineOptions.class).getFlinkMaster();
    if (master.startsWith("[")) {
      return; // [collection] and the like: no address
    }
    URI uri = URI.create(master.contains("://") ? master : "http://" + master);
    if (uri.getHost() == null || uri.getPort() < 0) {
      throw new IllegalArgumentException("--flinkMaster=" + master + ": expected HOST:PORT, the cluster's REST address"
          + " (or [local] for the embedded cluster)");
    }
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), FLINK_CONNECT_MILLIS);
    } catch (IOException e) {
      throw new IllegalArgumentException("--flinkMaster=" + master + ": no Flink cluster answers there ("
          + e.getMessage() + "); start one (scripts/flink-cluster.sh start) or run on the embedded cluster with"
          + " --flinkMaster=[local]");
    }
  }

  /** True when the command line sets {@code option} ({@code --option} or {@code --option=VALUE}). */
  private static boolean given(String[] args, String option) {
    for (String arg : args) {
      if (arg.equals("--" + option) || arg.startsWith("--" + option + "=")) {
        return true;
      }
    }
    return false;
  }

  /** Writes report.html; a report that cannot be written costs a warning, never the dataset. */
  private static void writeReport(String output, RunSummary summary, ProgressMonitor.Outcome outcome, PrintStream err) {
    try {
      RunReport.write(output, summary, outcome.busySecondsByStage());
    } catch (IOException | RuntimeException e) {
      err.println("warning: " + RunReport.FILE_NAME + " not written: " + e);
    }
  }

  /** Wires the stages: read, extract, dedupe, write. */
  public static void build(Pipeline pipeline, NewsCorpusOptions options, List<InputFiles.InputFile> files) {
    PCollectionTuple read =
        pipeline.apply(
            "ReadArchives",
            ReadArchives.of(files)
                .withMaxPageBytes(options.getMaxPageBytes())
                .withKeepSkipped(options.getKeepSkipped()));
    PCollectionTuple extracted =
        PCollectionList.of(read.get(ReadArchives.READ_PAGES)).and(read.get(ReadArchives.REVISIT_PAGES))
            .apply(
                "ExtractArticles",
                ExtractArticles.create()
                    .withMinTextChars(options.getMinTextChars())
                    .withKeepSkipped(options.getKeepSkipped())
                    .withCreditShards(creditShards(files)));
    DedupeStories dedupe =
        DedupeStories.create()
            .withConfig(DedupeConfig.fromOptions(options))
            .withShards(dedupeShards(options, files))
            .withKeepSkipped(options.getKeepSkipped());
    if (options.getPreviousOutput() != null) {
      dedupe = dedupe.withPreviousArticles(
          pipeline.apply("ReadPreviousArticles", ReadPreviousArticles.from(options.getPreviousOutput())));
    }
    PCollectionTuple deduped = extracted.get(ExtractArticles.ARTICLES).apply("DedupeStories", dedupe);

    PCollection<Article> articles = deduped.get(DedupeStories.ARTICLES);
    if (options.getDedupe() == DedupeOptions.Mode.drop) {
      articles = articles.apply("KeepCanonicalArticles", Filter.by(Article::getIsCanonical));
    }
    PCollection<Rejected> rejected =
        PCollectionList.of(read.get(ReadArchives.REJECTED))
            .and(extracted.get(ExtractArticles.REJECTED))
            .and(deduped.get(DedupeStories.REJECTED))
            .apply("FlattenRejected", Flatten.pCollections());
    PCollection<KV<String, Long>> tallies =
        PCollectionList.of(read.get(ReadArchives.TALLIES))
            .and(extracted.get(ExtractArticles.TALLIES))
            .and(deduped.get(DedupeStories.TALLIES))
            .apply("FlattenTallies", Flatten.pCollections());

    PCollectionTuple.of(WriteDataset.ARTICLES, articles)
        .and(WriteDataset.STORIES, deduped.get(DedupeStories.STORIES))
        .and(WriteDataset.REJECTED, rejected)
        .and(WriteDataset.TALLIES, tallies)
        .apply(
            "WriteDataset",
            WriteDataset.to(options.getOutput())
                .withCodec(options.getCodec())
                .withShardsPerPartition(options.getShardsPerPartition()));
  }
}
