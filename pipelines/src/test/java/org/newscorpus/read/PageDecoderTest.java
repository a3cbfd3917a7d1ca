package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

public class PageDecoderTest {

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

  /**
   * tierschutzpartei.de in trafilatura's evaluation set: a UTF-8 page whose header images keep
   * their alt text in Latin-1, four malformed bytes beside about a hundred UTF-8 letters. Browsers
   * read it as the UTF-8 it declares; read as windows-1252, every umlaut of its story was mojibake
   * ("Vögel" as "VÃ¶gel").
   */
  @Test
  void aUtf8PageWithAFewLatin1BytesKeepsItsCharset() {
    String header = "<html><head><meta charset=\"utf-8\"></head><body>"
        + "<img alt=\"Am 26. September: Mitgefühl wählen!\"><img alt=\"Am 26. September: Mitgefühl wählen!\">";
    String story = "<p>Die Wildvogelauffangstation in Rüdersdorf nimmt verletzte Vögel auf, füttert sie und "
        + "lässt sie frei, sobald sie wieder fliegen können. Für die Pflege der Tiere sind Spenden nötig.</p>";
    byte[] bytes = SyntheticArchive.concat(header.getBytes(StandardCharsets.ISO_8859_1), story.repeat(12).getBytes(StandardCharsets.UTF_8));
    PageDecoder.Decoded d = PageDecoder.decode(bytes, null);
    assertEquals("UTF-8", d.charset());
    assertTrue(d.text().contains(story), d.text());
    assertTrue(d.text().contains("Mitgef\uFFFDhl w\uFFFDhlen"), d.text());
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

  @Test
  void anHttpUtf16LabelOverBytesWithoutNulIsReadAsUtf8() {
    byte[] utf8 = FRENCH.getBytes(StandardCharsets.UTF_8);
    PageDecoder.Decoded d = PageDecoder.decode(utf8, "text/html; charset=utf-16");
    assertEquals(FRENCH, d.text());
    assertEquals("UTF-8", d.charset());
    byte[] utf16 = FRENCH.getBytes(StandardCharsets.UTF_16LE);
    assertEquals(FRENCH, PageDecoder.decode(utf16, "text/html; charset=utf-16le").text(), "real UTF-16 keeps its label");
  }

  @Test
  void utf16WithoutAByteOrderMarkOrALabelIsRecognised() {
    for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      PageDecoder.Decoded d = PageDecoder.decode(FRENCH.getBytes(cs), "text/html");
      assertEquals(FRENCH, d.text(), cs.name());
      assertEquals(cs.name(), d.charset());
      assertNull(PageDecoder.notText(d.text()));
    }
    String withNul = FRENCH.replace("</p>", "\u0000</p>");
    assertEquals(withNul, PageDecoder.decode(withNul.getBytes(StandardCharsets.UTF_8), null).text(), "one NUL is no UTF-16");
  }

  /** The image payloads of a real wget crawl ({@code webarchive-commons/IAH-urls-wget.warc.gz}), by URL. */
  public static Map<String, byte[]> wgetImages() throws IOException, URISyntaxException {
    Path warc = Path.of(PageDecoderTest.class.getResource("/warc/webarchive-commons/IAH-urls-wget.warc.gz").toURI());
    Map<String, byte[]> images = new LinkedHashMap<>();
    try (WarcReader reader = new WarcReader(warc)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response
            && response.http().contentType().toString().startsWith("image/")) {
          images.put(response.target(), response.http().body().stream().readAllBytes());
        }
      }
    }
    return images;
  }

  @Test
  void imagesReadAsPagesAreBinaryData() throws Exception {
    Map<String, byte[]> images = wgetImages();
    assertEquals(
        List.of("http://archive.org/images/logoc.jpg", "http://archive.org/images/go-button-gateway.gif",
            "http://archive.org/images/star.png"),
        List.copyOf(images.keySet()));
    for (Map.Entry<String, byte[]> image : images.entrySet()) {
      String why = PageDecoder.notText(PageDecoder.decode(image.getValue(), "text/html").text());
      assertNotNull(why, image.getKey());
      assertTrue(why.startsWith("binary data, not text: "), why);
    }
  }

  @Test
  void everyTextFixtureIsText() throws Exception {
    Path resources = Path.of(PageDecoderTest.class.getResource("/pages/README.md").toURI()).getParent().getParent();
    int pages = 0;
    for (String folder : new String[] {"pages", "extract-regression"}) {
      try (Stream<Path> files = Files.list(resources.resolve(folder))) {
        for (Path p : files.filter(f -> f.toString().matches(".*\\.(html|txt)(\\.gz)?")).toList()) {
          try (InputStream in = Files.newInputStream(p)) {
            byte[] body = (p.toString().endsWith(".gz") ? new GZIPInputStream(in) : in).readAllBytes();
            assertNull(PageDecoder.notText(PageDecoder.decode(body, null).text()), p.toString());
            pages++;
          }
        }
      }
    }
    assertTrue(pages >= 10, "pages checked: " + pages);
  }

  @Test
  void aFewStrayControlsOrUndecodableBytesDoNotMakeATextBinary() {
    String para = "<p>Le conseil communal a élu hier son nouveau président après une séance animée.</p>\n";
    StringBuilder page = new StringBuilder("<html><body>\t\u001b$B\r\n\f");
    while (page.length() < 4000) {
      page.append(para);
    }
    String text = page.append("\u0000\u0007\uFFFD\uFFFD").toString();
    assertNull(PageDecoder.notText(text), "4 of 4,000 characters");
    assertNull(PageDecoder.notText(""));
    String damaged = text + "\u0000".repeat(text.length() / 50);
    String why = PageDecoder.notText(damaged);
    assertNotNull(why, "2 % control characters");
    assertTrue(why.contains(String.format(Locale.ROOT, " of the first %,d characters", damaged.length())), why);
  }
}
