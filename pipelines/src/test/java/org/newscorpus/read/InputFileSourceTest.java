package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.SourceTestUtils;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;

/** The input files as a source: splits by file, weighed by size, each file read once. */
class InputFileSourceTest {

  private static final long MB = 1024 * 1024;
  private final PipelineOptions options = PipelineOptionsFactory.create();

  private static InputFiles.InputFile file(String name, long size) {
    return new InputFiles.InputFile("file:///in/" + name, size, name);
  }

  private static List<Long> sizes(List<InputFileSource> splits) {
    List<Long> sizes = new ArrayList<>();
    for (InputFileSource split : splits) {
      long bytes = 0;
      for (InputFiles.InputFile f : split.files()) {
        bytes += f.sizeBytes();
      }
      sizes.add(bytes);
    }
    return sizes;
  }

  @Test
  void smallFilesAreGroupedUpToTheBundleSizeAndALargeFileStandsAlone() throws Exception {
    InputFileSource source =
        new InputFileSource(List.of(file("a", 100), file("b", 100), file("c", 300), file("d", 50)));

    List<InputFileSource> splits = source.split(200, options);

    assertEquals(List.of(200L, 300L, 50L), sizes(splits));
    assertEquals(550, source.getEstimatedSizeBytes(options));
    SourceTestUtils.assertSourcesEqualReferenceSource(source, splits, options);
  }

  /**
   * A runner that asks for a few large bundles (the whole input over its parallelism) still gets
   * splits of at most 64 MiB, so subtasks that pull splits while any are left end together.
   */
  @Test
  void noSplitOfSeveralFilesWeighsMoreThan64MiB() throws Exception {
    List<InputFiles.InputFile> files = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      files.add(file("part-" + i, 30 * MB));
    }
    files.add(file("huge", 1000 * MB));
    InputFileSource source = new InputFileSource(files);

    List<InputFileSource> splits = source.split(source.getEstimatedSizeBytes(options) / 2, options);

    assertEquals(List.of(90 * MB, 90 * MB, 90 * MB, 1030 * MB), sizes(splits),
        "three files of 30 MiB reach 64 MiB; the last split ends with the one file that is larger");
    SourceTestUtils.assertSourcesEqualReferenceSource(source, splits, options);
  }

  @Test
  void readingGivesEachFileOnceWithItsPath() throws Exception {
    InputFileSource source = new InputFileSource(List.of(file("x/1.warc.gz", 10), file("2.html", 0)));

    List<KV<String, String>> read = SourceTestUtils.readFromSource(source, options);

    assertEquals(List.of(KV.of("file:///in/x/1.warc.gz", "x/1.warc.gz"), KV.of("file:///in/2.html", "2.html")), read);
    assertEquals(1, source.split(1 << 20, options).size(), "an empty file is read with the others");
  }

  @Test
  void theRealArchivesAreEachReadOnce() throws IOException, Exception {
    List<InputFiles.InputFile> files = InputFiles.expand(ArchiveReaderTest.fixtures().toString());
    assertTrue(files.size() > 3, "fixtures: " + files);
    InputFileSource source = new InputFileSource(files);

    List<InputFileSource> splits = source.split(1, options);

    assertEquals(files.size(), splits.size(), "a bundle size smaller than any file: a split per file");
    SourceTestUtils.assertSourcesEqualReferenceSource(source, splits, options);
  }

  /** A file system that reports no sizes (0) still gets splits, by count. */
  @Test
  void filesOfNoReportedSizeAreSplitByCount() throws Exception {
    List<InputFiles.InputFile> files = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      files.add(file("page-" + i + ".html", 0));
    }
    InputFileSource source = new InputFileSource(files);

    List<InputFileSource> splits = source.split(source.getEstimatedSizeBytes(options) / 2, options);

    assertEquals(3, splits.size(), "at most 1,000 files a split");
    assertEquals(1_000, splits.get(0).files().size());
    SourceTestUtils.assertSourcesEqualReferenceSource(source, splits, options);
    assertEquals(2, new InputFileSource(files.subList(0, 2)).split(1, options).size(),
        "each file weighs at least a byte");
  }

  @Test
  void noFilesIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> new InputFileSource(List.of()));
  }
}
