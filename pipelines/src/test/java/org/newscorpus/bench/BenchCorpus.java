package org.newscorpus.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Builds the benchmark corpus: N news pages of realistic size as per-record gzip {@code .warc.gz}
 * files, from an article pool ({@code dev-pool.jsonl.gz}: one {@code {"id","title","paragraphs",
 * "lang"}} per line).
 *
 * <p>Real crawled news pages are mostly template: inline styles and scripts, navigation, "most read"
 * boxes quoting other stories, footers. Each page here is one story's body inside one of ten site
 * templates, padded with that boilerplate to a size drawn around a median of {@value
 * #MEDIAN_PAGE_BYTES} bytes (log-normal, so a few pages are much larger). A share of pages ({@code
 * republishedShare}) republish an earlier story verbatim under another site, the way wire copy
 * travels. A new story is one pool article, its paragraphs rotated, a paragraph of another and a
 * numbered dispatch line in the article's language, with {@value #WORD_SWAP_SHARE} of its words
 * swapped for other words of the pool in its language. The swaps matter: without them, the few
 * hundred pool articles would each come back in hundreds of stories that differ by one sentence,
 * near-duplicates that the dedupe stage rightly links. That is no crawl; it made candidate pairs
 * grow with the square of the corpus.
 * With them, two stories of one pool article share about 3 % of their 5-word shingles, and only
 * republished pages are copies. Same pool, seed and size: same bytes.
 *
 * <p>Writes {@code part-NN.warc.gz} and {@code corpus.properties} (pages, stories, republished
 * pages, HTML bytes, file bytes, seed and {@link #GENERATOR}), the marker a rerun checks to reuse
 * the corpus.
 *
 * <p>Usage: {@code BenchCorpus [--reuse] POOL.jsonl.gz OUT_DIR PAGES [SEED] [FILES]}. With {@code
 * --reuse}, a corpus already in OUT_DIR with the same pages, seed and generator is kept.
 */
public final class BenchCorpus {

  /** The median size of a page's HTML. */
  public static final int MEDIAN_PAGE_BYTES = 80_000;
  /** The share of pages that republish an earlier story. */
  public static final double REPUBLISHED_SHARE = 0.3;
  /** The share of a new story's words replaced by other words of the pool. */
  public static final double WORD_SWAP_SHARE = 0.3;
  private static final Instant CRAWL_START = Instant.parse("2026-01-01T00:00:00Z");
  private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

  /**
   * The generator's version, written into {@link #PROPERTIES}: raised whenever the same pool, seed
   * and size would give other pages, so that an older corpus is built again rather than reused.
   * Version 2 writes the dispatch line in the story's language; version 1 wrote it in French in
   * every story, which left Lingua undecided on the first 300 characters of most English ones.
   */
  public static final int GENERATOR = 2;

  /** A story's dispatch line by language: its number, a random code, a day of January. */
  private static final Map<String, String> DISPATCH_LINES = Map.of(
      "fr", "Dépêche numéro %d (%s), mise à jour le %d janvier.",
      "en", "Dispatch number %d (%s), updated on January %d.",
      "es", "Despacho número %d (%s), actualizado el %d de enero.",
      "de", "Meldung Nummer %d (%s), aktualisiert am %d. Januar.",
      "ar", "برقية رقم %d (%s)، حُدّثت في %d يناير.");

  /** The file a rerun checks before reusing a corpus. */
  public static final String PROPERTIES = "corpus.properties";

  private static final String[] SITES = {
    "lematin-express.ma", "atlasinfo.example.ma", "panorapost.com", "fr.hespress-like.com", "maghrebwire.net",
    "dailycourier.co.uk", "atlanticpost.com", "noticiasestrecho.es", "akhbar-daily.ma", "regionaltimes.org"
  };

  /** One pool article. */
  record Article(String id, String title, List<String> paragraphs, String lang) {}

  /** What was built. */
  public record Summary(int pages, int stories, int republished, long htmlBytes, long fileBytes, int files, long seed) {
    String toProperties() {
      return String.format(Locale.ROOT,
          "pages=%d%nstories=%d%nrepublished=%d%nhtml_bytes=%d%nfile_bytes=%d%nfiles=%d%nseed=%d%ngenerator=%d%n",
          pages, stories, republished, htmlBytes, fileBytes, files, seed, GENERATOR);
    }
  }

  private final List<Article> pool;
  private final Map<String, String[]> wordsByLanguage;
  private final Random random;
  private final long seed;

  BenchCorpus(List<Article> pool, long seed) {
    if (pool.size() < 2) {
      throw new IllegalArgumentException("the pool needs at least 2 articles, has " + pool.size());
    }
    this.pool = pool;
    this.wordsByLanguage = wordsByLanguage(pool);
    this.random = new Random(seed);
    this.seed = seed;
  }

  /** The distinct words of the pool's paragraphs, per language, in a fixed order. */
  private static Map<String, String[]> wordsByLanguage(List<Article> pool) {
    Map<String, TreeSet<String>> words = new TreeMap<>();
    for (Article a : pool) {
      TreeSet<String> mine = words.computeIfAbsent(a.lang(), k -> new TreeSet<>());
      for (String p : a.paragraphs()) {
        for (String w : p.split(" ")) {
          if (!w.isEmpty()) {
            mine.add(w);
          }
        }
      }
    }
    Map<String, String[]> arrays = new HashMap<>();
    words.forEach((lang, set) -> arrays.put(lang, set.toArray(new String[0])));
    return arrays;
  }

  public static void main(String[] args) throws IOException {
    boolean reuse = args.length > 0 && args[0].equals("--reuse");
    if (reuse) {
      args = Arrays.copyOfRange(args, 1, args.length);
    }
    if (args.length < 3) {
      System.err.println("usage: BenchCorpus [--reuse] POOL.jsonl.gz OUT_DIR PAGES [SEED] [FILES]");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    int pages = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
    int files = args.length > 4 ? Integer.parseInt(args[4]) : Math.max(8, pages / 2500);
    if (reuse && isBuilt(out, pages, seed)) {
      System.err.println("reusing the corpus in " + out);
      return;
    }
    if (!Files.isRegularFile(Path.of(args[0]))) {
      System.err.println("error: no article pool at " + args[0]);
      System.exit(2);
    }
    System.err.println("generating " + pages + " pages into " + out + " ...");
    Summary summary = new BenchCorpus(readPool(Path.of(args[0])), seed).write(out, pages, files);
    System.out.print(summary.toProperties());
  }

  /**
   * True when {@code out} holds a whole corpus of {@code pages} pages from {@code seed}, built by
   * this {@link #GENERATOR}.
   */
  static boolean isBuilt(Path out, int pages, long seed) throws IOException {
    Path file = out.resolve(PROPERTIES);
    if (!Files.isRegularFile(file)) {
      return false;
    }
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return String.valueOf(pages).equals(p.getProperty("pages")) && String.valueOf(seed).equals(p.getProperty("seed"))
        && String.valueOf(GENERATOR).equals(p.getProperty("generator"));
  }

  /** Reads a pool file, gzipped or not. */
  static List<Article> readPool(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    var in = Files.newInputStream(file);
    var stream = file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        List<String> paragraphs = new ArrayList<>();
        node.get("paragraphs").forEach(p -> paragraphs.add(p.asText()));
        articles.add(new Article(node.get("id").asText(), node.get("title").asText(), paragraphs,
            node.path("lang").asText("fr")));
      }
    }
    return articles;
  }

  /** Writes {@code pages} pages over {@code files} files under {@code out}, then the properties. */
  Summary write(Path out, int pages, int files) throws IOException {
    Files.createDirectories(out);
    // an earlier corpus goes first, its marker before its files: a build cut short is never reused
    Files.deleteIfExists(out.resolve(PROPERTIES));
    try (var old = Files.newDirectoryStream(out, "part-*.warc.gz")) {
      for (Path file : old) {
        Files.delete(file);
      }
    }
    List<Story> stories = new ArrayList<>();
    WarcWriter[] writers = new WarcWriter[files];
    FileChannel[] channels = new FileChannel[files];
    int republished = 0;
    long htmlBytes = 0;
    try {
      for (int f = 0; f < files; f++) {
        channels[f] = FileChannel.open(out.resolve(String.format(Locale.ROOT, "part-%02d.warc.gz", f)),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        writers[f] = new WarcWriter(channels[f], WarcCompression.GZIP);
      }
      for (int i = 0; i < pages; i++) {
        Story story;
        int site;
        if (!stories.isEmpty() && random.nextDouble() < REPUBLISHED_SHARE) {
          story = stories.get(random.nextInt(stories.size()));
          site = (story.site + 1 + random.nextInt(SITES.length - 1)) % SITES.length;
          republished++;
        } else {
          story = newStory(stories.size(), LocalDate.ofInstant(crawled(i), ZoneOffset.UTC));
          site = random.nextInt(SITES.length);
          stories.add(story);
        }
        String url = "https://" + SITES[site] + "/actualite/" + story.slug() + "-" + i + ".html";
        byte[] html = page(story, site, targetBytes()).getBytes(StandardCharsets.UTF_8);
        htmlBytes += html.length;
        Instant when = crawled(i);
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.HTML_UTF8, html)
            .build();
        writers[i % files].write(new WarcResponse.Builder(URI.create(url))
            .recordId(new UUID(random.nextLong(), random.nextLong()))
            .date(when)
            .body(http)
            .build());
      }
    } finally {
      for (int f = 0; f < files; f++) {
        if (writers[f] != null) {
          writers[f].close();
        }
      }
    }
    long fileBytes = 0;
    for (int f = 0; f < files; f++) {
      fileBytes += Files.size(out.resolve(String.format(Locale.ROOT, "part-%02d.warc.gz", f)));
    }
    Summary summary = new Summary(pages, stories.size(), republished, htmlBytes, fileBytes, files, seed);
    try (Writer w = Files.newBufferedWriter(out.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
      w.write(summary.toProperties());
    }
    return summary;
  }

  /** One story: a title, a body and the site that first published it. */
  record Story(int number, String title, List<String> paragraphs, String lang, int site, LocalDate day) {
    String slug() {
      String s = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
      return (s.length() > 40 ? s.substring(0, 40) : s) + "-" + number;
    }
  }

  /**
   * When page {@code i} was crawled: one page a minute from 2026-01-01, so that 200,000 pages span
   * 139 days. A story is dated the day its first page was crawled, and its copies come later:
   * no page is dated after its crawl, which the extractor would reject as a date in the future.
   */
  static Instant crawled(int i) {
    return CRAWL_START.plusSeconds(60L * i);
  }

  private Story newStory(int number, LocalDate day) {
    Article base = pool.get(random.nextInt(pool.size()));
    Article other = pool.get(random.nextInt(pool.size()));
    List<String> paragraphs = new ArrayList<>(base.paragraphs());
    int rotate = paragraphs.isEmpty() ? 0 : random.nextInt(paragraphs.size());
    java.util.Collections.rotate(paragraphs, rotate);
    if (!other.paragraphs().isEmpty()) {
      paragraphs.add(other.paragraphs().get(random.nextInt(other.paragraphs().size())));
    }
    String[] words = wordsByLanguage.get(base.lang());
    if (words.length > 0) {
      paragraphs.replaceAll(p -> swapWords(p, words));
    }
    String code = Integer.toString(random.nextInt(1 << 30), 36);
    paragraphs.add(1 < paragraphs.size() ? 1 : 0, dispatchLine(base.lang(), number, code));
    return new Story(number, base.title(), paragraphs, base.lang(), random.nextInt(SITES.length), day);
  }

  /**
   * A story's numbered dispatch line ("Dispatch number 12 (1x9k2), updated on January 13."), in the
   * story's language as a wire desk writes it; English for a language without a template here.
   */
  static String dispatchLine(String lang, int number, String code) {
    String template = DISPATCH_LINES.getOrDefault(lang, DISPATCH_LINES.get("en"));
    return String.format(Locale.ROOT, template, number, code, 1 + number % 28);
  }

  /** The paragraph with about {@link #WORD_SWAP_SHARE} of its words replaced by pool words. */
  private String swapWords(String paragraph, String[] words) {
    StringBuilder b = new StringBuilder(paragraph.length() + 16);
    for (String w : paragraph.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(random.nextDouble() < WORD_SWAP_SHARE ? words[random.nextInt(words.length)] : w);
    }
    return b.toString();
  }

  /** A page size around the median, log-normal with sigma 0.35 (most pages 40–160 KB). */
  private int targetBytes() {
    return (int) Math.max(20_000, Math.min(600_000, MEDIAN_PAGE_BYTES * Math.exp(0.35 * random.nextGaussian())));
  }

  /** The page: head with inline style and script, navigation, the article, boxes, footer. */
  private String page(Story story, int site, int target) {
    String host = SITES[site];
    StringBuilder article = new StringBuilder(8192);
    article.append("<article class=\"post-").append(site).append("\"><h1 class=\"entry-title\">")
        .append(escape(story.title())).append("</h1>\n<div class=\"byline\">Par <span class=\"author\">Rédaction ")
        .append(host).append("</span> · <time datetime=\"").append(story.day()).append("T00:00:00Z\">")
        .append(FRENCH_DAY.format(story.day())).append("</time></div>\n<div class=\"entry-content\">\n");
    for (String p : story.paragraphs()) {
      article.append("<p>").append(escape(p)).append("</p>\n");
    }
    article.append("</div></article>\n");

    StringBuilder head = new StringBuilder(32768);
    head.append("<!DOCTYPE html>\n<html lang=\"").append(story.lang()).append("\"><head><meta charset=\"utf-8\">\n<title>")
        .append(escape(story.title())).append(" | ").append(host).append("</title>\n")
        .append("<meta property=\"og:site_name\" content=\"").append(host).append("\">\n")
        .append("<meta property=\"article:published_time\" content=\"")
        .append(story.day()).append("T00:00:00Z\">\n<style>\n");
    for (int r = 0; r < 120; r++) {
      head.append(".s").append(site).append("-c").append(r).append("{margin:").append(r % 7).append("px ")
          .append(r % 5).append("px;padding:0 ").append(r % 3).append("em;color:#").append(Integer.toHexString(0x100000 + r * 4099))
          .append(";font:400 ").append(12 + r % 6).append("px/1.4 Helvetica,Arial,sans-serif}\n");
    }
    head.append("</style>\n<script>window.dataLayer=window.dataLayer||[];");
    for (int r = 0; r < 80; r++) {
      head.append("function t").append(r).append("(e){var n=document.querySelectorAll('.s").append(site).append("-c")
          .append(r).append("');for(var i=0;i<n.length;i++){n[i].setAttribute('data-v','").append(r)
          .append("');}return e&&e.preventDefault&&e.preventDefault();}\n");
    }
    head.append("</script></head>\n<body class=\"site-").append(site).append("\">\n<header><nav><ul>");
    for (int r = 0; r < 60; r++) {
      head.append("<li class=\"menu-item s").append(site).append("-c").append(r % 120).append("\"><a href=\"https://")
          .append(host).append("/rubrique/").append(r).append("\">Rubrique ").append(r).append("</a></li>");
    }
    head.append("</ul></nav></header>\n<main>\n");

    StringBuilder page = new StringBuilder(target + 8192);
    page.append(head).append(article).append("<aside class=\"most-read\"><h2>Les plus lus</h2><ul>\n");
    String footer = "</ul></aside></main>\n<footer><p>Tous droits réservés " + host
        + ". Toute reproduction, même partielle, est interdite sans autorisation.</p></footer>\n</body></html>\n";
    while (page.length() + footer.length() < target) {
      Article other = pool.get(random.nextInt(pool.size()));
      page.append("<li class=\"teaser s").append(site).append("-c").append(random.nextInt(120))
          .append("\"><a href=\"https://").append(host).append("/a/").append(other.id()).append("\">")
          .append(escape(other.title())).append("</a><span class=\"excerpt\">")
          .append(escape(other.paragraphs().isEmpty() ? "" : other.paragraphs().get(0)))
          .append("</span></li>\n");
    }
    return page.append(footer).toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
