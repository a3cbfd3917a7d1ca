package org.newscorpus.pipeline;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newscorpus.dedupe.DedupeStories;
import org.newscorpus.extract.ExtractArticles;
import org.newscorpus.read.InputFiles;
import org.newscorpus.read.ReadArchives;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.schema.Story;

/**
 * End to end on the committed sample corpus ({@code samples/}: one republication WARC, three HTML
 * dump pages, the seed text page) plus one truncated real archive.
 */
public class NewsCorpusPipelineIT {

  /** The sample corpus: 63 records, of which 32 pages, all articles. */
  static final Path SAMPLES = Paths.get("..", "samples").toAbsolutePath().normalize();

  static final Path CLIPPED =
      Paths.get("src", "test", "resources", "warc", "resiliparse", "clipped.warc.gz").toAbsolutePath();

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void stagesTurnTheSampleCorpusIntoStories() throws IOException {
    List<InputFiles.InputFile> files = InputFiles.expand(SAMPLES + "," + CLIPPED);
    PCollectionTuple read = pipeline.apply("ReadArchives", ReadArchives.of(files));
    PCollectionTuple extracted = PCollectionList.of(read.get(ReadArchives.READ_PAGES)).and(read.get(ReadArchives.REVISIT_PAGES))
        .apply("ExtractArticles", ExtractArticles.create());
    PCollectionTuple deduped = extracted.get(ExtractArticles.ARTICLES).apply("DedupeStories", DedupeStories.create());

    PAssert.thatSingleton(read.get(ReadArchives.PAGES).apply("CountPages", Count.globally())).isEqualTo(32L);
    PAssert.thatSingleton(deduped.get(DedupeStories.ARTICLES).apply("CountArticles", Count.globally())).isEqualTo(32L);
    PCollection<Story> stories = deduped.get(DedupeStories.STORIES);
    PAssert.that(stories)
        .satisfies(
            all -> {
              int members = 0;
              for (Story s : all) {
                members += s.getArticleCount();
                assertEquals(s.getStoryId(), s.getArticleIds().get(0));
              }
              assertEquals(32, members);
              return null;
            });
    PAssert.thatSingleton(
            deduped.get(DedupeStories.ARTICLES)
                .apply("KeepCanonical", Filter.by(Article::getIsCanonical))
                .apply("CountCanonical", Count.globally()))
        .satisfies(
            n -> {
              assertTrue("fewer stories than articles: verbatim copies were merged", n < 32);
              return null;
            });
    PAssert.that(read.get(ReadArchives.REJECTED))
        .satisfies(
            rejected -> {
              List<String> reasons = new ArrayList<>();
              for (Rejected r : rejected) {
                assertTrue(r.getInputUri().endsWith("clipped.warc.gz"));
                reasons.add(r.getReason());
              }
              assertTrue(reasons.toString(), reasons.contains("truncatedRecord"));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void runWritesThePartitionedDatasetSummaryAndSuccess() throws Exception {
    File out = tmp.newFolder("out");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    int code =
        NewsCorpusPipeline.run(
            new String[] {"--input=" + SAMPLES + "," + CLIPPED, "--output=" + out, "--overwrite"},
            new PrintStream(console, true, StandardCharsets.UTF_8),
            System.err);
    assertEquals(0, code);
    String table = console.toString(StandardCharsets.UTF_8);
    assertThat(table, containsString("every record accounted for"));

    Path root = out.toPath();
    assertTrue(Files.exists(root.resolve("_SUCCESS")));
    assertFalse("scratch accounting removed", Files.exists(root.resolve("_accounting")));
    JsonNode summary = new ObjectMapper().readTree(root.resolve("_SUMMARY.json").toFile());
    long read = summary.get("records_read").asLong();
    assertEquals(read, summary.get("articles").asLong() + summary.at("/skipped/total").asLong() + summary.at("/rejected/total").asLong());
    assertTrue(summary.get("balanced").asBoolean());
    assertEquals(32, summary.get("articles").asLong());
    assertEquals(29, summary.at("/skipped/by_stage/read/requestRecord").asLong());
    assertEquals("every sample capture is whole", 0, summary.at("/articles_truncated/total").asLong());

    List<Article> articles = readAll(root.resolve("articles"), Article.class);
    List<Story> stories = readAll(root.resolve("stories"), Story.class);
    List<Rejected> rejected = readAll(root.resolve("rejected"), Rejected.class);
    assertEquals(32, articles.size());
    assertEquals(summary.get("stories").asLong(), stories.size());
    assertEquals(summary.at("/rejected/total").asLong(), rejected.size());

    Set<String> partitions = new HashSet<>();
    Map<String, Integer> perStory = new HashMap<>();
    for (Article a : articles) {
      perStory.merge(a.getStoryId(), 1, Integer::sum);
    }
    try (Stream<Path> files = Files.walk(root.resolve("articles"))) {
      files.filter(p -> p.toString().endsWith(".avro"))
          .forEach(p -> {
            String rel = root.resolve("articles").relativize(p).toString();
            assertTrue(rel, rel.matches("date=(\\d{4}-\\d{2}-\\d{2}|__HIVE_DEFAULT_PARTITION__)/source=[a-z0-9.-]+/part-\\d{5}-of-\\d{5}\\.avro"));
            partitions.add(p.getParent().toString());
          });
    }
    assertTrue("several date/source partitions", partitions.size() > 5);
    for (Article a : articles) {
      assertEquals((int) perStory.get(a.getStoryId()), a.getStorySize());
      assertEquals(a.getIsCanonical(), a.getId().equals(a.getStoryId()));
    }
    assertTrue(rejected.stream().anyMatch(r -> r.getStage().equals("read") && r.getInputUri().endsWith("clipped.warc.gz")));

    // a second run into the same folder is refused without --overwrite
    assertEquals(2, NewsCorpusPipeline.run(new String[] {"--input=" + SAMPLES, "--output=" + out},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
  }

  @Test
  public void anArticleOfACaptureCutShortSaysWhyAndTheSummaryCountsThem() throws Exception {
    Path cut = Paths.get("src", "test", "resources", "warc", "crafted", "truncated-captures.warc").toAbsolutePath();
    File out = tmp.newFolder("truncated");
    assertEquals(0, NewsCorpusPipeline.run(new String[] {"--input=" + cut, "--output=" + out, "--overwrite"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), System.err));
    Map<String, List<String>> byUrl = new java.util.TreeMap<>();
    for (Article a : readAll(out.toPath().resolve("articles"), Article.class)) {
      byUrl.computeIfAbsent(a.getUrl().substring("http://conseil.example/".length()), k -> new ArrayList<>())
          .add(String.valueOf(a.getTruncated()));
    }
    // six captures and two revisits (of coupe-longueur and entiere), each with its original's truncation
    assertEquals(Map.of("coupe-longueur", List.of("length", "length"), "coupe-deconnexion", List.of("disconnect"),
        "corps-coupe", List.of("httpBody"), "chunks-coupes", List.of("httpBody"), "gzip-coupe", List.of("contentEncoding"),
        "entiere", List.of("null", "null")), byUrl);
    JsonNode summary = new ObjectMapper().readTree(out.toPath().resolve("_SUMMARY.json").toFile());
    assertEquals(6, summary.at("/articles_truncated/total").asLong());
    assertEquals(2, summary.at("/articles_truncated/by_reason/length").asLong());
    assertEquals(2, summary.at("/articles_truncated/by_reason/httpBody").asLong());
    assertEquals(1, summary.at("/articles_truncated/by_reason/contentEncoding").asLong());
    assertTrue(summary.get("balanced").asBoolean());
  }

  static <T extends SpecificRecord> List<T> readAll(Path dir, Class<T> type) throws IOException {
    List<T> records = new ArrayList<>();
    if (!Files.exists(dir)) {
      return records;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(p -> p.toString().endsWith(".avro")).sorted().toList();
    }
    for (Path f : files) {
      try (DataFileReader<T> r = new DataFileReader<>(f.toFile(), new SpecificDatumReader<>(type))) {
        r.forEach(records::add);
      }
    }
    return records;
  }
}
