package org.newscorpus.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.netpreserve.jwarc.HttpParser;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.ParsingException;

/**
 * Reads the body of an HTTP response sent with {@code Transfer-Encoding: chunked}, telling apart
 * three bodies that jwarc's lenient reader ({@code WarcResponse.http()}) gives alike:
 *
 * <ul>
 *   <li>valid chunked framing: the decoded body ({@link Body});
 *   <li>a body that is not chunked at all though declared so (crawlers store the de-chunked body
 *       and keep the header), where the framing fails at the very first chunk header: the body as
 *       it is, as jwarc's lenient reader gives it ({@link Body});
 *   <li>framing that breaks after a chunk was decoded (a chunk whose declared size is wrong, a bad
 *       size line further on): {@link Broken}, with where it breaks and the raw body. jwarc's
 *       lenient reader would pass the rest through as it is, and chunk-size lines such as {@code
 *       3e8} would end up in the page's text.
 * </ul>
 *
 * <p>The body is decoded once, by jwarc's strict chunked reader ({@link HttpResponse#parseStrictly}
 * over the raw body, under a minimal header so that only the chunk framing is checked strictly),
 * while a copy of the raw bytes, bounded like the page, is kept for the second and third cases.
 * Only a broken body is read a second time, to say where it breaks. A body that ends inside a chunk
 * (the record is cut) is not broken framing: what was decoded is kept, as before.
 */
final class ChunkedTransfer {

  /** What a chunked body comes to. */
  sealed interface Result {}

  /** The page's transfer-decoded bytes (null when over the limit), and the failure that cut them, if any. */
  record Body(ArchiveReader.Available read) implements Result {}

  /**
   * Chunked framing that breaks after a chunk was decoded: the raw body (at most the limit's bytes,
   * {@code complete} when that is all of it) and a message that says where it breaks.
   */
  record Broken(byte[] raw, boolean complete, String message) implements Result {}

  /** Where the framing of a raw chunked body breaks. */
  record Break(long offset, int goodChunks, long goodBytes, long badChunkSize) {}

  /** The only header the strict parse sees: the body's framing is all it checks. */
  private static final byte[] HEAD =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

  /** Raw bytes shown either side of where the framing breaks. */
  private static final int CONTEXT_BYTES = 12;

  private ChunkedTransfer() {}

  /**
   * Reads the body of the HTTP response in {@code message}, which starts at its status line (its
   * header is read again leniently, as {@code WarcResponse.http()} read it), bounded by {@code
   * limit} bytes.
   *
   * @throws IOException when the response's header cannot be read.
   */
  static Result read(ReadableByteChannel message, long limit, long sizeHint) throws IOException {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
    HttpParser header = new HttpParser();
    header.lenientResponse();
    ByteBuffer readAhead = ByteBuffer.allocate(8192);
    readAhead.flip();
    header.parse(message, readAhead);
    RawBody raw = new RawBody(readAhead, message, limit);
    MessageBody strict = HttpResponse.parseStrictly(new HeadThen(raw)).body();
    ArchiveReader.Available decoded = ArchiveReader.readAvailable(strict.stream(), limit, sizeHint);
    if (!(decoded.failure() instanceof ParsingException)) {
      return new Body(decoded);
    }
    IOException cut = raw.readToEnd();
    if (decoded.bytes().length == 0) {
      // the first chunk header is not one: the body is not chunked, and is taken as it is
      return new Body(raw.overflowed() ? new ArchiveReader.Available(null, null) : new ArchiveReader.Available(raw.kept(), cut));
    }
    byte[] kept = raw.kept();
    boolean complete = !raw.overflowed() && cut == null;
    return new Broken(kept, complete, message(kept, complete, decoded.bytes().length, locate(kept)));
  }

  /**
   * Where the chunked framing of {@code raw} breaks, read again by jwarc's strict chunked reader one
   * byte at a time so that each chunk's start and the failing byte can be seen; null when it does
   * not break within these bytes.
   */
  static Break locate(byte[] raw) {
    OneByteAtATime body = new OneByteAtATime(raw);
    MessageBody strict;
    try {
      strict = HttpResponse.parseStrictly(new HeadThen(body)).body();
    } catch (IOException e) {
      return null;
    }
    ByteBuffer one = ByteBuffer.allocate(1);
    int chunks = 0;
    long chunkSize = 0;
    long dataEnd = 0;
    long decoded = 0;
    while (true) {
      long before = body.bodyRead();
      one.clear();
      int n;
      try {
        n = strict.read(one);
      } catch (ParsingException e) {
        long at = body.bodyRead() - 1;
        // the CRLF that must follow a chunk's data is missing: that chunk's declared size is wrong
        boolean sizeWrong = chunks > 0 && at <= dataEnd + 1;
        return sizeWrong
            ? new Break(at, chunks - 1, decoded - chunkSize, chunkSize)
            : new Break(at, chunks, decoded, -1);
      } catch (IOException | RuntimeException e) {
        return null;
      }
      if (n < 0) {
        return null;
      }
      if (body.bodyRead() - before > n) {
        // a chunk header was read before this byte: a new chunk starts
        chunks++;
        chunkSize = 0;
      }
      chunkSize += n;
      decoded += n;
      dataEnd = body.bodyRead();
    }
  }

