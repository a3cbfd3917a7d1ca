package org.newscorpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.schema.Story;

/**
 * What the Flink tests share: their input, the DirectRunner's dataset for it (computed once per
 * test JVM), the comparison of two datasets, and running the project's scripts.
 */
final class FlinkTestSupport {

  /** The repository's root (Failsafe runs in pipelines/). */
  static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();
  /** Where the Flink tests write their datasets and script logs. */
  static final Path WORK = Paths.get("target", "flink-it").toAbsolutePath();

  private static final ObjectMapper JSON = new ObjectMapper();
  private static Path directRunnerOutput;

  private FlinkTestSupport() {}

  /**
   * The republish-dev WARC files of ../shared when present, else the committed sample WARC, which
   * has the same shape (articles republished across sites, requests, redirects, warcinfo).
   */
  static String input() {
    Path shared = ROOT.getParent().resolve("shared").resolve("eval/republish-dev/warc");
    if (Files.isDirectory(shared)) {
      return shared + "/*.warc.gz";
    }
    return ROOT.resolve("samples/warc") + "/*.warc.gz";
  }

  /** The DirectRunner's dataset for {@link #input()}, written once per test JVM. */
  static synchronized Path directRunnerOutput() throws IOException {
    if (directRunnerOutput == null) {
      Path out = freshFolder("direct");
      ByteArrayOutputStream console = new ByteArrayOutputStream();
      int code =
          NewsCorpusPipeline.run(
              new String[] {"--input=" + input(), "--output=" + out},
              new PrintStream(console, true, StandardCharsets.UTF_8),
              new PrintStream(console, true, StandardCharsets.UTF_8));
      assertEquals(0, code, console.toString(StandardCharsets.UTF_8));
      directRunnerOutput = out;
    }
    return directRunnerOutput;
  }

  /** An empty folder below {@link #WORK}. */
  static Path freshFolder(String name) throws IOException {
    Path dir = WORK.resolve(name);
    if (Files.exists(dir)) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir.getParent());
    return dir;
  }

  /**
   * Asserts that {@code actual} is a finished dataset holding exactly the files and records of
   * {@code expected}: same partition files (so no temporary, partial or extra shard is left), and
   * the same articles, stories and rejected records, each as often (so none lost or duplicated).
   */
  static void assertSameDataset(Path expected, Path actual) throws IOException {
    assertTrue(Files.exists(actual.resolve("_SUCCESS")), "_SUCCESS written in " + actual);
    assertEquals(files(expected), files(actual), "the dataset's files");
    assertRecords(expected, actual, "articles", Article.class);
    assertRecords(expected, actual, "stories", Story.class);
    assertRecords(expected, actual, "rejected", Rejected.class);
    JsonNode want = JSON.readTree(expected.resolve("_SUMMARY.json").toFile());
    JsonNode got = JSON.readTree(actual.resolve("_SUMMARY.json").toFile());
    for (String count : new String[] {"records_read", "pages", "articles", "stories", "balanced"}) {
      assertEquals(want.get(count), got.get(count), "_SUMMARY.json " + count);
    }
    assertEquals(want.get("skipped"), got.get("skipped"), "_SUMMARY.json skipped");
    assertEquals(want.get("rejected"), got.get("rejected"), "_SUMMARY.json rejected");
  }

  private static <T extends SpecificRecord> void assertRecords(
      Path expected, Path actual, String dataset, Class<T> type) throws IOException {
    List<String> want = sortedRecords(expected.resolve(dataset), type);
    List<String> got = sortedRecords(actual.resolve(dataset), type);
    assertEquals(got.size(), new HashSet<>(got).size(), dataset + ": no record written twice");
    assertEquals(want.size(), got.size(), dataset + ": record count");
    assertEquals(want, got, dataset + ": the same records");
  }

  private static <T extends SpecificRecord> List<String> sortedRecords(Path dir, Class<T> type) throws IOException {
    List<String> records = new ArrayList<>();
    for (T record : NewsCorpusPipelineIT.readAll(dir, type)) {
      records.add(record.toString());
    }
    records.sort(null);
    return records;
  }

  /** Every file below {@code root}, hidden ones too, as sorted relative paths. */
  static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
    }
  }

  /** A finished script: its exit code and what it printed. */
  record Result(int code, String output) {}

  /** Starts {@code command} in the repository's root, its output going to {@code log}. */
  static Process start(Map<String, String> env, Path log, String... command) throws IOException {
    Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Waits for {@code process}; past {@code timeout} ends it and its children and fails. */
  static Result finish(Process process, Path log, Duration timeout) throws IOException, InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError("timed out after " + timeout + ":\n" + Files.readString(log));
    }
    return new Result(process.exitValue(), Files.readString(log));
  }

  /** Runs {@code command} to its end. */
  static Result run(Map<String, String> env, Path log, Duration timeout, String... command)
      throws IOException, InterruptedException {
    return finish(start(env, log, command), log, timeout);
  }
}
