package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.Page;

class ArchiveReaderTest {

  /** Collects what the reader says of each record. */
  static final class Outcomes implements RecordSink {
    final List<Page> pages = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<String> rejected = new ArrayList<>();

    @Override
    public void page(Page page) {
      pages.add(page);
    }

    @Override
    public void skipped(String reason, Long offset, String url) {
      skipped.add(reason);
    }

    @Override
    public void rejected(String reason, Long offset, String url, String message, byte[] excerpt) {
      rejected.add(reason);
    }

    int total() {
      return pages.size() + skipped.size() + rejected.size();
    }
  }

  static Outcomes read(String resource) throws IOException {
    Outcomes outcomes = new Outcomes();
    try (InputStream in = ArchiveReaderTest.class.getResourceAsStream("/warc/" + resource)) {
      long records = new ArchiveReader(5_000_000).read(resource, Channels.newChannel(in), outcomes);
      assertEquals(records, outcomes.total(), "one outcome per record read");
    }
    return outcomes;
  }

  @Test
  void perRecordGzipWarcGivesTheResponseAsAPageAndSkipsTheRest() throws IOException {
    Outcomes o = read("example.warc.gz");
    assertEquals(1, o.pages.size());
    Page page = o.pages.get(0);
    assertEquals("http://example.com/", page.getUrl());
    assertEquals(784L, page.getInputOffset());
    String html = StandardCharsets.UTF_8.decode(page.getBody()).toString();
    assertTrue(html.contains("Example Domain"), "HTTP Content-Encoding: gzip is decoded");
    assertEquals(List.of("warcinfoRecord", "warcinfoRecord", "requestRecord", "revisitUnresolved", "requestRecord"), o.skipped);
    assertTrue(o.rejected.isEmpty());
  }

  @Test
  void arcFileResponseBecomesAPage() throws IOException {
    Outcomes o = read("example.arc");
    assertEquals(1, o.pages.size());
    assertEquals("http://example.com/", o.pages.get(0).getUrl());
    assertTrue(o.pages.get(0).getCrawledAt() != null, "the ARC date is the crawl date");
  }

  @Test
  void redirectsRequestsAndNonHtmlResourcesAreSkippedWithReasons() throws IOException {
    Outcomes o = read("at.warc.gz");
    assertEquals(1, o.pages.size(), "the chunked 200 page");
    assertTrue(StandardCharsets.UTF_8.decode(o.pages.get(0).getBody()).toString().contains("</html>"),
        "chunked transfer-encoding is decoded to the whole page");
    assertEquals(
        List.of("warcinfoRecord", "requestRecord", "redirect", "requestRecord", "notHtml", "notHtml", "notHtml"),
        o.skipped);
  }

  @Test
  void truncatedGzipIsRejectedNotThrown() throws IOException {
    Outcomes o = read("clipped.warc.gz");
    assertTrue(o.pages.isEmpty());
    assertFalse(o.rejected.isEmpty());
    assertEquals("unreadableRemainder", o.rejected.get(o.rejected.size() - 1));
  }

  @Test
  void notAnArchiveIsOneRejectedRecord() {
    Outcomes o = new Outcomes();
    long n =
        new ArchiveReader(1000)
            .read("x.warc", Channels.newChannel(new ByteArrayInputStream("hello, not a WARC".getBytes(StandardCharsets.UTF_8))), o);
    assertEquals(1, n);
    assertEquals(1, o.rejected.size());
  }

  @Test
  void pageLargerThanTheLimitIsRejectedAsTooLarge() throws IOException {
    Outcomes o = new Outcomes();
    try (InputStream in = getClass().getResourceAsStream("/warc/example.warc.gz")) {
      new ArchiveReader(100).read("example.warc.gz", Channels.newChannel(in), o);
    }
    assertTrue(o.pages.isEmpty());
    assertEquals(List.of("tooLarge"), o.rejected);
  }

  @Test
  void htmlIsRecognisedByTypeOrBySniffingWhenTheTypeSaysNothing() {
    byte[] html = "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
    assertTrue(ArchiveReader.isHtml("text/html; charset=utf-8", new byte[0]));
    assertTrue(ArchiveReader.isHtml("application/xhtml+xml", new byte[0]));
    assertTrue(ArchiveReader.isHtml(null, html));
    assertTrue(ArchiveReader.isHtml("application/octet-stream", html));
    assertFalse(ArchiveReader.isHtml("image/jpeg", html));
    assertFalse(ArchiveReader.isHtml("text/plain", html));
    assertFalse(ArchiveReader.isHtml(null, "{\"json\": true}".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void statusReasonsNameTheClassOfStatus() {
    assertEquals("redirect", ArchiveReader.statusReason(301));
    assertEquals("clientError", ArchiveReader.statusReason(404));
    assertEquals("serverError", ArchiveReader.statusReason(503));
    assertEquals("notOkStatus", ArchiveReader.statusReason(204));
  }

  @Test
  void readBoundedStopsAtTheLimit() throws IOException {
    byte[] ten = new byte[10];
    assertEquals(10, ArchiveReader.readBounded(new ByteArrayInputStream(ten), 10).length);
    assertNull(ArchiveReader.readBounded(new ByteArrayInputStream(ten), 9));
  }
}
