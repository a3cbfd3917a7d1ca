package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
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
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newscorpus.schema.Page;

class ArchiveReaderTest {

  /** Collects what the reader says of each record. */
  static final class Outcomes implements RecordSink {
    final List<Page> pages = new ArrayList<>();
    final List<Page> revisits = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<String> skippedUrls = new ArrayList<>();
    final List<String> rejected = new ArrayList<>();
    final List<Long> rejectedOffsets = new ArrayList<>();
    final List<String> rejectedUrls = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    final List<byte[]> excerpts = new ArrayList<>();
    /** The offset of every record, in the order they were told. */
    final List<Long> offsetsInOrder = new ArrayList<>();

    @Override
    public void page(Page page) {
      pages.add(page);
      offsetsInOrder.add(page.getInputOffset());
    }

    @Override
    public void revisit(Page stub) {
      revisits.add(stub);
      offsetsInOrder.add(stub.getInputOffset());
    }

    @Override
    public void skipped(String reason, Long offset, String url) {
      skipped.add(reason);
      skippedUrls.add(url);
      offsetsInOrder.add(offset);
    }

    @Override
    public void rejected(String reason, Long offset, String url, String message, byte[] excerpt) {
      rejected.add(reason);
      rejectedOffsets.add(offset);
      rejectedUrls.add(url);
      messages.add(message);
      excerpts.add(excerpt);
      offsetsInOrder.add(offset);
    }

    int total() {
      return pages.size() + revisits.size() + skipped.size() + rejected.size();
    }

