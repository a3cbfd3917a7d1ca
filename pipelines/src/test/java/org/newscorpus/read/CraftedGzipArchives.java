package org.newscorpus.read;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Damaged copies of a real per-record gzip WARC, made in memory for the tests of the gzip check:
 * the members of {@code ukwa-webarchive-discovery/transfer_compression_none.warc.gz} (a warcinfo,
 * a request, the response whose HTML page says "Extremely simple webpage used for testing GZip
 * and Brotli transmission compression.", a metadata record and a resource) with the response's
 * member damaged so that it still inflates, to as many bytes, and only its trailer's CRC-32 tells:
 * its trailer's CRC-32 flipped, a byte of its text flipped in a stored (uncompressed) deflate
 * block, or a bit of its compressed data flipped. Each comes with its intact twin of the same
 * layout, so that every record but the damaged one reads the same at the same offset. And the
 * file with the response's member given a header CRC-16, right or wrong ({@link #headerCrcs}); and
 * the file with line ends added in its members ({@link #remade}).
 *
 * <p>Only the JDK's {@link Deflater} and {@link Inflater} are used, here as in the reader: no
 * fixture is committed, the real file is the fixture.
 */
final class CraftedGzipArchives {

  /** The real file, below the fixture folder. */
  static final String SOURCE = "ukwa-webarchive-discovery/transfer_compression_none.warc.gz";
  /** The member of {@link #SOURCE} that holds the HTML response. */
  static final int RESPONSE = 2;
  static final String PAGE_URL = "http://tokemon.sb.statsbiblioteket.dk/";
  static final String TEXT = "Extremely simple webpage";

  /** A damaged file and its intact twin, and where the damaged member starts. */
  record Damaged(String name, byte[] intact, byte[] damaged, long memberOffset) {}

  private CraftedGzipArchives() {}

  /** One gzip member of a file: where it starts, where its deflate data starts, where it ends, what it inflates to. */
  record Member(int start, int dataStart, int end, byte[] content) {}

  /** The gzip members of {@code gz}, one after another to its end. */
  static List<Member> members(byte[] gz) {
    List<Member> members = new ArrayList<>();
    int at = 0;
    while (at < gz.length) {
      int flags = gz[at + 3];
      int p = at + 10;
      if ((flags & 4) != 0) {
        p += 2 + ((gz[p] & 0xff) | (gz[p + 1] & 0xff) << 8);
      }
      for (int field : new int[] {8, 16}) {
        if ((flags & field) != 0) {
          while (gz[p++] != 0) {
            // a zero-terminated name or comment
          }
        }
      }
      if ((flags & 2) != 0) {
        p += 2;
      }
      Inflater inflater = new Inflater(true);
      inflater.setInput(gz, p, gz.length - p);
      ByteArrayOutputStream content = new ByteArrayOutputStream();
      byte[] buf = new byte[1 << 16];
      try {
        while (!inflater.finished()) {
          int n = inflater.inflate(buf);
          if (n == 0 && inflater.needsInput()) {
            throw new IllegalArgumentException("the member at byte " + at + " is cut short");
          }
          content.write(buf, 0, n);
        }
      } catch (DataFormatException e) {
        throw new IllegalArgumentException("the member at byte " + at + " cannot be inflated", e);
      }
      int end = gz.length - inflater.getRemaining() + 8;
      inflater.end();
      members.add(new Member(at, p, end, content.toByteArray()));
      at = end;
    }
    return members;
  }

  /** What the bytes of one member, {@code start} to {@code end} of {@code gz}, inflate to; null when they do not inflate whole. */
  static byte[] inflate(byte[] gz, int dataStart, int end) {
    Inflater inflater = new Inflater(true);
    inflater.setInput(gz, dataStart, end - 8 - dataStart);
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    try {
      while (!inflater.finished()) {
        int n = inflater.inflate(buf);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return null;
        }
        content.write(buf, 0, n);
      }
      return inflater.getRemaining() == 0 ? content.toByteArray() : null;
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }

  /** The three damages of {@link #SOURCE}'s response member, each with its intact twin. */
  static List<Damaged> damages(byte[] source) {
    List<Member> members = members(source);
    Member response = members.get(RESPONSE);
    List<Damaged> all = new ArrayList<>();

    byte[] crcFlipped = source.clone();
    crcFlipped[response.end() - 8] ^= 1;
    all.add(new Damaged("trailer CRC-32 flipped", source, crcFlipped, response.start()));

    byte[] stored = storedMember(response.content());
    byte[] storedFile = concat(Arrays.copyOf(source, response.start()), stored,
        Arrays.copyOfRange(source, response.end(), source.length));
    byte[] storedFlipped = storedFile.clone();
    int text = indexOf(stored, TEXT.getBytes(StandardCharsets.US_ASCII));
    storedFlipped[response.start() + text] ^= 0x20; // "Extremely" becomes "extremely"
    all.add(new Damaged("text flipped in a stored block", storedFile, storedFlipped, response.start()));

    byte[] literalFlipped = source.clone();
    int bit = stillInflatingFlip(source, response);
    literalFlipped[response.dataStart() + bit / 8] ^= (byte) (1 << (bit % 8));
    all.add(new Damaged("compressed bit flipped", source, literalFlipped, response.start()));
    return all;
  }

  /**
   * {@link #SOURCE} with the response's member given a file name and a header CRC-16 (RFC 1952,
   * 2.3.1: flag FHCRC, the low 16 bits of the CRC-32 of the header bytes before it) after its extra
   * field: the intact file has the right CRC-16, the damaged one the same with a bit flipped. Its
   * deflate data and trailer are the source's.
   */
  static Damaged headerCrcs(byte[] source) {
    Member response = members(source).get(RESPONSE);
    if (source[response.start() + 3] != 4) {
      throw new IllegalStateException("the response's member was to have an extra field (FEXTRA) and no other");
    }
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    header.write(source, response.start(), response.dataStart() - response.start());
    header.writeBytes("response.warc\0".getBytes(StandardCharsets.ISO_8859_1));
    byte[] fields = header.toByteArray();
    fields[3] |= 2 | 8; // FHCRC, FNAME
    CRC32 crc = new CRC32();
    crc.update(fields);
    byte[] right = {(byte) crc.getValue(), (byte) (crc.getValue() >> 8)};
    byte[] wrong = {(byte) (right[0] ^ 1), right[1]};
    byte[] before = Arrays.copyOf(source, response.start());
    byte[] after = Arrays.copyOfRange(source, response.dataStart(), source.length);
    return new Damaged("header CRC-16 flipped", concat(before, fields, right, after),
        concat(before, fields, wrong, after), response.start());
  }

  /**
   * {@code gz} with every member made again in stored blocks ({@link #storedMember}), holding what
   * {@code content} makes of what the member inflated to: with the identity, the twin of the same
   * layout to compare with.
   */
  static byte[] remade(byte[] gz, UnaryOperator<byte[]> content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Member member : members(gz)) {
      out.writeBytes(storedMember(content.apply(member.content())));
    }
    return out.toByteArray();
  }

  /**
   * The first bit of {@code member}'s deflate data (counted from its data start) whose flip leaves
   * data that still inflates to as many bytes, with only bytes of the HTML page changed: a literal
   * of the page's text, most likely, which only the CRC-32 shows.
   */
  static int stillInflatingFlip(byte[] gz, Member member) {
    int page = indexOf(member.content(), "<html>".getBytes(StandardCharsets.US_ASCII));
    for (int bit = 0; bit < (member.end() - 8 - member.dataStart()) * 8; bit++) {
      byte[] flipped = gz.clone();
      flipped[member.dataStart() + bit / 8] ^= (byte) (1 << (bit % 8));
      byte[] content = inflate(flipped, member.dataStart(), member.end());
      if (content != null && content.length == member.content().length
          && Arrays.equals(content, 0, page, member.content(), 0, page) && !Arrays.equals(content, member.content())) {
        return bit;
      }
    }
    throw new IllegalStateException("no flip of the member at byte " + member.start() + " still inflates");
  }

  /** A gzip member (no optional header fields) holding {@code content} in stored deflate blocks. */
  static byte[] storedMember(byte[] content) {
    Deflater deflater = new Deflater(Deflater.NO_COMPRESSION, true);
    deflater.setInput(content);
    deflater.finish();
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    byte[] buf = new byte[1 << 16];
    while (!deflater.finished()) {
      data.write(buf, 0, deflater.deflate(buf));
    }
    deflater.end();
    CRC32 crc = new CRC32();
    crc.update(content);
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    member.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff});
    member.writeBytes(data.toByteArray());
    member.writeBytes(littleEndian(crc.getValue()));
    member.writeBytes(littleEndian(content.length));
    return member.toByteArray();
  }

  private static byte[] littleEndian(long value) {
    return new byte[] {(byte) value, (byte) (value >> 8), (byte) (value >> 16), (byte) (value >> 24)};
  }

  static int indexOf(byte[] bytes, byte[] part) {
    for (int i = 0; i + part.length <= bytes.length; i++) {
      if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not found: " + new String(part, StandardCharsets.ISO_8859_1));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
