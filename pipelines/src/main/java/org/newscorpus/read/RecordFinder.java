package org.newscorpus.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * Finds where a record may start in the raw bytes of an archive, for resuming after damage: the
 * next gzip member in a gzipped file, the next Zstandard or LZ4 frame in a file compressed with
 * one of them, else the next line that starts with {@code WARC/} (or, in an ARC file, the next
 * line that starts with a URL), a line starting after a line feed or a carriage return. A candidate is only a place to try: the reader confirms it by
 * parsing a record there.
 */
final class RecordFinder {

  /** How an archive's bytes are framed, from its first bytes. */
  enum Framing {
    /** Gzip members (one per record, or one for the whole file) ({@link FrameChannel}). */
    GZIP,
    /** Uncompressed WARC. */
    PLAIN_WARC,
    /** Uncompressed ARC (starts with a {@code filedesc:} record). */
    PLAIN_ARC,
    /**
     * Zstandard frames (one per record), perhaps after a skippable frame holding their dictionary
     * ({@link FrameChannel}).
     */
    ZSTD,
    /** LZ4 frames (one per record), as resiliparse writes them ({@link FrameChannel}). */
    LZ4,
    /** A compression the reader cannot undo (bzip2, xz). */
    UNSUPPORTED;

    /** True for gzip, Zstandard and LZ4, whose frames a {@link FrameChannel} decodes for jwarc. */
    boolean compressed() {
      return this == GZIP || this == ZSTD || this == LZ4;
    }

    /** The framing of a file whose first bytes are {@code head}. */
    static Framing of(byte[] head, int n) {
      if (n >= 3 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b && head[2] == 8) {
        return GZIP;
      }
      if (startsWith(head, 0, n, ZSTD_FRAME) || startsWith(head, 0, n, ZSTD_DICTIONARY_FRAME)) {
        return ZSTD;
      }
      if (startsWith(head, 0, n, LZ4_FRAME)) {
        return LZ4;
      }
      if (compressionName(head, n) != null) {
        return UNSUPPORTED;
      }
      return startsWith(head, 0, n, ARC_START) ? PLAIN_ARC : PLAIN_WARC;
    }
  }

  private static final byte[] WARC_START = {'W', 'A', 'R', 'C', '/'};
  private static final byte[] ARC_START = {'f', 'i', 'l', 'e', 'd', 'e', 's', 'c', ':'};
  private static final byte[] ZSTD_FRAME = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};
  /** The skippable frame that holds a warc-zstd dictionary (magic 0x184D2A5D). */
  private static final byte[] ZSTD_DICTIONARY_FRAME = {0x5d, 0x2a, 0x4d, 0x18};
  private static final byte[] LZ4_FRAME = {0x04, 0x22, 0x4d, 0x18};
  private static final int WINDOW = 64 * 1024;
  private static final int OVERLAP = 16;

  private final SeekableByteChannel file;
  private final Framing framing;

  RecordFinder(SeekableByteChannel file, Framing framing) {
    this.file = file;
    this.framing = framing;
  }

  /** The name of an unsupported compression the bytes start with, or null. */
  static String compressionName(byte[] h, int n) {
    if (n >= 3 && h[0] == 'B' && h[1] == 'Z' && h[2] == 'h') {
      return "bzip2";
    }
    if (n >= 6 && (h[0] & 0xff) == 0xfd && h[1] == '7' && h[2] == 'z' && h[3] == 'X' && h[4] == 'Z' && h[5] == 0) {
      return "xz";
    }
    return null;
  }

  /** The first candidate record start at or after {@code from}, or -1 when there is none. */
  long next(long from) throws IOException {
    long size = file.size();
    byte[] window = new byte[WINDOW];
    long base = Math.max(0, from - 1);
    while (base < size) {
      file.position(base);
      int n = fill(ByteBuffer.wrap(window));
      if (n <= 0) {
        return -1;
      }
      for (int i = (int) (Math.max(from, base) - base); i < n; i++) {
        if (isCandidate(window, i, n, base)) {
          return base + i;
        }
      }
      if (base + n >= size) {
        return -1;
      }
      // the last bytes are looked at again at the start of the next window
      base += Math.max(1, n - OVERLAP);
    }
    return -1;
  }

  private boolean isCandidate(byte[] w, int i, int n, long base) {
    if (framing == Framing.GZIP) {
      return i + 2 < n && (w[i] & 0xff) == 0x1f && (w[i + 1] & 0xff) == 0x8b && w[i + 2] == 8;
    }
    if (framing == Framing.ZSTD) {
      return startsWith(w, i, n, ZSTD_FRAME);
    }
    if (framing == Framing.LZ4) {
      return startsWith(w, i, n, LZ4_FRAME);
    }
    // a line starts after LF, or after a CR alone (an old Mac line end, or garbage cut after one)
    boolean lineStart = (base + i == 0) || (i > 0 && (w[i - 1] == '\n' || w[i - 1] == '\r'));
    if (!lineStart) {
      return false;
    }
    return framing == Framing.PLAIN_ARC ? startsWithUrl(w, i, n) : startsWith(w, i, n, WARC_START);
  }

  /** True at a {@code scheme:} followed by a non-space, the way an ARC record's URL line starts. */
  private static boolean startsWithUrl(byte[] w, int i, int n) {
    int j = i;
    while (j < n && j - i < 16 && (Character.isLetterOrDigit(w[j]) || w[j] == '+' || w[j] == '.' || w[j] == '-')) {
      j++;
    }
    return j > i && Character.isLetter(w[i]) && j + 1 < n && w[j] == ':' && w[j + 1] > ' ';
  }

  private static boolean startsWith(byte[] w, int i, int n, byte[] prefix) {
    if (i + prefix.length > n) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (w[i + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  private int fill(ByteBuffer buf) throws IOException {
    while (buf.hasRemaining()) {
      if (file.read(buf) < 0) {
        break;
      }
    }
    return buf.position();
  }
}
