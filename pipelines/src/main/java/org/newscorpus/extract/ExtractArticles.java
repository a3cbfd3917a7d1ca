package org.newscorpus.extract;

import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.Rejected;

/**
 * Extracts articles from pages.
 *
 * <p>Takes pages, in one or more parts, and gives a tuple of {@link #ARTICLES} (story fields not
 * yet set), {@link #REJECTED} (pages that are not articles or could not be extracted, stage {@code
 * extract}) and {@link #TALLIES}.
 *
 * <p>Steps: ExtractArticle (one page at a time, {@link ArticleExtractor}); MapPublisherNamesToHosts
 * (which host publishes under which name, from the whole corpus, {@link PublisherHosts}); and
 * ResolveCreditedSources ({@link ResolveCreditedSources}), which joins the credited articles with
 * those hosts and gives a republished article the host of the publisher its credit line names
 * when the corpus shows it, else keeps the slug of the name. No step that takes every article has
 * a side input.
 *
 * <p>Each part of the input gets its own ExtractArticle step, so that a runner can chain it to the
 * step that made the part ({@link org.newscorpus.read.ReadArchives#READ_PAGES}): a page is then
 * extracted where it was read and never crosses an exchange. The parts stay apart until
 * ResolveCreditedSources puts the articles back together.
 */
public final class ExtractArticles extends PTransform<PCollectionList<Page>, PCollectionTuple> {

  /** Extracted articles, each its own story until deduplication. */
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  /** Pages that did not become articles. */
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>() {};
  /** One tally per page. */
  public static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  /** Expected articles per shard of the credit join ({@link #creditShardsFor}), 20,000. */
  public static final int ARTICLES_PER_CREDIT_SHARD = 20_000;

  /** The most shards {@link #withCreditShards} accepts. */
  public static final int MAX_CREDIT_SHARDS = 1 << 12;

  private final int minTextChars;
  private final boolean keepSkipped;
  private final int creditShards;

  private ExtractArticles(int minTextChars, boolean keepSkipped, int creditShards) {
    this.minTextChars = minTextChars;
    this.keepSkipped = keepSkipped;
    this.creditShards = creditShards;
  }

  /**
   * The name of the step that applies {@code name} to part {@code part} (from 0) of an input in
   * parts: {@code name} for the first, then {@code name2}, {@code name3}…
   */
  static String stepOfPart(String name, int part) {
    return part == 0 ? name : name + (part + 1);
  }

  /** Extraction with the default settings, the credit join in one shard. */
  public static ExtractArticles create() {
    return new ExtractArticles(ArticleExtractor.DEFAULT_MIN_TEXT_CHARS, false, 1);
  }

  /** Drops pages whose main body has fewer characters than this. */
  public ExtractArticles withMinTextChars(int minTextChars) {
    return new ExtractArticles(minTextChars, keepSkipped, creditShards);
  }

  /** Also writes expected skips to the rejected output. */
  public ExtractArticles withKeepSkipped(boolean keepSkipped) {
    return new ExtractArticles(minTextChars, keepSkipped, creditShards);
  }

  /**
   * Spreads the articles that credit one publisher name over this many groups (1 to {@link
   * #MAX_CREDIT_SHARDS}) in the join with the hosts, so that no group holds every article that
   * credits a wire agency. Each shard costs one small record per name; the articles do not depend
   * on it.
   */
  public ExtractArticles withCreditShards(int shards) {
    if (shards < 1 || shards > MAX_CREDIT_SHARDS) {
      throw new IllegalArgumentException("credit shards must be between 1 and " + MAX_CREDIT_SHARDS + ", was " + shards);
    }
    return new ExtractArticles(minTextChars, keepSkipped, shards);
  }

  /**
   * One credit-join shard per {@link #ARTICLES_PER_CREDIT_SHARD} expected articles, rounded up, at
   * least one and at most {@link #MAX_CREDIT_SHARDS}: a name credited by every article of the run
   * then makes groups of about that many articles.
   */
  public static int creditShardsFor(long expectedArticles) {
    long n = Math.max(0, expectedArticles);
    long shards = n / ARTICLES_PER_CREDIT_SHARD + (n % ARTICLES_PER_CREDIT_SHARD == 0 ? 0 : 1);
    return (int) Math.min(MAX_CREDIT_SHARDS, Math.max(1, shards));
  }

  @Override
  public PCollectionTuple expand(PCollectionList<Page> parts) {
    PCollectionList<Article> articleParts = PCollectionList.empty(parts.getPipeline());
    PCollectionList<Rejected> rejectedParts = PCollectionList.empty(parts.getPipeline());
    PCollectionList<KV<String, Long>> tallyParts = PCollectionList.empty(parts.getPipeline());
    for (int i = 0; i < parts.size(); i++) {
      PCollectionTuple extracted =
          parts.get(i).apply(
              stepOfPart("ExtractArticle", i),
              ParDo.of(new ExtractArticleFn(minTextChars, keepSkipped))
                  .withOutputTags(ARTICLES, TupleTagList.of(REJECTED).and(TALLIES)));
      articleParts = articleParts.and(extracted.get(ARTICLES).setCoder(AvroCoder.specific(Article.class)));
      rejectedParts = rejectedParts.and(extracted.get(REJECTED).setCoder(AvroCoder.specific(Rejected.class)));
      tallyParts = tallyParts.and(extracted.get(TALLIES));
    }
    PCollection<Rejected> rejected = rejectedParts.apply("FlattenRejected", Flatten.pCollections());
    PCollection<KV<String, Long>> tallies = tallyParts.apply("FlattenTallies", Flatten.pCollections());
    PCollection<KV<String, String>> hosts =
        articleParts.apply("MapPublisherNamesToHosts", PublisherHosts.fromArticles());
    PCollection<Article> resolved =
        ResolveCreditedSources.input(articleParts, hosts)
            .apply("ResolveCreditedSources", new ResolveCreditedSources(creditShards));
    return PCollectionTuple.of(ARTICLES, resolved)
        .and(REJECTED, rejected)
        .and(TALLIES, tallies);
  }
}
