package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    byte[] kept = ContentDecoding.decode(Arrays.copyOf(gz, gz.length / 2), "gzip", 1 << 20).payload();
    assertTrue(kept.length > 0 && kept.length < page.length, "a prefix: " + kept.length);
    assertArrayEquals(Arrays.copyOf(page, kept.length), kept);
    assertThrows(IOException.class, () -> ContentDecoding.decode(Arrays.copyOf(gz, 12), "gzip", 1000));
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
