package org.newscorpus.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Story;

/**
 * Incremental runs ({@code --previousOutput}) on the committed republication sample, split by
 * crawl date ({@code WARC-Date}) into an earlier and a later archive: the earlier archive, then the
 * later one extending it, gives the same stories as one run over both, and the stories of the
 * first run keep their ids.
 */
public class IncrementalRunIT {

  private static final Path SAMPLE = NewsCorpusPipelineIT.SAMPLES.resolve("warc/republish-sample.warc.gz");

  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void aSecondRunOverLaterCrawlsGivesTheStoriesOfOneRunOverEverything() throws Exception {
    Path early = tmp.newFolder("early").toPath();
    Path late = tmp.newFolder("late").toPath();
    int[] split = splitByCrawlDate(SAMPLE, Instant.parse("2025-11-15T00:00:00Z"), early, late);
    assertTrue("both halves hold pages: " + split[0] + "/" + split[1], split[0] > 10 && split[1] > 10);
    assertIncremental(early, late, tmp.getRoot().toPath());
  }

  /**
   * Runs {@code early}, then {@code late} with the first run as {@code --previousOutput}, then both
   * at once, under {@code root}; asserts that the second run gives the stories of the single run,
   * keeps the first run's story ids, and has one canonical article per story.
   */
  static void assertIncremental(Path early, Path late, Path root) throws IOException {
    Path first = root.resolve("first");
    Path second = root.resolve("second");
    Path all = root.resolve("all");
    run("--input=" + early, "--output=" + first);
    run("--input=" + late, "--output=" + second, "--previousOutput=" + first);
    run("--input=" + early + "," + late, "--output=" + all);

    List<Article> firstArticles = NewsCorpusPipelineIT.readAll(first.resolve("articles"), Article.class);
    List<Article> secondArticles = NewsCorpusPipelineIT.readAll(second.resolve("articles"), Article.class);
    List<Article> allArticles = NewsCorpusPipelineIT.readAll(all.resolve("articles"), Article.class);
    assertEquals(allArticles.size(), secondArticles.size());
    assertEquals(clusters(allArticles), clusters(secondArticles));
    assertTrue("some story spans both crawls", clusters(allArticles).size() < clusters(firstArticles).size()
        + allArticles.size() - firstArticles.size());

    // the first run's story ids hold in the second run, and every story keeps one canonical article
    Map<String, String> storyOfUrl = new TreeMap<>();
    secondArticles.forEach(a -> storyOfUrl.put(a.getUrl(), a.getStoryId()));
    Map<String, Set<String>> firstStoryIds = new TreeMap<>();
    for (Article a : firstArticles) {
      firstStoryIds.computeIfAbsent(a.getStoryId(), k -> new TreeSet<>()).add(storyOfUrl.get(a.getUrl()));
    }
    for (Map.Entry<String, Set<String>> e : firstStoryIds.entrySet()) {
      assertEquals("story " + e.getKey() + " keeps its id", Set.of(e.getKey()), e.getValue());
    }
    Map<String, Integer> canonicals = new TreeMap<>();
    secondArticles.forEach(a -> canonicals.merge(a.getStoryId(), a.getIsCanonical() ? 1 : 0, Integer::sum));
    canonicals.forEach((story, n) -> assertEquals("one canonical in " + story, 1, (int) n));
    List<Story> stories = NewsCorpusPipelineIT.readAll(second.resolve("stories"), Story.class);
    assertEquals(canonicals.keySet(), new TreeSet<>(stories.stream().map(s -> s.getStoryId().toString()).toList()));
  }

  /** The stories as sets of URLs (ids depend on the archive a page was read from). */
  private static Set<Set<String>> clusters(List<Article> articles) {
    Map<String, Set<String>> byStory = new TreeMap<>();
    for (Article a : articles) {
      byStory.computeIfAbsent(a.getStoryId(), k -> new TreeSet<>()).add(a.getUrl());
    }
    return Set.copyOf(byStory.values());
  }

  private static void run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = NewsCorpusPipeline.run(args,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8), 0, code);
  }

  /**
   * Copies the gzip members of a per-record gzipped WARC into {@code early/part.warc.gz} or {@code
   * late/part.warc.gz} by the record's date; returns the responses in each.
   */
  static int[] splitByCrawlDate(Path warc, Instant cut, Path early, Path late) throws IOException {
    List<long[]> spans = new ArrayList<>();
    List<Boolean> isLate = new ArrayList<>();
    List<Boolean> isResponse = new ArrayList<>();
    try (FileChannel ch = FileChannel.open(warc); WarcReader reader = new WarcReader(ch)) {
      for (WarcRecord r : reader) {
        spans.add(new long[] {reader.position(), -1});
        isLate.add(!r.date().isBefore(cut));
        isResponse.add(r.type().equals("response"));
      }
    }
    long size = Files.size(warc);
    for (int i = 0; i < spans.size(); i++) {
      spans.get(i)[1] = i + 1 < spans.size() ? spans.get(i + 1)[0] : size;
    }
    byte[] bytes = Files.readAllBytes(warc);
    int[] responses = new int[2];
    try (OutputStream a = Files.newOutputStream(early.resolve("part.warc.gz"), StandardOpenOption.CREATE_NEW);
        OutputStream b = Files.newOutputStream(late.resolve("part.warc.gz"), StandardOpenOption.CREATE_NEW)) {
      for (int i = 0; i < spans.size(); i++) {
        long[] s = spans.get(i);
        (isLate.get(i) ? b : a).write(bytes, (int) s[0], (int) (s[1] - s[0]));
        if (isResponse.get(i)) {
          responses[isLate.get(i) ? 1 : 0]++;
        }
      }
    }
    return responses;
  }
}
