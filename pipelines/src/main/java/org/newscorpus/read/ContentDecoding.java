package org.newscorpus.read;

import com.github.luben.zstd.ZstdInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Undoes an HTTP {@code Content-Encoding} (gzip, deflate, br, zstd) on a payload already in memory,
 * bounded by a byte limit so that a decompression bomb is cut, not inflated.
 *
 * <p>Archived headers lie: ClueWeb-style WARCs keep {@code Content-Encoding: gzip} over bodies the
 * crawler had already decoded. A payload that does not even start like its declared encoding is
 * therefore taken as it is ({@link Result#asIs()}); one that starts right but breaks later keeps
 * what could be decoded before the break, and says it was cut ({@link Result#cut()}).
 */
final class ContentDecoding {

  /**
   * The decoded payload, or null when it is larger than the limit; {@code asIs} when the declared
   * encoding was not applied because the payload was plainly not in it; {@code cut} when the
   * encoded stream ended before its end and the payload is what could be decoded before that.
   */
  record Result(byte[] payload, boolean asIs, boolean cut) {}

  private ContentDecoding() {}

  /**
   * Decodes {@code raw} by {@code contentEncoding} (null or identity: none).
   *
   * @throws IOException when the payload starts in the declared encoding but nothing of it can be
   *     decoded, or names an encoding that is not supported.
   */
  static Result decode(byte[] raw, String contentEncoding, long limit) throws IOException {
    String encoding = contentEncoding == null ? "" : contentEncoding.trim().toLowerCase(Locale.ROOT);
    switch (encoding) {
      case "", "identity", "none" -> {
        return new Result(raw.length > limit ? null : raw, false, false);
      }
      case "gzip", "x-gzip" -> {
        if (raw.length < 2 || (raw[0] & 0xff) != 0x1f || (raw[1] & 0xff) != 0x8b) {
          return asIs(raw, limit);
        }
        return inflated(new GZIPInputStream(new ByteArrayInputStream(raw)), limit);
      }
      case "deflate" -> {
        // RFC 9110 deflate is zlib-wrapped, but servers also send raw deflate: try both
        boolean zlib = raw.length >= 2 && (raw[0] & 0x0f) == 8 && ((raw[0] & 0xff) << 8 | (raw[1] & 0xff)) % 31 == 0;
        return unlessPlainHtml(raw, limit, () -> inflated(new InflaterInputStream(new ByteArrayInputStream(raw), new Inflater(!zlib)), limit));
      }
      case "br" -> {
        return unlessPlainHtml(raw, limit, () -> inflated(new BrotliInputStream(new ByteArrayInputStream(raw)), limit));
      }
      case "zstd" -> {
        // RFC 8878: a Zstandard frame opens with its magic number, 28 B5 2F FD
        if (raw.length < 4 || (raw[0] & 0xff) != 0x28 || (raw[1] & 0xff) != 0xb5 || (raw[2] & 0xff) != 0x2f
            || (raw[3] & 0xff) != 0xfd) {
          return asIs(raw, limit);
        }
        return inflated(new ZstdInputStream(new ByteArrayInputStream(raw)), limit);
      }
      default -> {
        return unlessPlainHtml(raw, limit, () -> {
          throw new IOException("Content-Encoding not supported: " + contentEncoding);
        });
      }
    }
  }

  private interface Decoding {
    Result run() throws IOException;
  }

  /**
   * The decoding's result; when it fails on a body that is already an HTML document, the body as it
   * is. Deflate and Brotli have no magic bytes to tell a body the crawler already decoded, and a
   * plain page under an encoding this reader does not know ({@code compress}, a list such as {@code
   * gzip, br}) was plainly never encoded either.
   */
  private static Result unlessPlainHtml(byte[] raw, long limit, Decoding decoding) throws IOException {
    try {
      return decoding.run();
    } catch (IOException e) {
      if (ArchiveReader.looksLikeHtml(raw)) {
        return asIs(raw, limit);
      }
      throw e;
    }
  }

  private static Result asIs(byte[] raw, long limit) {
    return new Result(raw.length > limit ? null : raw, true, false);
  }

  /**
   * Inflates up to the limit. A body cut short (the crawler's copy ended early) keeps what it
   * inflated, as a browser shows it, and is {@code cut}; one that inflates to nothing at all is an
   * error.
   */
  private static Result inflated(InputStream in, long limit) throws IOException {
    try (in) {
      ArchiveReader.Available read = ArchiveReader.readAvailable(in, limit, 64 * 1024);
      if (read.failure() != null && (read.bytes() == null || read.bytes().length == 0)) {
        throw read.failure();
      }
      return new Result(read.bytes(), false, read.failure() != null && read.bytes() != null);
    }
  }
}
