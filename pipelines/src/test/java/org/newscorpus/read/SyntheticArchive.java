package org.newscorpus.read;

import com.github.luben.zstd.Zstd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

/**
 * Builds WARC files for damage tests, record by record, so that a test knows where each record
 * starts and ends and can damage one of them: a warcinfo record, then a request and a response
 * per page. Pages are article-like HTML with a long French body, distinct per page.
 */
final class SyntheticArchive {

  /** One record: its bytes, and the URL of the page it is (null for a record that is no page). */
  record Record(String pageUrl, byte[] bytes) {}

  /** A file built from records: its bytes and where each record starts (and the end, last). */
  record Built(byte[] bytes, long[] starts, List<Record> records) {
    long end(int i) {
      return starts[i + 1];
    }

    Set<String> pageUrls() {
      Set<String> urls = new LinkedHashSet<>();
      for (Record r : records) {
        if (r.pageUrl() != null) {
          urls.add(r.pageUrl());
        }
      }
      return urls;
    }
  }

  private static final String[] WORDS = (
      "le gouvernement a annoncé mardi un nouveau plan pour soutenir les petites entreprises de la région"
          + " selon le ministre les mesures entreront en vigueur le mois prochain et concerneront plusieurs"
          + " milliers de commerçants artisans et agriculteurs qui ont souffert de la sécheresse cette année")
      .split(" ");

  private SyntheticArchive() {}

  /** A warcinfo record, then a request and a response for each of {@code pages} pages. */
  static List<Record> records(int pages, long seed) {
    Random random = new Random(seed);
    List<Record> records = new ArrayList<>();
    records.add(new Record(null, warc("warcinfo", null, "application/warc-fields",
        "software: newscorpus tests\r\nformat: WARC File Format 1.1\r\n".getBytes(StandardCharsets.UTF_8), 0)));
    for (int i = 0; i < pages; i++) {
      String url = "https://news.example/" + seed + "/article-" + i;
      records.add(new Record(null, request(url, i)));
      records.add(new Record(url, response(url, html(url, random), "text/html; charset=utf-8", null, i)));
    }
    return records;
  }

  /** An article page of about 1.5 KB. */
  static byte[] html(String url, Random random) {
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 4; p++) {
      body.append("<p>");
      for (int w = 0; w < 40; w++) {
        body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
      }
      body.append("</p>\n");
    }
    return ("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Article " + url
        + "</title></head><body><article><h1>Article</h1>" + body + "</article></body></html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] request(String url, int i) {
    String http = "GET /" + url.substring(url.indexOf('/', 8) + 1) + " HTTP/1.1\r\nHost: news.example\r\n\r\n";
    return warc("request", url, "application/http; msgtype=request", http.getBytes(StandardCharsets.US_ASCII), i);
  }

  /** A response record whose HTTP body is {@code body} (sent as is, with the headers given). */
  static byte[] response(String url, byte[] body, String contentType, String contentEncoding, int i) {
    String head = "HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\n"
        + (contentEncoding == null ? "" : "Content-Encoding: " + contentEncoding + "\r\n")
        + "Content-Length: " + body.length + "\r\n\r\n";
    return warc("response", url, "application/http; msgtype=response", concat(head.getBytes(StandardCharsets.US_ASCII), body), i);
  }

  /** A page whose HTTP header says utf-8 but whose bytes are windows-1256 Arabic. */
  static byte[] arabicPage(String url) {
    String html = "<html><head><meta charset=\"utf-8\"><title>الاقتصاد المغربي</title></head><body><article><p>"
        + "قالت الحكومة المغربية إن الاقتصاد الوطني سجل نموا ملحوظا خلال الربع الأول من السنة الجارية، وذلك بفضل"
        + " ارتفاع الصادرات وتحسن أداء القطاع الفلاحي والسياحي، وأضافت أن معدل البطالة تراجع في المدن الكبرى.</p><p>"
        + "وأكد وزير الاقتصاد والمالية أن الحكومة ستواصل دعم المقاولات الصغيرة والمتوسطة من خلال برامج تمويل جديدة"
        + " تستهدف الشباب والنساء في المناطق القروية.</p></article></body></html>";
    return html.getBytes(Charset.forName("windows-1256"));
  }

  static byte[] warc(String type, String url, String contentType, byte[] block, int i) {
    String head = "WARC/1.1\r\nWARC-Type: " + type + "\r\n"
        + (url == null ? "" : "WARC-Target-URI: " + url + "\r\n")
        + "WARC-Date: 2025-11-0" + (1 + i % 9) + "T10:00:00Z\r\n"
        + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", Math.abs((type + url + i).hashCode()))
        + ">\r\nContent-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    return concat(head.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** The records one after another, uncompressed. */
  static Built plain(List<Record> records) {
    return build(records, UnaryOperator.identity());
  }

  /** One gzip member per record. */
  static Built gzipped(List<Record> records) {
    return build(records, SyntheticArchive::gzip);
  }

  /** One Zstandard frame per record (level 3, no checksum), as wget-at writes a {@code .warc.zst}. */
  static Built zstd(List<Record> records) {
    return build(records, bytes -> Zstd.compress(bytes, 3));
  }

  private static Built build(List<Record> records, UnaryOperator<byte[]> compress) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long[] starts = new long[records.size() + 1];
    for (int i = 0; i < records.size(); i++) {
      starts[i] = out.size();
      byte[] bytes = compress.apply(records.get(i).bytes());
      out.write(bytes, 0, bytes.length);
    }
    starts[records.size()] = out.size();
    return new Built(out.toByteArray(), starts, records);
  }

  static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }
}
