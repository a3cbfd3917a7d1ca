package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  private static final String ARABIC =
      "<html><head><meta charset=\"utf-8\"><title>أخبار</title></head><body><p>قالت الحكومة المغربية"
          + " إن الاقتصاد الوطني سجل نموا ملحوظا خلال الربع الأول من السنة الجارية، وذلك بفضل ارتفاع"
          + " الصادرات وتحسن أداء القطاع الفلاحي والسياحي.</p></body></html>";

  @Test
  void aPageDeclaringUtf8ThatIsReallyWindows1256DecodesAsArabic() {
    byte[] bytes = ARABIC.getBytes(Charset.forName("windows-1256"));
    PageDecoder.Decoded d = PageDecoder.decode(bytes, "text/html; charset=utf-8");
    assertEquals("windows-1256", d.charset());
    assertTrue(d.text().contains("الحكومة المغربية"), d.text());
  }

  @Test
  void undeclaredCyrillicIsDetected() {
    String russian = "<html><body><p>Правительство России объявило о новых мерах поддержки малого и среднего"
        + " бизнеса, которые вступят в силу в следующем месяце.</p></body></html>";
    PageDecoder.Decoded d = PageDecoder.decode(russian.getBytes(Charset.forName("windows-1251")), null);
    assertEquals("windows-1251", d.charset());
    assertEquals(russian, d.text());
  }

  @Test
  void labelsAreReadAsBrowsersReadThem() {
    assertEquals("GBK", PageDecoder.charset("gb2312").name());
    assertEquals("windows-1252", PageDecoder.charset("ISO-8859-1").name());
    assertEquals("windows-31j", PageDecoder.charset("Shift_JIS").name());
    assertEquals(null, PageDecoder.charset("no-such-charset"));
  }

  @Test
  void validUtf8UnderALatin1HeaderIsUtf8() {
    PageDecoder.Decoded d = PageDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8), "text/html; charset=iso-8859-1");
    assertEquals("UTF-8", d.charset());
    assertEquals(FRENCH, d.text());
  }

  @Test
  void aUtf8PageCutInTheMiddleOfACharacterKeepsItsCharset() {
    String long_ = FRENCH.repeat(20) + "é";
    byte[] utf8 = long_.getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(utf8, utf8.length - 1);
    PageDecoder.Decoded d = PageDecoder.decode(cut, "text/html; charset=utf-8");
    assertEquals("UTF-8", d.charset());
    assertTrue(d.text().startsWith(FRENCH));
  }

  @Test
  void metaDeclaredUtf16OnAnAsciiPageIsReadAsUtf8() {
    String page = "<html><head><meta charset=\"utf-16\"></head><body>Économie</body></html>";
    PageDecoder.Decoded d = PageDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null);
    assertEquals("UTF-8", d.charset());
    assertEquals(page, d.text());
  }

  @Test
  void aPageThatWritesTheReplacementCharacterItselfIsNotDamaged() {
    String page = "<p>" + FRENCH + " \uFFFD</p>";
    PageDecoder.Decoded d = PageDecoder.decode(page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    assertEquals("UTF-8", d.charset());
    assertEquals(page, d.text());
  }

  @Test
  void aDeclaredWindows1252PageDecodesAsWindows1252() {
    String page = "<p>Le président a dit « oui » — 5 €.</p>";
    PageDecoder.Decoded d = PageDecoder.decode(page.getBytes(java.nio.charset.Charset.forName("windows-1252")),
        "text/html; charset=windows-1252");
    assertEquals("windows-1252", d.charset());
    assertEquals(page, d.text());
  }
}
