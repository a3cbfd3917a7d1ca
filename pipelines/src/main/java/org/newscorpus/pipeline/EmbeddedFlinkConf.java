package org.newscorpus.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Flink configuration folder for the embedded cluster of a local run: one task slot per subtask,
 * so that the subtasks of a step run side by side. Left alone, Flink's local executor sizes the
 * cluster from the job graph, whose batch steps have their parallelism decided at run time, and
 * gave one slot: every step then ran its subtasks one after the other.
 */
final class EmbeddedFlinkConf {

  /** The configuration file Flink 1.19 reads first in a configuration folder. */
  static final String FILE_NAME = "config.yaml";

  private EmbeddedFlinkConf() {}

  /** A new temporary folder, removed when the JVM exits, whose configuration gives {@code slots} task slots. */
  static Path withSlots(int slots) {
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be positive, was " + slots);
    }
    try {
      Path dir = Files.createTempDirectory("newscorpus-flink-conf");
      // deleteOnExit deletes in the reverse order of registration: the folder is registered first
      // so that it goes last, once empty. The other way round left an empty folder in /tmp a run.
      dir.toFile().deleteOnExit();
      Path file = dir.resolve(FILE_NAME);
      file.toFile().deleteOnExit();
      Files.writeString(file, "taskmanager.numberOfTaskSlots: " + slots + "\n", StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a Flink configuration for the embedded cluster", e);
    }
  }
}
