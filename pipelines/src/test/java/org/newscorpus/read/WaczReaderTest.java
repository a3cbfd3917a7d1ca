package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.Page;

/** WaczReader on WACZ files made from real WARCs ({@link WaczArchives}, {@code warc/wacz/README.md}). */
class WaczReaderTest {

  private static final long MAX = 5_000_000;

  private static Path wacz(String name) {
    return ArchiveReaderTest.fixtures().resolve("wacz").resolve(name);
  }

  private static ArchiveReaderTest.Outcomes read(String name) throws IOException {
    ArchiveReaderTest.Outcomes outcomes = new ArchiveReaderTest.Outcomes();
    Path file = wacz(name);
    try (SeekableByteChannel channel = FileChannel.open(file)) {
      long records = new WaczReader(MAX).read(file.toString(), channel, outcomes);
      assertEquals(records, outcomes.total(), "one outcome per record read");
    }
    return outcomes;
  }

  /** What ArchiveReader makes of {@code warc} on its own. */
  private static ArchiveReaderTest.Outcomes readWarc(String uri, byte[] warc) {
    ArchiveReaderTest.Outcomes outcomes = new ArchiveReaderTest.Outcomes();
    new ArchiveReader(MAX).read(uri, new SeekableInMemoryByteChannel(warc), outcomes);
    return outcomes;
  }

