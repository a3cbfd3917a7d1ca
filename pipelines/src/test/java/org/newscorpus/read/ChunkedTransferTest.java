package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChunkedTransferTest {

  private static final String HEADER = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n";
  private static final String PAGE = "<html><body><p>Le conseil communal a élu son président.</p></body></html>";

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static ChunkedTransfer.Result read(String body, long limit) throws IOException {
    byte[] message = bytes(HEADER + body);
    return ChunkedTransfer.read(Channels.newChannel(new ByteArrayInputStream(message)), limit, message.length);
  }

  private static byte[] decoded(String body) throws IOException {
    ChunkedTransfer.Result result = read(body, 100_000);
    ChunkedTransfer.Body page = assertInstanceOf(ChunkedTransfer.Body.class, result, body);
    assertNull(page.read().failure(), body);
    return page.read().bytes();
  }

  /** {@code PAGE} cut in three chunks, each size line written by {@code size}. */
  private static String chunked(java.util.function.IntFunction<String> size, String lastChunk) {
    byte[] page = bytes(PAGE);
    StringBuilder s = new StringBuilder();
    int[] cuts = {0, 20, 45, page.length};
    for (int i = 0; i < 3; i++) {
      s.append(size.apply(cuts[i + 1] - cuts[i])).append("\r\n")
          .append(new String(page, cuts[i], cuts[i + 1] - cuts[i], StandardCharsets.ISO_8859_1)).append("\r\n");
    }
    return s + lastChunk;
  }

  private static ChunkedTransfer.Result readLatin1(String body, long limit) throws IOException {
    byte[] message = (HEADER + body).getBytes(StandardCharsets.ISO_8859_1);
    return ChunkedTransfer.read(Channels.newChannel(new ByteArrayInputStream(message)), limit, message.length);
  }

  private static byte[] decodedLatin1(String body) throws IOException {
    ChunkedTransfer.Body page = assertInstanceOf(ChunkedTransfer.Body.class, readLatin1(body, 100_000), body);
    assertNull(page.read().failure(), body);
    return page.read().bytes();
  }

  @Test
  void validFramingInItsAllowedSpellingsDecodesToThePage() throws IOException {
    byte[] page = bytes(PAGE);
    assertArrayEquals(page, decodedLatin1(chunked(Integer::toHexString, "0\r\n\r\n")), "plain");
    assertArrayEquals(page, decodedLatin1(chunked(n -> Integer.toHexString(n).toUpperCase(), "0\r\n\r\n")), "upper case");
    assertArrayEquals(page, decodedLatin1(chunked(n -> "000" + Integer.toHexString(n), "000\r\n\r\n")), "leading zeros");
    assertArrayEquals(page, decodedLatin1(chunked(n -> Integer.toHexString(n) + ";foo=bar", "0;foo=bar\r\n\r\n")), "extensions");
    assertArrayEquals(page, decodedLatin1(chunked(n -> Integer.toHexString(n) + " ", "0\r\n\r\n")), "trailing space");
    assertArrayEquals(page, decodedLatin1(chunked(Integer::toHexString, "0\r\nExpires: 0\r\n\r\n")), "trailer");
  }

  @Test
  void aBodyThatIsNotChunkedThoughDeclaredSoIsTakenAsItIs() throws IOException {
    assertArrayEquals(bytes(PAGE), decoded(PAGE), "the first chunk header is not one: the de-chunked body stays");
    String lfOnly = "5\n<html\n0\n\n";
    assertArrayEquals(bytes(lfOnly), decoded(lfOnly), "jwarc needs CRLF: LF-only framing fails at the first header");
  }

  @Test
  void framingThatBreaksAfterAGoodChunkIsBrokenAndSaysWhere() throws IOException {
    // chunk 2 declares 0x10 bytes and holds 0xb: its data runs into chunk 3's size line
    String body = "6\r\n<html>\r\n10\r\n<body><p>x\r\n6\r\n</p></\r\n0\r\n\r\n";
    ChunkedTransfer.Broken broken = assertInstanceOf(ChunkedTransfer.Broken.class, read(body, 100_000));
    assertArrayEquals(bytes(body), broken.raw(), "the raw body is kept");
    assertTrue(broken.complete());
    int at = body.indexOf("10\r\n") + 4 + 16;
    assertTrue(broken.message().startsWith("chunked transfer coding breaks at byte " + at + " of the HTTP body, "
        + "after 1 good chunk (6 bytes): chunk 2 declares 16 bytes (0x10) but no CRLF follows them"), broken.message());
  }

  @Test
  void aBadSizeLineAfterGoodChunksIsBrokenToo() throws IOException {
    String body = "6\r\n<html>\r\n6\r\n<body>\r\nzz\r\n</body></html>\r\n0\r\n\r\n";
    ChunkedTransfer.Broken broken = assertInstanceOf(ChunkedTransfer.Broken.class, read(body, 100_000));
    assertTrue(broken.message().startsWith("chunked transfer coding breaks at byte " + body.indexOf("zz")
        + " of the HTTP body, after 2 good chunks (12 bytes): no chunk header follows chunk 2, between "
        + "\"\\n6\\r\\n<body>\\r\\n\" and \"zz\\r\\n</body><\"; the raw body has 47 bytes"),
        broken.message());
  }

  @Test
  void aBodyCutInsideAChunkKeepsWhatWasDecoded() throws IOException {
    ChunkedTransfer.Body cut = assertInstanceOf(ChunkedTransfer.Body.class, read("6\r\n<html>\r\n400\r\n<body>", 100_000));
    assertArrayEquals(bytes("<html><body>"), cut.read().bytes());
    assertInstanceOf(EOFException.class, cut.read().failure());
  }

  @Test
  void theLimitBoundsThePageTheRawCopyAndTheBodyTakenAsItIs() throws IOException {
    assertNull(assertInstanceOf(ChunkedTransfer.Body.class, read("6\r\n<html>\r\n6\r\n<body>\r\n0\r\n\r\n", 10))
        .read().bytes(), "decoded past the limit: too large");
    assertNull(assertInstanceOf(ChunkedTransfer.Body.class, read(PAGE, 10)).read().bytes(),
        "not chunked, and past the limit: too large");
    String body = "6\r\n<html>\r\n10\r\n<body><p>x\r\n6\r\n</p></\r\n0\r\n\r\n";
    assertNull(assertInstanceOf(ChunkedTransfer.Body.class, read(body, 20)).read().bytes(),
        "22 bytes decoded before the break: too large before it is seen");
    ChunkedTransfer.Broken broken = assertInstanceOf(ChunkedTransfer.Broken.class, read(body, 30));
    assertEquals(30, broken.raw().length);
    assertFalse(broken.complete());
    assertEquals("chunked transfer coding breaks after 22 decoded bytes, past the first 30 bytes of the raw body",
        broken.message());
  }

  @Test
  void locateFindsNoBreakInValidOrCutFraming() {
    assertNull(ChunkedTransfer.locate(bytes("6\r\n<html>\r\n0\r\n\r\n")));
    assertNull(ChunkedTransfer.locate(bytes("6\r\n<html>\r\n400\r\n<bo")));
    assertEquals(new ChunkedTransfer.Break(0, 0, 0, -1), ChunkedTransfer.locate(bytes("<html>")));
  }
}
