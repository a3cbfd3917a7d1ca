package org.newscorpus.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Damaged copies of good synthetic archives (plain, per-record gzip, per-record Zstandard), each
 * with the URLs of the pages that no damage touched: truncation at random positions, random byte
 * flips, a record's Content-Length off by ±1 and ±1000, a gzip member or Zstandard frame cut in
 * half; and, once, a gzip bomb, a 20 MB page (gzipped, and in a Zstandard frame of a few KB) and a
 * page that says utf-8 but is windows-1256 Arabic. Every choice comes from the seed.
 */
final class Damages {

  /** One damaged file: a name (with its extension), its bytes, the pages that must survive. */
  record Variant(String name, byte[] bytes, Set<String> intactUrls) {}

  /** URL of the Arabic page of {@link #oversized}. */
  static final String ARABIC_URL = "https://news.example/arabic";

  private static final int PAGES = 8;

  private Damages() {}

  /** Truncations, byte flips, Content-Length errors and cut members or frames of three archives. */
  static List<Variant> seeded(long seed) {
    Random random = new Random(seed);
    List<SyntheticArchive.Record> records = SyntheticArchive.records(PAGES, seed);
    List<Variant> out = new ArrayList<>();
    for (String ext : new String[] {".warc", ".warc.gz", ".warc.zst"}) {
      boolean compressed = !ext.equals(".warc");
      SyntheticArchive.Built good = built(ext, records);
      for (int k = 0; k < 3; k++) {
        int cut = random.nextInt(good.bytes().length);
        out.add(new Variant("s" + seed + "-truncated" + k + ext, Arrays.copyOf(good.bytes(), cut), survivors(good, 0, cut)));
      }
      for (int k = 0; k < 3; k++) {
        byte[] flipped = good.bytes().clone();
        Set<Integer> at = new TreeSet<>();
        for (int f = 0; f <= k; f++) {
          int pos = random.nextInt(flipped.length);
          flipped[pos] ^= (byte) (1 + random.nextInt(255));
          at.add(pos);
        }
        out.add(new Variant("s" + seed + "-flipped" + k + ext, flipped, untouched(good, at)));
      }
      for (int delta : new int[] {-1, 1, -1000, 1000}) {
        int victim = randomPage(records, random);
        List<SyntheticArchive.Record> changed = new ArrayList<>(records);
        changed.set(victim, new SyntheticArchive.Record(null, withContentLengthDelta(records.get(victim).bytes(), delta)));
        SyntheticArchive.Built bad = built(ext, changed);
        out.add(new Variant("s" + seed + "-length" + (delta > 0 ? "+" : "") + delta + ext, bad.bytes(), bad.pageUrls()));
      }
      if (compressed) {
        int victim = randomPage(records, random);
        byte[] member = Arrays.copyOfRange(good.bytes(), (int) good.starts()[victim], (int) good.end(victim));
        byte[] half = Arrays.copyOf(member, member.length / 2);
        byte[] bytes = SyntheticArchive.concat(Arrays.copyOf(good.bytes(), (int) good.starts()[victim]), half,
            Arrays.copyOfRange(good.bytes(), (int) good.end(victim), good.bytes().length));
        Set<String> intact = new LinkedHashSet<>(good.pageUrls());
        intact.remove(records.get(victim).pageUrl());
        out.add(new Variant("s" + seed + "-halfmember" + ext, bytes, intact));
      }
    }
    return out;
  }

  /** The records in the file kind that {@code ext} names. */
  private static SyntheticArchive.Built built(String ext, List<SyntheticArchive.Record> records) {
    return switch (ext) {
      case ".warc.gz" -> SyntheticArchive.gzipped(records);
      case ".warc.zst" -> SyntheticArchive.zstd(records);
      default -> SyntheticArchive.plain(records);
    };
  }

  /** A gzip bomb, a 20 MB page and a utf-8-declared windows-1256 page amid good records. */
  static List<Variant> oversized(long seed) {
    List<Variant> out = new ArrayList<>();
    List<SyntheticArchive.Record> records = SyntheticArchive.records(PAGES, seed);
    Set<String> good = SyntheticArchive.plain(records).pageUrls();

    List<SyntheticArchive.Record> bomb = new ArrayList<>(records);
    bomb.add(3, new SyntheticArchive.Record(null, SyntheticArchive.response("https://news.example/bomb",
        SyntheticArchive.gzip(new byte[64 << 20]), "text/html", "gzip", 3)));
    out.add(new Variant("s" + seed + "-gzipbomb.warc.gz", SyntheticArchive.gzipped(bomb).bytes(), good));

    List<SyntheticArchive.Record> big = new ArrayList<>(records);
    byte[] page = new byte[20 << 20];
    Arrays.fill(page, (byte) 'a');
    byte[] open = "<html><body><p>".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(open, 0, page, 0, open.length);
    big.add(5, new SyntheticArchive.Record(null, SyntheticArchive.response("https://news.example/big", page, "text/html", null, 5)));
    out.add(new Variant("s" + seed + "-20mb.warc.gz", SyntheticArchive.gzipped(big).bytes(), good));
    out.add(new Variant("s" + seed + "-20mb.warc.zst", SyntheticArchive.zstd(big).bytes(), good));

    List<SyntheticArchive.Record> arabic = new ArrayList<>(records);
    arabic.add(2, new SyntheticArchive.Record(ARABIC_URL, SyntheticArchive.response(ARABIC_URL,
        SyntheticArchive.arabicPage(ARABIC_URL), "text/html; charset=utf-8", null, 2)));
    Set<String> withArabic = new LinkedHashSet<>(good);
    withArabic.add(ARABIC_URL);
    out.add(new Variant("s" + seed + "-arabic.warc", SyntheticArchive.plain(arabic).bytes(), withArabic));
    return out;
  }

  private static int randomPage(List<SyntheticArchive.Record> records, Random random) {
    while (true) {
      int i = random.nextInt(records.size());
      if (records.get(i).pageUrl() != null) {
        return i;
      }
    }
  }

  /** Pages whose records lie wholly in {@code [from, to)}. */
  private static Set<String> survivors(SyntheticArchive.Built built, long from, long to) {
    Set<String> urls = new LinkedHashSet<>();
    for (int i = 0; i < built.records().size(); i++) {
      if (built.records().get(i).pageUrl() != null && built.starts()[i] >= from && built.end(i) <= to) {
        urls.add(built.records().get(i).pageUrl());
      }
    }
    return urls;
  }

  /** Pages whose records hold none of the positions {@code at}. */
  private static Set<String> untouched(SyntheticArchive.Built built, Set<Integer> at) {
    Set<String> urls = new LinkedHashSet<>();
    for (int i = 0; i < built.records().size(); i++) {
      long start = built.starts()[i];
      long end = built.end(i);
      if (built.records().get(i).pageUrl() != null && at.stream().noneMatch(p -> p >= start && p < end)) {
        urls.add(built.records().get(i).pageUrl());
      }
    }
    return urls;
  }

  /** The record with its WARC Content-Length changed by {@code delta}. */
  static byte[] withContentLengthDelta(byte[] record, int delta) {
    String text = new String(record, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("\r\nContent-Length: ") + "\r\nContent-Length: ".length();
    int end = text.indexOf("\r\n", at);
    long length = Long.parseLong(text.substring(at, end));
    return (text.substring(0, at) + (length + delta) + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
  }
}
