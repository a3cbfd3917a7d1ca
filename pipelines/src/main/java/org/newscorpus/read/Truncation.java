package org.newscorpus.read;

import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Why a page's capture is incomplete: the value of a page's and its article's {@code truncated}
 * field, or null when the record gives no sign of it. The first sign found, in this order:
 *
 * <ol>
 *   <li>the record's {@code WARC-Truncated} header, lowercase, as the record gives it: the WARC 1.1
 *       reasons {@code length}, {@code time}, {@code disconnect} and {@code unspecified}, or any
 *       other token (a header without a value is {@code unspecified}). Common Crawl writes {@code
 *       length} on payloads over 1 MiB;
 *   <li>{@value #HTTP_BODY}: the HTTP body ends before its Content-Length or its chunked framing
 *       says, and the page is what the crawler got;
 *   <li>{@value #CONTENT_ENCODING}: the Content-Encoding stream (gzip, deflate, br, zstd) ends
 *       before its end, and the page is what could be inflated.
 * </ol>
 *
 * <p>A page over {@code --maxPageBytes} is not truncated but rejected ({@code tooLarge}). A revisit
 * takes the truncation of the capture it repeats, never its own header: an identical-payload-digest
 * revisit whose block leaves the payload out is marked {@code WARC-Truncated: length} (WARC 1.1,
 * 6.7.2; Heritrix marks every one), which says nothing of the payload it stands for.
 */
public final class Truncation {

  /** The HTTP body ends before its Content-Length or chunked framing says. */
  public static final String HTTP_BODY = "httpBody";

  /** The Content-Encoding stream ends before its end. */
  public static final String CONTENT_ENCODING = "contentEncoding";

  /** What a {@code WARC-Truncated} header without a value stands for (WARC 1.1, section 5.13). */
  static final String UNSPECIFIED = "unspecified";

  private Truncation() {}

  /** The record's {@code WARC-Truncated} value, trimmed and lowercase; null when it has none. */
  static String declared(WarcRecord record) {
    Optional<String> value = record.headers().first("WARC-Truncated");
    if (value.isEmpty()) {
      return null;
    }
    String v = value.get().trim().toLowerCase(Locale.ROOT);
    return v.isEmpty() ? UNSPECIFIED : v;
  }

  /**
   * The truncation of a payload: {@code declared} (the record's own), else {@value #HTTP_BODY} when
   * {@code httpBodyCut}, else {@value #CONTENT_ENCODING} when {@code encodingCut}, else null.
   */
  static String of(String declared, boolean httpBodyCut, boolean encodingCut) {
    if (declared != null) {
      return declared;
    }
    if (httpBodyCut) {
      return HTTP_BODY;
    }
    return encodingCut ? CONTENT_ENCODING : null;
  }
}
