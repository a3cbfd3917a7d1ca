package org.newscorpus.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the hand-made fixtures of {@code src/test/resources/warc/crafted/} (see its README): small
 * WARC files, each record built byte by byte so that its defect is exactly the one named.
 * {@code ArchiveReaderTest} checks that the committed files are what this class writes.
 *
 * <p>Run from {@code pipelines/}: {@code java -cp target/test-classes:target/classes
 * org.newscorpus.read.CraftedArchives src/test/resources/warc/crafted}.
 */
final class CraftedArchives {

  private static final String PAGE = "<!DOCTYPE html><html><head><title>Le conseil communal</title></head><body>"
      + "<p>Le conseil communal a élu son président mardi soir, au terme d'une séance de trois heures.</p>"
      + "<p>La nouvelle majorité veut rouvrir la piscine municipale avant l'été.</p></body></html>";

  /** A longer made-up news page, whose first 900 bytes still hold an article's worth of text. */
  private static final String LONG_PAGE = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
      + "<title>La piscine municipale rouvrira en juin</title></head><body><article>"
      + "<h1>La piscine municipale rouvrira en juin</h1>"
      + "<p>Le conseil communal a voté mardi soir la rénovation de la piscine municipale, fermée depuis deux ans "
      + "après la découverte de fuites dans le bassin principal et de fissures dans les vestiaires.</p>"
      + "<p>Les travaux coûteront un million d'euros, dont la moitié sera prise en charge par la région. Ils "
      + "commenceront en février et devraient durer quatre mois, selon le calendrier présenté par l'adjoint aux "
      + "sports.</p>"
      + "<p>L'opposition a voté contre, estimant que le budget aurait dû aller d'abord aux écoles du quartier "
      + "nord, dont plusieurs toitures laissent passer la pluie depuis l'hiver dernier.</p>"
      + "<p>Les clubs de natation, qui s'entraînent depuis deux ans dans la commune voisine, saluent une "
      + "décision attendue. Leur présidente espère organiser le gala de fin de saison dans le bassin rénové.</p>"
      + "<p>Les horaires d'ouverture et les tarifs seront fixés lors de la prochaine séance du conseil, en "
      + "avril.</p></article></body></html>";

  /** Bytes of {@link #LONG_PAGE} a cut capture keeps. */
  static final int CUT_AT = 900;

  private CraftedArchives() {}

