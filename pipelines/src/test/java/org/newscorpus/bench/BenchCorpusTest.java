package org.newscorpus.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

class BenchCorpusTest {

  @TempDir
  Path dir;

  private static List<BenchCorpus.Article> pool() {
    List<BenchCorpus.Article> pool = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 8; p++) {
        paragraphs.add("Article " + i + ", paragraphe " + p + " : le conseil municipal a voté mardi un budget"
            + " de rénovation des écoles, des routes et du marché couvert, après un long débat.");
      }
      pool.add(new BenchCorpus.Article("seed-" + i, "Titre numéro " + i, paragraphs, "fr"));
    }
    return pool;
  }

  /** Every response record of the files, as URL → HTML. */
  private static Map<String, String> pages(Path out) throws IOException {
    Map<String, String> pages = new HashMap<>();
    try (var files = Files.list(out)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".warc.gz")).sorted().toList()) {
        try (WarcReader reader = new WarcReader(file)) {
          for (WarcRecord record : reader) {
            if (record instanceof WarcResponse response) {
              pages.put(response.target(),
                  new String(response.http().body().stream().readAllBytes(), StandardCharsets.UTF_8));
            }
          }
        }
      }
    }
    return pages;
  }

  @Test
  void pagesAreReadableWarcResponsesAroundTheMedianSize() throws IOException {
    BenchCorpus.Summary summary = new BenchCorpus(pool(), 1).write(dir, 60, 3);

    Map<String, String> pages = pages(dir);
    assertEquals(60, pages.size());
    assertEquals(60, summary.pages());
    List<Integer> sizes = new ArrayList<>();
    pages.values().forEach(html -> sizes.add(html.getBytes(StandardCharsets.UTF_8).length));
    Collections.sort(sizes);
    int median = sizes.get(sizes.size() / 2);
    assertTrue(median >= 60_000 && median <= 100_000, "median page of " + median + " bytes");
    assertEquals(summary.htmlBytes(), sizes.stream().mapToLong(Integer::longValue).sum());
  }

  @Test
  void aShareOfPagesRepublishesAnEarlierStoryVerbatimOnAnotherSite() throws IOException {
    BenchCorpus.Summary summary = new BenchCorpus(pool(), 2).write(dir, 200, 2);

    assertEquals(200, summary.stories() + summary.republished());
    assertTrue(summary.republished() > 30 && summary.republished() < 90, summary.republished() + " republished");
    Map<String, List<String>> sitesByBody = new HashMap<>();
    for (Map.Entry<String, String> page : pages(dir).entrySet()) {
      String body = Jsoup.parse(page.getValue()).select("div.entry-content").text();
      sitesByBody.computeIfAbsent(body, k -> new ArrayList<>()).add(page.getKey());
    }
    assertEquals(summary.stories(), sitesByBody.size());
  }

  /** Five articles of eight paragraphs of 40 words drawn from 400, so that texts differ as real ones do. */
  private static List<BenchCorpus.Article> variedPool() {
    java.util.Random words = new java.util.Random(7);
    List<BenchCorpus.Article> pool = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 8; p++) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 40; w++) {
          b.append(w == 0 ? "" : " ").append("mot").append(words.nextInt(400));
        }
        paragraphs.add(b.toString());
      }
      pool.add(new BenchCorpus.Article("seed-" + i, "Titre numéro " + i, paragraphs, "fr"));
    }
    return pool;
  }

  private static java.util.Set<String> shingles(String text) {
    String[] w = text.split(" ");
    java.util.Set<String> set = new java.util.HashSet<>();
    for (int i = 0; i + 5 <= w.length; i++) {
      set.add(String.join(" ", java.util.Arrays.asList(w).subList(i, i + 5)));
    }
    return set;
  }

  @Test
  void storiesBuiltFromOnePoolArticleAreNotNearDuplicates() throws IOException {
    new BenchCorpus(variedPool(), 4).write(dir, 60, 1);

    Map<String, java.util.Set<String>> byBody = new HashMap<>();
    Map<String, String> titleOfBody = new HashMap<>();
    for (String html : pages(dir).values()) {
      var doc = Jsoup.parse(html);
      String body = doc.select("div.entry-content").text();
      byBody.put(body, shingles(body));
      titleOfBody.put(body, doc.select("h1").text());
    }
    List<String> bodies = new ArrayList<>(byBody.keySet());
    int sameBase = 0;
    double most = 0;
    for (int i = 0; i < bodies.size(); i++) {
      for (int j = i + 1; j < bodies.size(); j++) {
        if (titleOfBody.get(bodies.get(i)).equals(titleOfBody.get(bodies.get(j)))) {
          java.util.Set<String> a = byBody.get(bodies.get(i));
          java.util.Set<String> b = byBody.get(bodies.get(j));
          java.util.Set<String> common = new java.util.HashSet<>(a);
          common.retainAll(b);
          most = Math.max(most, (double) common.size() / Math.min(a.size(), b.size()));
          sameBase++;
        }
      }
    }
    assertTrue(sameBase > 20, sameBase + " pairs of stories from one pool article");
    assertTrue(most < 0.15, "two stories of one pool article share " + most + " of their shingles");
  }

  @Test
  void noPageIsDatedAfterItsCrawlAndCopiesKeepTheirStorysDay() throws IOException {
    new BenchCorpus(pool(), 5).write(dir, 300, 1);

    Map<String, String> dayOfBody = new HashMap<>();
    int pages = 0;
    try (WarcReader reader = new WarcReader(dir.resolve("part-00.warc.gz"))) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response) {
          var doc = Jsoup.parse(new String(response.http().body().stream().readAllBytes(), StandardCharsets.UTF_8));
          String published = doc.selectFirst("meta[property=article:published_time]").attr("content");
          java.time.LocalDate day = java.time.LocalDate.parse(published.substring(0, 10));
          java.time.LocalDate crawled = java.time.LocalDate.ofInstant(response.date(), java.time.ZoneOffset.UTC);
          assertTrue(!day.isAfter(crawled), response.target() + " published " + day + ", crawled " + crawled);
          assertEquals(published.substring(0, 10), doc.selectFirst("time").attr("datetime").substring(0, 10));
          String previous = dayOfBody.putIfAbsent(doc.select("div.entry-content").text(), published);
          if (previous != null) {
            assertEquals(previous, published, "a copy of a story keeps its day");
          }
          pages++;
        }
      }
    }
    assertEquals(300, pages);
    assertEquals(java.time.Instant.parse("2026-01-02T00:00:00Z"), BenchCorpus.crawled(1440), "a page a minute");
  }

  @Test
  void theSameSeedBuildsTheSameBytes() throws IOException {
    new BenchCorpus(pool(), 3).write(dir.resolve("a"), 20, 1);
    new BenchCorpus(pool(), 3).write(dir.resolve("b"), 20, 1);

    assertArrayEquals(Files.readAllBytes(dir.resolve("a/part-00.warc.gz")),
        Files.readAllBytes(dir.resolve("b/part-00.warc.gz")));
    assertEquals(Files.readString(dir.resolve("a/" + BenchCorpus.PROPERTIES)),
        Files.readString(dir.resolve("b/" + BenchCorpus.PROPERTIES)));
  }

  @Test
  void thePoolIsReadFromGzippedJsonLines() throws IOException {
    Path file = dir.resolve("pool.jsonl.gz");
    try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(("{\"id\": \"a\", \"title\": \"T\", \"paragraphs\": [\"p1\", \"p2\"], \"lang\": \"ar\"}\n\n"
          + "{\"id\": \"b\", \"title\": \"U\", \"paragraphs\": []}\n").getBytes(StandardCharsets.UTF_8));
    }

    List<BenchCorpus.Article> pool = BenchCorpus.readPool(file);

    assertEquals(List.of(new BenchCorpus.Article("a", "T", List.of("p1", "p2"), "ar"),
        new BenchCorpus.Article("b", "U", List.of(), "fr")), pool);
  }

  @Test
  void theDispatchLineIsInTheStorysLanguage() throws IOException {
    List<BenchCorpus.Article> pool = new ArrayList<>();
    for (BenchCorpus.Article a : pool()) {
      pool.add(new BenchCorpus.Article(a.id() + "-en", "Headline " + a.id(), List.of(
          "The city council on Tuesday passed a budget for the repair of schools, roads and the covered market.",
          "The vote followed a long debate in which the opposition asked for a delay of one year."), "en"));
    }
    new BenchCorpus(pool, 6).write(dir, 20, 1);

    for (String html : pages(dir).values()) {
      String body = Jsoup.parse(html).select("div.entry-content").text();
      assertTrue(body.matches(".*Dispatch number \\d+ \\(\\w+\\), updated on January \\d+\\..*"), body);
      assertTrue(!body.contains("Dépêche"), body);
    }
    assertEquals("Dépêche numéro 30 (x1), mise à jour le 3 janvier.", BenchCorpus.dispatchLine("fr", 30, "x1"));
    assertEquals("Despacho número 1 (k), actualizado el 2 de enero.", BenchCorpus.dispatchLine("es", 1, "k"));
    assertEquals("Dispatch number 1 (k), updated on January 2.", BenchCorpus.dispatchLine("xx", 1, "k"),
        "a language without a template gets the English line");
  }

  @Test
  void aCorpusIsReusedOnlyWhenBuiltWholeFromTheSameSizeSeedAndGenerator() throws IOException {
    new BenchCorpus(pool(), 8).write(dir, 30, 2);
    assertTrue(BenchCorpus.isBuilt(dir, 30, 8));
    assertTrue(!BenchCorpus.isBuilt(dir, 31, 8), "another size");
    assertTrue(!BenchCorpus.isBuilt(dir, 30, 9), "another seed");

    Path properties = dir.resolve(BenchCorpus.PROPERTIES);
    String written = Files.readString(properties);
    Files.writeString(properties, written.replace("generator=" + BenchCorpus.GENERATOR, "generator=1"));
    assertTrue(!BenchCorpus.isBuilt(dir, 30, 8), "an older generator's corpus is built again");
    Files.writeString(properties, written.replaceAll("(?m)^generator=.*\\R", ""));
    assertTrue(!BenchCorpus.isBuilt(dir, 30, 8), "a corpus from before the generator was recorded");

    // building again with fewer files leaves none of the earlier ones, and the marker comes last
    Files.writeString(dir.resolve("part-05.warc.gz"), "stale");
    new BenchCorpus(pool(), 8).write(dir, 30, 1);
    try (var files = Files.list(dir)) {
      assertEquals(List.of("corpus.properties", "part-00.warc.gz"),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
    assertTrue(BenchCorpus.isBuilt(dir, 30, 8));
    Files.delete(properties);
    assertTrue(!BenchCorpus.isBuilt(dir, 30, 8), "no marker, no corpus");
  }

  @Test
  void aPoolOfOneArticleIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new BenchCorpus(pool().subList(0, 1), 1));
  }
}
