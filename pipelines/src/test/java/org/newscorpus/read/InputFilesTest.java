package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

  @TempDir Path dir;

  private void touch(String relative) throws IOException {
    Path p = dir.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
  }

  @Test
  void aFolderMeansEverySupportedFileBelowIt() throws IOException {
    touch("a/one.warc.gz");
    touch("a/b/two.arc");
    touch("html/lemonde.fr/x.html.gz");
    touch("notes.md");
    touch("image.jpg");
    List<InputFiles.InputFile> files = InputFiles.expand(dir.toString());
    assertEquals(3, files.size());
    assertTrue(files.stream().anyMatch(f -> f.relativePath().equals("html/lemonde.fr/x.html.gz")));
  }

  @Test
  void aFolderOfBrowsertrixCrawlsMeansItsWaczFiles() throws IOException {
    touch("crawls/news-2026-11/news-2026-11.wacz");
    touch("crawls/news-2026-12/news-2026-12.wacz");
    touch("crawls/news-2026-12/crawl.yaml");
    List<InputFiles.InputFile> files = InputFiles.expand(dir.resolve("crawls").toString());
    assertEquals(List.of("news-2026-11/news-2026-11.wacz", "news-2026-12/news-2026-12.wacz"),
        files.stream().map(InputFiles.InputFile::relativePath).toList());
  }

  @Test
  void commaSeparatedGlobsAreUnitedOnceEachAndSorted() throws IOException {
    touch("a/one.warc.gz");
    touch("b/two.warc");
    List<InputFiles.InputFile> files =
        InputFiles.expand(dir + "/a/*.warc.gz," + dir + "/**/*.warc*," + dir + "/b/two.warc");
    assertEquals(2, files.size());
    assertTrue(files.get(0).uri().compareTo(files.get(1).uri()) < 0);
  }

  @Test
  void aFileReachedThroughSymbolicLinksIsReadOnceUnderItsShortestPath() throws IOException {
    touch("crawls/2025/one.warc.gz");
    touch("crawls/2025/two.html");
    Files.createSymbolicLink(dir.resolve("crawls/2025/again"), dir.resolve("crawls/2025")); // a loop
    Files.createSymbolicLink(dir.resolve("latest"), dir.resolve("crawls/2025"));
    List<InputFiles.InputFile> files = InputFiles.expand(dir.toString());
    assertEquals(
        List.of("crawls/2025/one.warc.gz", "crawls/2025/two.html"),
        files.stream().map(InputFiles.InputFile::relativePath).toList());
    assertEquals(files, InputFiles.expand(dir + "/latest," + dir), "the link's names lose to the shorter real ones");
  }

  @Test
  void theReportOfADatasetInTheInputFolderIsNoPage() throws IOException {
    touch("pages/a.html");
    touch("pages/out/report.html");
    touch("pages/out/_SUMMARY.json");
    touch("pages/about/report.html"); // a page that happens to be called so, in no dataset
    assertEquals(
        List.of("pages/a.html", "pages/about/report.html"),
        InputFiles.expand(dir.toString()).stream().map(InputFiles.InputFile::relativePath).toList());
  }

  @Test
  void aNameThatHoldsACommaIsReadWholeAmongOtherSpecs() throws IOException {
    touch("crawls/le360,hespress/2021-02-17.warc.gz");
    touch("crawls/maroc, 2021.warc");
    touch("other/one.html");
    List<InputFiles.InputFile> files =
        InputFiles.expand(dir + "/crawls/le360,hespress/2021-02-17.warc.gz," + dir + "/other," + dir + "/crawls/maroc, 2021.warc");
    assertEquals(
        List.of("2021-02-17.warc.gz", "maroc, 2021.warc", "one.html"),
        files.stream().map(InputFiles.InputFile::relativePath).toList());
    assertEquals(2, InputFiles.expand(dir + "/crawls/le360,hespress," + dir + "/other").size(), "a folder's name");
    FileNotFoundException e = assertThrows(FileNotFoundException.class,
        () -> InputFiles.expand(dir + "/crawls/le360,elsewhere"), "no join names a file");
    assertTrue(e.getMessage().contains("crawls/le360'"), e.getMessage());
  }

  @Test
  void aSpecThatMatchesNothingIsAnErrorNamingIt() {
    FileNotFoundException e =
        assertThrows(FileNotFoundException.class, () -> InputFiles.expand(dir + "/nothing/*.warc.gz"));
    assertTrue(e.getMessage().contains("nothing"));
  }

  @Test
  void formatsAreRecognisedByName() {
    assertEquals(InputFormat.ARCHIVE, InputFormat.forFileName("x.WARC.GZ"));
    assertEquals(InputFormat.ARCHIVE, InputFormat.forFileName("x.arc"));
    assertEquals(InputFormat.HTML_DUMP, InputFormat.forFileName("x.htm.gz"));
    assertEquals(InputFormat.TEXT_DUMP, InputFormat.forFileName("x.txt"));
    assertEquals(InputFormat.ARCHIVE, InputFormat.forFileName("x.warc.lz4"));
    assertEquals(InputFormat.ARCHIVE, InputFormat.forFileName("crawl.warc.zst"));
    assertEquals(InputFormat.ARCHIVE, InputFormat.forFileName("crawl.warc.zstd"));
    assertEquals(InputFormat.ARCHIVE, InputFormat.forFileName("crawl.arc.bz2"), "listed, to be rejected by its magic bytes");
    assertEquals(InputFormat.ARCHIVE, InputFormat.forFileName("crawl.warc.xz"), "listed, to be rejected by its magic bytes");
    assertEquals(InputFormat.ARCHIVE, InputFormat.forFileName("crawl-00001.warc.gz.open"), "Heritrix's file being written");
    assertEquals(InputFormat.WACZ, InputFormat.forFileName("crawl-20261130.WACZ"), "browsertrix's output");
    assertEquals(null, InputFormat.forFileName("page.html.zst"));
    assertEquals(null, InputFormat.forFileName("warc.lz4"));
  }
}
