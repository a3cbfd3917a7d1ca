package org.newscorpus.read;

import java.util.List;
import java.util.Locale;

/**
 * The kinds of input file the pipeline reads, recognised by file name.
 *
 * <p>Archives are read record by record ({@link ArchiveReader}), whose compression is sniffed by
 * its magic bytes, not the name: a gzipped file named {@code .warc} still reads. A WACZ is read
 * through the WARC files it holds. Dumps hold one page per file.
 */
public enum InputFormat {
  /** A WARC or ARC file: uncompressed, gzipped, or in Zstandard or LZ4 frames. */
  ARCHIVE,
  /** A WACZ file (browsertrix's output): a ZIP whose {@code archive/} folder holds WARC files. */
  WACZ,
  /** One HTML page per file. */
  HTML_DUMP,
  /** One page's visible text per file, such as the seed page. */
  TEXT_DUMP;

  /** The suffix Heritrix gives an archive while it writes it: read like the finished file. */
  private static final String OPEN = ".open";

  /**
   * Compression suffixes of an archive's name. Gzip, Zstandard ({@code .zst}, {@code .zstd}) and
   * LZ4 are read; a bzip2 or xz archive is still listed, so that the reader rejects it as {@code
   * unsupportedCompression} (by its magic bytes) instead of its being left out without a word.
   */
  private static final List<String> ARCHIVE_COMPRESSIONS =
      List.of(".gz", ".gzip", ".lz4", ".zst", ".zstd", ".bz2", ".xz");

  private static String withoutSuffix(String name, List<String> suffixes) {
    for (String suffix : suffixes) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  /**
   * Returns the format of a file by its name, or {@code null} when the pipeline does not read such
   * files.
   */
  public static InputFormat forFileName(String fileName) {
    String name = withoutSuffix(fileName.toLowerCase(Locale.ROOT), List.of(OPEN));
    if (name.endsWith(".wacz")) {
      return WACZ;
    }
    String archive = withoutSuffix(name, ARCHIVE_COMPRESSIONS);
    if (archive.endsWith(".warc") || archive.endsWith(".arc")) {
      return ARCHIVE;
    }
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML_DUMP;
    }
    if (name.endsWith(".txt")) {
      return TEXT_DUMP;
    }
    return null;
  }
}
