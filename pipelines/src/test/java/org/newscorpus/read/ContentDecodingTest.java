package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ContentDecodingTest {

  private static final byte[] HTML = "<html><body>Bonjour</body></html>".getBytes(StandardCharsets.UTF_8);

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void gzipAndDeflateBodiesAreDecoded() throws IOException {
    assertArrayEquals(HTML, ContentDecoding.decode(gzip(HTML), "gzip", 1000).payload());
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(zlib)) {
      out.write(HTML);
    }
    assertArrayEquals(HTML, ContentDecoding.decode(zlib.toByteArray(), "deflate", 1000).payload());
  }

  @Test
  void aBodyNotInItsDeclaredEncodingIsTakenAsItIs() throws IOException {
    ContentDecoding.Result r = ContentDecoding.decode(HTML, "gzip", 1000);
    assertArrayEquals(HTML, r.payload());
    assertTrue(r.asIs());
    assertTrue(ContentDecoding.decode(HTML, "br", 1000).asIs());
    assertFalse(ContentDecoding.decode(HTML, null, 1000).asIs());
    for (String label : new String[] {"deflate", "compress", "gzip, br"}) {
      ContentDecoding.Result plain = ContentDecoding.decode(HTML, label, 1000);
      assertTrue(plain.asIs(), label);
      assertArrayEquals(HTML, plain.payload(), label);
    }
  }

  @Test
  void aGzipBodyCutShortKeepsWhatItInflatedAndOneCutInItsHeaderIsAnError() throws IOException {
    byte[] page = ("<html><body>" + "<p>Le ministre a annoncé un plan de relance.</p>".repeat(400) + "</body></html>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] gz = gzip(page);
    ContentDecoding.Result cut = ContentDecoding.decode(Arrays.copyOf(gz, gz.length / 2), "gzip", 1 << 20);
    byte[] kept = cut.payload();
    assertTrue(kept.length > 0 && kept.length < page.length, "a prefix: " + kept.length);
    assertArrayEquals(Arrays.copyOf(page, kept.length), kept);
    assertTrue(cut.cut(), "it says it was cut short");
    assertFalse(ContentDecoding.decode(gz, "gzip", 1 << 20).cut(), "the whole stream");
    assertThrows(IOException.class, () -> ContentDecoding.decode(Arrays.copyOf(gz, 12), "gzip", 1000));
  }

  @Test
  void onlyAStreamThatEndsEarlyIsCut() throws IOException {
    byte[] page = ("<html><body>" + "<p>Le conseil a voté le budget.</p>".repeat(300) + "</body></html>")
        .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(zlib)) {
      out.write(page);
    }
    byte[] deflated = zlib.toByteArray();
    assertFalse(ContentDecoding.decode(deflated, "deflate", 1 << 20).cut());
    ContentDecoding.Result cut = ContentDecoding.decode(Arrays.copyOf(deflated, deflated.length - 6), "deflate", 1 << 20);
    assertTrue(cut.cut() && cut.payload().length > 0, "a deflate stream without its last bytes");
    assertFalse(ContentDecoding.decode(page, null, 1 << 20).cut(), "no encoding");
    assertFalse(ContentDecoding.decode(page, "gzip", 1 << 20).cut(), "taken as it is");
    assertNull(ContentDecoding.decode(gzip(new byte[4 << 20]), "gzip", 1 << 20).payload(), "over the limit: tooLarge");
    assertFalse(ContentDecoding.decode(gzip(new byte[4 << 20]), "gzip", 1 << 20).cut(), "over the limit: not cut");
  }

  @Test
  void aZstdBodyIsDecodedAndOneCutShortKeepsWhatItDecoded() throws IOException {
    // Zstandard is what browsers now accept and CDNs serve; a recording proxy keeps it as it came
    byte[] page;
    try (var in = ContentDecodingTest.class.getResourceAsStream("/pages/maghress-aggregator.html")) {
      page = in.readAllBytes();
    }
    byte[] zstd = Zstd.compress(page, 19);
    ContentDecoding.Result whole = ContentDecoding.decode(zstd, "zstd", 1 << 20);
    assertArrayEquals(page, whole.payload());
    assertFalse(whole.asIs());
    assertFalse(whole.cut());
    // a frame decodes block by block (128 KB at most): a long page cut short keeps its whole blocks
    List<String> words = Arrays.asList(new String(page, StandardCharsets.UTF_8).split("\\s+"));
    StringBuilder shuffled = new StringBuilder();
    Random random = new Random(3);
    while (shuffled.length() < 600_000) {
      Collections.shuffle(words, random); // the page's words in new orders: text that compresses like text
      shuffled.append(String.join(" ", words)).append('\n');
    }
    byte[] longPage = shuffled.toString().getBytes(StandardCharsets.UTF_8);
    byte[] longZstd = Zstd.compress(longPage, 3);
    ContentDecoding.Result half = ContentDecoding.decode(Arrays.copyOf(longZstd, longZstd.length / 2), "zstd", 8 << 20);
    assertTrue(half.cut());
    byte[] cut = half.payload();
    assertTrue(cut.length > 0 && cut.length < longPage.length, "the decoded start: " + cut.length);
    assertArrayEquals(Arrays.copyOf(longPage, cut.length), cut);
    assertTrue(ContentDecoding.decode(HTML, "zstd", 1000).asIs(), "a page the crawler already decoded");
    assertNull(ContentDecoding.decode(Zstd.compress(new byte[20 << 20]), "zstd", 1 << 20).payload(), "a bomb is cut");
    IOException broken = assertThrows(IOException.class,
        () -> ContentDecoding.decode(Arrays.copyOf(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}, 204), "zstd", 1000));
    assertEquals("ZstdIOException", broken.getClass().getSimpleName(), broken.toString());
  }

  @Test
  void aDecompressionBombIsCutAtTheLimit() throws IOException {
    byte[] bomb = gzip(new byte[20 << 20]);
    assertTrue(bomb.length < 100_000);
    assertNull(ContentDecoding.decode(bomb, "gzip", 1 << 20).payload());
  }

  @Test
  void anUnknownEncodingOverWhatIsNoHtmlDocumentIsAnError() {
    byte[] compressed = {0x1f, (byte) 0x9d, (byte) 0x90, 0x3c, 0x68, 0x74};
    assertThrows(IOException.class, () -> ContentDecoding.decode(compressed, "compress", 1000));
    assertThrows(IOException.class, () -> ContentDecoding.decode(new byte[] {1, 2, 3, 4}, "deflate", 1000));
  }
}
