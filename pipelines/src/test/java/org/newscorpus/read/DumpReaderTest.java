package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.PageFormat;

class DumpReaderTest {

  @Test
  void urlIsDerivedFromAHostFolder() {
    assertEquals(
        "https://lemonde.fr/2021/a-b",
        DumpReader.derivedUrl("/data/html/lemonde.fr/2021/a-b.html.gz", "lemonde.fr/2021/a-b.html.gz"));
    assertEquals(
        "https://www.example.co.uk/x",
        DumpReader.derivedUrl("/d/www.example.co.uk/x.htm", "www.example.co.uk/x.htm"));
  }

  @Test
  void withoutAHostFolderTheFileUriStandsForTheUrl() {
    assertEquals("file:///data/page.html", DumpReader.derivedUrl("/data/page.html", "page.html"));
    assertEquals("file:///d/pages/p.html", DumpReader.derivedUrl("/d/pages/p.html", "pages/p.html"));
  }

  @Test
  void gzippedDumpIsDecompressedByItsMagicBytes() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8));
    }
    ArchiveReaderTest.Outcomes o = new ArchiveReaderTest.Outcomes();
    long n = new DumpReader(1000).read("/d/a.com/p.html.gz", "a.com/p.html.gz", new ByteArrayInputStream(gz.toByteArray()), o);
    assertEquals(1, n);
    assertEquals("<html><body>hi</body></html>", StandardCharsets.UTF_8.decode(o.pages.get(0).getBody()).toString());
    assertEquals(PageFormat.HTML, o.pages.get(0).getFormat());
    assertNull(o.pages.get(0).getInputOffset());
    assertTrue(o.pages.get(0).getUrlFromPath());
  }

  @Test
  void textDumpIsAPageOfText() {
    ArchiveReaderTest.Outcomes o = new ArchiveReaderTest.Outcomes();
    new DumpReader(1000).read("/d/seed.txt", "seed.txt", new ByteArrayInputStream("Title\n\nBody".getBytes(StandardCharsets.UTF_8)), o);
    assertEquals(PageFormat.TEXT, o.pages.get(0).getFormat());
  }

  @Test
  void gzipBombIsCutAtTheLimitAndRejected() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 20; i++) {
        out.write(zeros);
      }
    }
    assertTrue(gz.size() < 100_000, "20 MB of zeros compress to a few KB");
    ArchiveReaderTest.Outcomes o = new ArchiveReaderTest.Outcomes();
    new DumpReader(1 << 20).read("/d/bomb.html.gz", "bomb.html.gz", new ByteArrayInputStream(gz.toByteArray()), o);
    assertEquals(java.util.List.of("tooLarge"), o.rejected);
  }
}
