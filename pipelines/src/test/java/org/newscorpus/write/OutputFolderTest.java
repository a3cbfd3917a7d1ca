package org.newscorpus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

  @TempDir Path dir;

  @Test
  void emptyOrMissingFolderIsReady() throws IOException {
    new OutputFolder(dir.toString()).prepare(false);
    new OutputFolder(dir.resolve("new").toString()).prepare(false);
  }

  @Test
  void aFolderThatCannotBeMadeIsRefusedBeforeTheRunAndSaysWhy() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
    IllegalStateException underAFile =
        assertThrows(IllegalStateException.class, () -> new OutputFolder(file.resolve("out").toString()).prepare(true));
    assertTrue(underAFile.getMessage().contains("cannot be written") && underAFile.getMessage().contains("Not a directory"),
        underAFile.getMessage());
    IllegalStateException aFile =
        assertThrows(IllegalStateException.class, () -> new OutputFolder(file.toString()).prepare(true));
    assertTrue(aFile.getMessage().contains("is a file, not a folder"), aFile.getMessage());
    assertEquals("mine", Files.readString(file));
    new OutputFolder(dir.resolve("a/b/c").toString()).prepare(false);
    assertTrue(Files.isDirectory(dir.resolve("a/b/c")), "a new folder is made, with its parents");
    try (var left = Files.list(dir.resolve("a/b/c"))) {
      assertEquals(0, left.count(), "the write check leaves nothing behind");
    }
  }

  @Test
  void existingDatasetIsRefusedWithTheWayOut() throws IOException {
    Files.createDirectories(dir.resolve("articles/date=2021-01-01/source=a"));
    Files.writeString(dir.resolve("articles/date=2021-01-01/source=a/part-00000-of-00001.avro"), "x");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new OutputFolder(dir.toString()).prepare(false));
    assertTrue(e.getMessage().contains("--overwrite"));
    assertTrue(e.getMessage().contains("articles"));
  }

  /** A finished dataset in {@code dir}, and a file of the user's beside it. */
  private void anOldDatasetBesideTheUsersNotes() throws IOException {
    Files.createDirectories(dir.resolve("articles/date=2021-01-01"));
    Files.writeString(dir.resolve("articles/date=2021-01-01/p.avro"), "old");
    Files.writeString(dir.resolve("_SUMMARY.json"), "{\"articles\": 1}");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.writeString(dir.resolve("notes.txt"), "mine");
  }

  @Test
  void overwriteRemovesTheDatasetAndNothingElse() throws IOException {
    anOldDatasetBesideTheUsersNotes();
    OutputFolder output = new OutputFolder(dir.toString());
    output.prepare(true);
    assertFalse(Files.exists(dir.resolve("articles")));
    assertFalse(Files.exists(dir.resolve("_SUCCESS")));
    assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
    Files.createDirectories(dir.resolve(WriteDataset.ACCOUNTING_DIR));
    output.finish("{}");
    assertFalse(Files.exists(dir.resolve(OutputFolder.REPLACED)), "the replaced dataset goes once the run is done");
    assertFalse(Files.exists(dir.resolve("articles/date=2021-01-01/p.avro")));
    assertTrue(Files.exists(dir.resolve("_SUCCESS")));
  }

  @Test
  void aFailedRunPutsBackTheDatasetItWasToReplace() throws IOException {
    anOldDatasetBesideTheUsersNotes();
    OutputFolder output = new OutputFolder(dir.toString());
    output.prepare(true);
    // the failed run's partial output
    Files.createDirectories(dir.resolve("articles/date=2022-02-02"));
    Files.writeString(dir.resolve("articles/date=2022-02-02/q.avro"), "new");
    Files.createDirectories(dir.resolve("rejected"));
    assertTrue(output.abandon().contains("back in place"));
    assertEquals("old", Files.readString(dir.resolve("articles/date=2021-01-01/p.avro")));
    assertEquals("{\"articles\": 1}", Files.readString(dir.resolve("_SUMMARY.json")));
    assertTrue(Files.exists(dir.resolve("_SUCCESS")));
    assertFalse(Files.exists(dir.resolve("articles/date=2022-02-02")));
    assertFalse(Files.exists(dir.resolve("rejected")));
    assertFalse(Files.exists(dir.resolve(OutputFolder.REPLACED)));
    assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
  }

  @Test
  void aRunStoppedWhileReplacingLeavesTheDatasetAsideForTheNextOverwrite() throws IOException {
    // a run that replaced a dataset was killed: the old dataset is aside, its own partial output in place
    Files.createDirectories(dir.resolve(OutputFolder.REPLACED + "/articles"));
    Files.writeString(dir.resolve(OutputFolder.REPLACED + "/articles/p.avro"), "old");
    Files.writeString(dir.resolve(OutputFolder.REPLACED + "/_SUCCESS"), "");
    Files.createDirectories(dir.resolve("stories"));
    Files.writeString(dir.resolve("stories/partial.avro"), "partial");
    assertThrows(IllegalStateException.class, () -> new OutputFolder(dir.toString()).prepare(false));
    OutputFolder output = new OutputFolder(dir.toString());
    output.prepare(true);
    assertFalse(Files.exists(dir.resolve("stories")), "the stopped run's partial output goes");
    assertEquals("old", Files.readString(dir.resolve(OutputFolder.REPLACED + "/articles/p.avro")), "the dataset stays aside");
    output.abandon();
    assertEquals("old", Files.readString(dir.resolve("articles/p.avro")));
    assertTrue(Files.exists(dir.resolve("_SUCCESS")));
  }

  @Test
  void aFailedRunWithNothingToReplaceLeavesNoPartialOutput() throws IOException {
    OutputFolder output = new OutputFolder(dir.toString());
    output.prepare(false);
    Files.createDirectories(dir.resolve("articles/date=2022-02-02"));
    Files.writeString(dir.resolve("articles/date=2022-02-02/q.avro"), "new");
    assertEquals("its partial output is removed", output.abandon());
    try (var left = Files.list(dir)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void finishWritesSummaryThenSuccessAndDropsScratch() throws IOException {
    Files.createDirectories(dir.resolve("_accounting"));
    Files.writeString(dir.resolve("_accounting/tallies.tsv"), "1\tarticles\n");
    OutputFolder out = new OutputFolder(dir.toString());
    assertEquals(1, out.readTallies().size());
    out.finish("{}\n");
    assertEquals("{}\n", Files.readString(dir.resolve("_SUMMARY.json")));
    assertTrue(Files.exists(dir.resolve("_SUCCESS")));
    assertFalse(Files.exists(dir.resolve("_accounting")));
  }
}
