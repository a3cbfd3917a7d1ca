package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRevisit;

class RecordClassifierTest {

  private static WarcRecord record(String warc) throws IOException {
    WarcReader reader = new WarcReader(new ByteArrayInputStream(warc.getBytes(StandardCharsets.ISO_8859_1)));
    return reader.next().orElseThrow();
  }

  private static String revisit(String extraHeaders) {
    return "WARC/1.0\r\nWARC-Type: revisit\r\nWARC-Target-URI: http://a.example/x\r\n"
        + "WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n" + extraHeaders
        + "Content-Length: 0\r\n\r\n\r\n\r\n";
  }

  @Test
  void htmlIsRecognisedByTypeOrBySniffingWhenTheTypeSaysNothing() {
    byte[] html = "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
    assertTrue(RecordClassifier.isHtml("text/html; charset=utf-8", new byte[0]));
    assertTrue(RecordClassifier.isHtml("application/xhtml+xml", new byte[0]));
    assertTrue(RecordClassifier.isHtml(null, html));
    assertTrue(RecordClassifier.isHtml("application/octet-stream", html));
    assertFalse(RecordClassifier.isHtml("image/jpeg", html));
    assertFalse(RecordClassifier.isHtml("text/plain", html));
    assertFalse(RecordClassifier.isHtml(null, "{\"json\": true}".getBytes(StandardCharsets.UTF_8)));
    assertTrue(RecordClassifier.declaredNotHtml("image/png"));
    assertFalse(RecordClassifier.declaredNotHtml(null));
  }

  private static Outcome.PageOutcome pageDated(String warcDate) throws Exception {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>x</body></html>";
    String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/x\r\nWARC-Date: " + warcDate
        + "\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: "
        + http.length() + "\r\n\r\n" + http + "\r\n\r\n";
    return (Outcome.PageOutcome) new RecordClassifier("f.warc", 100_000).classify(record(warc), 0);
  }

  @Test
  void aWarcDateNoCrawlCanHaveIsDroppedNotWritten() throws Exception {
    assertEquals(java.time.Instant.parse("2024-01-02T03:04:05Z"), pageDated("2024-01-02T03:04:05Z").page().getCrawledAt());
    assertNull(pageDated("99999-01-01T00:00:00Z").page().getCrawledAt(), "pandas and Avro readers fail on year 99999");
    assertNull(pageDated("1600-01-01T00:00:00Z").page().getCrawledAt(), "older than the web");
    assertNull(pageDated(java.time.Instant.now().plus(java.time.Duration.ofDays(30)).toString()).page().getCrawledAt());
  }

  @Test
  void anHtmlPageWithoutATargetUriIsRejectedNotMadeAnArticleWithoutAUrl() throws Exception {
    String html = "<html><body><p>Le conseil communal a élu son président.</p></body></html>";
    for (String target : new String[] {"", "WARC-Target-URI: \r\n"}) {
      String warc = "WARC/1.0\r\nWARC-Type: resource\r\n" + target + "WARC-Date: 2024-01-02T03:04:05Z\r\n"
          + "WARC-Record-ID: <urn:uuid:2>\r\nContent-Type: text/html\r\nContent-Length: "
          + html.getBytes(StandardCharsets.ISO_8859_1).length + "\r\n\r\n" + html + "\r\n\r\n";
      Outcome o = new RecordClassifier("f.warc", 100_000).classify(record(warc), 0);
      assertTrue(o instanceof Outcome.Reject r && r.reason().equals("noTargetUri"), target + ": " + o);
    }
  }

  private static Outcome chunkedResponse(String contentType, String body) throws Exception {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n\r\n" + body;
    String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/x\r\n"
        + "WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:3>\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n" + http
        + "\r\n\r\n";
    return new RecordClassifier("f.warc", 100_000).classify(record(warc), 9);
  }

