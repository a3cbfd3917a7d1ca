package org.newscorpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EmbeddedFlinkConfTest {

  /** Run in a JVM of its own by the test below: writes a configuration folder, prints it and exits. */
  public static void main(String[] args) {
    System.out.println(EmbeddedFlinkConf.withSlots(Integer.parseInt(args[0])));
  }

  @Test
  void theFolderHoldsTheSlotsAndIsGoneWhenTheJvmExits() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child =
        new ProcessBuilder(
                List.of(java, "-cp", System.getProperty("java.class.path"), EmbeddedFlinkConfTest.class.getName(), "4"))
            .redirectErrorStream(true)
            .start();
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child JVM exits");
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, child.exitValue(), out);
    Path dir = Path.of(out);
    assertTrue(dir.getFileName().toString().startsWith("newscorpus-flink-conf"), out);
    assertFalse(Files.exists(dir), "the folder and its file are removed at exit, not left empty in the temp folder");
  }

  @Test
  void whileTheJvmRunsTheFolderGivesTheSlots() throws IOException {
    Path dir = EmbeddedFlinkConf.withSlots(2);
    assertEquals(
        "taskmanager.numberOfTaskSlots: 2\n", Files.readString(dir.resolve(EmbeddedFlinkConf.FILE_NAME)));
    assertThrows(IllegalArgumentException.class, () -> EmbeddedFlinkConf.withSlots(0));
  }
}
