package org.newscorpus.read;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;

/**
 * The decompressed bytes of a gzip, Zstandard or LZ4 archive, frame after frame (a gzip member is
 * a frame here) from one frame start on, for jwarc to parse as an uncompressed WARC; and, for a
 * position in those bytes, the file offset of the frame that holds it.
 *
 * <p>Writers of {@code .warc.gz} put each record in a gzip member of its own (WARC 1.1, annex D),
 * and those of {@code .warc.zst} (wget-at, warcprox) and {@code .warc.lz4} (resiliparse) in a
 * frame of its own, so a record's offset is its frame's offset. A frame that holds several records
 * (a file compressed as one member or frame) gives them all its offset; a record that spans frames
 * has the offset of the one it starts in. A Zstandard file may open with a skippable frame holding
 * the dictionary every frame uses ({@link #zstdDictionary}, the <a
 * href="https://iipc.github.io/warc-specifications/specifications/warc-zstd/">warc-zstd</a> layout);
 * it is read once and handed to every channel on the file, wherever it starts.
 *
 * <p>Gzip members are inflated with the JDK's {@link Inflater}, and each member's trailer is
 * checked (RFC 1952): the CRC-32 and the length (modulo 2<sup>32</sup>) of what it inflates to.
 * jwarc 0.36.0 inflates gzip itself but never computes the CRC-32, so a member whose data was
 * altered yet still inflates (a flipped bit in a stored block or a literal), or whose trailer's
 * CRC-32 is wrong, read as good data. A member that fails its check is a {@link
 * CorruptFrameException} ({@code corruptGzip}) thrown by the read after the member's last bytes:
 * its record's header and block were handed out and can be named, but the record is not whole.
 * A member whose header has a CRC-16 (flag FHCRC) that is not its header's fails ({@code
 * corruptGzip}) as it starts, before any of its bytes are handed out.
 *
 * <p>jwarc 0.36.0 reads Zstandard itself, but over a stream (as the reader gives it, to have every
 * body read) it spins without end at the end of the file, the offsets it gives in the file's last
 * 8 KB are wrong (it counts the bytes it read one buffer late), and from a record's offset it finds
 * the dictionary only on a seekable channel and only when the frame names one: so Zstandard frames
 * are decoded here, with zstd-jni. LZ4 frames, which jwarc does not read, are decoded by
 * commons-compress's pure-Java {@link FramedLZ4CompressorInputStream}.
 *
 * <p>A {@link #read} never spans two frames: a frame that cannot be decoded fails the read that
 * starts it, not the end of the record before it. It fails with a {@link CorruptFrameException}
 * (reason {@code corruptGzip}, {@code corruptZstd} or {@code corruptLz4}), or with an {@link
 * EOFException} when the file ends inside the frame; every read after it fails the same way. Memory
 * is bounded: buffers are fixed, a dictionary is at most {@link #MAX_DICTIONARY_BYTES}, and zstd
 * refuses frames whose window exceeds its default limit (128 MB).
 */
final class FrameChannel implements ReadableByteChannel {

  /** The largest Zstandard dictionary read, compressed or not. */
  static final int MAX_DICTIONARY_BYTES = 32 << 20;

  private static final int ZSTD_MAGIC = 0xFD2FB528;
  private static final int LZ4_MAGIC = 0x184D2204;
  /** Gzip header flags (RFC 1952, 2.3.1): a header CRC-16, extra field, file name, comment follow. */
  private static final int FHCRC = 2;
  private static final int FEXTRA = 4;
  private static final int FNAME = 8;
  private static final int FCOMMENT = 16;
  /** Skippable frames (Zstandard and LZ4 alike) have magic 0x184D2A50 to 0x184D2A5F. */
  private static final int SKIPPABLE_MAGIC = 0x184D2A50;
  /** The skippable frame that holds a warc-zstd dictionary. */
  static final int ZSTD_DICTIONARY_MAGIC = 0x184D2A5D;

  /** A frame that cannot be decompressed; {@link #reason()} names the compression. */
  static final class CorruptFrameException extends IOException {
    private final String reason;