  /** File name (below {@code crafted/}) to its bytes. */
  static Map<String, byte[]> files() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("chunked-breaks-part-way.warc", chunkedBreaksPartWay());
    files.put("non-web-target-uris.warc", nonWebTargetUris());
    files.put("truncated-captures.warc", truncatedCaptures());
    return files;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Map.Entry<String, byte[]> file : files().entrySet()) {
      Files.write(dir.resolve(file.getKey()), file.getValue());
    }
  }

  /**
   * One page four times: chunked with chunk 2 declaring 0x50 bytes where it holds 0x48 (the size
   * line of chunk 3 is read as its data, then the framing breaks); chunked right; declared chunked
   * but stored de-chunked; and a revisit of it whose HTTP header says chunked.
   */
  private static byte[] chunkedBreaksPartWay() {
    byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
    int[] cuts = {0, 0x40, 0x88, page.length};
    StringBuilder good = new StringBuilder();
    StringBuilder broken = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      int size = cuts[i + 1] - cuts[i];
      String data = new String(page, cuts[i], size, StandardCharsets.ISO_8859_1);
      good.append(Integer.toHexString(size)).append("\r\n").append(data).append("\r\n");
      broken.append(Integer.toHexString(i == 1 ? size + 8 : size)).append("\r\n").append(data).append("\r\n");
    }
    good.append("0\r\n\r\n");
    broken.append("0\r\n\r\n");
    String header = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n";
    String digest = "sha1:MEVBOVOCSUTWUE6I2BUJVGRIU27Q3Z5Y";
    return concat(
        record("response", "http://conseil.example/seance-1", 1, "",
            "application/http; msgtype=response", latin1(header + broken)),
        record("response", "http://conseil.example/seance-2", 2, "",
            "application/http; msgtype=response", latin1(header + good)),
        record("response", "http://conseil.example/seance-3", 3, "",
            "application/http; msgtype=response", concat(latin1(header), page)),
        record("revisit", "http://conseil.example/seance-2", 4,
            "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n"
                + "WARC-Refers-To-Target-URI: http://conseil.example/seance-2\r\n"
                + "WARC-Refers-To-Date: 2024-01-02T03:04:05Z\r\nWARC-Payload-Digest: " + digest + "\r\n",
            "application/http; msgtype=response", latin1(header)));
  }

  /**
   * HTML under addresses that are not web addresses (javascript:, about:, data:, blob:), next to
   * the records whose URIs the reader does handle: an http page, an ftp page, a browsertrix
   * {@code urn:pageinfo:} record (JSON) and a DNS response.
   */
  private static byte[] nonWebTargetUris() {
    byte[] page = PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] http = concat(latin1("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"), page);
    String httpType = "application/http; msgtype=response";
    return concat(
        record("response", "javascript:void(0)", 1, "", httpType, http),
        record("resource", "about:blank", 2, "", "text/html", page),
        record("resource", "data:text/html,%3Cp%3Ele%20conseil%3C%2Fp%3E", 3, "", "text/html", page),
        record("resource", "blob:https://conseil.example/6f1c1f2a-0b7e-4a39-9d43-3a8d8b0e8a51", 4, "", "text/html",
            page),
        record("response", "http://conseil.example/seance", 5, "", httpType, http),
        record("resource", "ftp://ftp.conseil.example/pub/seance.html", 6, "", "text/html", page),
        record("resource", "urn:pageinfo:http://conseil.example/seance", 7, "", "application/json",
            latin1("{\"url\": \"http://conseil.example/seance\", \"urls\": {}}")),
        record("response", "dns:conseil.example", 8, "", "text/dns",
            latin1("20240102030405\nconseil.example.\t300\tIN\tA\t192.0.2.1\n")));
  }

  /**
   * One page captured whole and cut short in each way a capture can be: the record says {@code
   * WARC-Truncated: length} (its HTTP Content-Length says more than the body holds), it says {@code
   * WARC-Truncated: Disconnect}, it says nothing but its HTTP body ends before its Content-Length,
   * or inside a chunk, or its gzip stream ends early (the HTTP body itself is whole); then the page
   * whole; then two revisits that say {@code WARC-Truncated: length}, as Heritrix's do, of the
   * first capture and of the whole one.
   */
  private static byte[] truncatedCaptures() {
    byte[] page = LONG_PAGE.getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(page, CUT_AT);
    String type = "Content-Type: text/html; charset=utf-8\r\n";
    byte[] declaredWhole = latin1("HTTP/1.1 200 OK\r\n" + type + "Content-Length: " + page.length + "\r\n\r\n");
    byte[] gzip = gzipStored(page);
    byte[] gzipCut = Arrays.copyOf(gzip, gzip.length * 4 / 5);
    String chunked = Integer.toHexString(600) + "\r\n" + new String(page, 0, 600, StandardCharsets.ISO_8859_1)
        + "\r\n" + Integer.toHexString(page.length - 600) + "\r\n"
        + new String(page, 600, CUT_AT - 600, StandardCharsets.ISO_8859_1);
    String httpType = "application/http; msgtype=response";
    String revisit = "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest\r\n"
        + "WARC-Truncated: length\r\nWARC-Refers-To: <urn:uuid:00000000-0000-4000-8000-00000000000";
    byte[] revisitHttp = latin1("HTTP/1.1 200 OK\r\n" + type + "\r\n");
    return concat(
        record("response", "http://conseil.example/coupe-longueur", 1, "WARC-Truncated: length\r\n", httpType,
            concat(declaredWhole, cut)),
        record("response", "http://conseil.example/coupe-deconnexion", 2, "WARC-Truncated: Disconnect\r\n", httpType,
            concat(declaredWhole, cut)),
        record("response", "http://conseil.example/corps-coupe", 3, "", httpType, concat(declaredWhole, cut)),
        record("response", "http://conseil.example/chunks-coupes", 4, "", httpType,
            latin1("HTTP/1.1 200 OK\r\n" + type + "Transfer-Encoding: chunked\r\n\r\n" + chunked)),
        record("response", "http://conseil.example/gzip-coupe", 5, "", httpType,
            concat(latin1("HTTP/1.1 200 OK\r\n" + type + "Content-Encoding: gzip\r\nContent-Length: "
                + gzipCut.length + "\r\n\r\n"), gzipCut)),
        record("response", "http://conseil.example/entiere", 6, "", httpType, concat(declaredWhole, page)),
        record("revisit", "http://conseil.example/coupe-longueur", 7, revisit + "1>\r\n", httpType, revisitHttp),
        record("revisit", "http://conseil.example/entiere", 8, revisit + "6>\r\n", httpType, revisitHttp));
  }

  /** {@code data} gzipped in stored (uncompressed) blocks: the same bytes whatever zlib the JDK has. */
  private static byte[] gzipStored(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
      {
        def.setLevel(Deflater.NO_COMPRESSION);
      }
    }) {
      gzip.write(data);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static byte[] record(String type, String uri, int id, String extraHeaders, String contentType, byte[] block) {
    String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\n"
        + "WARC-Date: 2024-01-02T03:04:0" + id + "Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-00000000000"
        + id + ">\r\n" + extraHeaders + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length
        + "\r\n\r\n";
    return concat(latin1(header), block, latin1("\r\n\r\n"));
  }

  private static byte[] latin1(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
