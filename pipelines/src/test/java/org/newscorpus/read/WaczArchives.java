package org.newscorpus.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Writes the WACZ fixtures of {@code src/test/resources/warc/wacz/} (see its README) from real
 * fixture WARCs of {@code src/test/resources/warc/}: the WACZ 1.1.1 layout ({@code archive/} with
 * the WARC files STORED, {@code pages/pages.jsonl}, {@code datapackage.json} with the sha256 of
 * each file, {@code datapackage-digest.json}), and the broken variants a reader must reject. The
 * WARC files are whole gzip members copied byte for byte from the real ones. {@code
 * WaczReaderTest} checks that the committed files are what this class writes.
 *
 * <p>Run from {@code pipelines/}: {@code java -cp target/test-classes:target/classes:$(cat
 * target/classpath.txt) org.newscorpus.read.WaczArchives src/test/resources/warc/wacz}.
 */
final class WaczArchives {

  static final String BL = "ukwa-webarchive-discovery/";
  static final String BL_FIRST = "BL-20140325121225068-00000-32090~opera~8443.warc.gz";
  static final String BL_SECOND = "BL-20140325122341434-00000-32090~opera~8443.warc.gz";

  /** Three blog posts of the first gov.uk crawl, whole responses. */
  static final List<String> BL_ORIGINALS = List.of(
      "<urn:uuid:c9eba78c-d39c-43cc-8b7f-d27cf18ea6c0>",
      "<urn:uuid:194bec7a-cf1e-4511-9433-3c3afabaf9fa>",
      "<urn:uuid:60aad3ce-d3b9-4aa1-8e94-7d152598cb72>");

  /** The second crawl's identical-payload-digest revisits of the three posts, and one new response. */
  static final List<String> BL_REPEATS = List.of(
      "<urn:uuid:07a93492-e8ca-4972-b634-1df3f041b291>",
      "<urn:uuid:2872e01a-a7b6-4bb3-89be-5d3d69d79edd>",
      "<urn:uuid:f6ed3ae8-3713-4e6c-87d3-7e234aaca135>",
      "<urn:uuid:718d3e74-d46c-4b3e-a709-91b1137293fa>");

  /** The ZIP time of every entry: local time, so the bytes do not depend on the time zone. */
  private static final LocalDateTime TIME = LocalDateTime.of(2026, 11, 30, 12, 0);

  /** Where the truncated WACZ is cut: this many bytes into the data of its second WARC. */
  static final int CUT_INTO_SECOND_WARC = 20_000;

  private WaczArchives() {}

  /** The WARC of {@code corrupt-local-headers.wacz} whose local header signature is zeroed. */
  static final String BAD_SIGNATURE = "archive/transfer_compression_gzip.warc.gz";

  /** The WARC of {@code corrupt-local-headers.wacz} whose local header's name length is 65,535. */
  static final String BAD_NAME_LENGTH = "archive/example-resource.warc.gz";

  /** The WARC that {@code missing-warc.wacz} lists in its {@code datapackage.json} but does not hold. */
  static final String MISSING_WARC = "archive/transfer_compression_none.warc.gz";

