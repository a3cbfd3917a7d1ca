package org.newscorpus.read;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the Zstandard fixtures of {@code src/test/resources/warc/crafted/} (see its README): the
 * six records of the real {@code warcio/example.warc}, each compressed by zstd-jni into a frame of
 * its own, the way wget-at and warcprox write {@code .warc.zst}; once plain, once with a
 * raw-content dictionary in a skippable frame before them, once with a trained dictionary there
 * (whose ID the frames name), once with a frame damaged, once cut short. There is
 * no public {@code .warc.zst} test file to copy. {@code ArchiveReaderTest} checks that the
 * committed files are what this class writes (with the zstd-jni of the build: another version
 * may compress differently, and the files must then be written again).
 *
 * <p>Run from {@code pipelines/}: {@code java -cp target/test-classes:target/classes:$(cat
 * target/classpath.txt) org.newscorpus.read.CraftedZstdArchives src/test/resources/warc/crafted}.
 */
final class CraftedZstdArchives {

  /** The real file whose records the fixtures hold, below the fixture folder. */
  static final String SOURCE = "warcio/example.warc";
  /** The record whose frame {@code example-corrupt-frame.warc.zst} damages: the first request. */
  static final int DAMAGED = 3;
  static final int LEVEL = 3;
  /** The real file whose records, with {@link #SOURCE}'s, the trained dictionary learns from. */
  static final String TRAINING = "webarchive-commons/IAH-urls-wget.warc";
  /** The size of the trained dictionary. */
  static final int TRAINED_BYTES = 4096;

  private CraftedZstdArchives() {}

  /** File name (below {@code crafted/}) to its bytes, from the fixture folder {@code warc}. */
  static Map<String, byte[]> files(Path warc) throws IOException {
    List<byte[]> records = records(Files.readAllBytes(warc.resolve(SOURCE)));
    Map<String, byte[]> files = new TreeMap<>();
    Frames plain = frames(records, null);
    files.put("example-per-record.warc.zst", plain.bytes());
    byte[] dictionary = dictionary(records);
    Frames withDictionary = frames(records, dictionary);
    files.put("example-dictionary.warc.zst", concat(dictionaryFrame(dictionary), withDictionary.bytes()));
    byte[] trained = trainedDictionary(warc);
    files.put("example-trained-dictionary.warc.zst", concat(dictionaryFrame(trained), frames(records, trained).bytes()));
    files.put("example-corrupt-frame.warc.zst", damaged(plain, DAMAGED));
    int last = records.size() - 1;
    files.put("example-truncated.warc.zst",
        Arrays.copyOf(plain.bytes(), (int) (plain.starts()[last] + plain.starts()[last + 1]) / 2));
    return files;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> file : files(dir.getParent()).entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
  }

  /** Frames one after another, and where each starts (and the end, last). */
  record Frames(byte[] bytes, long[] starts) {}

  /** Each record in a frame of its own (with a checksum), compressed with {@code dictionary} if not null. */
  static Frames frames(List<byte[]> records, byte[] dictionary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long[] starts = new long[records.size() + 1];
    try (ZstdCompressCtx zstd = new ZstdCompressCtx()) {
      zstd.setLevel(LEVEL).setChecksum(true).setContentSize(true);
      if (dictionary != null) {
        zstd.loadDict(dictionary);
      }
      for (int i = 0; i < records.size(); i++) {
        starts[i] = out.size();
        out.writeBytes(zstd.compress(records.get(i)));
      }
    }
    starts[records.size()] = out.size();
    return new Frames(out.toByteArray(), starts);
  }

  /**
   * A raw-content dictionary: the WARC headers of the records, which every record of a crawl
   * repeats nearly word for word (wget-at trains one on a sample of its records instead).
   */
  static byte[] dictionary(List<byte[]> records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] record : records) {
      String text = new String(record, StandardCharsets.ISO_8859_1);
      out.writeBytes(text.substring(0, text.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.ISO_8859_1));
    }
    return out.toByteArray();
  }

  /**
   * The dictionary of {@code fixture} (a name below {@code crafted/}): null when it has none, else
   * the one its first frame holds, from the fixture folder {@code warc}.
   */
  static byte[] dictionaryOf(String fixture, Path warc) throws IOException {
    if (fixture.contains("trained-dictionary")) {
      return trainedDictionary(warc);
    }
    return fixture.contains("dictionary") ? dictionary(records(Files.readAllBytes(warc.resolve(SOURCE)))) : null;
  }

  /**
   * A dictionary trained by zstd (its own format: magic 0xEC30A437, entropy tables, and an ID that
   * every frame compressed with it names) on the records of {@link #SOURCE} and of {@link
   * #TRAINING}, the way the dictionaries in wget-at's files are made: on a sample of a crawl's
   * records. zstd needs more samples than {@link #SOURCE}'s six.
   */
  static byte[] trainedDictionary(Path warc) throws IOException {
    List<byte[]> samples = new ArrayList<>(records(Files.readAllBytes(warc.resolve(SOURCE))));
    samples.addAll(records(Files.readAllBytes(warc.resolve(TRAINING))));
    byte[] dictionary = new byte[TRAINED_BYTES];
    long size = Zstd.trainFromBuffer(samples.toArray(new byte[0][]), dictionary);
    if (Zstd.isError(size)) {
      throw new IllegalStateException("zstd cannot train a dictionary: " + Zstd.getErrorName(size));
    }
    return Arrays.copyOf(dictionary, (int) size);
  }

  /** The skippable frame (magic 0x184D2A5D) that holds {@code dictionary}, itself zstd-compressed, as warc-zstd says. */
  static byte[] dictionaryFrame(byte[] dictionary) {
    byte[] compressed = Zstd.compress(dictionary, 19);
    ByteBuffer frame = ByteBuffer.allocate(8 + compressed.length).order(ByteOrder.LITTLE_ENDIAN);
    frame.putInt(FrameChannel.ZSTD_DICTIONARY_MAGIC).putInt(compressed.length).put(compressed);
    return frame.array();
  }

  /** The frames with 8 bytes in the middle of frame {@code victim} inverted. */
  static byte[] damaged(Frames frames, int victim) {
    byte[] bytes = frames.bytes().clone();
    int middle = (int) (frames.starts()[victim] + frames.starts()[victim + 1]) / 2;
    for (int i = middle; i < middle + 8; i++) {
      bytes[i] = (byte) ~bytes[i];
    }
    return bytes;
  }

  /** The records of an uncompressed WARC file, each with its trailing CRLFCRLF. */
  static List<byte[]> records(byte[] warc) {
    List<byte[]> records = new ArrayList<>();
    String text = new String(warc, StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < warc.length) {
      int headerEnd = text.indexOf("\r\n\r\n", at) + 4;
      int length = text.indexOf("\r\nContent-Length: ", at) + "\r\nContent-Length: ".length();
      long contentLength = Long.parseLong(text.substring(length, text.indexOf("\r\n", length)).trim());
      int end = (int) (headerEnd + contentLength + 4);
      records.add(Arrays.copyOfRange(warc, at, end));
      at = end;
    }
    return records;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
