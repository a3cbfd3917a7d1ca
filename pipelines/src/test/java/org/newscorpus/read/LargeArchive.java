package org.newscorpus.read;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a large per-record-gzip WARC for memory and throughput checks: a warcinfo record, then
 * for each capture a request and a response, most of them article pages of 20 to 120 KB of text
 * drawn from a seeded vocabulary (so they compress about as real pages do), one in ten a JPEG-like
 * binary that is skipped unread. Nothing of it is committed; tests and {@code
 * scripts/bench-read.sh} generate it.
 *
 * <p>Usage: {@code LargeArchive FILE TARGET_BYTES [SEED]}; prints {@code records=N pages=P bytes=B}.
 */
public final class LargeArchive {

  /** What was written. */
  public record Written(long records, long pages, long bytes) {}

  private LargeArchive() {}

  public static void main(String[] args) throws IOException {
    Written w = write(Path.of(args[0]), Long.parseLong(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1L);
    System.out.println("records=" + w.records() + " pages=" + w.pages() + " bytes=" + w.bytes());
  }

  /** Writes records to {@code file} until it holds at least {@code targetBytes}. */
  public static Written write(Path file, long targetBytes, long seed) throws IOException {
    Random random = new Random(seed);
    String[] vocabulary = vocabulary(random, 8_000);
    long records = 0;
    long pages = 0;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      long[] written = {0};
      OutputStream counting = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          out.write(b);
          written[0]++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
          written[0] += len;
        }
      };
      member(counting, SyntheticArchive.warc("warcinfo", null, "application/warc-fields",
          "software: newscorpus LargeArchive\r\n".getBytes(StandardCharsets.UTF_8), 0));
      records++;
      for (int i = 0; written[0] < targetBytes; i++) {
        String url = "https://news" + (i % 97) + ".example/" + (2000 + i % 25) + "/story-" + i;
        member(counting, SyntheticArchive.request(url, i));
        records++;
        if (i % 10 == 9) {
          byte[] image = new byte[8_000 + random.nextInt(40_000)];
          random.nextBytes(image);
          member(counting, SyntheticArchive.response(url + ".jpg", image, "image/jpeg", null, i));
        } else {
          member(counting, SyntheticArchive.response(url, page(url, random, vocabulary), "text/html; charset=utf-8", null, i));
          pages++;
        }
        records++;
      }
      return new Written(records, pages, written[0]);
    }
  }

  /** Page furniture repeated on every page, as site templates are. */
  private static final String BOILERPLATE =
      ("<link rel=\"stylesheet\" href=\"/assets/css/main.min.css\"><script>window.dataLayer=window.dataLayer||[];"
          + "function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','UA-000000-1');</script>")
          .repeat(12);

  private static void member(OutputStream out, byte[] record) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }
    }, 64 * 1024);
    gz.write(record);
    gz.finish();
  }

  private static String[] vocabulary(Random random, int size) {
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      char[] w = new char[2 + random.nextInt(8)];
      for (int k = 0; k < w.length; k++) {
        w[k] = (char) ('a' + random.nextInt(26));
      }
      words[i] = new String(w);
    }
    return words;
  }

  private static byte[] page(String url, Random random, String[] vocabulary) {
    int target = 20_000 + random.nextInt(100_000);
    StringBuilder html = new StringBuilder(target + 512);
    html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(url)
        .append("</title>").append(BOILERPLATE).append("</head><body><nav>");
    for (int s = 0; s < 40; s++) {
      html.append("<li class=\"menu-item\"><a href=\"/rubrique/").append(vocabulary[s]).append("\">")
          .append(vocabulary[s]).append("</a></li>");
    }
    html.append("</nav><article>");
    while (html.length() < target) {
      html.append("<p class=\"article__paragraph\">");
      for (int w = 0; w < 60; w++) {
        // a skewed draw: frequent words come up often, as in text
        int r = random.nextInt(vocabulary.length);
        html.append(vocabulary[(int) ((long) r * r / vocabulary.length)]).append(' ');
      }
      html.append("</p>\n");
    }
    html.append("</article></body></html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }
}
