package org.newscorpus.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.PageFormat;

/**
 * Decides what one archive record comes to ({@link Outcome}): responses with HTTP 200 and HTML
 * and HTML resources are pages; revisits are sent on to be resolved; everything else is an
 * expected skip with its reason, or a rejection when its HTTP message cannot be read.
 *
 * <p>A page's payload is read after HTTP transfer decoding (chunked, by {@link ChunkedTransfer}:
 * framing that breaks part way is rejected, not passed through) and content decoding (gzip,
 * deflate, br), bounded by {@code maxPageBytes}. An HTML page, and a revisit (which becomes a page
 * under its own address), must have a web address: no WARC-Target-URI is {@code noTargetUri}, one
 * whose scheme is not in {@link #WEB_SCHEMES} {@code notWebUrl}. The type is checked before the payload is read,
 * so an image or a video is skipped without being read. When the record's own block cannot be
 * read to its end (the file is truncated or its gzip is corrupt), the record is broken rather
 * than rejected: the {@link ArchiveReader} then resumes at the next record it can find.
 */
final class RecordClassifier {

  /** Bytes of a rejected record kept as its excerpt. */
  static final int EXCERPT_BYTES = 512;

  /** The record's own block could not be read: the file's framing is damaged here. */
  static final class BrokenRecordException extends Exception {
    BrokenRecordException(Throwable cause) {
      super(cause);
    }
  }

  private final String inputUri;
  private final long maxPageBytes;

  RecordClassifier(String inputUri, long maxPageBytes) {
    this.inputUri = inputUri;
    this.maxPageBytes = maxPageBytes;
  }