  @Test
  void waczFixturesAreWhatTheirGeneratorWrites() throws IOException {
    Map<String, byte[]> made = WaczArchives.files();
    try (Stream<Path> files = Files.list(wacz(""))) {
      assertEquals(made.keySet().stream().sorted().toList(), files.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("README.md")).sorted().toList());
    }
    for (Map.Entry<String, byte[]> file : made.entrySet()) {
      assertArrayEquals(file.getValue(), Files.readAllBytes(wacz(file.getKey())), file.getKey());
    }
  }

  @Test
  void aWaczGivesWhatItsWarcFilesGiveReadOnTheirOwnUnderItsNameAndItsOffsets() throws IOException {
    Path file = wacz("bl-revisits.wacz");
    byte[] zip = Files.readAllBytes(file);
    ArchiveReaderTest.Outcomes fromWacz = read("bl-revisits.wacz");
    List<Page> pages = new ArrayList<>();
    List<Page> revisits = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Map.Entry<String, byte[]> warc : WaczArchives.blWarcs().entrySet()) {
      long dataOffset = WaczArchives.dataOffset(zip, warc.getValue());
      ArchiveReaderTest.Outcomes alone = readWarc(file.toString(), warc.getValue());
      for (Page p : alone.pages) {
        p.setInputOffset(p.getInputOffset() + dataOffset);
        pages.add(p);
      }
      for (Page p : alone.revisits) {
        p.setInputOffset(p.getInputOffset() + dataOffset);
        revisits.add(p);
      }
      skipped.addAll(alone.skipped);
      assertEquals(List.of(), alone.rejected);
    }
    assertEquals(4, pages.size(), "three blog posts of the first crawl, one of the second");
    assertEquals(3, revisits.size(), "the second crawl's revisits of the three posts");
    assertEquals(pages, fromWacz.pages);
    assertEquals(revisits, fromWacz.revisits);
    assertEquals(skipped, fromWacz.skipped);
    assertEquals(List.of("warcinfoRecord", "warcinfoRecord"), fromWacz.skipped);
    assertEquals(List.of(), fromWacz.rejected);
    for (Page p : fromWacz.pages) {
      assertEquals(file.toString(), p.getInputUri());
    }
  }

  @Test
  void anInputOffsetIsWhereTheRecordsGzipMemberStartsInTheWacz() throws IOException {
    byte[] zip = Files.readAllBytes(wacz("bl-revisits.wacz"));
    ArchiveReaderTest.Outcomes o = read("bl-revisits.wacz");
    List<Page> all = new ArrayList<>(o.pages);
    all.addAll(o.revisits);
    for (Page p : all) {
      int at = Math.toIntExact(p.getInputOffset());
      assertTrue(at > 0 && at < zip.length, p.getUrl() + " at " + at);
      // a range request on the .wacz from that offset: one gzip member, the record
      try (InputStream member = new GZIPInputStream(new ByteArrayInputStream(zip, at, zip.length - at))) {
        String head = new String(member.readNBytes(2048), StandardCharsets.ISO_8859_1);
        assertTrue(head.startsWith("WARC/1.0\r\n"), p.getUrl() + ": " + head);
        assertTrue(head.contains("WARC-Record-ID: " + p.getRecordId() + "\r\n"), p.getUrl() + ": " + head);
        assertTrue(head.contains("WARC-Target-URI: " + p.getUrl() + "\r\n"), p.getUrl() + ": " + head);
      }
    }
  }

  @Test
  void pageAtReadsAgainEachPageOfAWaczAtItsOffsetAndNothingElsewhere() throws IOException {
    Path file = wacz("bl-revisits.wacz");
    ArchiveReaderTest.Outcomes o = read("bl-revisits.wacz");
    WaczReader reader = new WaczReader(MAX);
    try (SeekableByteChannel channel = FileChannel.open(file)) {
      for (Page page : o.pages) {
        assertEquals(Optional.of(page), reader.pageAt(file.toString(), channel, page.getInputOffset()), page.getUrl());
      }
      for (Page stub : o.revisits) {
        assertEquals(Optional.empty(), reader.pageAt(file.toString(), channel, stub.getInputOffset()), "a revisit");
      }
      assertEquals(Optional.empty(), reader.pageAt(file.toString(), channel, 0), "the ZIP's first local header");
      assertEquals(Optional.empty(), reader.pageAt(file.toString(), channel, o.pages.get(0).getInputOffset() + 40),
          "not a record start");
      assertEquals(Optional.empty(), reader.pageAt(file.toString(), channel, Files.size(file) - 100),
          "the central directory");
    }
  }

  @Test
  void aWarcStoredDeflatedInTheWaczIsRejectedSayingToUnzipItAndTheOtherWarcIsRead() throws IOException {
    ArchiveReaderTest.Outcomes o = read("deflated-entry.wacz");
    assertEquals(List.of("compressedWaczEntry"), o.rejected);
    assertEquals(0L, o.rejectedOffsets.get(0), "the entry's local header, the ZIP's first");
    assertTrue(o.messages.get(0).startsWith("archive/example.warc.gz is stored DEFLATED in "), o.messages.get(0));
    assertTrue(o.messages.get(0).endsWith("unzip the WACZ and read archive/example.warc.gz itself"), o.messages.get(0));
    assertEquals(List.of("http://example.com/"), o.pages.stream().map(Page::getUrl).toList(), "the ARC's page");
    assertEquals(List.of("warcinfoRecord"), o.skipped, "the ARC's filedesc");
  }

  @Test
  void aWaczCutShortIsReadAsFarAsItGoesAndOneRecordSaysTheRestIsLost() throws IOException {
    Path file = wacz("truncated.wacz");
    ArchiveReaderTest.Outcomes o = read("truncated.wacz");
    // what the WACZ still holds: its first WARC whole, and its second up to the cut
    ArchiveReaderTest.Outcomes first = readWarc(file.toString(), WaczArchives.fixture("warcio/example.warc.gz"));
    ArchiveReaderTest.Outcomes cut = readWarc(file.toString(), Arrays.copyOf(
        WaczArchives.fixture("webarchive-commons/IAH-urls-wget.warc.gz"), WaczArchives.CUT_INTO_SECOND_WARC));
    assertEquals(List.of("truncatedRecord"), cut.rejected, "the record the cut falls in");
    assertEquals(Stream.concat(first.pages.stream(), cut.pages.stream()).map(Page::getUrl).toList(),
        o.pages.stream().map(Page::getUrl).toList());
    assertEquals(Stream.concat(first.skipped.stream(), cut.skipped.stream()).toList(), o.skipped);
    assertEquals(first.revisits.size(), o.revisits.size());
    assertEquals(List.of("truncatedRecord", "truncatedWacz"), o.rejected);
    assertTrue(o.messages.get(0).startsWith("in archive/IAH-urls-wget.warc.gz, whose byte 0 is byte "), o.messages.get(0));
    assertEquals(Files.size(file), o.rejectedOffsets.get(1), "the cut");
    assertTrue(o.messages.get(1).contains("has no ZIP central directory"), o.messages.get(1));
    assertTrue(o.messages.get(1).contains("2 WARC file(s) found before byte " + Files.size(file) + " were read"),
        o.messages.get(1));
  }

  @Test
  void aCorruptLocalHeaderIsCorruptWaczNamingItsWarcAndOffsetAndTheOtherWarcFilesAreRead() throws IOException {
    Path file = wacz("corrupt-local-headers.wacz");
    byte[] whole = WaczArchives.wacz(WaczArchives.corruptHeadersWarcs(), Set.of());
    ArchiveReaderTest.Outcomes o = read("corrupt-local-headers.wacz");
    // the first and the last WARC, whose headers are whole, read as on their own
    List<String> pages = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String name : List.of("archive/example.warc.gz", "archive/transfer_compression_none.warc.gz")) {
      byte[] warc = WaczArchives.corruptHeadersWarcs().get(name);
      ArchiveReaderTest.Outcomes alone = readWarc(file.toString(), warc);
      long dataOffset = WaczArchives.dataOffset(whole, warc);
      alone.pages.forEach(p -> pages.add(p.getUrl() + " at " + (p.getInputOffset() + dataOffset)));
      skipped.addAll(alone.skipped);
    }
    assertEquals(pages, o.pages.stream().map(p -> p.getUrl() + " at " + p.getInputOffset()).toList());
    assertEquals(skipped, o.skipped);
    assertEquals(1, o.revisits.size(), "example.warc.gz's revisit");
    // one record for each WARC whose header is corrupt, at that header, saying what is wrong: not truncatedWacz
    assertEquals(List.of("corruptWacz", "corruptWacz"), o.rejected);
    int signature = WaczArchives.localHeaderOffset(whole, WaczArchives.BAD_SIGNATURE);
    int nameLength = WaczArchives.localHeaderOffset(whole, WaczArchives.BAD_NAME_LENGTH);
    assertEquals(List.of((long) signature, (long) nameLength), o.rejectedOffsets);
    assertTrue(o.messages.get(0).startsWith(WaczArchives.BAD_SIGNATURE + " in " + file + ": its local file header at byte "
        + signature + " does not start with the signature of one (50 4b 03 04) but with 00 00 00 00. "), o.messages.get(0));
    assertTrue(o.messages.get(1).startsWith(WaczArchives.BAD_NAME_LENGTH + " in " + file + ": its local file header at byte "
        + nameLength + " gives lengths of its name and extra field that put its data at byte "), o.messages.get(1));
    assertTrue(o.messages.get(1).contains(" bytes would run into the central directory. "), o.messages.get(1));
    for (String message : o.messages) {
      assertTrue(message.endsWith("so its records are not read; the WACZ's other WARC files are read"), message);
    }
  }

  @Test
  void pageAtReadsAgainThePagesOfAWaczWithCorruptLocalHeadersAndNothingWhereTheCorruptOnesLie() throws IOException {
    Path file = wacz("corrupt-local-headers.wacz");
    byte[] whole = WaczArchives.wacz(WaczArchives.corruptHeadersWarcs(), Set.of());
    ArchiveReaderTest.Outcomes o = read("corrupt-local-headers.wacz");
    WaczReader reader = new WaczReader(MAX);
    try (SeekableByteChannel channel = FileChannel.open(file)) {
      for (Page page : o.pages) {
        assertEquals(Optional.of(page), reader.pageAt(file.toString(), channel, page.getInputOffset()), page.getUrl());
      }
      for (String corrupt : List.of(WaczArchives.BAD_SIGNATURE, WaczArchives.BAD_NAME_LENGTH)) {
        long dataOffset = WaczArchives.dataOffset(whole, WaczArchives.corruptHeadersWarcs().get(corrupt));
        assertEquals(Optional.empty(), reader.pageAt(file.toString(), channel, dataOffset), corrupt);
      }
    }
  }

  @Test
  void aWarcThatDatapackageJsonListsAndTheZipLacksIsOneMissingWaczEntryAndTheOtherWarcIsRead() throws IOException {
    Path file = wacz("missing-warc.wacz");
    ArchiveReaderTest.Outcomes o = read("missing-warc.wacz");
    ArchiveReaderTest.Outcomes alone = readWarc(file.toString(), WaczArchives.fixture("warcio/example.warc.gz"));
    assertEquals(alone.pages.stream().map(Page::getUrl).toList(), o.pages.stream().map(Page::getUrl).toList());
    assertEquals(alone.skipped, o.skipped);
    assertEquals(List.of("missingWaczEntry"), o.rejected);
    assertEquals((long) WaczArchives.localHeaderOffset(Files.readAllBytes(file), "datapackage.json"),
        o.rejectedOffsets.get(0), "where datapackage.json lists it");
    assertEquals("datapackage.json of " + file + " lists " + WaczArchives.MISSING_WARC + " (2344 bytes), which the ZIP"
        + " does not hold: its records are lost; the WACZ's other WARC files are read", o.messages.get(0));
  }

  @Test
  void aWarcOfAnotherSizeThanDatapackageJsonListsIsReadAsItIsWithNoRecordForItAndItsRejectionsSayBothSizes()
      throws IOException {
    Path file = wacz("size-mismatch.wacz");
    ArchiveReaderTest.Outcomes o = read("size-mismatch.wacz");
    // every record the ZIP holds, as its WARC files read on their own: a size adds no record, nor
    // does it stop one (the WARC that grew is read whole, its last two records too)
    List<String> skipped = new ArrayList<>();
    List<String> pages = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    long records = 0;
    for (Map.Entry<String, byte[]> warc : WaczArchives.sizeMismatchHeld().entrySet()) {
      ArchiveReaderTest.Outcomes alone = readWarc(file + "!/" + warc.getKey(), warc.getValue());
      records += alone.total();
      skipped.addAll(alone.skipped);
      alone.pages.forEach(p -> pages.add(p.getUrl()));
      rejected.addAll(alone.rejected);
    }
    assertEquals(records, o.total());
    assertEquals(skipped, o.skipped);
    assertEquals(pages, o.pages.stream().map(Page::getUrl).toList());
    assertEquals(List.of("truncatedRecord"), rejected, "the WARC cut inside its response");
    assertEquals(rejected, o.rejected);
    assertTrue(o.messages.get(0).endsWith("is lost; datapackage.json lists 3816 bytes for "
        + WaczArchives.CUT_INSIDE_A_RECORD + ", where the ZIP holds " + WaczArchives.CUT_AT + " (2432 fewer: the WARC "
        + "was cut, or changed, after it was listed)"), o.messages.get(0));
  }

  @Test
  void aWaczWhoseOnlyWarcIsMissingIsOneMissingWaczEntryNotNotAnArchive() {
    Map<String, byte[]> warcs = Map.of(WaczArchives.MISSING_WARC,
        WaczArchives.fixture("ukwa-webarchive-discovery/transfer_compression_none.warc.gz"));
    ArchiveReaderTest.Outcomes o = new ArchiveReaderTest.Outcomes();
    long records = new WaczReader(MAX).read("lost.wacz", new SeekableInMemoryByteChannel(
        WaczArchives.waczWithout(warcs, WaczArchives.MISSING_WARC)), o);
    assertEquals(1, records);
    assertEquals(List.of("missingWaczEntry"), o.rejected);
    assertTrue(o.messages.get(0).startsWith("datapackage.json of lost.wacz lists " + WaczArchives.MISSING_WARC),
        o.messages.get(0));
  }

  @Test
  void aFileThatIsNoZipIsNotAnArchive() throws IOException {
    ArchiveReaderTest.Outcomes o = read("not-a-zip.wacz");
    assertEquals(List.of("notAnArchive"), o.rejected);
    assertEquals(0L, o.rejectedOffsets.get(0));
    assertTrue(o.messages.get(0).contains("is not a WACZ: it is not a ZIP file: it neither starts with a ZIP local"), o.messages.get(0));
    assertTrue(new String(o.excerpts.get(0), StandardCharsets.UTF_8).startsWith("{\"format\": \"json-pages-1.0\""));
  }

  @Test
  void aZipWithoutWarcFilesUnderArchiveIsNotAnArchiveAndNamesTheWarcsItHoldsElsewhere() throws IOException {
    ArchiveReaderTest.Outcomes o = read("no-archive-folder.wacz");
    assertEquals(List.of("notAnArchive"), o.rejected);
    assertTrue(o.messages.get(0).endsWith(" is a ZIP of 2 entries without a WARC or ARC file under archive/, where a "
        + "WACZ holds them; it holds example.warc.gz: unzip it and read those"), o.messages.get(0));
  }
}
