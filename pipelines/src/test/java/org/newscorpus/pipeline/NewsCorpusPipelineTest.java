package org.newscorpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.flink.FlinkJobGraphs;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.runners.TransformHierarchy;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newscorpus.read.InputFiles;

/**
 * The command line: help, usage errors and their exit codes; and the shape of the pipeline graph.
 * The runs themselves are in the IT.
 */
class NewsCorpusPipelineTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return NewsCorpusPipeline.run(
        args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** An input page (empty of any article) for runs that are to stop at their options. */
  private Path aPage() throws IOException {
    Path page = dir.resolve("in/a.html");
    Files.createDirectories(page.getParent());
    return Files.writeString(page, "<html></html>");
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpListsTheOptionsWithDescriptions() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("--input"), help);
    assertTrue(help.contains("--maxPageBytes"));
    assertTrue(help.contains("--overwrite"));
    assertTrue(help.contains("Avro codec"));
  }

  @Test
  void helpNamesTheFlinkRunnerAndItsParallelism() {
    assertEquals(0, run("--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    assertTrue(help.contains("--runner=FlinkRunner"), help);
    assertTrue(help.contains("--flinkMaster=[local]"), help);
    assertTrue(help.contains("--parallelism=N"), help);
  }

  @Test
  void flinkRunnerOptionsParse() {
    // --parallelism and --flinkMaster are the FlinkRunner's own options, registered from the class path
    assertEquals(2, run("--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2", "--output=" + dir));
    assertTrue(err().contains("--input"), err());
    assertFalse(err().contains("parallelism") || err().contains("flinkMaster"), err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("--input=x", "--output=y", "--no-such-option=1"));
    assertTrue(err().startsWith("error: "), err());
    assertFalse(err().contains("\tat "), "no stack trace");
  }

  @Test
  void missingInputIsAUsageError() {
    assertEquals(2, run("--output=" + dir));
    assertTrue(err().contains("--input"), err());
  }

  @Test
  void inputMatchingNothingIsAUsageError() {
    assertEquals(2, run("--input=" + dir + "/none/*.warc.gz", "--output=" + dir.resolve("out")));
    assertTrue(err().contains("matches no"), err());
  }

  @Test
  void badValuesAreUsageErrors() throws IOException {
    Path page = aPage();
    assertEquals(2, run("--input=" + page, "--output=" + dir.resolve("o1"), "--codec=lzma9"));
    assertTrue(err().contains("--codec"), err());
    assertEquals(2, run("--input=" + page, "--output=" + dir.resolve("o2"), "--maxPageBytes=lots"));
    assertEquals(2, run("--input=" + page, "--output=" + dir.resolve("o3"), "--dedupe=sometimes"));
  }

  @Test
  void outOfRangeValuesAreUsageErrorsThatLeaveAnOverwrittenDatasetInPlace() throws IOException {
    Path page = aPage();
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/_SUCCESS"), "");
    assertEquals(2, run("--input=" + page, "--output=" + dir.resolve("out"), "--overwrite", "--shardsPerPartition=0"));
    assertTrue(err().contains("--shardsPerPartition"), err());
    assertEquals(2, run("--input=" + page, "--output=" + dir.resolve("out"), "--overwrite", "--minTextChars=-1"));
    assertTrue(err().contains("--minTextChars"), err());
    assertFalse(err().contains("\tat "), "no stack trace");
    assertTrue(Files.exists(dir.resolve("out/_SUCCESS")), "the earlier dataset is still there");
  }

  @Test
  void aValueOfTheWrongTypeIsAUsageErrorNamingItsOption() throws IOException {
    Path page = aPage();
    String[][] cases = {
      {"--minTextChars=abc", "a whole number"},
      {"--dedupe=sometimes", "one of mark, drop"},
      {"--report=maybe", "true or false"},
      {"--dedupeJaccard=half", "a number"}
    };
    for (String[] c : cases) {
      assertEquals(2, run("--input=" + page, "--output=" + dir.resolve("o"), c[0]), c[0]);
      assertTrue(err().contains("error: " + c[0] + ": the value must be " + c[1]), err());
      assertFalse(err().contains("Source: UNKNOWN"), err());
    }
  }

  @Test
  void aFlinkMasterWhereNothingListensIsAUsageErrorBeforeTheRun() throws IOException {
    Path page = aPage();
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort(); // free once closed
    }
    assertEquals(2, run("--input=" + page, "--output=" + dir.resolve("o"), "--runner=FlinkRunner",
        "--flinkMaster=127.0.0.1:" + closedPort));
    assertTrue(err().contains("--flinkMaster=127.0.0.1:" + closedPort + ": no Flink cluster answers there"), err());
    assertFalse(Files.exists(dir.resolve("o")), "checked before the output folder is made");
    assertEquals(2, run("--input=" + page, "--output=" + dir.resolve("o"), "--runner=FlinkRunner",
        "--flinkMaster=somewhere"));
    assertTrue(err().contains("expected HOST:PORT"), err());
  }

  @Test
  void anOutputFolderThatCannotBeWrittenIsAUsageErrorBeforeTheRun() throws IOException {
    Path page = aPage();
    assertEquals(2, run("--input=" + page, "--output=" + page.resolve("out")));
    assertTrue(err().contains("cannot be written: Not a directory"), err());
    assertFalse(err().contains("\tat "), "no stack trace");
  }

  @Test
  void existingDatasetIsRefusedWithoutOverwrite() throws IOException {
    Path page = aPage();
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/_SUCCESS"), "");
    assertEquals(2, run("--input=" + page, "--output=" + dir.resolve("out")));
    assertTrue(err().contains("--overwrite"), err());
  }

  /** The whole pipeline as a run on the samples that extends an earlier dataset builds it, not run. */
  private Pipeline wholeGraph() throws IOException {
    NewsCorpusOptions options =
        PipelineOptionsFactory.fromArgs("--input=" + NewsCorpusPipelineIT.SAMPLES, "--output=" + dir.resolve("out"),
                "--previousOutput=" + dir.resolve("earlier"))
            .as(NewsCorpusOptions.class);
    Pipeline pipeline = Pipeline.create(options);
    NewsCorpusPipeline.build(pipeline, options, org.newscorpus.read.InputFiles.expand(options.getInput()));
    return pipeline;
  }

  /**
   * A runner that streams a batch job (Flink's DataStream translation) holds every element of a
   * step with a side input until the side input is complete. The only side input allowed is the
   * revisit resolution's set of wanted capture keys, whose main input is one small record per page
   * (ReadArchivesTest checks that no step taking pages has one), and the one Beam's WriteFiles
   * adds for the tallies' temporary files, whose main input is one element. A step taking the
   * articles, or the dedupe messages of every article, must not wait.
   */
  @Test
  void onlyTheWantedCaptureKeysAreASideInput() throws IOException {
    Pipeline pipeline = wholeGraph();
    List<String> waiting = new ArrayList<>();
    pipeline.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitPrimitiveTransform(TransformHierarchy.Node node) {
        if (!node.getTransform().getAdditionalInputs().isEmpty()) {
          waiting.add(node.getFullName());
        }
      }
    });
    assertEquals(
        List.of("ReadArchives/ResolveRevisits/KeepWantedCaptures/ParMultiDo(KeepWanted)",
            "WriteDataset/WriteTallies/WriteFiles/GatherTempFileResults/AsPossiblyEmptyList/Reify.ReifyView/ParDo(Anonymous)/ParMultiDo(Anonymous)"),
        waiting, "steps with a side input");
  }

  /**
   * Beam's {@code AvroCoder.of(Class)} and {@code AvroIO.sink(Class)} use Avro's reflection API,
   * which reads and writes each field of a generated record through reflection; the records here
   * are generated from {@code schemas/}, so every Avro coder must use the specific API. Walks the
   * coders of every collection of the graph, their components included.
   */
  @Test
  void everyAvroCoderOfTheGraphUsesTheGeneratedClasses() throws IOException {
    Pipeline pipeline = wholeGraph();
    List<String> reflective = new ArrayList<>();
    int[] avroCoders = {0};
    pipeline.traverseTopologically(new Pipeline.PipelineVisitor.Defaults() {
      @Override
      public void visitValue(org.apache.beam.sdk.values.PValue value, TransformHierarchy.Node producer) {
        if (value instanceof org.apache.beam.sdk.values.PCollection<?> collection) {
          avroCoders(collection.getCoder()).forEach(coder -> {
            avroCoders[0]++;
            if (coder.useReflectApi()) {
              reflective.add(collection.getName() + ": " + coder.getType().getSimpleName());
            }
          });
        }
      }
    });
    assertTrue(avroCoders[0] > 10, "Avro coders found: " + avroCoders[0]);
    assertEquals(List.of(), reflective, "collections with a reflection-based Avro coder");
  }

  private static List<org.apache.beam.sdk.extensions.avro.coders.AvroCoder<?>> avroCoders(
      org.apache.beam.sdk.coders.Coder<?> coder) {
    List<org.apache.beam.sdk.extensions.avro.coders.AvroCoder<?>> found = new ArrayList<>();
    if (coder instanceof org.apache.beam.sdk.extensions.avro.coders.AvroCoder<?> avro) {
      found.add(avro);
    }
    for (org.apache.beam.sdk.coders.Coder<?> component : coder.getCoderArguments()) {
      found.addAll(avroCoders(component));
    }
    if (coder instanceof org.apache.beam.sdk.transforms.join.UnionCoder union) {
      union.getElementCoders().forEach(c -> found.addAll(avroCoders(c)));
    }
    return found;
  }

  @Test
  void flinkRunsTheDataStreamTranslationUnlessTheCommandLineSaysOtherwise() {
    String[] none = {"--input=in", "--output=out"};
    org.apache.beam.sdk.options.PipelineOptions options = PipelineOptionsFactory.fromArgs(none).create();
    NewsCorpusPipeline.runnerDefaults(options, none);
    FlinkPipelineOptions flink = options.as(FlinkPipelineOptions.class);
    assertEquals(Boolean.TRUE, flink.getUseDataStreamForBatch());
    assertTrue(flink.getFasterCopy());
    assertFalse(options.as(DirectOptions.class).isEnforceImmutability());
    assertFalse(options.as(DirectOptions.class).isEnforceEncodability());

    String[] given = {"--useDataStreamForBatch=false", "--fasterCopy=false", "--enforceImmutability=true"};
    options = PipelineOptionsFactory.fromArgs(given).create();
    NewsCorpusPipeline.runnerDefaults(options, given);
    flink = options.as(FlinkPipelineOptions.class);
    assertEquals(Boolean.FALSE, flink.getUseDataStreamForBatch());
    assertFalse(flink.getFasterCopy());
    assertTrue(options.as(DirectOptions.class).isEnforceImmutability());
    assertFalse(options.as(DirectOptions.class).isEnforceEncodability());
  }

  @Test
  void aRunOnTheDirectRunnerThatExpectsManyPagesIsToldOfTheFasterLocalMode() {
    List<InputFiles.InputFile> dumps = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      dumps.add(new InputFiles.InputFile("file:///dumps/le360.ma/" + i + ".html", 4_096, "le360.ma/" + i + ".html"));
    }
    org.apache.beam.sdk.options.PipelineOptions direct = PipelineOptionsFactory.fromArgs("--input=x").create();
    String hint = NewsCorpusPipeline.largeInputHint(direct, dumps);
    assertNotNull(hint);
    assertTrue(hint.startsWith("note: about 5,000 pages expected from 5,000 input files."), hint);
    assertTrue(hint.contains("--runner=FlinkRunner --flinkMaster=[local]"), hint);
    assertNull(NewsCorpusPipeline.largeInputHint(direct, dumps.subList(0, 4_999)), "a quick run is left alone");
    List<InputFiles.InputFile> archive = List.of(new InputFiles.InputFile("file:///crawls/part-0.warc.gz", 200L << 20, "part-0.warc.gz"));
    assertNotNull(NewsCorpusPipeline.largeInputHint(direct, archive), "200 MB of gzipped WARC: about 12,800 pages");
    org.apache.beam.sdk.options.PipelineOptions flink =
        PipelineOptionsFactory.fromArgs("--runner=FlinkRunner", "--flinkMaster=[local]").create();
    assertNull(NewsCorpusPipeline.largeInputHint(flink, dumps), "already on the faster runner");
  }

  @Test
  void theDirectRunnerGetsAtMostFourDedupeShardsFromTheInputsSizeAndFlinkOnePer64Articles() {
    List<InputFiles.InputFile> dumps = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      dumps.add(new InputFiles.InputFile("file:///dumps/le360.ma/" + i + ".html", 4_096, "le360.ma/" + i + ".html"));
    }
    NewsCorpusOptions direct = PipelineOptionsFactory.fromArgs("--input=x", "--output=y").as(NewsCorpusOptions.class);
    NewsCorpusOptions flink =
        PipelineOptionsFactory.fromArgs("--input=x", "--output=y", "--runner=FlinkRunner", "--flinkMaster=[local]")
            .as(NewsCorpusOptions.class);
    NewsCorpusOptions given =
        PipelineOptionsFactory.fromArgs("--input=x", "--output=y", "--dedupeShards=50").as(NewsCorpusOptions.class);

    assertEquals(NewsCorpusPipeline.DIRECT_RUNNER_SHARDS, NewsCorpusPipeline.dedupeShards(direct, dumps));
    assertEquals(2, NewsCorpusPipeline.dedupeShards(direct, dumps.subList(0, 100)), "a small input needs fewer");
    assertEquals(79, NewsCorpusPipeline.dedupeShards(flink, dumps), "5,000 pages, 64 a shard");
    assertEquals(50, NewsCorpusPipeline.dedupeShards(given, dumps), "--dedupeShards is used as it is");
  }

  @Test
  void anEmbeddedFlinkRunGetsOneTaskSlotPerSubtask() throws IOException {
    Assumptions.assumeTrue(System.getenv("FLINK_CONF_DIR") == null, "a FLINK_CONF_DIR is used as it is");
    String[] local = {"--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=3"};
    org.apache.beam.sdk.options.PipelineOptions options = PipelineOptionsFactory.fromArgs(local).create();
    NewsCorpusPipeline.runnerDefaults(options, local);
    String confDir = options.as(FlinkPipelineOptions.class).getFlinkConfDir();
    assertNotNull(confDir, "the embedded cluster is configured");
    assertEquals(
        "taskmanager.numberOfTaskSlots: 3\n",
        Files.readString(Path.of(confDir).resolve(EmbeddedFlinkConf.FILE_NAME)),
        "as many slots as subtasks of a step");

    String[] ownConf = {"--runner=FlinkRunner", "--flinkMaster=[local]", "--flinkConfDir=/etc/my-flink"};
    options = PipelineOptionsFactory.fromArgs(ownConf).create();
    NewsCorpusPipeline.runnerDefaults(options, ownConf);
    assertEquals("/etc/my-flink", options.as(FlinkPipelineOptions.class).getFlinkConfDir());

    String[] cluster = {"--runner=FlinkRunner", "--flinkMaster=127.0.0.1:8081"};
    options = PipelineOptionsFactory.fromArgs(cluster).create();
    NewsCorpusPipeline.runnerDefaults(options, cluster);
    assertNull(options.as(FlinkPipelineOptions.class).getFlinkConfDir(), "a real cluster has its own slots");

    String[] direct = {"--input=in", "--output=out"};
    options = PipelineOptionsFactory.fromArgs(direct).create();
    NewsCorpusPipeline.runnerDefaults(options, direct);
    assertNull(options.as(FlinkPipelineOptions.class).getFlinkConfDir());
  }

  /**
   * On Flink, the files are read by a source, at the job's parallelism, and each page is
   * extracted in the task that read it. Read after a shuffle of the file names, Flink's batch
   * scheduler sized the reading step by the names' few kilobytes: one subtask read every archive,
   * and every page crossed an exchange, spilled to disk, to reach the extraction.
   */
  @Test
  void onFlinkPagesAreReadByASourceAndExtractedInTheSameTask(@TempDir Path out) throws Exception {
    Path archives = Path.of(getClass().getResource("/warc/expected.tsv").toURI()).getParent();
    String[] args = {"--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2",
        "--input=" + archives, "--output=" + out};
    NewsCorpusOptions options = PipelineOptionsFactory.fromArgs(args).as(NewsCorpusOptions.class);
    NewsCorpusPipeline.runnerDefaults(options, args);
    Pipeline pipeline = Pipeline.create(options);
    List<InputFiles.InputFile> files = InputFiles.expand(options.getInput());
    assertTrue(files.size() >= 8, "enough files that the pages are not spread again: " + files.size());
    NewsCorpusPipeline.build(pipeline, options, files);

    JobGraph graph = FlinkJobGraphs.of(pipeline);

    JobVertex reading = null;
    for (JobVertex vertex : graph.getVertices()) {
      if (vertex.getName().contains("ReadArchives/ReadInputFiles")) {
        reading = vertex;
      }
    }
    assertNotNull(reading, "a task reads the files");
    assertTrue(reading.isInputVertex(), "the reading runs in a source task: " + reading.getName());
    assertTrue(reading.getName().contains("ExtractArticles/ExtractArticle ->"),
        "the extraction is chained to the reading: " + reading.getName());
  }
}
