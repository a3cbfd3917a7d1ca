package org.newscorpus.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.dedupe.DedupeStories;
import org.newscorpus.extract.ExtractArticles;
import org.newscorpus.read.InputFiles;
import org.newscorpus.read.ReadArchives;

/**
 * What a user sees of a run, end to end on the sample corpus plus two pages whose headline and
 * publisher name hold markup: the progress lines, the final table and {@code _SUMMARY.json},
 * {@code report.html}, the stable metric names, and the dataset loaded by {@code
 * scripts/load_dataset.py} (when Debian's python3-pandas is installed, as .ci/run does).
 */
public class DatasetForUsersIT {

  static final Path HOSTILE =
      Paths.get("src", "test", "resources", "report", "hostile").toAbsolutePath();
  static final Path LOADER = Paths.get("..", "scripts", "load_dataset.py").toAbsolutePath().normalize();
  static final String HOSTILE_TITLE = "<script>alert(\"pwned\")</script></svg> Tanger Med : trafic record";

  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  static Path out;
  static String console;
  static String errors;
  static JsonNode summary;

  @BeforeClass
  public static void runOnTheSamplesAndTheHostilePages() throws IOException {
    out = TMP.newFolder("out").toPath();
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    int code = NewsCorpusPipeline.run(
        new String[] {
          "--input=" + NewsCorpusPipelineIT.SAMPLES + "," + HOSTILE, "--output=" + out, "--progressSeconds=1"
        },
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
    console = stdout.toString(StandardCharsets.UTF_8);
    errors = stderr.toString(StandardCharsets.UTF_8);
    assertEquals(errors, 0, code);
    summary = new ObjectMapper().readTree(out.resolve("_SUMMARY.json").toFile());
  }

  @Test
  public void progressLinesArePrintedWhileTheRunGoesOn() {
    // how many lines a one-second interval gives depends on the machine's speed (none when the run
    // ends within the second); ProgressMonitorTest checks that lines come, this checks their shape
    List<String> lines = errors.lines().filter(l -> l.startsWith("progress ")).toList();
    Pattern shape = Pattern.compile(
        "progress \\d+:\\d\\d:\\d\\d  inputs \\d+/7 \\([\\d.]+/[\\d.]+ MB\\)  records [\\d,]+  pages [\\d,]+"
            + "  articles [\\d,]+(  stories [\\d,]+)?  [\\d.]+ pages/s  (ETA (unknown|\\d+:\\d\\d:\\d\\d)"
            + "|read and extracted; deduplicating and writing)");
    for (String line : lines) {
      assertTrue(line, shape.matcher(line).matches());
    }
  }

  @Test
  public void theFinalTableMatchesSummaryJson() {
    Map<String, Long> table = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^(\\S.*?|  \\S+)\\s+(\\d+)$").matcher(console);
    while (m.find()) {
      table.put(m.group(1).trim(), Long.parseLong(m.group(2)));
    }
    assertEquals(summary.get("inputs").size(), (long) table.get("input files"));
    assertEquals(summary.get("records_read").asLong(), (long) table.get("records read"));
    assertEquals(summary.get("pages").asLong(), (long) table.get("pages"));
    assertEquals(summary.get("articles").asLong(), (long) table.get("articles"));
    assertEquals(summary.get("stories").asLong(), (long) table.get("stories"));
    assertEquals(summary.at("/skipped/total").asLong(), (long) table.get("skipped"));
    assertEquals(summary.at("/rejected/total").asLong(), (long) table.get("rejected"));
    int reasons = 0;
    for (String kind : new String[] {"skipped", "rejected"}) {
      for (Map.Entry<String, JsonNode> stage : summary.at("/" + kind + "/by_stage").properties()) {
        for (Map.Entry<String, JsonNode> reason : stage.getValue().properties()) {
          assertEquals(reason.getValue().asLong(), (long) table.get(stage.getKey() + "/" + reason.getKey()));
          reasons++;
        }
      }
    }
    assertThat(reasons, greaterThan(0));
  }

  @Test
  public void theSummaryHoldsTheBusyTimeOfEachStage() {
    JsonNode busy = summary.get("stage_busy_seconds");
    for (String stage : new String[] {"read", "extract", "dedupe"}) {
      assertTrue(busy.toString(), busy.has(stage) && busy.get(stage).asDouble() >= 0);
    }
    assertThat(busy.get("extract").asDouble(), greaterThan(0.0));
  }

  @Test
  public void theReportShowsMarkupFromPagesAsText() throws IOException {
    Path report = out.resolve("report.html");
    assertTrue(Files.isRegularFile(report));
    String html = Files.readString(report);
    Document doc = Jsoup.parse(html);
    assertTrue(doc.select("script, img").isEmpty());
    assertThat(html, not(containsString("<script")));
    Element row = doc.select("h2:contains(most republished) ~ table tbody tr").stream()
        .filter(r -> r.text().contains("Tanger Med")).findFirst().orElseThrow();
    List<String> cells = row.select("td").eachText();
    assertThat(cells.get(1), containsString(HOSTILE_TITLE));
    assertEquals("2", cells.get(2));
    assertEquals("<img src=x onerror=alert(1)> Evil Wire (evil.example)", cells.get(3));
    assertThat(doc.body().text(), containsString(summary.get("articles").asText() + " articles from"));
  }

  @Test
  public void metricsHaveStableNamesPerStage() throws IOException {
    List<InputFiles.InputFile> files = InputFiles.expand(NewsCorpusPipelineIT.SAMPLES.toString());
    long bytes = files.stream().mapToLong(InputFiles.InputFile::sizeBytes).sum();
    PCollectionTuple read = pipeline.apply("ReadArchives", ReadArchives.of(files));
    PCollectionTuple extracted = PCollectionList.of(read.get(ReadArchives.READ_PAGES)).and(read.get(ReadArchives.REVISIT_PAGES))
        .apply("ExtractArticles", ExtractArticles.create());
    extracted.get(ExtractArticles.ARTICLES).apply("DedupeStories", DedupeStories.create());
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    Map<String, Long> counters = new LinkedHashMap<>();
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
            .addNameFilter(MetricNameFilter.inNamespace(PipelineMetrics.READ))
            .addNameFilter(MetricNameFilter.inNamespace(PipelineMetrics.EXTRACT))
            .addNameFilter(MetricNameFilter.inNamespace(PipelineMetrics.DEDUPE))
            .build()).getCounters()) {
      counters.merge(c.getName().getNamespace() + "/" + c.getName().getName(), c.getAttempted(), Long::sum);
    }
    assertEquals(counters.toString(), (Long) (long) files.size(), counters.get("newscorpus.read/inputsRead"));
    assertEquals((Long) bytes, counters.get("newscorpus.read/inputBytesRead"));
    assertEquals((Long) 63L, counters.get("newscorpus.read/recordsRead"));
    assertEquals((Long) 32L, counters.get("newscorpus.read/pages"));
    assertEquals((Long) 29L, counters.get("newscorpus.read/requestRecord"));
    assertEquals((Long) 32L, counters.get("newscorpus.extract/articles"));
    assertEquals(summaryOfSamplesStories(), counters.get("newscorpus.dedupe/stories"));
    assertThat(counters.get("newscorpus.extract/busyMicros"), greaterThan(0L));
    assertTrue(counters.containsKey("newscorpus.read/busyMicros"));
  }

  /** The sample corpus's stories, as the run in {@link #runOnTheSamplesAndTheHostilePages} counted them. */
  private static Long summaryOfSamplesStories() {
    // the two hostile pages are one story of their own
    return summary.get("stories").asLong() - 1;
  }

  @Test
  public void loadDatasetReturnsEveryArticleAndReadsOnlyTheFoldersAsked() throws Exception {
    assumeTrue("python3 with pandas (apt-get install python3-pandas)", pythonWithPandas());
    String all = python(LOADER.toString(), out.toString(), "--table", "articles");
    assertThat(all, containsString("articles: " + summary.get("articles_written").asLong() + " rows"));
    for (String column : new String[] {"id", "url", "source", "published_date (datetime64[ns])",
        "crawled_at (datetime64[ns, UTC])", "story_size", "date (datetime64[ns])"}) {
      assertThat(all, containsString(column));
    }
    String one = python(LOADER.toString(), out.toString(), "--source", "evil.example", "--date", "2025-11-04:2025-11-04");
    assertThat(one, containsString("articles: 1 rows from 1 files"));
    String stories = python(LOADER.toString(), out.toString(), "--table", "stories");
    assertThat(stories, containsString("stories: " + summary.get("stories").asLong() + " rows"));
  }

  static boolean pythonWithPandas() {
    try {
      Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import pandas, avro").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static String python(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("/usr/bin/python3");
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).directory(new File("..")).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue("load_dataset.py timed out", p.waitFor(5, TimeUnit.MINUTES));
    assertEquals(output, 0, p.exitValue());
    return output;
  }
}