  /** The outcome of {@code record}, found at {@code offset}. */
  Outcome classify(WarcRecord record, long offset) throws BrokenRecordException {
    String type = record.type() == null ? "unknown" : record.type().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "response" -> response((WarcResponse) record, offset);
      case "resource" -> resource((WarcResource) record, offset);
      case "revisit" -> revisit((WarcRevisit) record, offset);
      default -> new Outcome.Skip(offset, recordTypeReason(type), targetUri(record));
    };
  }

  /**
   * The record's WARC-Target-URI as its pages give it: without the angle brackets that WARC 1.0
   * writers such as wget put around it (as jwarc's {@code target()} strips them), or null. Unlike
   * {@code target()}, a repeated header gives its first value instead of failing: a skipped or
   * rejected record says where it was, whatever else is wrong with it.
   */
  static String targetUri(WarcRecord record) {
    String uri = record.headers().first("WARC-Target-URI").orElse(null);
    return uri != null && uri.length() >= 2 && uri.startsWith("<") && uri.endsWith(">") ? uri.substring(1, uri.length() - 1) : uri;
  }

  /** The skip reason of a record that is neither a response nor a resource. */
  static String recordTypeReason(String warcType) {
    return switch (warcType) {
      case "request" -> "requestRecord";
      case "metadata" -> "metadataRecord";
      case "warcinfo" -> "warcinfoRecord";
      case "revisit" -> "revisitUnresolved";
      case "conversion" -> "conversionRecord";
      case "continuation" -> "continuationRecord";
      default -> "unknownRecordType";
    };
  }

  /** The skip reason of a non-200 HTTP response. */
  static String statusReason(int status) {
    if (status >= 300 && status < 400) {
      return "redirect";
    }
    if (status >= 400 && status < 500) {
      return "clientError";
    }
    if (status >= 500) {
      return "serverError";
    }
    return "notOkStatus";
  }

  private Outcome response(WarcResponse response, long offset) throws BrokenRecordException {
    String url = response.target();
    String recordType = response.headers().first("Content-Type").orElse(null);
    if (!carriesHttp(response, recordType, url)) {
      // dns:, ftp: and other non-HTTP captures: the block is the payload
      return payload(response, offset, url, recordType, null, response.body(), null);
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      byte[] excerpt = excerpt(response.body());
      ensureReadable(response);
      return new Outcome.Reject(offset, "badHttpHeader", url, ArchiveReader.describe(e), excerpt);
    }
    if (http.status() != 200) {
      return new Outcome.Skip(offset, statusReason(http.status()), url);
    }
    List<String> encodings = http.headers().all("Content-Encoding");
    if (encodings.size() > 1) {
      return new Outcome.Reject(offset, "badContentEncoding", url, "more than one Content-Encoding: " + encodings, null);
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    String contentEncoding = encodings.isEmpty() ? null : encodings.get(0);
    if (http.headers().contains("Transfer-Encoding", "chunked")) {
      return chunkedPayload(response, offset, url, contentType, contentEncoding);
    }
    return payload(response, offset, url, contentType, contentEncoding, http.body(), contentLength(http));
  }

  /**
   * The payload of a response sent with {@code Transfer-Encoding: chunked}, read by {@link
   * ChunkedTransfer} from the HTTP message again (the record replays it from its status line)
   * instead of by jwarc's lenient body, which passes the rest through as it is when the framing
   * breaks part way: a body whose framing breaks after a decoded chunk is rejected with its raw bytes.
   */
  private Outcome chunkedPayload(
      WarcResponse response, long offset, String url, String contentType, String contentEncoding)
      throws BrokenRecordException {
    if (declaredNotHtml(contentType)) {
      return new Outcome.Skip(offset, "notHtml", url);
    }
    ChunkedTransfer.Result result;
    try {
      result = ChunkedTransfer.read(response.body(), maxPageBytes, response.body().size());
    } catch (IOException | RuntimeException e) {
      result = new ChunkedTransfer.Body(ArchiveReader.Available.nothing(e));
    }
    if (result instanceof ChunkedTransfer.Broken broken) {
      ensureReadable(response);
      return new Outcome.Reject(offset, "badTransferEncoding", url, broken.message(), broken.raw());
    }
    return decoded(response, offset, url, contentType, contentEncoding, ((ChunkedTransfer.Body) result).read(), null);
  }

  private Outcome resource(WarcResource resource, long offset) throws BrokenRecordException {
    String contentType = resource.headers().first("Content-Type").orElse(null);
    return payload(resource, offset, resource.target(), contentType, null, resource.body(), null);
  }

  private Outcome revisit(WarcRevisit revisit, long offset) {
    String url = revisit.target();
    String contentType = null;
    HttpResponse http = null;
    try {
      if (!"0".equals(revisit.headers().first("Content-Length").orElse("0").trim())) {
        http = revisit.http();
      }
    } catch (IOException | RuntimeException e) {
      // a revisit need not keep the HTTP headers; without them the original's type decides
    }
    if (http != null && http.status() > 0) {
      int status = http.status();
      if (status != 200 && status != 304) {
        return new Outcome.Skip(offset, statusReason(status), url);
      }
      contentType = http.headers().first("Content-Type").orElse(null);
      if (declaredNotHtml(contentType)) {
        return new Outcome.Skip(offset, "notHtml", url);
      }
    }
    String key = revisitKey(revisit);
    if (key == null) {
      return new Outcome.Skip(offset, "revisitUnresolved", url);
    }
    // a revisit becomes a page under its own address, so it needs one as much as a response does
    Outcome unaddressed = unaddressed(offset, url, "a revisit", null);
    if (unaddressed != null) {
      return unaddressed;
    }
    // the original's truncation, not the revisit's own WARC-Truncated (Truncation says why), follows once resolved
    Page stub = page(revisit, offset, url, contentType, new byte[0]).setRevisitOf(key).setPayloadDigest(null).build();
    return new Outcome.Revisit(offset, stub);
  }

  /** The key of the capture a revisit repeats: its payload digest, its WARC-Refers-To, or the URI and date it refers to. */
  static String revisitKey(WarcRevisit revisit) {
    Optional<String> digest = revisit.headers().first("WARC-Payload-Digest");
    if (digest.isPresent()) {
      return digestKey(digest.get());
    }
    Optional<String> refersTo = revisit.headers().first("WARC-Refers-To");
    if (refersTo.isPresent()) {
      return recordKey(refersTo.get());
    }
    Optional<String> uri = revisit.headers().first("WARC-Refers-To-Target-URI");
    Optional<String> date = revisit.headers().first("WARC-Refers-To-Date");
    if (uri.isPresent() && date.isPresent()) {
      try {
        return captureKey(uri.get(), Instant.parse(date.get().trim()));
      } catch (RuntimeException e) {
        return null;
      }
    }
    return null;
  }

  /** Join key of a payload digest, whatever base it is written in. */
  static String digestKey(String digest) {
    return "digest:" + normalizedDigest(digest);
  }

  /** Join key of a WARC-Record-ID. */
  static String recordKey(String recordId) {
    return "record:" + recordId.trim();
  }

  /** Join key of a capture: its target URI and date. */
  static String captureKey(String url, Instant date) {
    return "capture:" + url.trim() + " " + date;
  }

  /** {@code algorithm:base32}, lowercase algorithm without dashes; the raw value when unparseable. */
  static String normalizedDigest(String digest) {
    try {
      return new WarcDigest(digest.trim()).prefixedBase32();
    } catch (RuntimeException e) {
      return digest.trim().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Bytes a body may lack of its HTTP Content-Length and still be whole: its last line end, which
   * some records leave out (warcio's example-wrong-chunks, webarchive-commons' link-extraction-test).
   */
  static final int LINE_END = 2;

  /**
   * The HTTP Content-Length of a response, or null when it has none or one that is no length. jwarc
   * gives a body the shorter of it and what the record holds, so a cut body reads without error.
   */
  static Long contentLength(HttpResponse http) {
    Optional<String> declared = http.headers().first("Content-Length");
    if (declared.isEmpty()) {
      return null;
    }
    try {
      long n = Long.parseLong(declared.get().trim());
      return n < 0 ? null : n;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The outcome of a payload read from {@code body}, which its HTTP Content-Length says is {@code declaredLength} bytes (or null). */
  private Outcome payload(
      WarcRecord record, long offset, String url, String contentType, String contentEncoding, MessageBody body,
      Long declaredLength) throws BrokenRecordException {
    if (declaredNotHtml(contentType)) {
      return new Outcome.Skip(offset, "notHtml", url);
    }
    ArchiveReader.Available read;
    try {
      read = ArchiveReader.readAvailable(body.stream(), maxPageBytes, record.body().size());
    } catch (IOException | RuntimeException e) {
      read = ArchiveReader.Available.nothing(e);
    }
    return decoded(record, offset, url, contentType, contentEncoding, read, declaredLength);
  }

  /**
   * What a payload comes to once it is read (after transfer decoding): {@code read}, of a body its
   * HTTP Content-Length says is {@code declaredLength} bytes (null: not said, or chunked). A page
   * keeps how its capture was cut short, if it was ({@link Truncation}).
   */
  private Outcome decoded(
      WarcRecord record, long offset, String url, String contentType, String contentEncoding,
      ArchiveReader.Available read, Long declaredLength) throws BrokenRecordException {
    if (read.failure() != null) {
      // broken framing of the record itself ends here; else the HTTP framing claimed more than
      // the record holds, and the page is what the crawler got
      ensureReadable(record);
      if (read.bytes().length == 0) {
        return new Outcome.Reject(offset, "badTransferEncoding", url, ArchiveReader.describe(read.failure()), null);
      }
    }
    byte[] raw = read.bytes();
    if (raw == null) {
      return tooLarge(offset, url);
    }
    ContentDecoding.Result decoded;
    try {
      decoded = ContentDecoding.decode(raw, contentEncoding, maxPageBytes);
    } catch (IOException | RuntimeException e) {
      return new Outcome.Reject(offset, "badContentEncoding", url,
          "Content-Encoding " + contentEncoding + ": " + ArchiveReader.describe(e), null);
    }
    if (decoded.payload() == null) {
      return tooLarge(offset, url);
    }
    if (!isHtml(contentType, decoded.payload())) {
      return new Outcome.Skip(offset, "notHtml", url);
    }
    Outcome unaddressed = unaddressed(offset, url, "an HTML page", decoded.payload());
    if (unaddressed != null) {
      return unaddressed;
    }
    boolean bodyCut = read.failure() != null || (declaredLength != null && raw.length + LINE_END < declaredLength);
    String truncated = Truncation.of(Truncation.declared(record), bodyCut, decoded.cut());
    return new Outcome.PageOutcome(offset,
        page(record, offset, url, contentType, decoded.payload()).setTruncated(truncated).build());
  }

  /**
   * The rejection of {@code what} (a page, or a revisit that would become one) whose WARC-Target-URI
   * is missing ({@code noTargetUri}) or not a web address ({@code notWebUrl}); null when it has one.
   */
  private static Outcome unaddressed(long offset, String url, String what, byte[] excerpt) {
    if (url == null || url.isBlank()) {
      return new Outcome.Reject(offset, "noTargetUri", null,
          what + " without a WARC-Target-URI: it has no address, so no site or source", excerpt);
    }
    String scheme = scheme(url);
    if (!WEB_SCHEMES.contains(scheme)) {
      return new Outcome.Reject(offset, "notWebUrl", url, what + " whose WARC-Target-URI is not a web address ("
          + (scheme.isEmpty() ? "no scheme" : scheme + ":") + "): it has no site or source", excerpt);
    }
    return null;
  }

  /**
   * The schemes of a page's address: an HTTP(S) capture, or an FTP one (read as a non-HTTP capture,
   * whose block is the payload). Both name a host, the page's site.
   */
  static final Set<String> WEB_SCHEMES = Set.of("http", "https", "ftp");

  /**
   * The scheme of {@code uri} (RFC 3986: a letter, then letters, digits, {@code +-.}, before the
   * first colon), lowercase; empty when it has none.
   */
  static String scheme(String uri) {
    String u = uri.strip();
    int colon = u.indexOf(':');
    if (colon <= 0 || !Character.isLetter(u.charAt(0)) || u.charAt(0) > 'z') {
      return "";
    }
    for (int i = 1; i < colon; i++) {
      char c = u.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-'
          || c == '.';
      if (!ok) {
        return "";
      }
    }
    return u.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  private Outcome tooLarge(long offset, String url) {
    return new Outcome.Reject(offset, "tooLarge", url, "payload exceeds --maxPageBytes=" + maxPageBytes, null);
  }

  private Page.Builder page(WarcRecord record, long offset, String url, String contentType, byte[] payload) {
    Instant date = warcDate(record);
    String recordId = record.headers().first("WARC-Record-ID").orElse(null);
    String captureId = (date == null ? "" : date.toString()) + " " + (recordId == null ? "" : recordId);
    return Page.newBuilder()
        .setUrl(url == null ? "" : url)
        .setInputUri(inputUri)
        .setInputOffset(offset)
        .setCaptureId(captureId)
        .setUrlFromPath(false)
        .setCrawledAt(date != null ? date : httpDate(record))
        .setContentType(contentType)
        .setFormat(PageFormat.HTML)
        .setRecordId(recordId)
        .setPayloadDigest(record.headers().first("WARC-Payload-Digest").map(RecordClassifier::normalizedDigest).orElse(null))
        .setRevisitOf(null)
        .setTruncated(null)
        .setBody(ByteBuffer.wrap(payload));
  }

  /** True when the record's block is an HTTP message. */
  private static boolean carriesHttp(WarcRecord record, String recordType, String url) {
    String type = recordType == null ? "" : recordType.toLowerCase(Locale.ROOT).trim();
    boolean httpUrl = url != null && url.regionMatches(true, 0, "http", 0, 4);
    if (type.startsWith("application/http")) {
      return true;
    }
    if ("ARC".equals(record.version().getProtocol())) {
      // an ARC record's type is its payload's; an http: capture holds the whole HTTP response
      return httpUrl;
    }
    return type.isEmpty() && httpUrl;
  }

  /** After a failure inside a record: throws when its block itself cannot be read to the end. */
  private static void ensureReadable(WarcRecord record) throws BrokenRecordException {
    try {
      record.body().consume();
    } catch (IOException | RuntimeException e) {
      throw new BrokenRecordException(e);
    }
  }

  /** WARC-Date (the ARC date for an ARC record), or null when absent or unreadable. */
  static Instant warcDate(WarcRecord record) {
    try {
      return plausibleCrawlDate(record.date());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /**
   * The {@code Date} header of the HTTP response a record holds, when it is a plausible crawl date
   * ({@link #plausibleCrawlDate}); else null. The server sent it as the crawler fetched the page, so
   * it stands for a WARC-Date that is missing or unreadable: every record of ClueWeb09, a crawl of a
   * billion pages, has a WARC-Date such as "2008-10-294T05:21:46-0700", and no date partition
   * could be given to its pages without it.
   */
  static Instant httpDate(WarcRecord record) {
    try {
      HttpResponse http = record instanceof WarcResponse response ? response.http()
          : record instanceof WarcRevisit revisit ? revisit.http() : null;
      if (http == null) {
        return null;
      }
      Optional<String> date = http.headers().first("Date");
      return date.isEmpty() ? null
          : plausibleCrawlDate(ZonedDateTime.parse(date.get().trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (IOException | RuntimeException e) {
      return null; // no HTTP message, or a date in another format
    }
  }

  /** No web crawl is older than the web. */
  static final Instant EARLIEST_CRAWL = Instant.parse("1991-01-01T00:00:00Z");

  /**
   * {@code date} when a crawl can have happened then: from 1991 to a day after now (a crawler's
   * clock may run a little fast); else null. A broken clock's year 99999 or 1600 would be the
   * article's {@code crawled_at} and its date partition, and no pandas or Avro reader could load
   * the dataset.
   */
  static Instant plausibleCrawlDate(Instant date) {
    if (date == null || date.isBefore(EARLIEST_CRAWL) || date.isAfter(Instant.now().plus(Duration.ofDays(1)))) {
      return null;
    }
    return date;
  }

  /** True when a type is declared and it is not HTML (nor a generic binary type that says nothing). */
  static boolean declaredNotHtml(String contentType) {
    String base = baseType(contentType);
    return !base.isEmpty() && !isHtmlType(base) && !isGenericType(base);
  }

  /**
   * True when the declared type is HTML, or, with no usable declared type, the payload starts like
   * an HTML document.
   */
  static boolean isHtml(String contentType, byte[] payload) {
    String base = baseType(contentType);
    if (isHtmlType(base)) {
      return true;
    }
    return (base.isEmpty() || isGenericType(base)) && ArchiveReader.looksLikeHtml(payload);
  }

  private static String baseType(String contentType) {
    return contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
  }

  private static boolean isHtmlType(String base) {
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  private static boolean isGenericType(String base) {
    return base.equals("application/octet-stream") || base.equals("unknown/unknown")
        || base.equals("application/unknown") || base.equals("no-type") || base.equals("unk");
  }

  private static byte[] excerpt(MessageBody body) {
    try {
      return body.stream().readNBytes(EXCERPT_BYTES);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