  @Test
  void aChunkedResponseIsAPageWhenItsFramingHoldsOrWhenItIsNotChunkedAtAll() throws Exception {
    String html = "<html><body>x</body></html>";
    for (String body : new String[] {"6\r\n<html>\r\n15\r\n<body>x</body></html>\r\n0\r\n\r\n", html}) {
      Outcome o = chunkedResponse("text/html", body);
      assertTrue(o instanceof Outcome.PageOutcome, body + ": " + o);
      assertEquals(html, new String(ArchiveReaderTest.body(((Outcome.PageOutcome) o).page()), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aChunkedResponseWhoseFramingBreaksAfterAChunkIsRejectedWithItsRawBody() throws Exception {
    String body = "6\r\n<html>\r\n17\r\n<body>x</body></html>\r\n0\r\n\r\n";
    Outcome.Reject r = (Outcome.Reject) chunkedResponse("text/html", body);
    assertEquals("badTransferEncoding", r.reason());
    assertEquals("http://a.example/x", r.url());
    assertTrue(r.message().startsWith("chunked transfer coding breaks at byte 38 of the HTTP body, after 1 good chunk"),
        r.message());
    assertEquals(body, new String(r.excerpt(), StandardCharsets.UTF_8));
    assertEquals(new Outcome.Skip(9, "notHtml", "http://a.example/x"), chunkedResponse("image/png", body),
        "a type that is not HTML is skipped before the body is read");
  }

  @Test
  void aRevisitWhoseHttpHeaderSaysChunkedIsSentOnAsBefore() throws Exception {
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n";
    String warc = "WARC/1.0\r\nWARC-Type: revisit\r\nWARC-Target-URI: http://a.example/x\r\n"
        + "WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Payload-Digest: sha1:AAAA\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length() + "\r\n\r\n"
        + http + "\r\n\r\n";
    Outcome o = new RecordClassifier("f.warc", 1000).classify(record(warc), 0);
    assertTrue(o instanceof Outcome.Revisit v && v.stub().getRevisitOf().equals("digest:sha1:AAAA"), o.toString());
  }

  @Test
  void theSchemeOfATargetUriIsItsTextBeforeTheFirstColon() {
    assertEquals("https", RecordClassifier.scheme(" HTTPS://a.example/x"));
    assertEquals("javascript", RecordClassifier.scheme("javascript:void(0)"));
    assertEquals("blob", RecordClassifier.scheme("blob:https://a.example/1"));
    assertEquals("urn", RecordClassifier.scheme("urn:pageinfo:http://a.example/"));
    assertEquals("", RecordClassifier.scheme("a.example/x"));
    assertEquals("", RecordClassifier.scheme("/x:y"));
    assertEquals("", RecordClassifier.scheme(":x"));
  }

  @Test
  void anHtmlPageWhoseAddressIsNotAWebAddressIsRejectedAsNotWebUrl() throws Exception {
    String html = "<html><body><p>Le conseil communal a élu son président.</p></body></html>";
    for (String target : new String[] {"javascript:void(0)", "about:blank", "data:text/html,x", "blob:https://a.example/1",
        "http://a.example/x", "HTTPS://a.example/x", "ftp://a.example/x.html"}) {
      String warc = "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: " + target + "\r\n"
          + "WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:2>\r\nContent-Type: text/html\r\n"
          + "Content-Length: " + html.getBytes(StandardCharsets.ISO_8859_1).length + "\r\n\r\n" + html + "\r\n\r\n";
      Outcome o = new RecordClassifier("f.warc", 100_000).classify(record(warc), 0);
      boolean web = target.contains("://") && !target.startsWith("blob:");
      assertEquals(web, o instanceof Outcome.PageOutcome, target + ": " + o);
      assertEquals(!web, o instanceof Outcome.Reject r && r.reason().equals("notWebUrl") && r.url().equals(target),
          target + ": " + o);
    }
  }

  @Test
  void aRevisitWithoutAWebAddressIsRejectedLikeThePageItWouldBecome() throws Exception {
    String digest = "WARC-Payload-Digest: sha1:AAAA\r\n";
    for (String target : new String[] {"javascript:void(0)", "about:blank", "", "http://a.example/x"}) {
      String warc = revisit(digest).replace("WARC-Target-URI: http://a.example/x\r\n",
          target.isEmpty() ? "" : "WARC-Target-URI: " + target + "\r\n");
      Outcome o = new RecordClassifier("f.warc", 1000).classify(record(warc), 3);
      String expected = target.isEmpty() ? "noTargetUri" : target.startsWith("http") ? null : "notWebUrl";
      if (expected == null) {
        assertTrue(o instanceof Outcome.Revisit, target + ": " + o);
      } else {
        assertTrue(o instanceof Outcome.Reject r && r.reason().equals(expected) && r.offset() == 3
            && r.message().startsWith("a revisit "), target + ": " + o);
      }
    }
  }

  @Test
  void statusReasonsNameTheClassOfStatus() {
    assertEquals("redirect", RecordClassifier.statusReason(301));
    assertEquals("clientError", RecordClassifier.statusReason(404));
    assertEquals("serverError", RecordClassifier.statusReason(503));
    assertEquals("notOkStatus", RecordClassifier.statusReason(204));
  }

  @Test
  void revisitIsKeyedByDigestThenRefersToThenTargetAndDate() throws IOException {
    WarcRevisit byDigest = (WarcRevisit) record(revisit(
        "WARC-Payload-Digest: sha1:G7HRM7BGOKSKMSXZAHMUQTTV53QOFSMK\r\nWARC-Refers-To: <urn:uuid:0>\r\n"));
    assertEquals("digest:sha1:G7HRM7BGOKSKMSXZAHMUQTTV53QOFSMK", RecordClassifier.revisitKey(byDigest));
    WarcRevisit byId = (WarcRevisit) record(revisit("WARC-Refers-To: <urn:uuid:0>\r\n"));
    assertEquals("record:<urn:uuid:0>", RecordClassifier.revisitKey(byId));
    WarcRevisit byCapture = (WarcRevisit) record(revisit(
        "WARC-Refers-To-Target-URI: http://a.example/x\r\nWARC-Refers-To-Date: 2023-12-31T00:00:00Z\r\n"));
    assertEquals("capture:http://a.example/x 2023-12-31T00:00:00Z", RecordClassifier.revisitKey(byCapture));
    assertNull(RecordClassifier.revisitKey((WarcRevisit) record(revisit(""))));
  }

  @Test
  void digestsWrittenInHexOrBase32AreTheSameKey() {
    assertEquals(RecordClassifier.digestKey("sha1:G7HRM7BGOKSKMSXZAHMUQTTV53QOFSMK"),
        RecordClassifier.digestKey("SHA-1:37cf167c2672a4a64af901d9484e75eee0e2c98a"));
  }

  @Test
  void revisitWithoutAnyReferenceIsUnresolvedAtOnce() throws Exception {
    Outcome o = new RecordClassifier("f.warc", 1000).classify(record(revisit("")), 7);
    assertEquals(new Outcome.Skip(7, "revisitUnresolved", "http://a.example/x"), o);
  }

  @Test
  void revisitOfANotFoundCaptureIsSkippedByItsOwnStatus() throws Exception {
    String warc = "WARC/1.0\r\nWARC-Type: revisit\r\nWARC-Target-URI: http://a.example/x\r\n"
        + "WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Payload-Digest: sha1:AAAA\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: 26\r\n\r\n"
        + "HTTP/1.1 404 Not Found\r\n\r\n\r\n\r\n";
    Outcome o = new RecordClassifier("f.warc", 1000).classify(record(warc), 0);
    assertEquals(new Outcome.Skip(0, "clientError", "http://a.example/x"), o);
  }

  @Test
  void dnsResponseIsNotHttpAndSkippedAsNotHtml() throws Exception {
    String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: dns:example.com\r\n"
        + "WARC-Date: 2024-01-02T03:04:05Z\r\nContent-Type: text/dns\r\nContent-Length: 5\r\n\r\nabcde\r\n\r\n";
    Outcome o = new RecordClassifier("f.warc", 1000).classify(record(warc), 0);
    assertEquals(new Outcome.Skip(0, "notHtml", "dns:example.com"), o);
  }

  @Test
  void aBodyShorterThanItsHttpContentLengthIsThePageAsCaptured() throws Exception {
    String html = "<html><body><p>Bonjour</p></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n" + html;
    String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\n"
        + "WARC-Date: 2024-01-02T03:04:05Z\r\nContent-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + http.length() + "\r\n\r\n" + http + "\r\n\r\n";
    Outcome o = new RecordClassifier("f.warc", 100_000).classify(record(warc), 0);
    assertTrue(o instanceof Outcome.PageOutcome, o.toString());
    assertEquals(html, new String(ArchiveReaderTest.body(((Outcome.PageOutcome) o).page()), StandardCharsets.UTF_8));
    assertEquals(Truncation.HTTP_BODY, ((Outcome.PageOutcome) o).page().getTruncated());
  }

  /** The truncation of a response page with these extra WARC headers, HTTP headers and body. */
  private static String truncation(String warcHeaders, String httpHeaders, byte[] body) throws Exception {
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + httpHeaders + "\r\n")
        .getBytes(StandardCharsets.ISO_8859_1), body);
    byte[] warc = concat(("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/\r\n"
        + "WARC-Date: 2024-01-02T03:04:05Z\r\n" + warcHeaders + "Content-Type: application/http; msgtype=response\r\n"
        + "Content-Length: " + http.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), http,
        "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    Outcome o = new RecordClassifier("f.warc", 100_000).classify(new WarcReader(new ByteArrayInputStream(warc)).next()
        .orElseThrow(), 0);
    assertTrue(o instanceof Outcome.PageOutcome, o.toString());
    return ((Outcome.PageOutcome) o).page().getTruncated();
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Test
  void aPageSaysWhyItsCaptureIsIncompleteFirstByItsWarcTruncatedThenByItsHttpBodyThenByItsEncoding()
      throws Exception {
    byte[] html = "<html><body><p>Le conseil communal a voté le budget.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    String whole = "Content-Length: " + html.length + "\r\n";
    assertNull(truncation("", whole, html), "a whole capture");
    assertNull(truncation("", "", html), "no Content-Length: nothing says more was sent");
    assertNull(truncation("", "Content-Length: 10\r\n", html), "a body longer than its Content-Length is not cut");
    assertNull(truncation("", "Content-Length: many\r\n", html), "a Content-Length that is no number says nothing");
    for (String[] value : new String[][] {{"length", "length"}, {"TIME", "time"}, {" Disconnect ", "disconnect"},
        {"unspecified", "unspecified"}, {"", "unspecified"}, {"x-robots", "x-robots"}}) {
      assertEquals(value[1], truncation("WARC-Truncated: " + value[0] + "\r\n", whole, html), value[0]);
    }
    byte[] cut = java.util.Arrays.copyOf(html, 30);
    assertEquals(Truncation.HTTP_BODY, truncation("", whole, cut));
    assertNull(truncation("", whole, java.util.Arrays.copyOf(html, html.length - 2)), "only a last line end lacking");
    assertEquals(Truncation.HTTP_BODY, truncation("", whole, java.util.Arrays.copyOf(html, html.length - 3)));
    assertEquals("length", truncation("WARC-Truncated: length\r\n", whole, cut), "the record's own word first");
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(html);
    }
    byte[] gzipCut = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() - 8);
    assertEquals(Truncation.CONTENT_ENCODING,
        truncation("", "Content-Encoding: gzip\r\nContent-Length: " + gzipCut.length + "\r\n", gzipCut));
    assertEquals(Truncation.HTTP_BODY, truncation("", "Content-Encoding: gzip\r\nContent-Length: " + gz.size()
        + "\r\n", gzipCut), "the body was cut, and so its gzip");
    assertNull(truncation("", "Content-Encoding: gzip\r\nContent-Length: " + gz.size() + "\r\n", gz.toByteArray()));
    assertEquals(Truncation.HTTP_BODY, truncation("", "Transfer-Encoding: chunked\r\n",
        ("20\r\n" + new String(html, 0, 32, StandardCharsets.ISO_8859_1) + "\r\n40\r\n<p>la suite")
            .getBytes(StandardCharsets.ISO_8859_1)), "a chunked body that ends inside a chunk");
  }

  @Test
  void aRevisitStubSaysNothingOfTruncationUntilItIsResolved() throws Exception {
    Outcome o = new RecordClassifier("f.warc", 1000).classify(record(revisit(
        "WARC-Truncated: length\r\nWARC-Payload-Digest: sha1:AAAA\r\n")), 0);
    assertNull(((Outcome.Revisit) o).stub().getTruncated());
  }
}
