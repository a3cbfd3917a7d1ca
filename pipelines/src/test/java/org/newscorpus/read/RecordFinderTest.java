package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordFinderTest {

  @TempDir Path dir;

  private long next(String content, RecordFinder.Framing framing, long from) throws IOException {
    Path file = dir.resolve("f");
    Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
    try (FileChannel channel = FileChannel.open(file)) {
      return new RecordFinder(channel, framing).next(from);
    }
  }

  @Test
  void aWarcLineIsACandidateOnlyAtALineStart() throws IOException {
    String s = "WARC/1.0\r\nx: WARC/1.0\r\n\r\nWARC/1.1\r\n";
    assertEquals(0, next(s, RecordFinder.Framing.PLAIN_WARC, 0));
    assertEquals(s.lastIndexOf("WARC/1.1"), next(s, RecordFinder.Framing.PLAIN_WARC, 1));
    assertEquals(-1, next(s, RecordFinder.Framing.PLAIN_WARC, s.lastIndexOf("WARC/1.1") + 1));
  }

  @Test
  void aLineAfterABareCarriageReturnIsALineStart() throws IOException {
    String s = "WARC/1.0\r\nx: y\rWARC/1.1\r\n";
    assertEquals(s.indexOf("WARC/1.1"), next(s, RecordFinder.Framing.PLAIN_WARC, 1));
    String arc = "filedesc://x.arc 0.0.0.0 20140101000000 text/plain 3\rabc\rhttp://a/ 1.2.3.4 20140101000000 text/html 1\r";
    assertEquals(arc.indexOf("http://a/"), next(arc, RecordFinder.Framing.PLAIN_ARC, 1));
  }

  @Test
  void anArcRecordStartsWithAUrlLine() throws IOException {
    String s = "filedesc://x.arc 0.0.0.0 20140101000000 text/plain 3\nabc\n1 0 x\nhttp://a/ 1.2.3.4 20140101000000 text/html 1\n";
    assertEquals(s.indexOf("http://a/"), next(s, RecordFinder.Framing.PLAIN_ARC, 1));
  }

  @Test
  void aGzipMemberIsACandidateAnywhere() throws IOException {
    String s = "xx\u001f\u008b\u0008yy";
    assertEquals(2, next(s, RecordFinder.Framing.GZIP, 0));
    assertEquals(-1, next(s, RecordFinder.Framing.GZIP, 3));
  }

  @Test
  void aZstdOrLz4FrameIsACandidateAnywhereInItsOwnFraming() throws IOException {
    String s = "xx(\u00b5/\u00fdyy\u0004\"M\u0018zz";
    assertEquals(2, next(s, RecordFinder.Framing.ZSTD, 0));
    assertEquals(-1, next(s, RecordFinder.Framing.ZSTD, 3));
    assertEquals(8, next(s, RecordFinder.Framing.LZ4, 0));
    assertEquals(-1, next(s, RecordFinder.Framing.GZIP, 0));
  }

  @Test
  void candidatesAcrossWindowBoundariesAreFound() throws IOException {
    String s = "a".repeat(64 * 1024 - 3) + "\nWARC/1.0\r\n";
    assertEquals(64 * 1024 - 2, next(s, RecordFinder.Framing.PLAIN_WARC, 1));
  }

  @Test
  void framingIsSniffedFromTheFirstBytes() {
    assertEquals(RecordFinder.Framing.GZIP, RecordFinder.Framing.of(new byte[] {0x1f, (byte) 0x8b, 8, 0}, 4));
    assertEquals(RecordFinder.Framing.LZ4, RecordFinder.Framing.of(new byte[] {4, 0x22, 0x4d, 0x18}, 4));
    assertEquals(RecordFinder.Framing.ZSTD, RecordFinder.Framing.of(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}, 4));
    assertEquals(RecordFinder.Framing.ZSTD, RecordFinder.Framing.of(new byte[] {0x5d, 0x2a, 0x4d, 0x18, 0, 1, 0, 0}, 8),
        "a skippable frame holding a dictionary");
    assertEquals(RecordFinder.Framing.UNSUPPORTED, RecordFinder.Framing.of("BZh91AY&SY".getBytes(StandardCharsets.US_ASCII), 10));
    byte[] arc = "filedesc://a".getBytes(StandardCharsets.US_ASCII);
    assertEquals(RecordFinder.Framing.PLAIN_ARC, RecordFinder.Framing.of(arc, arc.length));
    byte[] warc = "WARC/1.0\r\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(RecordFinder.Framing.PLAIN_WARC, RecordFinder.Framing.of(warc, warc.length));
  }
}
