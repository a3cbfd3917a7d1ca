package org.newscorpus.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newscorpus.read.InputFiles;

/** The number of articles a run expects from the sizes of its files, which sets the dedupe shards. */
class ExpectedArticlesTest {

  @TempDir Path dir;

  @Test
  void aPageDumpIsOneArticleWhateverItsSize() {
    assertEquals(1, ExpectedArticles.inFile("file:///in/a.html", 5_000_000));
    assertEquals(1, ExpectedArticles.inFile("file:///in/a.html.gz", 0));
    assertEquals(1, ExpectedArticles.inFile("file:///in/seed.txt", 123));
  }

  @Test
  void anArchiveCountsOneArticlePer16KibGzippedOr64KibPlain() {
    assertEquals(1, ExpectedArticles.inFile("file:///in/a.warc.gz", 100));
    assertEquals(64, ExpectedArticles.inFile("file:///in/a.warc.gz", 1L << 20));
    assertEquals(65, ExpectedArticles.inFile("file:///in/a.WARC.GZ", (1L << 20) + 1));
    assertEquals(16, ExpectedArticles.inFile("file:///in/a.warc", 1L << 20));
    assertEquals(16, ExpectedArticles.inFile("file:///in/a.arc", 1L << 20));
  }

  @Test
  void aWaczCountsLikeTheGzippedWarcFilesItHolds() {
    assertEquals(64, ExpectedArticles.inFile("file:///in/crawl.wacz", 1L << 20));
  }

  @Test
  void anArchiveOfUnknownSizeCounts64Mib() {
    assertEquals(4096, ExpectedArticles.inFile("file:///in/a.warc.gz", -1));
  }

  @Test
  void theInputSumsItsFiles() {
    List<InputFiles.InputFile> files = List.of(
        new InputFiles.InputFile("file:///in/a.warc.gz", 511_390_111L, "a.warc.gz"),
        new InputFiles.InputFile("file:///in/b.html", 80_000, "b.html"));
    assertEquals(31_213 + 1, ExpectedArticles.inInput(files));
  }

  @Test
  void anEarlierDatasetCountsOneArticlePer8KibOfItsArticleFiles() throws IOException {
    Path partition = Files.createDirectories(dir.resolve("earlier/articles/date=2025-11-03/source=a.com"));
    Files.write(partition.resolve("part-00000-of-00001.avro"), new byte[3 * 8192 + 1]);
    Files.write(Files.createDirectories(dir.resolve("earlier/stories")).resolve("part-00000-of-00001.avro"), new byte[1 << 20]);
    assertEquals(4, ExpectedArticles.inDataset(dir.resolve("earlier") + "/"));
    assertEquals(0, ExpectedArticles.inDataset(dir.resolve("none").toString()));
  }
}
