package org.newscorpus.dedupe;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.newscorpus.accounting.Tally;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Story;

/**
 * The dedupe stage as a pipeline: the stories do not depend on the number of shards, which is
 * fixed when the pipeline is built.
 */
public class DedupeStoriesTest {

  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private static final LocalDate DAY = LocalDate.of(2025, 11, 3);

  /** {@code text} with the words at {@code positions} replaced. */
  private static String edited(String text, int... positions) {
    String[] words = text.split(" ");
    for (int p : positions) {
      words[p % words.length] = "edited" + p;
    }
    return String.join(" ", words);
  }

  /**
   * A story of four (the original, an exact copy, an edited copy, an excerpt), a chain of five
   * edits where the ends differ more than the thresholds allow, and twenty unrelated articles.
   */
  private static List<Article> corpus() {
    List<Article> articles = new ArrayList<>();
    String a = Articles.words(1, 300);
    articles.add(Articles.article("a1", "https://one.example/a", DAY, a));
    articles.add(Articles.article("a2", "https://two.example/a", DAY.plusDays(1), a));
    articles.add(Articles.article("a3", "https://three.example/a", DAY.plusDays(1), edited(a, 20, 80, 140, 200, 260)));
    articles.add(Articles.article("a4", "https://four.example/a", DAY.plusDays(2), a.substring(0, a.length() * 7 / 10)));
    String b = Articles.words(2, 300);
    for (int i = 1; i <= 5; i++) {
      int[] positions = new int[12 * (i - 1)];
      for (int j = 0; j < positions.length; j++) {
        positions[j] = 3 + 24 * j % 297;
      }
      articles.add(Articles.article("b" + i, "https://site" + i + ".example/b", DAY.plusDays(i), edited(b, positions)));
    }
    for (int i = 0; i < 20; i++) {
      articles.add(Articles.article("s" + i, "https://single.example/" + i, DAY, Articles.words(100 + i, 200)));
    }
    return articles;
  }

  private static Map<String, TreeSet<String>> expectedStories() {
    Map<String, TreeSet<String>> stories = new TreeMap<>();
    stories.put("a1", new TreeSet<>(Arrays.asList("a1", "a2", "a3", "a4")));
    stories.put("b1", new TreeSet<>(Arrays.asList("b1", "b2", "b3", "b4", "b5")));
    for (int i = 0; i < 20; i++) {
      stories.put("s" + i, new TreeSet<>(List.of("s" + i)));
    }
    return stories;
  }

  private void assertStories(PCollection<Article> articles, int shards) {
    PCollection<Article> marked =
        articles.apply("DedupeIn" + shards, DedupeStories.create().withShards(shards)).get(DedupeStories.ARTICLES);
    PAssert.that("stories with " + shards + " shards", marked).satisfies(out -> {
      Map<String, TreeSet<String>> stories = new TreeMap<>();
      Map<String, Boolean> canonical = new TreeMap<>();
      for (Article a : out) {
        stories.computeIfAbsent(a.getStoryId(), k -> new TreeSet<>()).add(a.getId());
        canonical.put(a.getId(), a.getIsCanonical());
      }
      assertEquals(shards + " shards", expectedStories(), stories);
      stories.keySet().forEach(id -> assertEquals(shards + " shards: " + id + " is canonical", true, canonical.get(id)));
      return null;
    });
  }

  @Test
  public void theStoriesAreTheSameForAnyNumberOfShards() {
    PCollection<Article> articles = pipeline.apply(Create.of(corpus()).withCoder(AvroCoder.specific(Article.class)));
    for (int shards : new int[] {1, 3, 50}) {
      assertStories(articles, shards);
    }
    pipeline.run().waitUntilFinish();
  }

