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
import java.util.Locale;
import org.apache.commons.compress.compressors.lz4.FramedLZ4CompressorInputStream;

/**
 * The decompressed bytes of a Zstandard or LZ4 archive, frame after frame from one frame start on,
 * for jwarc to parse as an uncompressed WARC; and, for a position in those bytes, the file offset of
 * the frame that holds it.
 *
 * <p>Writers of {@code .warc.zst} (wget-at, warcprox) and {@code .warc.lz4} (resiliparse) put each
 * record in a frame of its own, so a record's offset is its frame's offset. A frame that holds
 * several records (a file compressed as one frame) gives them all its offset. A Zstandard file may
 * open with a skippable frame holding the dictionary every frame uses ({@link #zstdDictionary},
 * the <a href="https://iipc.github.io/warc-specifications/specifications/warc-zstd/">warc-zstd</a>
 * layout); it is read once and handed to every channel on the file, wherever it starts.
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
 * (reason {@code corruptZstd} or {@code corruptLz4}), or with an {@link EOFException} when the file
 * ends inside the frame. Memory is bounded: buffers are fixed, a dictionary is at most {@link
 * #MAX_DICTIONARY_BYTES}, and zstd refuses frames whose window exceeds its default limit (128 MB).
 */
final class FrameChannel implements ReadableByteChannel {

  /** The largest Zstandard dictionary read, compressed or not. */
  static final int MAX_DICTIONARY_BYTES = 32 << 20;

  private static final int ZSTD_MAGIC = 0xFD2FB528;
  private static final int LZ4_MAGIC = 0x184D2204;
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
  /** Frame starts not yet passed: {file offset, decompressed position}. */
  private final ArrayDeque<long[]> frames = new ArrayDeque<>();
  private long decoded;
  private boolean inFrame;
  private boolean first = true;
  private long frameOffset;
  /** The offset of the frame whose decoding failed, or -1. */
  private long failedAt = -1;
  private ZstdDecompressCtx zstd;
  private FramedLZ4CompressorInputStream lz4;

  /**
   * The frames of {@code file} from {@code offset}, which must be a Zstandard or LZ4 frame's start
   * (as {@code framing} says); {@code dictionary} (Zstandard only, may be null) decodes every frame.
   * {@code read}, when not null, holds the file's bytes from {@code offset} that the caller has
   * already read (ready to be read from, at most 64 KiB): they are not read again.
   */
  FrameChannel(SeekableByteChannel file, long offset, RecordFinder.Framing framing, byte[] dictionary,
      ByteBuffer read) {
    if (framing != RecordFinder.Framing.ZSTD && framing != RecordFinder.Framing.LZ4) {
      throw new IllegalArgumentException("framing must be ZSTD or LZ4, was " + framing);
    }
    this.file = file;
    this.framing = framing;
    this.name = framing == RecordFinder.Framing.ZSTD ? "Zstandard" : "LZ4";
    this.inOffset = offset;
    if (read != null) {
      in.clear();
      in.put(read.duplicate());
      in.flip();
    }
    if (framing == RecordFinder.Framing.ZSTD) {
      zstd = new ZstdDecompressCtx();
      if (dictionary != null) {
        zstd.loadDict(dictionary);
      }
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
   * The offset of the frame (or of the bytes that are no frame) whose decoding failed a read; -1
   * while none has. A frame's checksum is checked after its last bytes were read, so a record
   * whose block was read to its end can still turn out corrupt.
   */
  long failedAt() {
    return failedAt;
  }

  /**
   * The file offset of the frame that holds decompressed position {@code position}: the last frame
   * that starts at or before it. Positions asked for must not go back.
   */
  long fileOffsetOf(long position) {
    while (frames.size() > 1) {
      long[] head = frames.removeFirst();
      if (frames.getFirst()[1] > position) {
        frames.addFirst(head);
        break;
      }
    }
    return frames.isEmpty() ? inOffset + in.position() : frames.getFirst()[0];
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!out.hasRemaining() && !fill()) {
      return -1;
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
        if (framing == RecordFinder.Framing.ZSTD) {
          decodeZstd();
        } else {
          decodeLz4();
        }
      }
      return true;
    } finally {
      out.flip();
      decoded += out.remaining();
    }
  }

  /** Starts the next frame, past any skippable frames; false at the end of the file. */
  private boolean startFrame() throws IOException {
    while (true) {
      if (!ensure(4)) {
        if (in.hasRemaining()) {
          throw failed(position(), new EOFException("the file ends with " + in.remaining() + " bytes that are no "
              + name + " frame, at byte " + position()));
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
            "no %s frame starts at byte %d (its first bytes read 0x%08X)", name, position(), Integer.reverseBytes(magic)),
            null));
      }
      if (!ensure(8)) {
        throw failed(position(), new EOFException("the file ends inside the skippable frame at byte " + position()));
      }
      skip(8 + Integer.toUnsignedLong(in.getInt(in.position() + 4)));
    }
    first = false;
    frameOffset = position();
    if (!frames.isEmpty() && frames.getLast()[1] == decoded) {
      frames.removeLast(); // the frame before held no bytes: no position is in it
    }
    frames.addLast(new long[] {frameOffset, decoded});
    inFrame = true;
    if (framing == RecordFinder.Framing.LZ4) {
      try {
        lz4 = new FramedLZ4CompressorInputStream(new Input(), false);
      } catch (IOException e) {
        throw failure(e);
      }
    }
    return true;
  }

  private void decodeZstd() throws IOException {
    if (!in.hasRemaining() && !refill()) {
      throw failed(frameOffset, new EOFException("the file ends inside the Zstandard frame that starts at byte "
          + frameOffset));
    }
    try {
      if (zstd.decompressByteBufferStream(out, in)) {
        inFrame = false;
      }
    } catch (ZstdException e) {
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
      return failed(frameOffset, new EOFException("the file ends inside the " + name + " frame that starts at byte "
          + frameOffset + " (" + e.getMessage() + ")"));
    }
    return failed(frameOffset, new CorruptFrameException(reason(), "the " + name + " frame that starts at byte "
        + frameOffset + " cannot be decompressed: " + e.getMessage(), e));
  }

  /**
   * Notes that decoding failed at {@code offset}, where the bytes read from here on are said to
   * be (they are no frame's when it is not a frame's start); returns {@code e}.
   */
  private IOException failed(long offset, IOException e) {
    failedAt = offset;
    if (frames.isEmpty() || frames.getLast()[0] != offset) {
      frames.addLast(new long[] {offset, decoded});
    }
    return e;
  }

  private String reason() {
    return framing == RecordFinder.Framing.ZSTD ? "corruptZstd" : "corruptLz4";
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