  /** File name (below {@code wacz/}) to its bytes. */
  static Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("bl-revisits.wacz", wacz(blWarcs(), Set.of()));
    Map<String, byte[]> mixed = new LinkedHashMap<>();
    mixed.put("archive/example.warc.gz", fixture("warcio/example.warc.gz"));
    mixed.put("archive/example.arc.gz", fixture("warcio/example.arc.gz"));
    files.put("deflated-entry.wacz", wacz(mixed, Set.of("archive/example.warc.gz")));
    Map<String, byte[]> two = new LinkedHashMap<>();
    two.put("archive/example.warc.gz", fixture("warcio/example.warc.gz"));
    two.put("archive/IAH-urls-wget.warc.gz", fixture("webarchive-commons/IAH-urls-wget.warc.gz"));
    byte[] whole = wacz(two, Set.of());
    int secondData = dataOffset(whole, two.get("archive/IAH-urls-wget.warc.gz"));
    files.put("truncated.wacz", Arrays.copyOf(whole, secondData + CUT_INTO_SECOND_WARC));
    files.put("corrupt-local-headers.wacz", corruptLocalHeaders(corruptHeadersWarcs()));
    files.put("missing-warc.wacz", waczWithout(missingWarcWarcs(), MISSING_WARC));
    files.put("size-mismatch.wacz", waczHolding(sizeMismatchListed(), sizeMismatchHeld()));
    Map<String, byte[]> notWacz = new LinkedHashMap<>();
    notWacz.put("example.warc.gz", fixture("warcio/example.warc.gz"));
    notWacz.put("pages/pages.jsonl", pagesJsonl(Map.of()).getBytes(StandardCharsets.UTF_8));
    files.put("no-archive-folder.wacz", zip(notWacz, Set.of()));
    files.put("not-a-zip.wacz", pagesJsonl(Map.of()).getBytes(StandardCharsets.UTF_8));
    return files;
  }

  /** The two WARC files of {@code bl-revisits.wacz}: entry name to bytes. */
  static Map<String, byte[]> blWarcs() {
    Map<String, byte[]> warcs = new LinkedHashMap<>();
    warcs.put("archive/" + BL_FIRST, members(fixture(BL + BL_FIRST), BL_ORIGINALS));
    warcs.put("archive/" + BL_SECOND, members(fixture(BL + BL_SECOND), BL_REPEATS));
    return warcs;
  }

  /** The four WARC files of {@code corrupt-local-headers.wacz}: entry name to bytes, in order. */
  static Map<String, byte[]> corruptHeadersWarcs() {
    Map<String, byte[]> warcs = new LinkedHashMap<>();
    warcs.put("archive/example.warc.gz", fixture("warcio/example.warc.gz"));
    warcs.put(BAD_SIGNATURE, fixture("ukwa-webarchive-discovery/transfer_compression_gzip.warc.gz"));
    warcs.put(BAD_NAME_LENGTH, fixture("warcio/example-resource.warc.gz"));
    warcs.put("archive/transfer_compression_none.warc.gz",
        fixture("ukwa-webarchive-discovery/transfer_compression_none.warc.gz"));
    return warcs;
  }

  /** The two WARC files that {@code missing-warc.wacz} lists; it holds the first only. */
  static Map<String, byte[]> missingWarcWarcs() {
    Map<String, byte[]> warcs = new LinkedHashMap<>();
    warcs.put("archive/example.warc.gz", fixture("warcio/example.warc.gz"));
    warcs.put(MISSING_WARC, fixture("ukwa-webarchive-discovery/transfer_compression_none.warc.gz"));
    return warcs;
  }

  /** The WARC of {@code size-mismatch.wacz} cut inside its response's gzip member, after it was listed. */
  static final String CUT_INSIDE_A_RECORD = "archive/example.warc.gz";
  /** Where {@link #CUT_INSIDE_A_RECORD} is cut: 600 bytes into the member of its response, at byte 784. */
  static final int CUT_AT = 784 + 600;
  /** The WARC of {@code size-mismatch.wacz} that lost its last record (its gzip member) after it was listed. */
  static final String CUT_AFTER_A_RECORD = "archive/example-resource.warc.gz";
  /** The WARC of {@code size-mismatch.wacz} that was listed before its last two records were written. */
  static final String GREW = "archive/transfer_compression_none.warc.gz";

  /** The three WARC files of {@code size-mismatch.wacz} as its {@code datapackage.json} lists them: whole, but one. */
  static Map<String, byte[]> sizeMismatchListed() {
    Map<String, byte[]> warcs = new LinkedHashMap<>();
    warcs.put(CUT_INSIDE_A_RECORD, fixture("warcio/example.warc.gz"));
    warcs.put(CUT_AFTER_A_RECORD, fixture("warcio/example-resource.warc.gz"));
    byte[] grew = fixture("ukwa-webarchive-discovery/transfer_compression_none.warc.gz");
    warcs.put(GREW, Arrays.copyOf(grew, CraftedGzipArchives.members(grew).get(3).start()));
    return warcs;
  }

  /** The three WARC files of {@code size-mismatch.wacz} as its ZIP holds them: two cut short, one whole. */
  static Map<String, byte[]> sizeMismatchHeld() {
    Map<String, byte[]> warcs = new LinkedHashMap<>();
    warcs.put(CUT_INSIDE_A_RECORD, Arrays.copyOf(fixture("warcio/example.warc.gz"), CUT_AT));
    byte[] resource = fixture("warcio/example-resource.warc.gz");
    warcs.put(CUT_AFTER_A_RECORD, Arrays.copyOf(resource, CraftedGzipArchives.members(resource).get(2).start()));
    warcs.put(GREW, fixture("ukwa-webarchive-discovery/transfer_compression_none.warc.gz"));
    return warcs;
  }

  /**
   * A valid WACZ of {@code warcs} whose central directory is whole but two local file headers are
   * not: the signature of {@link #BAD_SIGNATURE}'s is zeroed, and the name length of {@link
   * #BAD_NAME_LENGTH}'s says 65,535 bytes, which puts its data past the next entry.
   */
  static byte[] corruptLocalHeaders(Map<String, byte[]> warcs) {
    byte[] zip = wacz(warcs, Set.of());
    int signature = localHeaderOffset(zip, BAD_SIGNATURE);
    Arrays.fill(zip, signature, signature + 4, (byte) 0);
    int nameLength = localHeaderOffset(zip, BAD_NAME_LENGTH) + 26;
    zip[nameLength] = (byte) 0xff;
    zip[nameLength + 1] = (byte) 0xff;
    return zip;
  }

  /** Where the local file header of entry {@code name} starts in {@code zip} (before any damage). */
  static int localHeaderOffset(byte[] zip, String name) {
    byte[] header = {'P', 'K', 3, 4};
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i + 30 + bytes.length <= zip.length; i++) {
      if (Arrays.equals(zip, i, i + 4, header, 0, 4) && Arrays.equals(zip, i + 30, i + 30 + bytes.length, bytes, 0,
          bytes.length)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no local header of " + name);
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> file : files().entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
  }

  /** Where {@code data} starts in {@code zip} (its one occurrence). */
  static int dataOffset(byte[] zip, byte[] data) {
    outer:
    for (int i = 0; i + data.length <= zip.length; i++) {
      for (int k = 0; k < Math.min(64, data.length); k++) {
        if (zip[i + k] != data[k]) {
          continue outer;
        }
      }
      if (Arrays.equals(zip, i, i + data.length, data, 0, data.length)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not in the zip");
  }

  static byte[] fixture(String path) {
    try (InputStream in = WaczArchives.class.getResourceAsStream("/warc/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The gzip members of a per-record gzipped WARC that hold its first record (the warcinfo) and the
   * records {@code recordIds} name, byte for byte, in their order in the file.
   */
  static byte[] members(byte[] warc, List<String> recordIds) {
    List<Long> starts = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    try (WarcReader reader = new WarcReader(Channels.newChannel(new ByteArrayInputStream(warc)))) {
      for (WarcRecord record : reader) {
        starts.add(reader.position());
        ids.add(record.id().toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    starts.add((long) warc.length);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < ids.size(); i++) {
      if (i == 0 || recordIds.contains("<" + ids.get(i) + ">")) {
        out.write(warc, (int) (long) starts.get(i), (int) (starts.get(i + 1) - starts.get(i)));
      }
    }
    return out.toByteArray();
  }

  /**
   * A WACZ of {@code warcs} (entry name to bytes, in order): the WARC files STORED, except those
   * {@code deflated} names, then {@code pages/pages.jsonl}, {@code datapackage.json} and {@code
   * datapackage-digest.json}.
   */
  static byte[] wacz(Map<String, byte[]> warcs, Set<String> deflated) {
    return zip(waczEntries(warcs), deflated);
  }

  /**
   * A WACZ of {@code warcs} without the one {@code left} names, which its {@code pages.jsonl} and
   * {@code datapackage.json} list all the same: it was left out when the WACZ was packed.
   */
  static byte[] waczWithout(Map<String, byte[]> warcs, String left) {
    Map<String, byte[]> entries = waczEntries(warcs);
    if (entries.remove(left) == null) {
      throw new IllegalArgumentException("no " + left);
    }
    return zip(entries, Set.of());
  }

  /**
   * A WACZ packed from {@code listed} (its {@code pages.jsonl} and {@code datapackage.json} list
   * them, with their sizes and hashes) whose WARC files were then replaced by {@code held}, each
   * STORED in the ZIP as it is (its central directory is whole, and agrees with them).
   */
  static byte[] waczHolding(Map<String, byte[]> listed, Map<String, byte[]> held) {
    Map<String, byte[]> entries = waczEntries(listed);
    for (Map.Entry<String, byte[]> warc : held.entrySet()) {
      if (entries.replace(warc.getKey(), warc.getValue()) == null) {
        throw new IllegalArgumentException("not listed: " + warc.getKey());
      }
    }
    return zip(entries, Set.of());
  }

  /** The entries of a WACZ of {@code warcs}: those, then {@code pages/}, {@code datapackage.json} and its digest. */
  private static Map<String, byte[]> waczEntries(Map<String, byte[]> warcs) {
    Map<String, byte[]> entries = new LinkedHashMap<>(warcs);
    Map<String, String> pages = new LinkedHashMap<>();
    for (byte[] warc : warcs.values()) {
      pages.putAll(htmlCaptures(warc));
    }
    entries.put("pages/pages.jsonl", pagesJsonl(pages).getBytes(StandardCharsets.UTF_8));
    byte[] datapackage = datapackage(entries).getBytes(StandardCharsets.UTF_8);
    entries.put("datapackage.json", datapackage);
    entries.put("datapackage-digest.json", ("{\n  \"path\": \"datapackage.json\",\n  \"hash\": \"sha256:"
        + sha256(datapackage) + "\"\n}\n").getBytes(StandardCharsets.UTF_8));
    return entries;
  }

  /** URL to WARC-Date of the HTML responses and revisits of {@code warc}. */
  private static Map<String, String> htmlCaptures(byte[] warc) {
    Map<String, String> pages = new LinkedHashMap<>();
    try (WarcReader reader = new WarcReader(Channels.newChannel(new ByteArrayInputStream(warc)))) {
      for (WarcRecord record : reader) {
        String type = record.type();
        if (type.equals("response") || type.equals("revisit")) {
          String url = record.headers().first("WARC-Target-URI").orElse("");
          if (url.startsWith("http")) {
            pages.put(url, record.date().toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pages;
  }

  private static String pagesJsonl(Map<String, String> pages) {
    StringBuilder s = new StringBuilder("{\"format\": \"json-pages-1.0\", \"id\": \"pages\", \"title\": \"All Pages\"}\n");
    int n = 0;
    for (Map.Entry<String, String> page : pages.entrySet()) {
      s.append("{\"id\": \"page-").append(++n).append("\", \"url\": \"").append(page.getKey())
          .append("\", \"ts\": \"").append(page.getValue()).append("\"}\n");
    }
    return s.toString();
  }

  private static String datapackage(Map<String, byte[]> entries) {
    StringBuilder s = new StringBuilder("{\n  \"profile\": \"data-package\",\n  \"resources\": [\n");
    int i = 0;
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      s.append("    {\"name\": \"").append(name).append("\", \"path\": \"").append(e.getKey())
          .append("\", \"hash\": \"sha256:").append(sha256(e.getValue())).append("\", \"bytes\": ")
          .append(e.getValue().length).append('}').append(++i < entries.size() ? ",\n" : "\n");
    }
    s.append("  ],\n  \"wacz_version\": \"1.1.1\",\n  \"software\": \"newscorpus WaczArchives (test fixture)\",\n")
        .append("  \"created\": \"2026-11-30T12:00:00Z\"\n}\n");
    return s.toString();
  }

  /** A ZIP of {@code entries} in order: STORED, or DEFLATED (as stored blocks) for those {@code deflated} names. */
  static byte[] zip(Map<String, byte[]> entries, Set<String> deflated) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      // level 0: DEFLATED entries are stored blocks, which every zlib writes the same way
      zip.setLevel(Deflater.NO_COMPRESSION);
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(TIME);
        if (deflated.contains(e.getKey())) {
          entry.setMethod(ZipEntry.DEFLATED);
        } else {
          CRC32 crc = new CRC32();
          crc.update(e.getValue());
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.getValue().length);
          entry.setCompressedSize(e.getValue().length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static String sha256(byte[] data) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
