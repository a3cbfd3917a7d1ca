package org.newscorpus.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.PageFormat;

/**
 * Reads one dump file (an {@code .html}/{@code .htm} page or a {@code .txt} page text, each
 * optionally gzipped) as one page. Gzip is recognised by its magic bytes, not by the name, and the
 * payload is bounded by {@code maxPageBytes} after decompression, which also bounds a gzip bomb.
 *
 * <p>A dump file knows no fetch URL. Its URL is derived from its path below the input folder: when
 * the first folder is a host name ({@code html/lemonde.fr/a/b.html.gz}) it becomes {@code
 * https://lemonde.fr/a/b}; otherwise the file's own URI stands for it. Extraction replaces it with
 * the page's canonical URL when the page names one.
 */
public final class DumpReader {

  private static final Pattern HOST =
      Pattern.compile("(?i)^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,62}$");

  private final long maxPageBytes;

  public DumpReader(long maxPageBytes) {
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("maxPageBytes must be positive, was " + maxPageBytes);
    }
    this.maxPageBytes = maxPageBytes;
  }

  /** Reads the file and reports exactly one outcome to {@code sink}; returns 1, the records read. */
  public long read(String inputUri, String relativePath, InputStream raw, RecordSink sink) {
    InputFormat format = InputFormat.forFileName(inputUri);
    String url = derivedUrl(inputUri, relativePath);
    byte[] payload;
    try (InputStream in = decompressed(raw)) {
      payload = ArchiveReader.readBounded(in, maxPageBytes);
    } catch (IOException | RuntimeException e) {
      sink.rejected("unreadableFile", null, url, ArchiveReader.describe(e), null);
      return 1;
    }
    if (payload == null) {
      sink.rejected("tooLarge", null, url, "page exceeds --maxPageBytes=" + maxPageBytes, null);
      return 1;
    }
    sink.page(
        Page.newBuilder()
            .setUrl(url)
            .setInputUri(inputUri)
            .setInputOffset(null)
            .setCaptureId(inputUri)
            .setUrlFromPath(true)
            .setCrawledAt(null)
            .setContentType(null)
            .setFormat(format == InputFormat.TEXT_DUMP ? PageFormat.TEXT : PageFormat.HTML)
            .setTruncated(null) // a file read to its end is whole: one that ends early is unreadableFile
            .setBody(ByteBuffer.wrap(payload))
            .build());
    return 1;
  }

  private static InputStream decompressed(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new GZIPInputStream(in, 64 * 1024);
    }
    return in;
  }

  /** The URL a dump file stands for, derived from its path below the input folder. */
  static String derivedUrl(String inputUri, String relativePath) {
    String path = relativePath == null ? "" : relativePath.replace('\\', '/');
    while (path.startsWith("/")) {
      path = path.substring(1);
    }
    int slash = path.indexOf('/');
    if (slash > 0 && HOST.matcher(path.substring(0, slash)).matches()) {
      String host = path.substring(0, slash).toLowerCase(Locale.ROOT);
      String rest = stripDumpExtension(path.substring(slash + 1));
      return "https://" + host + "/" + rest;
    }
    return inputUri.startsWith("/") ? "file://" + inputUri : inputUri;
  }

  /** {@code path} without a dump file's {@code .gz} and its {@code .html}, {@code .htm}, {@code .xhtml} or {@code .txt}. */
  public static String stripDumpExtension(String path) {
    String p = path;
    String lower = p.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      p = p.substring(0, p.length() - 3);
      lower = lower.substring(0, lower.length() - 3);
    }
    for (String ext : new String[] {".html", ".htm", ".xhtml", ".txt"}) {
      if (lower.endsWith(ext)) {
        return p.substring(0, p.length() - ext.length());
      }
    }
    return p;
  }
}
