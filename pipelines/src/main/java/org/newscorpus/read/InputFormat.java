package org.newscorpus.read;

import java.util.Locale;

/**
 * The kinds of input file the pipeline reads, recognised by file name.
 *
 * <p>Archives are read record by record with jwarc, which also sniffs gzip by its magic bytes, so
 * a gzipped file named {@code .warc} still reads. Dumps hold one page per file.
 */
public enum InputFormat {
  /** A WARC or ARC file, gzipped or not. */
  ARCHIVE,
  /** One HTML page per file. */
  HTML_DUMP,
  /** One page's visible text per file, such as the seed page. */
  TEXT_DUMP;

  /**
   * Returns the format of a file by its name, or {@code null} when the pipeline does not read such
   * files.
   */
  public static InputFormat forFileName(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    if (name.endsWith(".warc") || name.endsWith(".arc")) {
      return ARCHIVE;
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
