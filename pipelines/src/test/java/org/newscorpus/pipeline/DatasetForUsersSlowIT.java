package org.newscorpus.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The dataset in users' hands, on the republication corpus ({@code
 * ../shared/eval/republish-dev/warc}; the samples when {@code ../shared} is absent): loaded by
 * {@code scripts/load_dataset.py}, by Spark ({@code scripts/spark-check.sh}), and its {@code
 * report.html} screenshotted in headless Chromium to {@code target/report-screenshot/report.png}.
 * Each check is skipped where its tool (python3-pandas, chromium) is missing; .ci/run installs both.
 */
public class DatasetForUsersSlowIT {

  static final Path REPUBLISH_DEV = Paths.get("..", "..", "shared", "eval", "republish-dev", "warc").toAbsolutePath().normalize();
  static final Path SCREENSHOTS = Paths.get("target", "report-screenshot").toAbsolutePath();
  static final Path SPARK_CHECK = Paths.get("..", "scripts", "spark-check.sh").toAbsolutePath().normalize();

  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  static Path out;
  static JsonNode summary;

  @BeforeClass
  public static void runThePipeline() throws IOException {
    String input = Files.isDirectory(REPUBLISH_DEV) ? REPUBLISH_DEV.toString() : NewsCorpusPipelineIT.SAMPLES.toString();
    out = TMP.newFolder("out").toPath();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = NewsCorpusPipeline.run(new String[] {"--input=" + input, "--output=" + out},
        System.out, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(err.toString(StandardCharsets.UTF_8), 0, code);
    summary = new ObjectMapper().readTree(out.resolve("_SUMMARY.json").toFile());
  }

  @Test
  public void loadDatasetReturnsEveryArticleAndAFilteredLoadOnlyItsFolders() throws Exception {
    assumeTrue("python3 with pandas (apt-get install python3-pandas)", DatasetForUsersIT.pythonWithPandas());
    String all = DatasetForUsersIT.python(DatasetForUsersIT.LOADER.toString(), out.toString(), "--table", "articles");
    assertThat(all, containsString("articles: " + summary.get("articles_written").asLong() + " rows"));

    // the biggest source over its first three days: rows and files are those of its folders
    Map<String, Long> recordsByFolder = recordsByFolder(out.resolve("articles"));
    String source = recordsByFolder.keySet().stream()
        .map(k -> k.substring(k.indexOf("/source=") + 8))
        .reduce((a, b) -> sourceTotal(recordsByFolder, a) >= sourceTotal(recordsByFolder, b) ? a : b)
        .orElseThrow();
    List<String> days = recordsByFolder.keySet().stream().filter(k -> k.endsWith("/source=" + source))
        .map(k -> k.substring(5, k.indexOf('/'))).filter(d -> !d.startsWith("__")).sorted().limit(3).toList();
    long rows = 0;
    for (String day : days) {
      rows += recordsByFolder.get("date=" + day + "/source=" + source);
    }
    String some = DatasetForUsersIT.python(DatasetForUsersIT.LOADER.toString(), out.toString(),
        "--source", source, "--date", days.get(0) + ":" + days.get(days.size() - 1));
    assertThat(some, containsString("articles: " + rows + " rows from " + days.size() + " files"));
  }

  @Test
  public void sparkReadsTheDatasetWithItsPartitionColumnsDatesAndCounts() throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", SPARK_CHECK.toString(), out.toString()).redirectErrorStream(true);
    Path log = SCREENSHOTS.resolveSibling("spark-check.log");
    Files.createDirectories(log.getParent());
    Process p = pb.redirectOutput(log.toFile()).start();
    assertTrue("spark check finished", p.waitFor(30, TimeUnit.MINUTES));
    String output = Files.readString(log);
    assertEquals(output, 0, p.exitValue());
    assertThat(output, containsString("articles: " + summary.get("articles_written").asLong() + " rows"));
    assertThat(output, containsString("stories: " + summary.get("stories").asLong() + " rows"));
    assertThat(output, containsString("spark check: passed"));
  }

  @Test
  public void theReportRendersInHeadlessChromiumWithItsCharts() throws Exception {
    String chromium = onPath("chromium", "chromium-browser");
    assumeTrue("chromium (apt-get install chromium)", chromium != null);
    Files.createDirectories(SCREENSHOTS);
    Path png = SCREENSHOTS.resolve("report.png");
    Files.deleteIfExists(png);
    Files.copy(out.resolve("report.html"), SCREENSHOTS.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
    Path profile = TMP.newFolder("chromium-profile").toPath();
    Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,4200",
            "--screenshot=" + png, out.resolve("report.html").toUri().toString())
        .redirectErrorStream(true)
        .redirectOutput(TMP.newFile("chromium.log"))
        .start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    assertTrue("chromium wrote " + png, Files.isRegularFile(png));

    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    long inked = 0;
    Map<Integer, Long> colours = new TreeMap<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        if (rgb != 0xffffff) {
          inked++;
        }
        colours.merge(rgb, 1L, Long::sum);
      }
    }
    double share = (double) inked / ((long) image.getWidth() * image.getHeight());
    assertThat("not blank: share of non-white pixels", share, greaterThan(0.03));
    // the charts' fills, as solid areas: the first series and story sizes (blue), languages (green),
    // timings (orange)
    for (int fill : new int[] {0x4e79a7, 0x59a14f, 0xf28e2b}) {
      assertThat(String.format("pixels of #%06x", fill), colours.getOrDefault(fill, 0L), greaterThan(500L));
    }
    // and text: dark pixels in many distinct rows
    long textRows = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (((rgb >> 16) & 0xff) < 80 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) {
          textRows++;
          break;
        }
      }
    }
    assertThat("rows holding dark text", textRows, greaterThan(300L));
  }

  private static long sourceTotal(Map<String, Long> byFolder, String source) {
    return byFolder.entrySet().stream().filter(e -> e.getKey().endsWith("/source=" + source))
        .mapToLong(Map.Entry::getValue).sum();
  }

  /** Records per {@code date=…/source=…} folder, read with Avro. */
  private static Map<String, Long> recordsByFolder(Path articles) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(articles)) {
      files = walk.filter(f -> f.toString().endsWith(".avro") && !f.toString().contains("/.")).toList();
    }
    for (Path f : files) {
      long n = 0;
      try (DataFileReader<GenericRecord> r = new DataFileReader<>(f.toFile(), new GenericDatumReader<>())) {
        while (r.hasNext()) {
          r.next();
          n++;
        }
      }
      counts.merge(articles.relativize(f.getParent()).toString(), n, Long::sum);
    }
    return counts;
  }

  private static String onPath(String... names) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.add("/usr/bin");
    for (String name : names) {
      for (String dir : dirs) {
        File f = new File(dir, name);
        if (f.canExecute()) {
          return f.getAbsolutePath();
        }
      }
    }
    return null;
  }
}