  /**
   * A crawl file copied into two input folders gives every capture twice, with one id; two
   * different responses may also share an id (same URL, WARC-Date and record id). Each id is one
   * article and one member of its story, and the repeats are counted as skips.
   */
  @Test
  public void aCaptureReadTwiceIsOneArticleOfItsStory() {
    List<Article> twice = new ArrayList<>(corpus());
    twice.add(corpus().get(1)); // a2 again, the same text
    twice.add(Articles.article("s3", "https://single.example/3", DAY, Articles.words(999, 200))); // s3, other text
    PCollectionTuple out =
        pipeline.apply(Create.of(twice).withCoder(AvroCoder.specific(Article.class))).apply(DedupeStories.create().withShards(3));
    PAssert.that("articles", out.get(DedupeStories.ARTICLES)).satisfies(articles -> {
      Map<String, TreeSet<String>> stories = new TreeMap<>();
      List<String> ids = new ArrayList<>();
      for (Article a : articles) {
        ids.add(a.getId());
        stories.computeIfAbsent(a.getStoryId(), k -> new TreeSet<>()).add(a.getId());
      }
      assertEquals("each id once", new TreeSet<>(ids).size(), ids.size());
      assertEquals(expectedStories(), stories);
      return null;
    });
    PAssert.that("stories", out.get(DedupeStories.STORIES)).satisfies(stories -> {
      Map<String, Integer> sizes = new TreeMap<>();
      for (Story story : stories) {
        assertEquals(story.getStoryId() + " has one record", null, sizes.put(story.getStoryId(), story.getArticleCount()));
        assertEquals((long) story.getArticleCount(), new TreeSet<>(story.getArticleIds()).size());
      }
      assertEquals((Integer) 4, sizes.get("a1"));
      assertEquals((Integer) 1, sizes.get("s3"));
      return null;
    });
    PAssert.that("tallies", out.get(DedupeStories.TALLIES)
            .apply(Filter.by(kv -> !kv.getKey().startsWith(Tally.DEDUPE + "\t"))).apply(Sum.longsPerKey()))
        .containsInAnyOrder(KV.of(Tally.ARTICLES, -2L), KV.of("skipped\tdedupe\tduplicateCapture", 2L));
    pipeline.run().waitUntilFinish();
  }

  /**
   * An aggregator's excerpt of one short paragraph, too short for the MinHash bands, is linked to
   * the article it opens; a short text that only shares its opening words is not.
   */
  @Test
  public void aShortExcerptJoinsTheArticleItOpens() {
    String a = Articles.words(1, 300);
    String[] words = a.split("\\s+");
    String excerpt = String.join(" ", java.util.Arrays.copyOf(words, 16)); // 12 shingles, fewer than 30
    String sameStart = String.join(" ", java.util.Arrays.copyOf(words, 5)) + " " + Articles.words(77, 11);
    List<Article> in = List.of(
        Articles.article("a1", "https://one.example/a", DAY, a),
        Articles.article("x1", "https://aggregator.example/a", DAY.plusDays(1), excerpt),
        Articles.article("y1", "https://other.example/y", DAY.plusDays(1), sameStart),
        Articles.article("s1", "https://single.example/1", DAY, Articles.words(101, 200)));
    PCollection<Article> marked = pipeline.apply(Create.of(in).withCoder(AvroCoder.specific(Article.class)))
        .apply(DedupeStories.create().withShards(3)).get(DedupeStories.ARTICLES);
    PAssert.that(marked).satisfies(out -> {
      Map<String, String> story = new TreeMap<>();
      out.forEach(x -> story.put(x.getId(), x.getStoryId()));
      assertEquals(Map.of("a1", "a1", "x1", "a1", "y1", "y1", "s1", "s1"), story);
      return null;
    });
    pipeline.run().waitUntilFinish();
  }

  @Test
  public void shardsAreOnePerArticlesPerShardAndAtLeastOne() {
    assertEquals(1, DedupeStories.shardsFor(0, 64));
    assertEquals(1, DedupeStories.shardsFor(64, 64));
    assertEquals(2, DedupeStories.shardsFor(65, 64));
    assertEquals(313, DedupeStories.shardsFor(20_000, 64));
    assertEquals(DedupeStories.MAX_SHARDS, DedupeStories.shardsFor(Long.MAX_VALUE / 2, 1));
    assertEquals(DedupeStories.MAX_SHARDS, DedupeStories.shardsFor(Long.MAX_VALUE, 64));
    assertThrows(IllegalArgumentException.class, () -> DedupeStories.create().withShards(0));
    pipeline.enableAbandonedNodeEnforcement(false);
  }
}