  private static String message(byte[] raw, boolean complete, long decoded, Break at) {
    StringBuilder m = new StringBuilder("chunked transfer coding breaks");
    if (at == null) {
      return m.append(" after ").append(decoded).append(" decoded bytes, past the first ").append(raw.length)
          .append(" bytes of the raw body").toString();
    }
    m.append(" at byte ").append(at.offset()).append(" of the HTTP body, after ").append(at.goodChunks())
        .append(at.goodChunks() == 1 ? " good chunk (" : " good chunks (").append(at.goodBytes())
        .append(" bytes): ");
    if (at.badChunkSize() >= 0) {
      m.append("chunk ").append(at.goodChunks() + 1).append(" declares ").append(at.badChunkSize())
          .append(" bytes (0x").append(Long.toHexString(at.badChunkSize()))
          .append(") but no CRLF follows them");
    } else {
      m.append("no chunk header follows chunk ").append(at.goodChunks());
    }
    int from = (int) Math.max(0, at.offset() - CONTEXT_BYTES);
    int to = (int) Math.min(raw.length, at.offset() + CONTEXT_BYTES);
    m.append(", between \"").append(escaped(raw, from, (int) at.offset())).append("\" and \"")
        .append(escaped(raw, (int) at.offset(), to)).append('"');
    m.append(complete ? "; the raw body has " + raw.length + " bytes"
        : "; the raw body has more than " + raw.length + " bytes");
    return m.toString();
  }

  /** Bytes as text, with line ends, controls and non-ASCII bytes escaped. */
  static String escaped(byte[] bytes, int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < to; i++) {
      int b = bytes[i] & 0xff;
      switch (b) {
        case '\r' -> s.append("\\r");
        case '\n' -> s.append("\\n");
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        default -> {
          if (b < 0x20 || b >= 0x7f) {
            s.append(String.format("\\x%02x", b));
          } else {
            s.append((char) b);
          }
        }
      }
    }
    return s.toString();
  }

  /**
   * The raw body: the bytes the header parse read ahead, then the rest of the message. Keeps a copy
   * of the first {@code limit} bytes read through it; {@link #overflowed()} once there were more.
   */
  private static final class RawBody implements ReadableByteChannel {
    private final ByteBuffer readAhead;
    private final ReadableByteChannel rest;
    private final int limit;
    private byte[] kept = new byte[1024];
    private int length;
    private boolean overflowed;

    RawBody(ByteBuffer readAhead, ReadableByteChannel rest, long limit) {
      this.readAhead = readAhead;
      this.rest = rest;
      this.limit = (int) Math.min(limit, Integer.MAX_VALUE - 16);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      int start = dst.position();
      int n;
      if (readAhead.hasRemaining()) {
        n = Math.min(readAhead.remaining(), dst.remaining());
        ByteBuffer slice = readAhead.slice();
        slice.limit(n);
        dst.put(slice);
        readAhead.position(readAhead.position() + n);
      } else {
        n = rest.read(dst);
      }
      if (n > 0) {
        keep(dst, start, n);
      }
      return n;
    }

    private void keep(ByteBuffer dst, int start, int n) {
      if (overflowed) {
        return;
      }
      if (length + (long) n > limit) {
        overflowed = true;
        n = limit - length;
      }
      if (length + n > kept.length) {
        kept = Arrays.copyOf(kept, (int) Math.min(limit, Math.max(length + (long) n, 2L * kept.length)));
      }
      dst.duplicate().position(start).get(kept, length, n);
      length += n;
    }

    /** Reads on to the end of the body (or to the limit); the failure that cut it, if any. */
    IOException readToEnd() {
      ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
      try {
        while (!overflowed) {
          buffer.clear();
          if (read(buffer) < 0) {
            return null;
          }
        }
        return null;
      } catch (IOException e) {
        return e;
      } catch (RuntimeException e) {
        return new IOException(e);
      }
    }

    byte[] kept() {
      return Arrays.copyOf(kept, length);
    }

    boolean overflowed() {
      return overflowed;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {
      // the record owns the message
    }
  }

  /** {@link #HEAD}, then a raw body. */
  private static final class HeadThen implements ReadableByteChannel {
    private final ByteBuffer head = ByteBuffer.wrap(HEAD);
    private final ReadableByteChannel body;

    HeadThen(ReadableByteChannel body) {
      this.body = body;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      if (head.hasRemaining()) {
        int n = Math.min(head.remaining(), dst.remaining());
        ByteBuffer slice = head.slice();
        slice.limit(n);
        dst.put(slice);
        head.position(head.position() + n);
        return n;
      }
      return body.read(dst);
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {
      // the record owns the message
    }
  }

  /** A raw body one byte per read, counting the bytes read. */
  private static final class OneByteAtATime implements ReadableByteChannel {
    private final byte[] body;
    private int read;

    OneByteAtATime(byte[] body) {
      this.body = body;
    }

    long bodyRead() {
      return read;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (read == body.length) {
        return -1;
      }
      if (!dst.hasRemaining()) {
        return 0;
      }
      dst.put(body[read++]);
      return 1;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
