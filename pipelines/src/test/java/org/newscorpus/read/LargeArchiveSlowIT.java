package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 1 GB-class archive, generated here and never committed, is read in a separate JVM whose heap
 * is at most 512 MB: memory does not grow with the file, since records stream and payloads are
 * bounded. The child prints its figures (throughput, peak heap), which this test echoes.
 */
class LargeArchiveSlowIT {

  static final long TARGET_BYTES = 1_000_000_000L;

  @TempDir Path tmp;

  @Test
  void aGigabyteArchiveIsReadWithinA512MegabyteHeap() throws IOException, InterruptedException {
    Path file = tmp.resolve("large.warc.gz");
    LargeArchive.Written written = LargeArchive.write(file, TARGET_BYTES, 42L);
    assertTrue(Files.size(file) >= TARGET_BYTES);

    Path log = tmp.resolve("child.log");
    Process child = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
            "-cp", System.getProperty("java.class.path"), ReadBenchmark.class.getName(), file.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    assertTrue(child.waitFor(30, TimeUnit.MINUTES), "the read finished");
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    System.out.println("LargeArchiveSlowIT: " + written + " -> " + lines);
    assertEquals(0, child.exitValue(), String.join("\n", lines));

    String figures = lines.get(lines.size() - 1);
    assertEquals(written.records(), figure(figures, "records"), figures);
    assertEquals(written.pages(), figure(figures, "pages"), figures);
    assertTrue(figure(figures, "max_heap_mb") <= 540, "the child ran with -Xmx512m: " + figures);
  }

  private static long figure(String line, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=([0-9.]+)").matcher(line);
    assertTrue(m.find(), name + " in " + line);
    return (long) Double.parseDouble(m.group(1));
  }
}
