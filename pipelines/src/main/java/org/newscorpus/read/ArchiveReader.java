package org.newscorpus.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.ReadableByteChannel;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.PageFormat;

/**
 * Reads one WARC or ARC file with jwarc, streaming record by record, and tells a {@link
 * RecordSink} what each record is: a page (an HTTP 200 HTML response or an HTML resource), an
 * expected skip with its reason, or a rejected record.
 *
 * <p>Payloads are read after HTTP transfer and content decoding and are bounded by {@code
 * maxPageBytes}; a larger page is rejected as {@code tooLarge}, so memory never grows with a
 * record's size. A record that jwarc cannot parse ends the file: the rest of it is rejected with
 * one record saying so.
 */
public final class ArchiveReader {

  /** Bytes of a rejected record kept as its excerpt. */
  public static final int EXCERPT_BYTES = 512;

  private final long maxPageBytes;

  public ArchiveReader(long maxPageBytes) {
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("maxPageBytes must be positive, was " + maxPageBytes);
    }
    this.maxPageBytes = maxPageBytes;
  }

  /**
   * Reads every record of {@code channel} and reports each to {@code sink}.
   *
   * @return the number of records read, which equals the number of calls made to {@code sink}.
   */
  public long read(String inputUri, ReadableByteChannel channel, RecordSink sink) {
    long records = 0;
    WarcReader reader;
    try {
      reader = new WarcReader(channel);
    } catch (IOException | RuntimeException e) {
      sink.rejected("unreadableFile", 0L, null, describe(e), null);
      return 1;
    }
    try (reader) {
      reader.setLenient(true);
      while (true) {
        Optional<WarcRecord> next;
        long offset = reader.position();
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.rejected(
              "unreadableRemainder",
              offset,
              null,
              "cannot read on from byte " + offset + " of " + inputUri + ": " + describe(e),
              null);
          return records + 1;
        }
        if (next.isEmpty()) {
          return records;
        }
        records++;
        long at = reader.position();
        try {
          classify(inputUri, at, next.get(), sink);
        } catch (RuntimeException e) {
          // the record's headers held something jwarc could not interpret (a bad date, say)
          sink.rejected("badRecord", at, null, describe(e), null);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("closing " + inputUri, e);
    }
  }

  private void classify(String inputUri, long offset, WarcRecord record, RecordSink sink) {
    if (record instanceof WarcResponse response) {
      readResponse(inputUri, offset, response, sink);
    } else if (record instanceof WarcResource resource) {
      readResource(inputUri, offset, resource, sink);
    } else {
      String type = record.type() == null ? "unknown" : record.type().toLowerCase(Locale.ROOT);
      String url = record.headers().first("WARC-Target-URI").orElse(null);
      sink.skipped(recordTypeReason(type), offset, url);
    }
  }

  /** The skip reason of a record that is neither a response nor a resource. */
  static String recordTypeReason(String warcType) {
    switch (warcType) {
      case "request":
        return "requestRecord";
      case "metadata":
        return "metadataRecord";
      case "warcinfo":
        return "warcinfoRecord";
      case "revisit":
        return "revisitUnresolved";
      case "conversion":
        return "conversionRecord";
      case "continuation":
        return "continuationRecord";
      default:
        return "unknownRecordType";
    }
  }

  private void readResponse(String inputUri, long offset, WarcResponse response, RecordSink sink) {
    String url = response.target();
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      sink.rejected("badHttpHeader", offset, url, describe(e), excerpt(response.body()));
      return;
    }
    int status = http.status();
    if (status != 200) {
      sink.skipped(statusReason(status), offset, url);
      return;
    }
    String contentType = http.headers().first("Content-Type").orElse(null);
    MessageBody body;
    try {
      body = http.bodyDecoded();
    } catch (IOException | RuntimeException e) {
      sink.rejected("badContentEncoding", offset, url, describe(e), null);
      return;
    }
    emitPage(inputUri, offset, response, url, contentType, body, sink);
  }

  private void readResource(String inputUri, long offset, WarcResource resource, RecordSink sink) {
    String contentType = resource.headers().first("Content-Type").orElse(null);
    emitPage(inputUri, offset, resource, resource.target(), contentType, resource.body(), sink);
  }

  private void emitPage(
      String inputUri,
      long offset,
      WarcRecord record,
      String url,
      String contentType,
      MessageBody body,
      RecordSink sink) {
    byte[] payload;
    try {
      payload = readBounded(body.stream(), maxPageBytes);
    } catch (IOException | RuntimeException e) {
      sink.rejected("badPayload", offset, url, describe(e), null);
      return;
    }
    if (payload == null) {
      sink.rejected(
          "tooLarge",
          offset,
          url,
          "payload exceeds --maxPageBytes=" + maxPageBytes,
          null);
      return;
    }
    if (!isHtml(contentType, payload)) {
      sink.skipped("notHtml", offset, url);
      return;
    }
    Instant date = warcDate(record);
    String recordId = record.headers().first("WARC-Record-ID").orElse("");
    String captureId = (date == null ? "" : date.toString()) + " " + recordId;
    sink.page(
        Page.newBuilder()
            .setUrl(url == null ? "" : url)
            .setInputUri(inputUri)
            .setInputOffset(offset)
            .setCaptureId(captureId)
            .setUrlFromPath(false)
            .setCrawledAt(date)
            .setContentType(contentType)
            .setFormat(PageFormat.HTML)
            .setBody(java.nio.ByteBuffer.wrap(payload))
            .build());
  }

  /** WARC-Date (the ARC date for an ARC record), or null when absent or unreadable. */
  static Instant warcDate(WarcRecord record) {
    try {
      return record.date();
    } catch (RuntimeException e) {
      return null;
    }
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

  /**
   * True when the declared type is HTML, or, with no usable declared type, the payload starts like
   * an HTML document.
   */
  static boolean isHtml(String contentType, byte[] payload) {
    if (contentType != null && !contentType.isBlank()) {
      String base = contentType.toLowerCase(Locale.ROOT).split(";", 2)[0].trim();
      if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
        return true;
      }
      if (!base.isEmpty() && !base.equals("application/octet-stream") && !base.equals("unknown/unknown")
          && !base.equals("application/unknown")) {
        return false;
      }
    }
    return looksLikeHtml(payload);
  }

  static boolean looksLikeHtml(byte[] payload) {
    int n = Math.min(payload.length, 1024);
    String head = new String(payload, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
        || head.contains("<body");
  }

  /** Reads at most {@code limit} bytes; returns null when the stream holds more. */
  static byte[] readBounded(InputStream in, long limit) throws IOException {
    int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 16);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.min(cap, 64 * 1024));
    byte[] buf = new byte[16 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  private static byte[] excerpt(MessageBody body) {
    try {
      byte[] buf = new byte[EXCERPT_BYTES];
      int n = body.stream().readNBytes(buf, 0, buf.length);
      return java.util.Arrays.copyOf(buf, n);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
