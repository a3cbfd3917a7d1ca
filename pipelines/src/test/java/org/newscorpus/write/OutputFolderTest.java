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

  @Test
  void overwriteRemovesTheDatasetAndNothingElse() throws IOException {
    Files.createDirectories(dir.resolve("articles/date=2021-01-01"));
    Files.writeString(dir.resolve("articles/date=2021-01-01/p.avro"), "x");
    Files.writeString(dir.resolve("_SUCCESS"), "");
    Files.writeString(dir.resolve("notes.txt"), "mine");
    new OutputFolder(dir.toString()).prepare(true);
    assertFalse(Files.exists(dir.resolve("articles")));
    assertFalse(Files.exists(dir.resolve("_SUCCESS")));
    assertEquals("mine", Files.readString(dir.resolve("notes.txt")));
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
