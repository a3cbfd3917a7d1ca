package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

  private static final String FRENCH = "<html><body><p>Économie : déficit réduit à 3,5 %</p></body></html>";

  @Test
  void byteOrderMarkWinsOverEveryDeclaration() {
    byte[] text = FRENCH.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(text, 0, withBom, 3, text.length);
    PageDecoder.Decoded d = PageDecoder.decode(withBom, "text/html; charset=windows-1256");
    assertEquals(FRENCH, d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void httpCharsetThenMetaCharset() {
    byte[] latin = FRENCH.getBytes(Charset.forName("windows-1252"));
    assertEquals(FRENCH, PageDecoder.decode(latin, "text/html; charset=ISO-8859-1").text());
    String withMeta = "<html><head><meta charset=\"windows-1252\"></head><body>Économie</body></html>";
    PageDecoder.Decoded d = PageDecoder.decode(withMeta.getBytes(Charset.forName("windows-1252")), "text/html");
    assertEquals(withMeta, d.text());
    assertEquals("windows-1252", d.charset());
  }

  @Test
  void aDeclarationThatDoesNotDecodeIsPassedOver() {
    byte[] utf8 = FRENCH.getBytes(StandardCharsets.UTF_8);
    // declared Shift_JIS, but the bytes are UTF-8 French
    PageDecoder.Decoded d = PageDecoder.decode(utf8, "text/html; charset=Shift_JIS");
    assertEquals(FRENCH, d.text());
    assertEquals("UTF-8", d.charset());
  }

  @Test
  void undeclaredInvalidUtf8FallsBackToWindows1252() {
    byte[] latin = FRENCH.getBytes(Charset.forName("windows-1252"));
    PageDecoder.Decoded d = PageDecoder.decode(latin, null);
    assertEquals(FRENCH, d.text());
    assertEquals("windows-1252", d.charset());
  }
}