    CorruptFrameException(String reason, String message, Throwable cause) {
      super(message, cause);
      this.reason = reason;
    }

    String reason() {
      return reason;
    }
  }

  private final SeekableByteChannel file;
  private final RecordFinder.Framing framing;
  private final String name;
  private final ByteBuffer in = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN).flip();
  private final ByteBuffer out = ByteBuffer.allocate(1 << 16).flip();
  /** File offset of {@code in}'s first byte. */
  private long inOffset;
  private boolean fileEnded;
  /** Frames not yet passed, oldest first. */
  private final ArrayDeque<Frame> frames = new ArrayDeque<>();
  private long decoded;
  private boolean inFrame;
  private boolean first = true;
  private long frameOffset;
  /** The offset of the frame whose decoding failed, or -1. */
  private long failedAt = -1;
  /** Why decoding failed, thrown by every read from the first one after the frame's decoded bytes; or null. */
  private IOException failure;
  /** True when the failure is a gzip member's trailer check, made after all its bytes were decoded. */
  private boolean checkFailed;
  private ZstdDecompressCtx zstd;
  /** The ID of the Zstandard dictionary loaded (0 for a raw-content one), or -1 when none is. */
  private long dictionaryId = -1;
  private FramedLZ4CompressorInputStream lz4;
  /** Gzip: the current member's inflater, and the CRC-32 of what it has inflated. */
  private Inflater inflater;
  private CRC32 crc;

  /**
   * The frames of {@code file} from {@code offset}, which must be a gzip member's or a Zstandard or
   * LZ4 frame's start (as {@code framing} says); {@code dictionary} (Zstandard only, may be null)
   * decodes every frame. {@code read}, when not null, holds the file's bytes from {@code offset}
   * that the caller has already read (ready to be read from, at most 64 KiB): they are not read
   * again.
   */
  FrameChannel(SeekableByteChannel file, long offset, RecordFinder.Framing framing, byte[] dictionary,
      ByteBuffer read) {
    if (!framing.compressed()) {
      throw new IllegalArgumentException("framing must be GZIP, ZSTD or LZ4, was " + framing);
    }
    this.file = file;
    this.framing = framing;
    this.name = switch (framing) {
      case GZIP -> "gzip member";
      case ZSTD -> "Zstandard frame";
      default -> "LZ4 frame";
    };
    this.inOffset = offset;
    if (read != null) {
      in.clear();
      in.put(read.duplicate());
      in.flip();
    }
    if (framing == RecordFinder.Framing.ZSTD) {
      zstd = new ZstdDecompressCtx();
      if (dictionary != null) {
        dictionaryId = Zstd.getDictIdFromDict(dictionary);
        zstd.loadDict(dictionary);
      }
    } else if (framing == RecordFinder.Framing.GZIP) {
      inflater = new Inflater(true);
      crc = new CRC32();
    }
  }

  /**
   * The dictionary a Zstandard file opens with, decompressed, and the offset of its first frame
   * after it; null when the file does not open with one.
   */
  static Dictionary zstdDictionary(SeekableByteChannel file) throws IOException {
    ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    file.position(0);
    readFully(file, head);
    if (head.position() < 8 || head.getInt(0) != ZSTD_DICTIONARY_MAGIC) {
      return null;
    }
    long size = Integer.toUnsignedLong(head.getInt(4));
    if (size > MAX_DICTIONARY_BYTES) {
      throw new CorruptFrameException("corruptZstd", "the dictionary frame at byte 0 says it holds " + size
          + " bytes, more than the " + MAX_DICTIONARY_BYTES + " a dictionary may have", null);
    }
    ByteBuffer bytes = ByteBuffer.allocate((int) size);
    readFully(file, bytes);
    if (bytes.hasRemaining()) {
      throw new EOFException("the file ends inside its dictionary frame (" + bytes.position() + " of " + size
          + " bytes)");
    }
    byte[] dictionary = bytes.array();
    if (size >= 4 && bytes.order(ByteOrder.LITTLE_ENDIAN).getInt(0) == ZSTD_MAGIC) {
      dictionary = decompressDictionary(dictionary);
    }
    return new Dictionary(dictionary, 8 + size);
  }

  /** A Zstandard dictionary, and the offset of the file's first frame after it. */
  record Dictionary(byte[] bytes, long end) {}

  private static byte[] decompressDictionary(byte[] frame) throws CorruptFrameException {
    long size = Zstd.getFrameContentSize(frame);
    if (size <= 0 || size > MAX_DICTIONARY_BYTES) {
      throw new CorruptFrameException("corruptZstd", "the compressed dictionary at byte 8 does not say a size up to "
          + MAX_DICTIONARY_BYTES + " bytes (" + size + ")", null);
    }
    try {
      return Zstd.decompress(frame, (int) size);
    } catch (ZstdException e) {
      throw new CorruptFrameException("corruptZstd", "the compressed dictionary at byte 8 cannot be decompressed: "
          + e.getMessage(), e);
    }
  }

  /**
   * The offset of the frame (or of the bytes that are no frame) whose decoding failed; -1 while
   * none has. A frame's checksum is checked after its last bytes were decoded, so a record whose
   * block was read to its end can still turn out corrupt; a gzip member's failed check is known
   * here as soon as its last bytes are decoded, before the read that throws it.
   */
  long failedAt() {
    return failedAt;
  }

  /** What made decoding fail at {@link #failedAt}, or null while nothing has. */
  IOException failure() {
    return failure;
  }

  /**
   * True when the failure is a gzip member's failed CRC-32 or length check: the member inflated
   * to its end, and every byte of it was handed out before the check could be made.
   */
  boolean failedItsCheck() {
    return checkFailed;
  }

  /**
   * The file offset of the frame that holds the record that starts at decompressed position
   * {@code position}: the last frame that starts at or before it, or the next one when only line
   * ends follow the position in that frame. jwarc's lenient parser skips line ends before a
   * record without counting them in its position (an ARC file's blank line between records):
   * when they end a frame, the record starts in the next. Positions asked for must not go back.
   */
  long fileOffsetOf(long position) {
    while (frames.size() > 1) {
      Frame head = frames.removeFirst();
      if (frames.getFirst().start > position && head.contentEnd > position) {
        frames.addFirst(head);
        break;
      }
    }
    return frames.isEmpty() ? inOffset + in.position() : frames.getFirst().offset;
  }

  /**
   * A frame: its file offset, where its bytes start in the decompressed stream, and where its bytes
   * from there on are only line ends (the end of its last other byte).
   */
  private static final class Frame {
    final long offset;
    final long start;
    long contentEnd;

    Frame(long offset, long start) {
      this.offset = offset;
      this.start = start;
      this.contentEnd = start;
    }
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!out.hasRemaining()) {
      if (failure != null) {
        throw failure;
      }
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(out.remaining(), dst.remaining());
    dst.put(dst.position(), out, out.position(), n);
    dst.position(dst.position() + n);
    out.position(out.position() + n);
    return n;
  }

  /** Decodes the next bytes of the current frame, or of the next one; false at the end of the file. */
  private boolean fill() throws IOException {
    out.clear();
    try {
      while (out.position() == 0) {
        if (!inFrame && !startFrame()) {
          return false;
        }
        switch (framing) {
          case GZIP -> decodeGzip();
          case ZSTD -> decodeZstd();
          default -> decodeLz4();
        }
      }
      return true;
    } catch (IOException | RuntimeException e) {
      out.clear(); // a read that fails hands out nothing
      throw e;
    } finally {
      out.flip();
      // every byte of one read is of the last frame started
      for (int i = out.limit() - 1; i >= 0; i--) {
        byte b = out.get(i);
        if (b != '\n' && b != '\r') {
          frames.getLast().contentEnd = decoded + i + 1;
          break;
        }
      }
      decoded += out.remaining();
    }
  }

  /** Starts the next frame, past any skippable frames; false at the end of the file. */
  private boolean startFrame() throws IOException {
    if (framing == RecordFinder.Framing.GZIP) {
      return startGzipMember();
    }
    while (true) {
      if (!ensure(4)) {
        if (in.hasRemaining()) {
          throw failed(position(), new EOFException("the file ends with " + in.remaining() + " bytes that are no "
              + name + ", at byte " + position()));
        }
        return false;
      }
      int magic = in.getInt(in.position());
      int expected = framing == RecordFinder.Framing.ZSTD ? ZSTD_MAGIC : LZ4_MAGIC;
      if (magic == expected) {
        break;
      }
      if (first || (magic & 0xFFFFFFF0) != SKIPPABLE_MAGIC) {
        throw failed(position(), new CorruptFrameException(reason(), String.format(Locale.ROOT,
            "no %s starts at byte %d (its first bytes read 0x%08X)", name, position(), Integer.reverseBytes(magic)),
            null));
      }
      if (!ensure(8)) {
        throw failed(position(), new EOFException("the file ends inside the skippable frame at byte " + position()));
      }
      skip(8 + Integer.toUnsignedLong(in.getInt(in.position() + 4)));
    }
    first = false;
    beginFrame();
    if (framing == RecordFinder.Framing.LZ4) {
      try {
        lz4 = new FramedLZ4CompressorInputStream(new Input(), false);
      } catch (IOException e) {
        throw failure(e);
      }
    }
    return true;
  }

  /** Notes that a frame starts at the next byte to decode. */
  private void beginFrame() {
    frameOffset = position();
    if (!frames.isEmpty() && frames.getLast().start == decoded) {
      frames.removeLast(); // the frame before held no bytes: no position is in it
    }
    frames.addLast(new Frame(frameOffset, decoded));
    inFrame = true;
  }

  /**
   * Starts the next gzip member, past its header (RFC 1952, 2.3: the magic, deflate, flags and
   * the optional extra field, name and comment, which are skipped, and the header CRC-16, which is
   * checked); false at the end of the file.
   */
  private boolean startGzipMember() throws IOException {
    if (!ensure(10)) {
      if (in.hasRemaining()) {
        throw failed(position(), new EOFException("the file ends with " + in.remaining() + " bytes, too few for a "
            + name + ", at byte " + position()));
      }
      return false;
    }
    int at = in.position();
    if ((in.get(at) & 0xff) != 0x1f || (in.get(at + 1) & 0xff) != 0x8b || in.get(at + 2) != 8) {
      throw failed(position(), new CorruptFrameException(reason(), "no " + name + " starts at byte " + position()
          + " (its first bytes read 0x" + HexFormat.of().withUpperCase().formatHex(in.array(), at, at + 4) + ")", null));
    }
    int flags = in.get(at + 3) & 0xff;
    beginFrame();
    CRC32 header = new CRC32();
    skipHeader(10, header);
    if ((flags & FEXTRA) != 0) {
      if (!ensure(2)) {
        throw headerCut();
      }
      int length = Short.toUnsignedInt(in.getShort(in.position()));
      skipHeader(2 + length, header);
    }
    if ((flags & FNAME) != 0) {
      skipZeroTerminated(header);
    }
    if ((flags & FCOMMENT) != 0) {
      skipZeroTerminated(header);
    }
    if ((flags & FHCRC) != 0) {
      checkHeaderCrc(header);
    }
    return true;
  }

  /**
   * Reads the header CRC-16 of the member being started, the low 16 bits of the CRC-32 of its
   * header bytes before it ({@code header}), and fails the member when it is not theirs: its
   * header was damaged, and what it says (its flags, so where its data starts) cannot be trusted.
   * gzip and zlib refuse such a member too; nothing of it is handed out.
   */
  private void checkHeaderCrc(CRC32 header) throws IOException {
    if (!ensure(2)) {
      throw headerCut();
    }
    int expected = Short.toUnsignedInt(in.getShort());
    int computed = (int) (header.getValue() & 0xffff);
    if (expected != computed) {
      throw failed(frameOffset, new CorruptFrameException(reason(), String.format(Locale.ROOT, "the %s that starts at "
          + "byte %d fails its header check (FHCRC): expected %04x (its header CRC-16), computed %04x over the %d "
          + "header bytes before it: its header was damaged", name, frameOffset, expected, computed,
          position() - 2 - frameOffset), null));
    }
  }

  /** Passes over the next {@code n} header bytes, adding them to {@code header}. */
  private void skipHeader(int n, CRC32 header) throws IOException {
    while (n > 0) {
      if (!in.hasRemaining() && !refill()) {
        throw headerCut();
      }
      int k = Math.min(n, in.remaining());
      header.update(in.array(), in.arrayOffset() + in.position(), k);
      in.position(in.position() + k);
      n -= k;
    }
  }

  /** Passes over a zero-terminated header field (a name or comment), adding it to {@code header}. */
  private void skipZeroTerminated(CRC32 header) throws IOException {
    byte b;
    do {
      if (!in.hasRemaining() && !refill()) {
        throw headerCut();
      }
      b = in.get();
      header.update(b);
    } while (b != 0);
  }

  private IOException headerCut() {
    return failed(frameOffset, new EOFException("the file ends inside the header of the " + name
        + " that starts at byte " + frameOffset));
  }

  /** Inflates the next bytes of the current member; checks its trailer when it ends. */
  private void decodeGzip() throws IOException {
    if (!in.hasRemaining() && !refill()) {
      throw failed(frameOffset, new EOFException("the file ends inside the " + name + " that starts at byte "
          + frameOffset));
    }
    int start = out.position();
    inflater.setInput(in); // consumed input advances in's position
    try {
      inflater.inflate(out);
    } catch (DataFormatException e) {
      throw failure(e);
    }
    crc.update(out.array(), out.arrayOffset() + start, out.position() - start);
    if (inflater.finished()) {
      endGzipMember();
    }
  }

  /**
   * Reads the trailer of the member just inflated and checks its CRC-32 and length against what
   * it inflated to. A mismatch does not fail this read, which hands out the member's last bytes:
   * it fails the next one.
   */
  private void endGzipMember() throws IOException {
    long computedCrc = crc.getValue();
    long computedSize = inflater.getBytesWritten();
    inflater.reset();
    crc.reset();
    inFrame = false;
    if (!ensure(8)) {
      throw failed(frameOffset, new EOFException("the file ends inside the trailer of the " + name
          + " that starts at byte " + frameOffset));
    }
    long expectedCrc = Integer.toUnsignedLong(in.getInt());
    long expectedSize = Integer.toUnsignedLong(in.getInt());
    String message = null;
    if (expectedCrc != computedCrc) {
      message = String.format(Locale.ROOT, "the %s that starts at byte %d fails its CRC-32 check: expected %08x (its "
          + "trailer), computed %08x over the %d bytes it inflates to%s: its data or its trailer was damaged", name, frameOffset,
          expectedCrc, computedCrc, computedSize, expectedSize == (computedSize & 0xffffffffL) ? ""
              : ", where its trailer says " + expectedSize + " bytes");
    } else if (expectedSize != (computedSize & 0xffffffffL)) {
      message = String.format(Locale.ROOT, "the %s that starts at byte %d fails its length check: its trailer says %d "
          + "bytes (modulo 2^32), it inflates to %d", name, frameOffset, expectedSize, computedSize);
    }
    if (message != null) {
      failed(frameOffset, new CorruptFrameException(reason(), message, null));
      checkFailed = true;
    }
  }

  private void decodeZstd() throws IOException {
    if (!in.hasRemaining() && !refill()) {
      throw failed(frameOffset, new EOFException("the file ends inside the " + name + " that starts at byte "
          + frameOffset));
    }
    try {
      if (zstd.decompressByteBufferStream(out, in)) {
        inFrame = false;
      }
    } catch (ZstdException e) {
      // the exception holds zstd's result, a negated error code
      if (Zstd.getErrorCode(e.getErrorCode()) == Zstd.errDictionaryWrong()) {
        // zstd says only "Dictionary mismatch"
        throw failed(frameOffset, new CorruptFrameException(reason(), "the " + name + " that starts at byte " + frameOffset
            + " was compressed with a dictionary this file does not hold (" + (dictionaryId < 0
                ? "it opens with no dictionary frame"
                : dictionaryId == 0 ? "the dictionary it opens with is raw content, without an ID"
                : "the dictionary it opens with has ID " + dictionaryId) + "): " + e.getMessage(), e));
      }
      throw failure(e);
    }
  }

  private void decodeLz4() throws IOException {
    try {
      int n = lz4.read(out.array(), out.arrayOffset() + out.position(), out.remaining());
      if (n < 0) {
        inFrame = false;
      } else {
        out.position(out.position() + n);
      }
    } catch (IOException | RuntimeException e) {
      throw failure(e);
    }
  }

  /** What a decoder's failure in the current frame is: the file's end, or a corrupt frame. */
  private IOException failure(Exception e) {
    if (e instanceof EOFException eof) {
      return failed(frameOffset, eof);
    }
    if (fileEnded && !in.hasRemaining()) {
      return failed(frameOffset, new EOFException("the file ends inside the " + name + " that starts at byte "
          + frameOffset + " (" + e.getMessage() + ")"));
    }
    return failed(frameOffset, new CorruptFrameException(reason(), "the " + name + " that starts at byte "
        + frameOffset + " cannot be " + (framing == RecordFinder.Framing.GZIP ? "inflated" : "decompressed") + ": "
        + e.getMessage(), e));
  }

  /**
   * Notes that decoding failed at {@code offset}, where the bytes read from here on are said to
   * be (they are no frame's when it is not a frame's start); returns {@code e}.
   */
  private IOException failed(long offset, IOException e) {
    failedAt = offset;
    failure = e;
    if (frames.isEmpty() || frames.getLast().offset != offset) {
      frames.addLast(new Frame(offset, decoded));
    }
    return e;
  }

  private String reason() {
    return switch (framing) {
      case GZIP -> "corruptGzip";
      case ZSTD -> "corruptZstd";
      default -> "corruptLz4";
    };
  }

  /** File offset of the next byte to decode. */
  private long position() {
    return inOffset + in.position();
  }

  /** True when {@code n} bytes are buffered, reading more as needed. */
  private boolean ensure(int n) throws IOException {
    while (in.remaining() < n) {
      if (!refill()) {
        return false;
      }
    }
    return true;
  }

  /** Reads more of the file after the buffered bytes; false when it has no more. */
  private boolean refill() throws IOException {
    if (fileEnded) {
      return false;
    }
    inOffset += in.position();
    in.compact();
    file.position(inOffset + in.position());
    int n = file.read(in);
    in.flip();
    if (n < 0) {
      fileEnded = true;
      return false;
    }
    return true;
  }

  private void skip(long n) throws IOException {
    if (n <= in.remaining()) {
      in.position(in.position() + (int) n);
      return;
    }
    long target = position() + n;
    if (target > file.size()) {
      throw new EOFException("the file ends inside the skippable frame that ends at byte " + target);
    }
    inOffset = target;
    in.clear().flip();
  }

  private static void readFully(SeekableByteChannel file, ByteBuffer buf) throws IOException {
    while (buf.hasRemaining() && file.read(buf) >= 0) {
      // read on
    }
  }

  @Override
  public boolean isOpen() {
    return file.isOpen();
  }

  /** Frees the decoder; the caller owns the file, which stays open. */
  @Override
  public void close() {
    if (zstd != null) {
      zstd.close();
      zstd = null;
    }
    if (inflater != null) {
      inflater.end();
      inflater = null;
    }
  }

  /** The buffered file as a stream, for commons-compress: it reads exactly its frame, no further. */
  private final class Input extends InputStream {
    @Override
    public int read() throws IOException {
      if (!in.hasRemaining() && !refill()) {
        return -1;
      }
      return in.get() & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (!in.hasRemaining() && !refill()) {
        return -1;
      }
      int n = Math.min(len, in.remaining());
      in.get(b, off, n);
      return n;
    }
  }
}
