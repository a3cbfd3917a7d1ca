package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The gzip side of {@link FrameChannel} (its Zstandard and LZ4 sides are tested through {@link
 * ArchiveReaderTest}): what it inflates, how a member that fails its check fails, and which member a
 * position is in.
 */
class FrameChannelTest {

  /** Every real fixture that is gzip by its magic bytes. */
  static Stream<String> realGzipFiles() throws IOException {
    return ArchiveReaderTest.expectedOutcomes().map(a -> (String) a.get()[0])
        .filter(name -> !name.startsWith("crafted/") && !name.startsWith("wacz/"))
        .filter(name -> {
          try (InputStream in = Files.newInputStream(ArchiveReaderTest.fixtures().resolve(name))) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  /** What the channel gives from the file's start to its end, or to the failure that stops it. */
  private record Decoded(byte[] bytes, IOException failure) {}

  private static Decoded decode(SeekableByteChannel file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (FrameChannel frames = new FrameChannel(file, 0, RecordFinder.Framing.GZIP, null, null)) {
      ByteBuffer buf = ByteBuffer.allocate(8192);
      while (frames.read(buf) >= 0) {
        out.write(buf.array(), 0, buf.position());
        buf.clear();
      }
      return new Decoded(out.toByteArray(), null);
    } catch (IOException e) {
      return new Decoded(out.toByteArray(), e);
    }
  }

  private static Decoded gunzip(byte[] file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(file))) {
      in.transferTo(out);
      return new Decoded(out.toByteArray(), null);
    } catch (IOException e) {
      return new Decoded(out.toByteArray(), e);
    }
  }

  @ParameterizedTest
  @MethodSource("realGzipFiles")
  void inflatesEveryRealGzipFileToWhatTheJdksGunzipGivesAndFailsWhereItFails(String fixture) throws IOException {
    Path path = ArchiveReaderTest.fixtures().resolve(fixture);
    Decoded expected = gunzip(Files.readAllBytes(path));
    Decoded decoded;
    try (FileChannel file = FileChannel.open(path)) {
      decoded = decode(file);
    }
    assertEquals(expected.failure() == null, decoded.failure() == null,
        "GZIPInputStream: " + expected.failure() + "; FrameChannel: " + decoded.failure());
    if (expected.failure() == null) {
      assertArrayEquals(expected.bytes(), decoded.bytes());
    }
  }

  @Test
  void aMemberThatFailsItsCrcHandsOutItsBytesThenFailsEveryReadAfterThem(@TempDir Path dir) throws IOException {
    byte[] source = Files.readAllBytes(ArchiveReaderTest.fixtures().resolve(CraftedGzipArchives.SOURCE));
    CraftedGzipArchives.Damaged crcFlipped = CraftedGzipArchives.damages(source).get(0);
    List<CraftedGzipArchives.Member> members = CraftedGzipArchives.members(source);
    Path file = Files.write(dir.resolve("crc-flipped.warc.gz"), crcFlipped.damaged());
    ByteArrayOutputStream upToTheDamage = new ByteArrayOutputStream();
    for (int i = 0; i <= CraftedGzipArchives.RESPONSE; i++) {
      upToTheDamage.writeBytes(members.get(i).content());
    }
    try (FileChannel channel = FileChannel.open(file);
        FrameChannel frames = new FrameChannel(channel, 0, RecordFinder.Framing.GZIP, null, null)) {
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      FrameChannel.CorruptFrameException failure = readUntilItFails(frames, read);
      assertArrayEquals(upToTheDamage.toByteArray(), read.toByteArray(), "the damaged member's bytes are handed out");
      assertEquals("corruptGzip", failure.reason());
      assertEquals(crcFlipped.memberOffset(), frames.failedAt());
      assertSame(failure, frames.failure());
      assertSame(failure, assertThrows(FrameChannel.CorruptFrameException.class, () -> frames.read(ByteBuffer.allocate(100))),
          "the next member is not read");
    }
  }

  /** Reads {@code frames} into {@code read}, 100 bytes at a time, until a read fails as a corrupt frame. */
  private static FrameChannel.CorruptFrameException readUntilItFails(FrameChannel frames, ByteArrayOutputStream read) {
    ByteBuffer buf = ByteBuffer.allocate(100);
    return assertThrows(FrameChannel.CorruptFrameException.class, () -> {
      while (frames.read(buf) >= 0) {
        read.write(buf.array(), 0, buf.position());
        buf.clear();
      }
    });
  }

  @Test
  void aMemberWhoseHeaderCrcFailsFailsTheReadThatStartsItAndHandsOutNoneOfItsBytes(@TempDir Path dir)
      throws IOException {
    byte[] source = Files.readAllBytes(ArchiveReaderTest.fixtures().resolve(CraftedGzipArchives.SOURCE));
    CraftedGzipArchives.Damaged headerCrcs = CraftedGzipArchives.headerCrcs(source);
    List<CraftedGzipArchives.Member> members = CraftedGzipArchives.members(source);
    ByteArrayOutputStream beforeTheDamage = new ByteArrayOutputStream();
    for (int i = 0; i < CraftedGzipArchives.RESPONSE; i++) {
      beforeTheDamage.writeBytes(members.get(i).content());
    }
    try (FileChannel file = FileChannel.open(Files.write(dir.resolve("intact.warc.gz"), headerCrcs.intact()))) {
      assertArrayEquals(gunzip(source).bytes(), decode(file).bytes(), "a right header CRC-16 is passed");
    }
    try (FileChannel file = FileChannel.open(Files.write(dir.resolve("damaged.warc.gz"), headerCrcs.damaged()));
        FrameChannel frames = new FrameChannel(file, 0, RecordFinder.Framing.GZIP, null, null)) {
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      FrameChannel.CorruptFrameException failure = readUntilItFails(frames, read);
      assertArrayEquals(beforeTheDamage.toByteArray(), read.toByteArray(), "the members before it, and none of it");
      assertEquals("corruptGzip", failure.reason());
      assertEquals(headerCrcs.memberOffset(), frames.failedAt());
      assertEquals(false, frames.failedItsCheck(), "not a trailer's check, made after the member's bytes");
    }
  }

  @Test
  void knownFailureOfAMemberIsToldBeforeTheReadThatThrowsIt(@TempDir Path dir) throws IOException {
    byte[] source = Files.readAllBytes(ArchiveReaderTest.fixtures().resolve(CraftedGzipArchives.SOURCE));
    CraftedGzipArchives.Damaged crcFlipped = CraftedGzipArchives.damages(source).get(0);
    CraftedGzipArchives.Member response = CraftedGzipArchives.members(source).get(CraftedGzipArchives.RESPONSE);
    try (FileChannel channel = FileChannel.open(Files.write(dir.resolve("crc-flipped.warc.gz"), crcFlipped.damaged()));
        FrameChannel frames = new FrameChannel(channel, response.start(), RecordFinder.Framing.GZIP, null, null)) {
      ByteBuffer buf = ByteBuffer.allocate(10);
      assertEquals(10, frames.read(buf), "the member's first bytes");
      assertEquals(response.start(), frames.failedAt(), "its small member was inflated whole and checked");
      assertEquals("corruptGzip", ((FrameChannel.CorruptFrameException) frames.failure()).reason());
    }
  }

  /** A gzip member of {@code content} with an extra field, a name, a comment and a header CRC-16 (RFC 1952, 2.3). */
  private static byte[] memberWithEveryHeaderField(byte[] content) {
    byte[] plain = CraftedGzipArchives.storedMember(content);
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 3});
    byte[] extra = "sl\u0008\u0000abcdefgh".getBytes(StandardCharsets.ISO_8859_1);
    header.writeBytes(new byte[] {(byte) extra.length, 0});
    header.writeBytes(extra);
    header.writeBytes("record.warc\0".getBytes(StandardCharsets.ISO_8859_1));
    header.writeBytes("a comment\0".getBytes(StandardCharsets.ISO_8859_1));
    CRC32 crc16 = new CRC32();
    crc16.update(header.toByteArray());
    header.writeBytes(new byte[] {(byte) crc16.getValue(), (byte) (crc16.getValue() >> 8)});
    return CraftedGzipArchives.concat(header.toByteArray(), java.util.Arrays.copyOfRange(plain, 10, plain.length));
  }

  @Test
  void theOptionalHeaderFieldsOfAMemberAreSkipped(@TempDir Path dir) throws IOException {
    byte[] one = "WARC/1.1\r\nWARC-Type: warcinfo\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] two = "Content-Length: 0\r\n\r\n\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] gz = CraftedGzipArchives.concat(memberWithEveryHeaderField(one), memberWithEveryHeaderField(two));
    assertArrayEquals(CraftedGzipArchives.concat(one, two), gunzip(gz).bytes(), "the JDK reads the members so too");
    try (FileChannel file = FileChannel.open(Files.write(dir.resolve("fields.warc.gz"), gz))) {
      Decoded decoded = decode(file);
      assertEquals(null, decoded.failure());
      assertArrayEquals(CraftedGzipArchives.concat(one, two), decoded.bytes());
    }
  }

  @Test
  void aPositionFollowedOnlyByLineEndsInItsMemberIsInTheNextMember(@TempDir Path dir) throws IOException {
    // an ARC filedesc record whose member ends with the blank line jwarc skips before the next record
    byte[] first = "filedesc://a.arc 0.0.0.0 20140216050221 text/plain 2\nab\n\n".getBytes(StandardCharsets.US_ASCII);
    byte[] second = "http://example.com/ 93.184.216.119 20140216050323 text/html 2\nhi\n".getBytes(StandardCharsets.US_ASCII);
    byte[] one = CraftedGzipArchives.storedMember(first);
    byte[] gz = CraftedGzipArchives.concat(one, CraftedGzipArchives.storedMember(second));
    try (FileChannel file = FileChannel.open(Files.write(dir.resolve("blank-line.arc.gz"), gz));
        FrameChannel frames = new FrameChannel(file, 0, RecordFinder.Framing.GZIP, null, null)) {
      ByteBuffer buf = ByteBuffer.allocate(1024);
      while (frames.read(buf) >= 0) {
        // the whole file
      }
      assertEquals(0, frames.fileOffsetOf(first.length - 3), "the last byte of its content");
      assertEquals(one.length, frames.fileOffsetOf(first.length - 1), "only the blank line follows in its member");
      assertEquals(one.length, frames.fileOffsetOf(first.length), "the next member's first byte");
    }
    assertTrue(one.length > first.length);
  }
}