    /** Reasons with their counts, {@code a=1,b=2}, sorted. */
    String reasons() {
      Map<String, Integer> counts = new TreeMap<>();
      Stream.concat(skipped.stream(), rejected.stream()).forEach(r -> counts.merge(r, 1, Integer::sum));
      return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** The pages' truncations ({@link Page#getTruncated}) with their counts, {@code a=1,b=2}, sorted; complete pages left out. */
    String truncations() {
      Map<String, Integer> counts = new TreeMap<>();
      pages.stream().filter(p -> p.getTruncated() != null).forEach(p -> counts.merge(p.getTruncated(), 1, Integer::sum));
      return counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** The page whose URL is {@code url}. */
    Page page(String url) {
      return pages.stream().filter(p -> p.getUrl().equals(url)).findFirst()
          .orElseThrow(() -> new AssertionError("no page " + url + " among " + pages.stream().map(Page::getUrl).toList()));
    }

    /** The decoded text of the page whose URL is {@code url}. */
    String text(String url) {
      for (Page page : pages) {
        if (page.getUrl().equals(url)) {
          return PageDecoder.decode(body(page), page.getContentType()).text();
        }
      }
      throw new AssertionError("no page " + url + " among " + pages.stream().map(Page::getUrl).toList());
    }
  }

  static byte[] body(Page page) {
    byte[] b = new byte[page.getBody().remaining()];
    page.getBody().duplicate().get(b);
    return b;
  }

  static Path fixtures() {
    try {
      return Path.of(ArchiveReaderTest.class.getResource("/warc/expected.tsv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Outcomes read(Path file, long maxPageBytes) throws IOException {
    Outcomes outcomes = new Outcomes();
    try (SeekableByteChannel channel = FileChannel.open(file)) {
      // a WACZ is read through its WARC files, as the pipeline reads it
      long records = RecordReader.of(file.toString(), maxPageBytes).read(file.toString(), channel, outcomes);
      assertEquals(records, outcomes.total(), "one outcome per record read");
    }
    return outcomes;
  }

  static Outcomes read(String fixture) throws IOException {
    return read(fixtures().resolve(fixture), 5_000_000);
  }

  /** Rows of expected.tsv: file, records, pages, revisits, skipped, rejected, reasons, truncated pages. */
  static Stream<Arguments> expectedOutcomes() throws IOException {
    return Files.readAllLines(fixtures().resolve("expected.tsv")).stream()
        .filter(line -> !line.startsWith("#") && !line.isBlank())
        .map(line -> line.split("\t", -1))
        .map(f -> Arguments.of(f[0], Long.parseLong(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
            Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6], f[7]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectedOutcomes")
  void everyRealArchiveGivesItsPinnedPagesSkipsAndRejections(
      String file, long records, int pages, int revisits, int skipped, int rejected, String reasons,
      String truncated) throws IOException {
    Outcomes o = read(file);
    assertEquals(records, o.total(), "records");
    assertEquals(pages, o.pages.size(), "pages");
    assertEquals(revisits, o.revisits.size(), "revisits");
    assertEquals(skipped, o.skipped.size(), "skipped");
    assertEquals(rejected, o.rejected.size(), "rejected");
    assertEquals(reasons, o.reasons(), "reasons");
    assertEquals(truncated, o.truncations(), "pages whose capture was cut short, by why");
  }

  @Test
  void everyFixtureFileHasAPinnedRow() throws IOException {
    List<String> pinned = expectedOutcomes().map(a -> (String) a.get()[0]).sorted().toList();
    List<String> present;
    try (Stream<Path> files = Files.walk(fixtures())) {
      present = files.filter(Files::isRegularFile)
          .map(p -> fixtures().relativize(p).toString())
          .filter(p -> !p.equals("README.md") && !p.equals("expected.tsv") && !p.equals("crafted/README.md")
              && !p.equals("wacz/README.md"))
          .sorted().toList();
    }
    assertEquals(present, pinned);
    assertEquals(63, present.stream().filter(p -> !p.startsWith("crafted/") && !p.startsWith("wacz/")).count() - 1,
        "the 63 files of the manifest, and the manifest");
  }

  @Test
  void craftedFixturesAreWhatTheirGeneratorsWrite() throws IOException {
    Map<String, byte[]> made = new TreeMap<>(CraftedArchives.files());
    made.putAll(CraftedZstdArchives.files(fixtures()));
    try (Stream<Path> files = Files.list(fixtures().resolve("crafted"))) {
      assertEquals(made.keySet().stream().sorted().toList(), files.map(p -> p.getFileName().toString())
          .filter(name -> !name.equals("README.md")).sorted().toList());
    }
    for (Map.Entry<String, byte[]> file : made.entrySet()) {
      assertArrayEquals(file.getValue(), Files.readAllBytes(fixtures().resolve("crafted").resolve(file.getKey())),
          file.getKey());
    }
  }

  @Test
  void chunkedFramingThatBreaksPartWayIsRejectedWithItsRawBodyAndTheIntactCopiesArePages() throws IOException {
    Outcomes o = read("crafted/chunked-breaks-part-way.warc");
    assertEquals(List.of("badTransferEncoding"), o.rejected);
    assertEquals(0L, o.rejectedOffsets.get(0));
    assertTrue(o.messages.get(0).startsWith("chunked transfer coding breaks at byte 154 of the HTTP body, after 1 "
        + "good chunk (64 bytes): chunk 2 declares 80 bytes (0x50) but no CRLF follows them"), o.messages.get(0));
    String excerpt = new String(o.excerpts.get(0), StandardCharsets.UTF_8);
    assertTrue(excerpt.startsWith("40\r\n<!DOCTYPE html>"), excerpt);
    assertTrue(excerpt.endsWith("</html>\r\n0\r\n\r\n"), "the whole raw body: " + excerpt);
    String page = "<!DOCTYPE html><html><head><title>Le conseil communal</title>";
    for (String url : List.of("http://conseil.example/seance-2", "http://conseil.example/seance-3")) {
      String html = new String(body(o.pages.stream().filter(p -> p.getUrl().equals(url)).findFirst().orElseThrow()),
          StandardCharsets.UTF_8);
      assertTrue(html.startsWith(page) && html.endsWith("</body></html>"), url + ": " + html);
      assertFalse(html.contains("\r\n"), url + " holds no chunk framing: " + html);
    }
    assertEquals("digest:sha1:MEVBOVOCSUTWUE6I2BUJVGRIU27Q3Z5Y", o.revisits.get(0).getRevisitOf());
  }

  @Test
  void htmlUnderAnAddressThatIsNotAWebAddressIsRejectedAsNotWebUrl() throws IOException {
    Outcomes o = read("crafted/non-web-target-uris.warc");
    assertEquals(List.of("notWebUrl", "notWebUrl", "notWebUrl", "notWebUrl"), o.rejected);
    assertEquals("an HTML page whose WARC-Target-URI is not a web address (javascript:): it has no site or source",
        o.messages.get(0));
    assertTrue(o.messages.get(3).contains("(blob:)"), o.messages.get(3));
    assertEquals(266, o.excerpts.get(1).length, "the page is kept with its rejection");
    assertEquals(List.of("http://conseil.example/seance", "ftp://ftp.conseil.example/pub/seance.html"),
        o.pages.stream().map(Page::getUrl).toList());
    assertEquals(List.of("notHtml", "notHtml"), o.skipped, "urn:pageinfo: JSON and dns: are not HTML, as before");
  }

  @Test
  void aCaptureCutShortSaysWhyAndKeepsWhatTheCrawlerGot() throws IOException {
    Outcomes o = read("crafted/truncated-captures.warc");
    byte[] whole = body(o.page("http://conseil.example/entiere"));
    assertNull(o.page("http://conseil.example/entiere").getTruncated());
    Map<String, String> why = new TreeMap<>(Map.of(
        "coupe-longueur", "length",
        "coupe-deconnexion", "disconnect",
        "corps-coupe", Truncation.HTTP_BODY,
        "chunks-coupes", Truncation.HTTP_BODY,
        "gzip-coupe", Truncation.CONTENT_ENCODING));
    for (Map.Entry<String, String> cut : why.entrySet()) {
      Page page = o.page("http://conseil.example/" + cut.getKey());
      assertEquals(cut.getValue(), page.getTruncated(), cut.getKey());
      byte[] kept = body(page);
      assertTrue(kept.length > 800 && kept.length < whole.length, cut.getKey() + ": " + kept.length);
      assertArrayEquals(java.util.Arrays.copyOf(whole, kept.length), kept, cut.getKey() + " keeps the page's start");
    }
    assertEquals(2, o.revisits.size());
    assertTrue(o.revisits.stream().allMatch(r -> r.getTruncated() == null),
        "a revisit's own WARC-Truncated: length says its record leaves the payload out; the original's follows");
  }

  @Test
  void aRealRecordThatLacksOnlyItsBodysLastLineEndIsWhole() throws IOException {
    // the record's Content-Length leaves out the body's last line end (1270 of 1271 bytes): the
    // page is all there, and a user filtering on truncated would lose it for nothing
    Page page = read("warcio/example-wrong-chunks.warc.gz").page("http://example.com/");
    assertEquals(1270, page.getBody().remaining());
    assertNull(page.getTruncated());
    assertNull(read("warcio/example.warc").page("http://example.com/").getTruncated(), "the same page whole");
  }

  @Test
  void fixturesAreTheSharedFilesByteForByte() throws IOException {
    Path shared = Path.of("../../shared/warc");
    if (!Files.isDirectory(shared)) {
      shared = Path.of("../shared/warc");
    }
    assumeTrue(Files.isDirectory(shared), "../shared/warc is not beside the checkout");
    Path sharedDir = shared;
    try (Stream<Path> files = Files.walk(sharedDir)) {
      files.filter(Files::isRegularFile).forEach(p -> {
        try {
          assertArrayEquals(Files.readAllBytes(p), Files.readAllBytes(fixtures().resolve(sharedDir.relativize(p).toString())),
              p.toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Test
  void eucJpPagesDecodeToJapanese() throws IOException {
    Outcomes o = read("resiliparse/clueweb-quirk.warc.gz");
    String text = o.text("http://www.uraharajuku.st/shopdetail/001005000005/019/000/order/");
    assertTrue(text.contains("吉田カバン"), text.substring(0, 300));
    assertTrue(text.contains("お買い物かご"));
  }

  @Test
  void windows1251PageDecodesToRussian() throws IOException {
    String text = read("resiliparse/warcfile.warc").text("http://01spb.ru/company/");
    assertTrue(text.contains("Стратегия пожарной безопасности"), text.substring(0, 300));
  }

  @Test
  void gb2312PageDecodesToChinese() throws IOException {
    String text = read("resiliparse/warcfile.warc").text("http://0760.jxtdw.com/area/sanxiang/");
    assertTrue(text.contains("中山英才网"), text.substring(0, 300));
    assertTrue(text.contains("个人求职"));
  }

  @Test
  void gbkPagesDecodeToChinese() throws IOException {
    Outcomes o = read("resiliparse/warcfile.warc.gz");
    assertTrue(o.text("http://041696.com/15477/list_6_4.html").contains("上海特舟实业有限公司"));
    assertTrue(o.text("http://0755krk.com/76104/list_4_1.html").contains("不锈钢精密铸造件"));
  }

  @Test
  void perRecordGzipWarcGivesTheResponseAsAPageAndTheRevisitForResolution() throws IOException {
    Outcomes o = read("warcio/example.warc.gz");
    assertEquals(1, o.pages.size());
    Page page = o.pages.get(0);
    assertEquals("http://example.com/", page.getUrl());
    assertEquals(784L, page.getInputOffset());
    assertTrue(new String(body(page), StandardCharsets.UTF_8).contains("Example Domain"),
        "HTTP Content-Encoding: gzip is decoded");
    assertEquals(List.of("warcinfoRecord", "warcinfoRecord", "requestRecord", "requestRecord"), o.skipped);
    assertEquals(1, o.revisits.size());
    Page revisit = o.revisits.get(0);
    assertEquals("digest:" + page.getPayloadDigest(), revisit.getRevisitOf(), "the revisit names the response's payload");
    assertEquals(0, revisit.getBody().remaining());
  }

  @Test
  void skippedRecordsGiveTheirAddressAsPagesDoWithoutWgetsAngleBrackets() throws IOException {
    // wget writes WARC-Target-URI: <http://…> (WARC 1.0's form); jwarc's target() strips the brackets
    Outcomes o = read("ukwa-webarchive-discovery/transfer_compression_none.warc");
    assertEquals("http://tokemon.sb.statsbiblioteket.dk/", o.pages.get(0).getUrl());
    assertEquals(List.of("warcinfoRecord", "requestRecord", "metadataRecord", "notHtml"), o.skipped);
    assertEquals(Arrays.asList(null, "http://tokemon.sb.statsbiblioteket.dk/", "metadata://gnu.org/software/wget/warc/MANIFEST.txt",
        "metadata://gnu.org/software/wget/warc/wget_arguments.txt"), o.skippedUrls);
  }

  @ParameterizedTest
  @ValueSource(strings = {"warcio/example.warc.gz", "warcio/example.warc", "warcio/example.arc", "warcio/example.arc.gz",
      "ukwa-webarchive-discovery/BL-20140325121225068-00000-32090~opera~8443.warc.gz",
      "ukwa-webarchive-discovery/IAH-20080430204825-00000-blackbook-truncated.arc.gz",
      "resiliparse/warcfile.warc.lz4", "crafted/example-per-record.warc.zst", "crafted/example-dictionary.warc.zst",
      "crafted/example-trained-dictionary.warc.zst"})
  void pageAtReadsAgainEachPageAtItsOffsetAndNothingAtOtherRecords(String fixture) throws IOException {
    Path file = fixtures().resolve(fixture);
    Outcomes o = read(fixture);
    assertFalse(o.pages.isEmpty());
    ArchiveReader reader = new ArchiveReader(5_000_000);
    try (SeekableByteChannel channel = FileChannel.open(file)) {
      for (Page page : o.pages) {
        assertEquals(Optional.of(page), reader.pageAt(file.toString(), channel, page.getInputOffset()), page.getUrl());
      }
      for (Page stub : o.revisits) {
        assertEquals(Optional.empty(), reader.pageAt(file.toString(), channel, stub.getInputOffset()), "a revisit");
      }
      assertEquals(Optional.empty(), reader.pageAt(file.toString(), channel, 0), "a warcinfo or filedesc record");
      assertEquals(Optional.empty(), reader.pageAt(file.toString(), channel, o.pages.get(0).getInputOffset() + 40),
          "not a record start");
      assertEquals(Optional.empty(), reader.pageAt(file.toString(), channel, Files.size(file) + 10), "past the end");
    }
  }

  /** A file that must not be read before {@code floor}: the file's start, say, which a reopening of the file costs to reach. */
  private static final class NothingBefore implements SeekableByteChannel {
    private final SeekableByteChannel file;
    long floor;

    NothingBefore(SeekableByteChannel file) {
      this.file = file;
    }

    @Override
    public SeekableByteChannel position(long newPosition) throws IOException {
      if (newPosition < floor) {
        throw new AssertionError("went to byte " + newPosition + ", before byte " + floor);
      }
      file.position(newPosition);
      return this;
    }

    @Override
    public int read(java.nio.ByteBuffer dst) throws IOException {
      return file.read(dst);
    }

    @Override
    public long position() throws IOException {
      return file.position();
    }

    @Override
    public long size() throws IOException {
      return file.size();
    }

    @Override
    public int write(java.nio.ByteBuffer src) {
      throw new java.nio.channels.NonWritableChannelException();
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new java.nio.channels.NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return file.isOpen();
    }

    @Override
    public void close() throws IOException {
      file.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"resiliparse/warcfile.warc.gz", "resiliparse/warcfile.warc", "resiliparse/warcfile.warc.lz4"})
  void pageAtReadsNothingOfTheFileBeforeTheOffset(String fixture) throws IOException {
    // on a file system that cannot seek, going back to the file's start for every page read again
    // would open the file again and skip to the offset each time; only a .warc.zst goes back, to
    // read its dictionary
    Path file = fixtures().resolve(fixture);
    List<Page> pages = read(fixture).pages;
    ArchiveReader reader = new ArchiveReader(5_000_000);
    try (NothingBefore channel = new NothingBefore(FileChannel.open(file))) {
      for (Page page : pages) {
        channel.floor = page.getInputOffset();
        assertEquals(Optional.of(page), reader.pageAt(file.toString(), channel, page.getInputOffset()), page.getUrl());
      }
    }
  }

  @Test
  void aFileGzippedAsAWholeReadsThroughAndItsRecordsShareTheMembersOffset(@TempDir Path dir) throws IOException {
    Path whole = dir.resolve("example-whole.warc.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      Files.copy(fixtures().resolve("warcio/example.warc"), out);
    }
    Outcomes o = read(whole, 5_000_000);
    assertEquals(outcomesWithoutOffsets(read("warcio/example.warc")), outcomesWithoutOffsets(o));
    assertTrue(o.offsetsInOrder.stream().allMatch(offset -> offset == 0), "one member, one offset: " + o.offsetsInOrder);
    try (SeekableByteChannel channel = FileChannel.open(whole)) {
      assertEquals(Optional.empty(), new ArchiveReader(5_000_000).pageAt(whole.toString(), channel, 0),
          "the member's first record is a warcinfo: only read() finds the page after it");
    }
  }

  /** The real gzip fixtures (by their magic bytes) whose members hold one record each, as WARC writers make them. */
  static Stream<String> gzipFilesWithAMemberPerRecord() throws IOException {
    return expectedOutcomes().map(a -> (String) a.get()[0]).filter(name -> {
      try {
        byte[] bytes = Files.readAllBytes(fixtures().resolve(name));
        if (bytes.length < 2 || (bytes[0] & 0xff) != 0x1f || (bytes[1] & 0xff) != 0x8b) {
          return false;
        }
        int members = CraftedGzipArchives.members(bytes).size();
        return members > 1 && members == read(name).total();
      } catch (IOException | RuntimeException e) {
        return false; // cut short or corrupt: not such a file
      }
    });
  }

  @ParameterizedTest
  @MethodSource("gzipFilesWithAMemberPerRecord")
  void eachRecordOfAGzipFileWithAMemberPerRecordHasItsMembersOffset(String fixture) throws IOException {
    // jwarc's own offsets were the compressed position it had read to after the record before:
    // a member late where it had read ahead (an ARC file's blank line after its filedesc record,
    // a WARC record followed by more line ends than its trailer), and the file's end after the last
    byte[] bytes = Files.readAllBytes(fixtures().resolve(fixture));
    List<Long> starts = CraftedGzipArchives.members(bytes).stream().map(m -> (long) m.start()).toList();
    assertEquals(starts, read(fixture).offsetsInOrder);
  }

  @Test
  void aRecordThatStartsInsideAGzipMemberHasThatMembersOffset() throws IOException {
    // three members: a response's WARC and HTTP headers, its body, then its trailer and the request
    List<CraftedGzipArchives.Member> members = CraftedGzipArchives.members(
        Files.readAllBytes(fixtures().resolve("warcio/example-wrong-chunks.warc.gz")));
    assertTrue(new String(members.get(2).content(), StandardCharsets.US_ASCII).startsWith("\r\n\r\nWARC/1.0\r\n"));
    assertEquals(List.of(0L, (long) members.get(2).start()), read("warcio/example-wrong-chunks.warc.gz").offsetsInOrder);
  }

  static Stream<Arguments> damagedGzipMembers() throws IOException {
    byte[] source = Files.readAllBytes(fixtures().resolve(CraftedGzipArchives.SOURCE));
    return CraftedGzipArchives.damages(source).stream().map(d -> Arguments.of(d.name(), d));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedGzipMembers")
  void aGzipMemberThatFailsItsCrcIsRejectedWithItsOffsetAndTheRecordsAroundItAreReadAsBefore(
      String damage, CraftedGzipArchives.Damaged d, @TempDir Path dir) throws IOException {
    Path intactFile = Files.write(dir.resolve("intact.warc.gz"), d.intact());
    Path damagedFile = Files.write(dir.resolve("damaged.warc.gz"), d.damaged());
    Outcomes intact = read(intactFile, 5_000_000);
    Outcomes damaged = read(damagedFile, 5_000_000);
    assertTrue(intact.text(CraftedGzipArchives.PAGE_URL).contains(CraftedGzipArchives.TEXT));

    CraftedGzipArchives.Member member = CraftedGzipArchives.members(d.damaged()).get(CraftedGzipArchives.RESPONSE);
    assertEquals(d.memberOffset(), member.start());
    java.util.zip.CRC32 computed = new java.util.zip.CRC32();
    computed.update(member.content());
    long expected = java.nio.ByteBuffer.wrap(d.damaged(), member.end() - 8, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .getInt() & 0xffffffffL;
    assertEquals(List.of("corruptGzip"), damaged.rejected);
    assertEquals(List.of(d.memberOffset()), damaged.rejectedOffsets);
    assertEquals(List.of(CraftedGzipArchives.PAGE_URL), damaged.rejectedUrls,
        "the record's WARC-Target-URI, without the angle brackets wget wrote around it, as its page would give it");
    assertEquals(String.format(java.util.Locale.ROOT, "CorruptFrameException: the gzip member that starts at byte %d "
        + "fails its CRC-32 check: expected %08x (its trailer), computed %08x over the %d bytes it inflates to: its "
        + "data or its trailer was damaged; reading resumed at byte %d", member.start(), expected, computed.getValue(),
        member.content().length, member.end()), damaged.messages.get(0));

    assertEquals(List.of(), damaged.pages, "no page with altered bytes");
    assertEquals(intact.skipped, damaged.skipped, "the records before and after it");
    assertEquals(intact.offsetsInOrder, damaged.offsetsInOrder, "each at its offset, the rejection at the page's");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("damagedGzipMembers")
  void pageAtFindsNoPageInAGzipMemberThatFailsItsCrc(String damage, CraftedGzipArchives.Damaged d, @TempDir Path dir)
      throws IOException {
    ArchiveReader reader = new ArchiveReader(5_000_000);
    for (boolean intact : new boolean[] {true, false}) {
      Path file = Files.write(dir.resolve(intact + ".warc.gz"), intact ? d.intact() : d.damaged());
      try (SeekableByteChannel channel = FileChannel.open(file)) {
        Optional<Page> page = reader.pageAt(file.toString(), channel, d.memberOffset());
        assertEquals(intact, page.isPresent(), intact ? "intact" : "damaged");
      }
    }
  }

  @Test
  void aGzipMemberWithARightHeaderCrcReadsAsItDoesWithoutOne(@TempDir Path dir) throws IOException {
    byte[] source = Files.readAllBytes(fixtures().resolve(CraftedGzipArchives.SOURCE));
    CraftedGzipArchives.Damaged d = CraftedGzipArchives.headerCrcs(source);
    try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(d.intact()))) {
      assertArrayEquals(new java.util.zip.GZIPInputStream(new ByteArrayInputStream(source)).readAllBytes(),
          in.readAllBytes(), "the JDK's gunzip, which checks the header CRC-16, reads it");
    }
    Outcomes o = read(Files.write(dir.resolve("header-crc.warc.gz"), d.intact()), 5_000_000);
    assertEquals(outcomesWithoutOffsets(read(CraftedGzipArchives.SOURCE)), outcomesWithoutOffsets(o));
    assertEquals(CraftedGzipArchives.members(d.intact()).stream().map(m -> (long) m.start()).toList(), o.offsetsInOrder);
  }

  @Test
  void aGzipMemberWhoseHeaderCrcFailsIsRejectedWithItsOffsetAndReadingResumesAtTheNextMember(@TempDir Path dir)
      throws IOException {
    byte[] source = Files.readAllBytes(fixtures().resolve(CraftedGzipArchives.SOURCE));
    CraftedGzipArchives.Damaged d = CraftedGzipArchives.headerCrcs(source);
    CraftedGzipArchives.Member member = CraftedGzipArchives.members(d.damaged()).get(CraftedGzipArchives.RESPONSE);
    // the JDK's gunzip takes a bad header after the first member for the end of the data: the member alone
    byte[] alone = Arrays.copyOfRange(d.damaged(), member.start(), member.end());
    IOException jdk = org.junit.jupiter.api.Assertions.assertThrows(java.util.zip.ZipException.class,
        () -> new java.util.zip.GZIPInputStream(new ByteArrayInputStream(alone)).readAllBytes());
    assertEquals("Corrupt GZIP header", jdk.getMessage(), "the JDK's gunzip refuses it too");
    Outcomes intact = read(Files.write(dir.resolve("intact.warc.gz"), d.intact()), 5_000_000);
    Outcomes damaged = read(Files.write(dir.resolve("damaged.warc.gz"), d.damaged()), 5_000_000);

    int crcAt = member.dataStart() - 2;
    int expected = (d.damaged()[crcAt] & 0xff) | (d.damaged()[crcAt + 1] & 0xff) << 8;
    java.util.zip.CRC32 computed = new java.util.zip.CRC32();
    computed.update(d.damaged(), member.start(), crcAt - member.start());
    assertEquals(List.of("corruptGzip"), damaged.rejected);
    assertEquals(List.of(d.memberOffset()), damaged.rejectedOffsets);
    assertEquals(java.util.Collections.singletonList(null), damaged.rejectedUrls, "its record was not read");
    assertEquals(String.format(java.util.Locale.ROOT, "CorruptFrameException: the gzip member that starts at byte %d "
        + "fails its header check (FHCRC): expected %04x (its header CRC-16), computed %04x over the %d header bytes "
        + "before it: its header was damaged; reading resumed at byte %d", member.start(), expected,
        computed.getValue() & 0xffff, crcAt - member.start(), member.end()), damaged.messages.get(0));
    assertEquals(List.of(), damaged.pages);
    assertEquals(intact.skipped, damaged.skipped, "the records before and after it");
    assertEquals(intact.offsetsInOrder, damaged.offsetsInOrder, "each at its offset, the rejection at the page's");

    ArchiveReader reader = new ArchiveReader(5_000_000);
    for (boolean whole : new boolean[] {true, false}) {
      Path file = dir.resolve(whole ? "intact.warc.gz" : "damaged.warc.gz");
      try (SeekableByteChannel channel = FileChannel.open(file)) {
        assertEquals(whole, reader.pageAt(file.toString(), channel, d.memberOffset()).isPresent(), file.toString());
      }
    }
  }

  @Test
  void aFileGzippedAsAWholeWhoseCrcFailsRejectsItsLastRecordAndSaysTheRecordsBeforeWereReadUnchecked(@TempDir Path dir)
      throws IOException {
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      Files.copy(fixtures().resolve("warcio/example.warc"), out);
    }
    byte[] bytes = gz.toByteArray();
    bytes[bytes.length - 8] ^= 1;
    Outcomes o = read(Files.write(dir.resolve("example-whole.warc.gz"), bytes), 5_000_000);
    assertEquals(List.of("corruptGzip"), o.rejected);
    assertEquals(List.of(0L), o.rejectedOffsets);
    assertTrue(o.messages.get(0).startsWith("CorruptFrameException: the gzip member that starts at byte 0 fails its "
        + "CRC-32 check: expected "), o.messages.get(0));
    assertTrue(o.messages.get(0).endsWith("; the 5 records before this one in the same gzip member (offset 0) were read "
        + "before its end was checked, and may hold the damage; no readable record follows it"), o.messages.get(0));
    assertEquals(1, o.pages.size(), "the check comes at the file's end, after the page was read");
    assertEquals(List.of("warcinfoRecord", "warcinfoRecord", "requestRecord"), o.skipped);
    assertEquals(1, o.revisits.size());
  }

  @Test
  void arcFileResponseBecomesAPage() throws IOException {
    Outcomes o = read("warcio/example.arc");
    assertEquals(1, o.pages.size());
    assertEquals("http://example.com/", o.pages.get(0).getUrl());
    assertNotNull(o.pages.get(0).getCrawledAt(), "the ARC date is the crawl date");
  }

  /** The uncompressed ARC files among the fixtures. */
  static Stream<String> plainArcFiles() throws IOException {
    return expectedOutcomes().map(a -> (String) a.get()[0]).filter(name -> name.endsWith(".arc"));
  }

  @ParameterizedTest
  @MethodSource("plainArcFiles")
  void eachRecordOfAPlainArcFileIsAtTheFirstByteOfItsHeaderLine(String fixture) throws IOException {
    // jwarc's offset was the byte after the one line feed it counts after an ARC record, and so
    // sat on the blank line that example.arc leaves after its filedesc record
    byte[] bytes = Files.readAllBytes(fixtures().resolve(fixture));
    Outcomes o = read(fixture);
    for (long offset : o.offsetsInOrder) {
      int at = (int) offset;
      String line = new String(bytes, at, Math.min(200, bytes.length - at), StandardCharsets.ISO_8859_1);
      assertTrue(line.matches("(?s)[a-z]+:[^\\n]* [^\\n]*\\n.*"), "an ARC header line (URL, IP address, date, "
          + "type, length) at byte " + offset + ": " + line.substring(0, Math.min(40, line.length())));
    }
    for (Page page : o.pages) {
      int at = page.getInputOffset().intValue();
      String line = new String(bytes, at, page.getUrl().length() + 1, StandardCharsets.ISO_8859_1);
      assertEquals(page.getUrl() + " ", line, "the page's own header line");
    }
  }

  @Test
  void theRecordAfterABlankLineInAPlainArcFileIsAtItsHeaderLine() throws IOException {
    // example.arc: a blank line after the filedesc record, whose 75 bytes end without a line feed
    assertEquals(List.of(0L, 151L), read("warcio/example.arc").offsetsInOrder);
    assertEquals(List.of(0L, 151L), read("warcio/example-space-in-url.arc").offsetsInOrder,
        "a record that cannot be read is rejected at its header line too");
  }

  @Test
  void redirectsRequestsAndNonHtmlResourcesAreSkippedWithReasons() throws IOException {
    Outcomes o = read("warcat/at.warc.gz");
    assertEquals(1, o.pages.size(), "the chunked 200 page");
    assertTrue(new String(body(o.pages.get(0)), StandardCharsets.UTF_8).contains("</html>"),
        "chunked transfer-encoding is decoded to the whole page");
    assertEquals(
        List.of("warcinfoRecord", "requestRecord", "redirect", "requestRecord", "notHtml", "notHtml", "notHtml"),
        o.skipped);
  }

  @Test
  void brotliGzipAndPlainBodiesDecodeToTheSamePage() throws IOException {
    String none = new String(body(read("ukwa-webarchive-discovery/transfer_compression_none.warc").pages.get(0)),
        StandardCharsets.UTF_8);
    assertTrue(none.contains("Extremely simple webpage used for testing GZip and Brotli transmission compression."));
    for (String encoded : List.of("transfer_compression_brotli.warc", "transfer_compression_gzip.warc.gz")) {
      Outcomes o = read("ukwa-webarchive-discovery/" + encoded);
      assertEquals(none, new String(body(o.pages.get(0)), StandardCharsets.UTF_8), encoded);
    }
  }

  @Test
  void aWarcDateThatCannotBeReadGivesWayToTheHttpResponsesDate() throws IOException {
    // ClueWeb09 writes "WARC-Date: 2008-10-294T05:21:46-0700" on every record
    Outcomes o = read("resiliparse/clueweb-quirk.warc.gz");
    assertEquals(java.time.Instant.parse("2009-01-28T17:05:56Z"), o.pages.get(0).getCrawledAt(),
        "Date: Wed, 28 Jan 2009 17:05:56 GMT");
    assertTrue(o.pages.stream().allMatch(p -> p.getCrawledAt() != null), "every page of the crawl has its date");
    assertEquals(" <urn:uuid:8789ea4e-e914-4ec6-8b7a-ecdd45d340a7>", o.pages.get(0).getCaptureId(),
        "the capture's identity, and so the article's id, stay the record's own");
  }

  @Test
  void aBodyThatIsNotInItsDeclaredContentEncodingIsTakenAsItIs() throws IOException {
    Outcomes o = read("resiliparse/clueweb-quirk.warc.gz");
    assertEquals(29, o.pages.size(), "Content-Encoding: gzip over bodies that are not gzip");
    assertTrue(new String(body(o.pages.get(0)), StandardCharsets.ISO_8859_1).toLowerCase().contains("<html"));
  }

  @Test
  void truncatedGzipIsRejectedAsTruncatedAndSaysTheRestIsLost() throws IOException {
    Outcomes o = read("resiliparse/clipped.warc.gz");
    assertTrue(o.pages.isEmpty());
    assertEquals(List.of("truncatedRecord"), o.rejected);
    assertEquals(0L, o.rejectedOffsets.get(0));
    assertTrue(o.messages.get(0).contains("is lost"), o.messages.get(0));
  }

  @Test
  void recordWithAShortContentLengthIsRejectedWithItsOffsetAndTheNextRecordsAreRead() throws IOException {
    Outcomes o = read("warcio/example-trunc.warc");
    assertEquals(List.of("wrongContentLength"), o.rejected);
    assertEquals(1197L, o.rejectedOffsets.get(0), "the response's offset");
    assertEquals(List.of("warcinfoRecord", "warcinfoRecord", "requestRecord"), o.skipped, "the request after it is read");
  }

  @Test
  void unparseableArcHeadersAreRejectedAndTheParseableRecordBetweenThemIsRead() throws IOException {
    Outcomes o = read("warcio/bad.arc");
    assertEquals(List.of("unparseableHeader", "badHttpHeader", "unreadableRemainder"), o.rejected);
    assertEquals(List.of(0L, 202L, 262L), o.rejectedOffsets);
  }

  /** Runs of line ends that writers and hand-concatenation leave between records, each with its name. */
  static Stream<Arguments> lineEnds() {
    return Stream.of(Arguments.of("CR LF", "\r\n"), Arguments.of("LF", "\n"), Arguments.of("CR", "\r"),
        Arguments.of("CR LF CR LF", "\r\n\r\n"), Arguments.of("LF CR LF CR", "\n\r\n\r"),
        Arguments.of("CR LF 40,000 times", "\r\n".repeat(40_000)));
  }

  /** {@code bytes} with {@code insert} put in before each of the ascending offsets {@code at} ({@code bytes.length}: at the end). */
  private static byte[] withInserted(byte[] bytes, List<Long> at, String insert) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int from = 0;
    for (long offset : at) {
      out.write(bytes, from, (int) offset - from);
      out.writeBytes(insert.getBytes(StandardCharsets.ISO_8859_1));
      from = (int) offset;
    }
    out.write(bytes, from, bytes.length - from);
    return out.toByteArray();
  }

  /** {@code offsets} each moved on by {@code length} bytes for every offset before it: a run of that length put in before each but the first. */
  private static List<Long> movedOn(List<Long> offsets, int length) {
    List<Long> moved = new ArrayList<>();
    for (int i = 0; i < offsets.size(); i++) {
      moved.add(offsets.get(i) + (long) i * length);
    }
    return moved;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineEnds")
  void lineEndsBetweenAndAfterTheRecordsOfAPlainWarcAreNoRecordAndEachRecordKeepsTheOffsetOfItsHeader(
      String name, String ends, @TempDir Path dir) throws IOException {
    // after the two CRLFs that end each record: before every record but the first, and at the end of the file
    byte[] bytes = Files.readAllBytes(fixtures().resolve("warcio/example.warc"));
    Outcomes plain = read("warcio/example.warc");
    List<Long> at = new ArrayList<>(plain.offsetsInOrder.subList(1, plain.offsetsInOrder.size()));
    at.add((long) bytes.length);
    byte[] blank = withInserted(bytes, at, ends);
    Outcomes o = read(Files.write(dir.resolve("blank-lines.warc"), blank), 5_000_000);
    assertEquals(outcomesWithoutOffsets(plain), outcomesWithoutOffsets(o), "no rejection, and nothing more counted");
    assertEquals(movedOn(plain.offsetsInOrder, ends.length()), o.offsetsInOrder);
    for (long offset : o.offsetsInOrder) {
      assertEquals("WARC/1.0\r\n", new String(blank, (int) offset, 10, StandardCharsets.ISO_8859_1),
          "the first byte of the record's header at " + offset);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineEnds")
  void lineEndsBetweenAndAfterTheRecordsOfAPlainArcAreNoRecordAndEachRecordKeepsTheOffsetOfItsHeaderLine(
      String name, String ends, @TempDir Path dir) throws IOException {
    // example.arc: the filedesc record, the LF that ends it, a blank line, then the page's header line at 151
    byte[] bytes = Files.readAllBytes(fixtures().resolve("warcio/example.arc"));
    Outcomes plain = read("warcio/example.arc");
    assertEquals(List.of(0L, 151L), plain.offsetsInOrder);
    byte[] blank = withInserted(bytes, List.of(151L, (long) bytes.length), ends);
    Outcomes o = read(Files.write(dir.resolve("blank-lines.arc"), blank), 5_000_000);
    assertEquals(outcomesWithoutOffsets(plain), outcomesWithoutOffsets(o), "no rejection, and nothing more counted");
    assertEquals(List.of(0L, 151L + ends.length()), o.offsetsInOrder);
    assertEquals("http://example.com/ ", new String(blank, 151 + ends.length(), 20, StandardCharsets.ISO_8859_1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineEnds")
  void lineEndsBeforeTheFirstRecordOfAPlainFileAreNoRecordAndTellNothingOfItsFormat(
      String name, String ends, @TempDir Path dir) throws IOException {
    // a file joined by hand, or written by a tool that opens with a blank line
    for (String fixture : List.of("warcio/example.arc", "warcio/example.warc")) {
      byte[] bytes = Files.readAllBytes(fixtures().resolve(fixture));
      Outcomes plain = read(fixture);
      String file = fixture.substring(fixture.indexOf('/') + 1);
      Outcomes o = read(Files.write(dir.resolve("blank-" + file), withInserted(bytes, List.of(0L), ends)), 5_000_000);
      assertEquals(outcomesWithoutOffsets(plain), outcomesWithoutOffsets(o), fixture + ": no rejection, nothing more counted");
      assertEquals(plain.offsetsInOrder.stream().map(at -> at + ends.length()).toList(), o.offsetsInOrder, fixture);
    }
  }

  /** The {@link #lineEnds}, after the record of every gzip member, and before it. */
  static Stream<Arguments> lineEndsInGzipMembers() {
    return lineEnds().flatMap(a -> Stream.of(true, false).map(after -> Arguments.of(a.get()[0], a.get()[1], after)));
  }

  @ParameterizedTest(name = "{0}, after the record: {2}")
  @MethodSource("lineEndsInGzipMembers")
  void lineEndsInsideTheGzipMembersOfTheRecordsAreNoRecordAndEachRecordHasItsMembersOffset(
      String name, String ends, boolean after, @TempDir Path dir) throws IOException {
    byte[] source = Files.readAllBytes(fixtures().resolve(CraftedGzipArchives.SOURCE));
    byte[] added = ends.getBytes(StandardCharsets.ISO_8859_1);
    byte[] intact = CraftedGzipArchives.remade(source, content -> content);
    byte[] blank = CraftedGzipArchives.remade(source,
        content -> after ? CraftedGzipArchives.concat(content, added) : CraftedGzipArchives.concat(added, content));
    Outcomes expected = read(Files.write(dir.resolve("intact.warc.gz"), intact), 5_000_000);
    Path file = Files.write(dir.resolve("blank-lines.warc.gz"), blank);
    Outcomes o = read(file, 5_000_000);
    assertEquals(outcomesWithoutOffsets(expected), outcomesWithoutOffsets(o), "no rejection, and nothing more counted");
    assertEquals(CraftedGzipArchives.members(blank).stream().map(m -> (long) m.start()).toList(), o.offsetsInOrder);
    try (SeekableByteChannel channel = FileChannel.open(file)) {
      Page page = o.page(CraftedGzipArchives.PAGE_URL);
      assertEquals(Optional.of(page), new ArchiveReader(5_000_000).pageAt(file.toString(), channel,
          page.getInputOffset()), "read again at its offset");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineEnds")
  void lineEndsBetweenTheRecordsOfAFileGzippedAsAWholeAreNoRecord(String name, String ends, @TempDir Path dir)
      throws IOException {
    byte[] bytes = Files.readAllBytes(fixtures().resolve("warcio/example.warc"));
    Outcomes plain = read("warcio/example.warc");
    List<Long> at = new ArrayList<>(plain.offsetsInOrder.subList(1, plain.offsetsInOrder.size()));
    at.add((long) bytes.length);
    Path whole = dir.resolve("blank-lines.warc.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
      out.write(withInserted(bytes, at, ends));
    }
    Outcomes o = read(whole, 5_000_000);
    assertEquals(outcomesWithoutOffsets(plain), outcomesWithoutOffsets(o), "no rejection, and nothing more counted");
    assertTrue(o.offsetsInOrder.stream().allMatch(offset -> offset == 0), "one member, one offset: " + o.offsetsInOrder);
  }

  @Test
  void anArcRecordWhoseLineFeedComesAfterACrLfIsWholeAsAWarcRecordWithMoreLineEndsIs(@TempDir Path dir)
      throws IOException {
    // example.arc's filedesc record: 75 bytes, then at byte 149 the LF that ends an ARC record; jwarc
    // takes the CR put before it for a wrong trailer, and passes over no CR after an ARC record
    byte[] bytes = Files.readAllBytes(fixtures().resolve("warcio/example.arc"));
    Outcomes o = read(Files.write(dir.resolve("crlf.arc"), withInserted(bytes, List.of(149L), "\r\n")), 5_000_000);
    assertEquals(outcomesWithoutOffsets(read("warcio/example.arc")), outcomesWithoutOffsets(o),
        "a Content-Length off only by line ends, as in a WARC file: no wrongContentLength");
    assertEquals(List.of(0L, 153L), o.offsetsInOrder);
  }

  @Test
  void aLineThatIsNotBlankBetweenRecordsIsStillRejectedFromTheRecordsEnd(@TempDir Path dir) throws IOException {
    byte[] bytes = Files.readAllBytes(fixtures().resolve("warcio/example.warc"));
    Outcomes plain = read("warcio/example.warc");
    String garbage = "\r\nnot a record\r\n";
    byte[] damaged = withInserted(bytes, List.of(488L), garbage);
    Outcomes o = read(Files.write(dir.resolve("garbage.warc"), damaged), 5_000_000);
    assertEquals(List.of("unparseableHeader"), o.rejected);
    assertEquals(List.of(488L), o.rejectedOffsets, "where the line ends that precede it start, as before");
    assertEquals(plain.skipped, o.skipped);
    assertEquals(1, o.pages.size());
    List<Long> after = new ArrayList<>(plain.offsetsInOrder);
    after.replaceAll(offset -> offset < 488 ? offset : offset + garbage.length());
    after.add(1, 488L);
    assertEquals(after, o.offsetsInOrder, "every record at its header, the rejection between them");
  }

  @Test
  void aRecordAfterGarbageThatEndsInABareCarriageReturnIsFoundAndRead(@TempDir Path dir) throws IOException {
    // the resync after the garbage looks for a line that starts with WARC/; a line that an old
    // Mac line end (CR alone) opens is a line too
    byte[] bytes = Files.readAllBytes(fixtures().resolve("warcio/example.warc"));
    Outcomes plain = read("warcio/example.warc");
    String garbage = "\r\nnot a record\r";
    Outcomes o = read(Files.write(dir.resolve("cr.warc"), withInserted(bytes, List.of(488L), garbage)), 5_000_000);
    assertEquals(List.of("unparseableHeader"), o.rejected);
    assertEquals(plain.skipped, o.skipped, "the records after the garbage are read");
    assertEquals(plain.pages.size(), o.pages.size());
    List<Long> after = new ArrayList<>(plain.offsetsInOrder);
    after.replaceAll(offset -> offset < 488 ? offset : offset + garbage.length());
    after.add(1, 488L);
    assertEquals(after, o.offsetsInOrder);
  }

  /** What a file reads to, offsets left out: each outcome in order, a page with its URL, capture and body. */
  private static List<String> outcomesWithoutOffsets(Outcomes o) {
    List<String> all = new ArrayList<>();
    o.pages.forEach(p -> all.add("page " + p.getUrl() + " " + p.getCaptureId() + " " + p.getPayloadDigest() + " "
        + java.util.Arrays.hashCode(body(p))));
    o.revisits.forEach(p -> all.add("revisit " + p.getUrl() + " " + p.getRevisitOf()));
    o.skipped.forEach(r -> all.add("skipped " + r));
    o.rejected.forEach(r -> all.add("rejected " + r));
    return all;
  }

  /** The offsets of the pages, revisits and rejections of {@code o}. */
  private static List<Long> offsets(Outcomes o) {
    List<Long> all = new ArrayList<>();
    o.pages.forEach(p -> all.add(p.getInputOffset()));
    o.revisits.forEach(p -> all.add(p.getInputOffset()));
    all.addAll(o.rejectedOffsets);
    return all;
  }

  @ParameterizedTest
  @ValueSource(strings = {"resiliparse/warcfile", "resiliparse/block-sized-records"})
  void lz4ArchivesReadToWhatTheirPlainAndGzippedCopiesReadTo(String name) throws IOException {
    Outcomes lz4 = read(name + ".warc.lz4");
    assertFalse(lz4.total() <= 1, "read record by record: " + lz4.rejected + " " + lz4.messages);
    assertEquals(outcomesWithoutOffsets(read(name + ".warc")), outcomesWithoutOffsets(lz4));
    assertEquals(outcomesWithoutOffsets(read(name + ".warc.gz")), outcomesWithoutOffsets(lz4));
    byte[] file = Files.readAllBytes(fixtures().resolve(name + ".warc.lz4"));
    for (long offset : offsets(lz4)) {
      assertEquals("04224d18", java.util.HexFormat.of().formatHex(file, (int) offset, (int) offset + 4),
          "an offset is the start of the record's LZ4 frame: " + offset);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"crafted/example-per-record.warc.zst", "crafted/example-dictionary.warc.zst",
      "crafted/example-trained-dictionary.warc.zst"})
  void zstdArchivesWithAFramePerRecordReadToWhatThePlainFileReadsTo(String fixture) throws IOException {
    Outcomes zstd = read(fixture);
    assertEquals(outcomesWithoutOffsets(read(CraftedZstdArchives.SOURCE)), outcomesWithoutOffsets(zstd));
    List<byte[]> records = CraftedZstdArchives.records(Files.readAllBytes(fixtures().resolve(CraftedZstdArchives.SOURCE)));
    CraftedZstdArchives.Frames frames = CraftedZstdArchives.frames(records,
        CraftedZstdArchives.dictionaryOf(fixture, fixtures()));
    long dictionaryFrame = Files.size(fixtures().resolve(fixture)) - frames.bytes().length;
    assertEquals(dictionaryFrame + frames.starts()[2], zstd.pages.get(0).getInputOffset(), "the response's frame");
    assertEquals(dictionaryFrame + frames.starts()[4], zstd.revisits.get(0).getInputOffset(), "the revisit's frame");
  }

  @Test
  void zstdFramesThatNameADictionaryTheFileDoesNotHoldSaySo(@TempDir Path dir) throws IOException {
    // the trained-dictionary fixture without its opening dictionary frame: every frame names the dictionary's ID
    byte[] bytes = Files.readAllBytes(fixtures().resolve("crafted/example-trained-dictionary.warc.zst"));
    long dictionaryEnd;
    try (SeekableByteChannel channel = FileChannel.open(fixtures().resolve("crafted/example-trained-dictionary.warc.zst"))) {
      dictionaryEnd = FrameChannel.zstdDictionary(channel).end();
    }
    Path file = dir.resolve("no-dictionary.warc.zst");
    Files.write(file, Arrays.copyOfRange(bytes, (int) dictionaryEnd, bytes.length));
    Outcomes o = read(file, 5_000_000);
    assertTrue(o.pages.isEmpty());
    assertFalse(o.rejected.isEmpty());
    assertEquals(List.of("notAnArchive"), o.rejected, "no frame of the file decodes, so nothing in it is a record");
    assertTrue(o.messages.get(0).startsWith("CorruptFrameException: the Zstandard frame that starts at byte 0 was compressed "
        + "with a dictionary this file does not hold (it opens with no dictionary frame): "), o.messages.get(0));
    // the same frames after the raw-content dictionary of the other fixture
    byte[] raw = Files.readAllBytes(fixtures().resolve("crafted/example-dictionary.warc.zst"));
    long rawEnd;
    try (SeekableByteChannel channel = FileChannel.open(fixtures().resolve("crafted/example-dictionary.warc.zst"))) {
      rawEnd = FrameChannel.zstdDictionary(channel).end();
    }
    Path other = dir.resolve("other-dictionary.warc.zst");
    try (OutputStream out = Files.newOutputStream(other)) {
      out.write(raw, 0, (int) rawEnd);
      out.write(bytes, (int) dictionaryEnd, bytes.length - (int) dictionaryEnd);
    }
    Outcomes wrong = read(other, 5_000_000);
    assertTrue(wrong.pages.isEmpty());
    assertTrue(wrong.messages.get(0).startsWith("CorruptFrameException: the Zstandard frame that starts at byte " + rawEnd
        + " was compressed with a dictionary this file does not hold (the dictionary it opens with is raw content, "
        + "without an ID): "), wrong.messages.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"crafted/example-dictionary.warc.zst", "crafted/example-trained-dictionary.warc.zst"})
  void everyRecordOfAZstdFileWithADictionaryDecodesFromItsFrameToThePlainRecord(String fixture) throws IOException {
    Path file = fixtures().resolve(fixture);
    List<byte[]> records = CraftedZstdArchives.records(Files.readAllBytes(fixtures().resolve(CraftedZstdArchives.SOURCE)));
    byte[] dictionary = CraftedZstdArchives.dictionaryOf(fixture, fixtures());
    CraftedZstdArchives.Frames frames = CraftedZstdArchives.frames(records, dictionary);
    byte[] bytes = Files.readAllBytes(file);
    long dictionaryFrame = bytes.length - frames.bytes().length;
    // a trained dictionary has an ID, which its frames name; raw content has none, and frames name none
    long id = Zstd.getDictIdFromDict(dictionary);
    assertEquals(fixture.contains("trained"), id != 0, "dictionary id " + id);
    try (SeekableByteChannel channel = FileChannel.open(file)) {
      FrameChannel.Dictionary found = FrameChannel.zstdDictionary(channel);
      assertArrayEquals(dictionary, found.bytes(), "the dictionary of the file's skippable frame");
      assertEquals(dictionaryFrame, found.end());
      for (int i = 0; i < records.size(); i++) {
        int start = (int) (dictionaryFrame + frames.starts()[i]);
        assertEquals(id, Zstd.getDictIdFromFrame(Arrays.copyOfRange(bytes, start,
            (int) (dictionaryFrame + frames.starts()[i + 1]))), "the dictionary id frame " + i + " names");
        // decoded from the record's own offset, as a page is read again
        try (FrameChannel frame = new FrameChannel(channel, start, RecordFinder.Framing.ZSTD, found.bytes(), null)) {
          ByteBuffer out = ByteBuffer.allocate(records.get(i).length);
          while (out.hasRemaining() && frame.read(out) >= 0) {
            // read on
          }
          assertArrayEquals(records.get(i), out.array(), "record " + i + ", at byte " + start);
        }
      }
    }
  }

  @Test
  void aCorruptZstdFrameIsRejectedWithItsOffsetAndReadingResumesAtTheNextFrame() throws IOException {
    Outcomes o = read("crafted/example-corrupt-frame.warc.zst");
    assertEquals(List.of("corruptZstd"), o.rejected);
    assertEquals(2049L, o.rejectedOffsets.get(0), "the first request's frame");
    assertTrue(o.messages.get(0).startsWith("CorruptFrameException: the Zstandard frame that starts at byte 2049 "
        + "cannot be decompressed: "), o.messages.get(0));
    assertTrue(o.messages.get(0).endsWith("; reading resumed at byte 2590"), o.messages.get(0));
    assertEquals(List.of("warcinfoRecord", "warcinfoRecord", "requestRecord"), o.skipped, "the second request is read");
    assertEquals(List.of(812L, 2590L), List.of(o.pages.get(0).getInputOffset(), o.revisits.get(0).getInputOffset()));
  }

  @Test
  void aZstdFileCutInsideItsLastFrameLosesOnlyThatRecord() throws IOException {
    Outcomes o = read("crafted/example-truncated.warc.zst");
    assertEquals(List.of("truncatedRecord"), o.rejected);
    assertEquals(3196L, o.rejectedOffsets.get(0));
    assertTrue(o.messages.get(0).contains("the file ends inside the Zstandard frame that starts at byte 3196"),
        o.messages.get(0));
    assertTrue(o.messages.get(0).contains("is lost"), o.messages.get(0));
    assertEquals(1, o.pages.size());
    assertEquals(1, o.revisits.size());
  }

  @Test
  void aCorruptLz4FrameIsRejectedAsCorruptLz4AndTheNextFramesRecordIsRead(@TempDir Path dir) throws IOException {
    // three records of 240 compressed bytes each; the second frame's data is garbled
    byte[] bytes = Files.readAllBytes(fixtures().resolve("resiliparse/block-sized-records.warc.lz4"));
    for (int i = 350; i < 358; i++) {
      bytes[i] = (byte) ~bytes[i];
    }
    Path file = dir.resolve("garbled.warc.lz4");
    Files.write(file, bytes);
    Outcomes o = read(file, 5_000_000);
    assertEquals(List.of("corruptLz4"), o.rejected);
    assertEquals(240L, o.rejectedOffsets.get(0));
    assertTrue(o.messages.get(0).contains("the LZ4 frame that starts at byte 240 cannot be decompressed"),
        o.messages.get(0));
    assertEquals(List.of("unknownRecordType", "unknownRecordType"), o.skipped,
        "the records before and after; the garbled one is only rejected, though its block read to its end");
  }

  @Test
  void aFileCompressedAsOneZstdFrameReadsThroughAndItsRecordsShareTheFramesOffset(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("one-frame.warc.zst");
    Files.write(file, com.github.luben.zstd.Zstd.compress(Files.readAllBytes(fixtures().resolve("resiliparse/warcfile.warc"))));
    Outcomes o = read(file, 5_000_000);
    assertEquals(outcomesWithoutOffsets(read("resiliparse/warcfile.warc")), outcomesWithoutOffsets(o));
    assertTrue(offsets(o).stream().allMatch(offset -> offset == 0), "one frame, one offset");
  }

  @Test
  void aZstdFileCutInsideItsDictionaryIsOneRejection(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("cut-dictionary.warc.zst");
    Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(fixtures().resolve("crafted/example-dictionary.warc.zst")), 100));
    Outcomes o = read(file, 5_000_000);
    assertEquals(List.of("truncatedRecord"), o.rejected);
    assertTrue(o.messages.get(0).contains("no frame can be decoded without it"), o.messages.get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"BZh91AY&SY", "\u00fd7zXZ\u0000"})
  void bzip2AndXzArchivesAreOneRejectionNamingTheCompression(String magic, @TempDir Path dir) throws IOException {
    Path file = dir.resolve("archive.warc.x");
    Files.write(file, magic.getBytes(StandardCharsets.ISO_8859_1));
    Outcomes o = read(file, 5_000_000);
    assertEquals(List.of("unsupportedCompression"), o.rejected);
    assertTrue(o.messages.get(0).startsWith(magic.startsWith("BZ") ? "bzip2" : "xz"), o.messages.get(0));
  }

  @Test
  void notAnArchiveIsOneRejectedRecord() throws IOException {
    Path file = Files.createTempFile("not-an-archive", ".warc");
    try {
      Files.writeString(file, "hello, not a WARC");
      Outcomes o = read(file, 1000);
      assertEquals(List.of("notAnArchive"), o.rejected);
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aGzipFileTooShortForARecordHeaderSaysSo() throws IOException {
    // webarchive-commons' hi.gz is "hi\n", gzipped: jwarc's parser runs out of bytes and says only "EOFException"
    Outcomes o = read("webarchive-commons/hi.gz");
    assertEquals(List.of("notAnArchive"), o.rejected);
    assertTrue(o.messages.get(0).startsWith("EOFException: the data ends before a whole WARC or ARC record header; "),
        o.messages.get(0));
  }

  @Test
  void pageLargerThanTheLimitIsRejectedAsTooLarge() throws IOException {
    Outcomes o = read(fixtures().resolve("warcio/example.warc.gz"), 100);
    assertTrue(o.pages.isEmpty());
    assertEquals(List.of("tooLarge"), o.rejected);
  }

  @Test
  void readBoundedStopsAtTheLimit() throws IOException {
    byte[] ten = new byte[10];
    assertEquals(10, ArchiveReader.readBounded(new ByteArrayInputStream(ten), 10).length);
    assertNull(ArchiveReader.readBounded(new ByteArrayInputStream(ten), 9));
  }

  @Test
  void failuresAreNamedByWhatWentWrong() {
    assertEquals("truncatedRecord", ArchiveReader.failureReason(new java.io.EOFException()));
    assertEquals("corruptGzip", ArchiveReader.failureReason(new java.util.zip.ZipException("bad")));
    assertEquals("corruptZstd", ArchiveReader.failureReason(new FrameChannel.CorruptFrameException("corruptZstd", "bad", null)));
    assertEquals("corruptLz4", ArchiveReader.failureReason(new FrameChannel.CorruptFrameException("corruptLz4", "bad", null)));
    assertEquals("unparseableHeader", ArchiveReader.failureReason(new NumberFormatException("x")));
    assertFalse(ArchiveReader.failureReason(new IOException("disk")).isEmpty());
  }

  /** Reads a damaged variant: one outcome per record, and every intact page among the pages. */
  @Test
  void aRecordWithoutItsTypeOrWithALengthThatIsNoNumberIsRejectedSayingSo(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    String example = Files.readString(fixtures().resolve("warcio/example.warc"), StandardCharsets.ISO_8859_1);
    int response = example.indexOf("WARC-Type: response\r\n");
    assertTrue(response > 0);

    Path noType = dir.resolve("no-type.warc");
    Files.writeString(noType, example.substring(0, response) + example.substring(response + "WARC-Type: response\r\n".length()),
        StandardCharsets.ISO_8859_1);
    Outcomes o = read(noType, 5_000_000);
    assertEquals(List.of("badRecord"), o.rejected);
    assertEquals("the record has no WARC-Type header, which every WARC record has (NoSuchElementException: No value present)",
        o.messages.get(0));

    int length = example.indexOf("Content-Length: ", response);
    int end = example.indexOf("\r\n", length);
    Path notANumber = dir.resolve("length-abc.warc");
    Files.writeString(notANumber, example.substring(0, length) + "Content-Length: abc" + example.substring(end),
        StandardCharsets.ISO_8859_1);
    o = read(notANumber, 5_000_000);
    assertEquals("unparseableHeader", o.rejected.get(0));
    assertTrue(o.messages.get(0).startsWith(
        "a header field that must be a number, such as a Content-Length, is not one (For input string: \"abc\")"),
        o.messages.get(0));
  }

  private static Outcomes readDamaged(Damages.Variant v, Path dir) throws IOException {
    Path file = dir.resolve(v.name());
    Files.write(file, v.bytes());
    Outcomes o = read(file, 5_000_000);
    java.util.Set<String> urls = o.pages.stream().map(Page::getUrl).collect(Collectors.toSet());
    for (String url : v.intactUrls()) {
      assertTrue(urls.contains(url), v.name() + " lost the intact page " + url + "; rejected " + o.rejected + " " + o.messages);
    }
    return o;
  }

  @ParameterizedTest(name = "seed {0}")
  @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
  void damagedArchivesAreReadToTheEndAndEveryIntactPageSurvives(long seed, @org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    for (Damages.Variant v : Damages.seeded(seed)) {
      readDamaged(v, dir);
    }
  }

  @Test
  void bombsAndHugePagesAreRejectedAsTooLargeAndALyingUtf8PageIsReadAsArabic(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    for (Damages.Variant v : Damages.oversized(1)) {
      Outcomes o = readDamaged(v, dir);
      if (v.name().contains("arabic")) {
        assertTrue(o.text(Damages.ARABIC_URL).contains("الحكومة المغربية"));
        assertTrue(o.rejected.isEmpty());
      } else {
        assertEquals(List.of("tooLarge"), o.rejected, v.name());
      }
    }
  }

  @Test
  void aContentLengthTooLargeSwallowsNoFollowingRecord(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    List<SyntheticArchive.Record> records = new ArrayList<>(SyntheticArchive.records(3, 5));
    records.set(2, new SyntheticArchive.Record(null, Damages.withContentLengthDelta(records.get(2).bytes(), 1000)));
    for (SyntheticArchive.Built built : List.of(SyntheticArchive.plain(records), SyntheticArchive.gzipped(records),
        SyntheticArchive.zstd(records))) {
      Path file = dir.resolve("long" + built.bytes().length);
      Files.write(file, built.bytes());
      Outcomes o = read(file, 5_000_000);
      assertEquals(List.of("wrongContentLength"), o.rejected);
      assertEquals(built.starts()[2], o.rejectedOffsets.get(0), "the damaged record's offset");
      assertEquals(built.pageUrls(), o.pages.stream().map(Page::getUrl).collect(Collectors.toSet()));
      assertEquals(List.of(built.starts()[4], built.starts()[6]),
          o.pages.stream().map(Page::getInputOffset).toList(), "offsets after the damage are exact");
    }
  }
}
