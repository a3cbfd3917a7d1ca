package org.newscorpus.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.newscorpus.read.InputFormat;
import org.newscorpus.read.InputFiles;

/**
 * How many articles a run expects, from the sizes of its files, before it reads any. The dedupe
 * stage fixes its number of shards when the pipeline is built ({@link
 * org.newscorpus.dedupe.DedupeStories#withShards}) from this estimate; the shards only spread the
 * work, so a wrong estimate costs time, never a different story.
 *
 * <p>A page dump holds one page, so at most one article. An archive counts one article per {@link
 * #GZIPPED_ARCHIVE_BYTES_PER_ARTICLE} bytes when gzipped (a WACZ, which holds gzipped WARC files,
 * counts so), one per {@link
 * #PLAIN_ARCHIVE_BYTES_PER_ARTICLE} when not. An earlier dataset counts one article per {@link
 * #DATASET_BYTES_PER_ARTICLE} bytes of its {@code articles/} Avro files.
 */
public final class ExpectedArticles {

  /**
   * Gzipped archive bytes per article, 16 KiB. Measured: 25.6 KB on the bench corpus (20,000
   * articles in 511 MB of {@code .warc.gz}, pages of about 80 KB median HTML) and 6.5 KB on
   * republish-dev (1,829 articles in 11.9 MB). Pages that are no articles (home pages, feeds,
   * redirects) make a crawl's share larger; an estimate too high by a few times only adds keys.
   */
  public static final long GZIPPED_ARCHIVE_BYTES_PER_ARTICLE = 16L << 10;

  /** Plain archive bytes per article, 64 KiB: gzip shrinks the bench corpus's archives 3.5 times. */
  public static final long PLAIN_ARCHIVE_BYTES_PER_ARTICLE = 64L << 10;

  /** Avro bytes per article of a dataset, 8 KiB. Measured: 10.5 KB (200,000 articles in 2.10 GB). */
  public static final long DATASET_BYTES_PER_ARTICLE = 8L << 10;

  /** An archive whose size the file system does not tell counts as this many bytes, 64 MiB. */
  public static final long UNKNOWN_ARCHIVE_BYTES = 64L << 20;

  private ExpectedArticles() {}

  /** The articles expected from these input files. */
  public static long inInput(List<InputFiles.InputFile> files) {
    long articles = 0;
    for (InputFiles.InputFile file : files) {
      articles += inFile(file.uri(), file.sizeBytes());
    }
    return articles;
  }

  /** The articles expected from one input file of {@code sizeBytes} (negative when unknown). */
  static long inFile(String uri, long sizeBytes) {
    InputFormat format = InputFormat.forFileName(uri);
    if (format != InputFormat.ARCHIVE && format != InputFormat.WACZ) {
      return 1;
    }
    long bytes = sizeBytes < 0 ? UNKNOWN_ARCHIVE_BYTES : sizeBytes;
    // a WACZ holds gzipped WARC files, stored as they are
    long perArticle = format == InputFormat.WACZ || uri.toLowerCase(Locale.ROOT).endsWith(".gz")
        ? GZIPPED_ARCHIVE_BYTES_PER_ARTICLE : PLAIN_ARCHIVE_BYTES_PER_ARTICLE;
    return Math.max(1, ceilDiv(bytes, perArticle));
  }

  /**
   * The articles of the dataset in {@code folder} ({@code --previousOutput}), from the size of its
   * {@code articles/} Avro files; 0 when there are none.
   */
  public static long inDataset(String folder) throws IOException {
    String base = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    return inAvroFiles(base + "/articles/**.avro");
  }

  /** The articles of the Avro files {@code glob} matches, from their size; 0 when there are none. */
  public static long inAvroFiles(String glob) throws IOException {
    MatchResult match = FileSystems.match(glob, EmptyMatchTreatment.ALLOW);
    if (match.status() != MatchResult.Status.OK) {
      return 0;
    }
    long bytes = 0;
    for (MatchResult.Metadata m : match.metadata()) {
      bytes += Math.max(0, m.sizeBytes());
    }
    return ceilDiv(bytes, DATASET_BYTES_PER_ARTICLE);
  }

  private static long ceilDiv(long a, long b) {
    return (a + b - 1) / b;
  }
}
