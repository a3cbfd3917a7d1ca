package org.newscorpus.read;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDictTrainer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Rewrites a {@code .warc.gz} as a {@code .warc.zst} the way wget-at writes one, for measuring
 * (see {@code scripts/bench-read.sh}): a dictionary trained by zstd-jni on the first records (up
 * to 8 MB of them), zstd-compressed in a skippable frame (magic 0x184D2A5D) at the start, then
 * each record in a frame of its own compressed with it. With {@code --no-dictionary}, the frames
 * alone.
 *
 * <p>Usage: {@code ZstdRecompress IN.warc.gz OUT.warc.zst [LEVEL] [--no-dictionary]} (level 3 by
 * default, zstd's own).
 */
public final class ZstdRecompress {

  private static final int SAMPLE_BYTES = 8 << 20;
  private static final int DICTIONARY_BYTES = 112_640;

  private ZstdRecompress() {}

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int level = args.length > 2 && !args[2].startsWith("--") ? Integer.parseInt(args[2]) : 3;
    boolean withDictionary = !String.join(" ", args).contains("--no-dictionary");
    byte[] dictionary = null;
    if (withDictionary) {
      ZstdDictTrainer trainer = new ZstdDictTrainer(SAMPLE_BYTES, DICTIONARY_BYTES);
      try (InputStream records = open(in)) {
        byte[] record;
        while ((record = next(records)) != null && trainer.addSample(record)) {
          // samples until the trainer is full
        }
      }
      dictionary = trainer.trainSamples();
    }
    long count = 0;
    try (InputStream records = open(in);
        OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        ZstdCompressCtx zstd = new ZstdCompressCtx()) {
      zstd.setLevel(level).setContentSize(true);
      if (dictionary != null) {
        byte[] compressed = Zstd.compress(dictionary, 19);
        file.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN)
            .putInt(FrameChannel.ZSTD_DICTIONARY_MAGIC).putInt(compressed.length).array());
        file.write(compressed);
        zstd.loadDict(dictionary);
      }
      byte[] record;
      while ((record = next(records)) != null) {
        file.write(zstd.compress(record));
        count++;
      }
    }
    System.out.println(String.format(Locale.ROOT, "%d records, %s dictionary, level %d: %d -> %d bytes", count,
        dictionary == null ? "no" : dictionary.length + "-byte", level, Files.size(in), Files.size(out)));
  }

  private static InputStream open(Path gz) throws IOException {
    return new BufferedInputStream(new GZIPInputStream(Files.newInputStream(gz), 1 << 16), 1 << 16);
  }

  /** The next WARC record of an uncompressed stream, with its trailing CRLFCRLF; null at its end. */
  private static byte[] next(InputStream in) throws IOException {
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    long contentLength = -1;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (record.size() == 0 && line.size() == 0) {
          return null;
        }
        throw new EOFException("the stream ends inside a WARC header");
      }
      line.write(b);
      if (b != '\n') {
        continue;
      }
      String text = line.toString(StandardCharsets.ISO_8859_1);
      record.writeBytes(line.toByteArray());
      line.reset();
      if (text.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        contentLength = Long.parseLong(text.substring(15).trim());
      }
      if (text.equals("\r\n") || text.equals("\n")) {
        if (record.size() == text.length()) {
          record.reset(); // line ends between records
          continue;
        }
        break;
      }
    }
    if (contentLength < 0) {
      throw new IOException("a WARC header without Content-Length");
    }
    byte[] block = in.readNBytes((int) contentLength);
    record.writeBytes(block);
    byte[] trailer = new byte[4];
    int n = in.readNBytes(trailer, 0, 4);
    record.write(trailer, 0, n);
    return record.toByteArray();
  }
}
