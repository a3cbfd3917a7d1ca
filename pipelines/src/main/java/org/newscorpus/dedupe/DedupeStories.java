package org.newscorpus.dedupe;

import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PValue;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.schema.Story;

/**
 * Finds republished stories across sites: near-duplicate articles are linked, linked articles
 * form a story, and each story gets one canonical article.
 *
 * <p>Takes extracted articles and gives {@link #ARTICLES}, every article with {@code story_id},
 * {@code is_canonical}, {@code duplicate_of}, {@code similarity} and {@code story_size} set, {@link
 * #STORIES}, one record per story, and {@link #TALLIES}, the stage's counts for {@code
 * _SUMMARY.json}. With {@link #withPreviousArticles}, the articles of an earlier dataset join in
 * and keep their story ids (see {@link StoryAssembler}).
 *
 * <p>Steps, all settings in one {@link DedupeConfig}:
 *
 * <ol>
 *   <li>FingerprintArticles: normalise, shingle, MinHash and band every text ({@link Signer});
 *   <li>FindCandidates: group bucket entries on (band, bucket shard) and pair bucket members;
 *       exact copies are paired there, huge buckets capped and counted;
 *   <li>VerifyCandidates: compare each pair's exact shingle sets against the thresholds, and
 *       its dates and titles against the guards ({@link LinkGuards});
 *   <li>ConnectComponents: connected components of the links by large-star/small-star rounds;
 *   <li>AssembleStories: pick each component's canonical article, build its story;
 *   <li>MarkArticles: join the story fields back to the articles.
 * </ol>
 *
 * <p>Every grouped step is keyed by shard rather than by article or bucket, and groups within
 * the shard in memory; the output does not depend on the number of shards, the runner or the
 * bundle order. The number of shards is fixed when the pipeline is built ({@link #withShards};
 * {@link #shardsFor} gives one per {@link DedupeConfig#articlesPerShard()} expected articles). It
 * is not counted from the articles in the pipeline: a count over all articles would be a side
 * input of the first step, and a runner that streams a batch job (Flink's DataStream translation)
 * holds every article of that step until the count is complete.
 */
public final class DedupeStories extends PTransform<PCollection<Article>, PCollectionTuple> {

  /** Articles marked with their story. */
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  /** One record per story. */
  public static final TupleTag<Story> STORIES = new TupleTag<Story>() {};
  /** The stage's counts, as {@code dedupe<TAB>name} tallies. */
  public static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};
  /** With {@link #withKeepSkipped}, a record per capture read twice ({@code duplicateCapture}); else empty. */
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>() {};

  /** Namespace of the stage's Beam metrics. */
  static final String METRICS = org.newscorpus.accounting.PipelineMetrics.DEDUPE;

  /** The most shards {@link #withShards} accepts. */
  public static final int MAX_SHARDS = 1 << 20;

  private final DedupeConfig config;
  private final int shards;
  private final transient PCollection<Article> previous;
  private final boolean keepSkipped;

  private DedupeStories(DedupeConfig config, int shards, PCollection<Article> previous, boolean keepSkipped) {
    this.config = config;
    this.shards = shards;
    this.previous = previous;
    this.keepSkipped = keepSkipped;
  }

  /** Deduplication with the default settings, in one shard. */
  public static DedupeStories create() {
    return new DedupeStories(DedupeConfig.DEFAULT, 1, null, false);
  }

  /** Uses these settings. */
  public DedupeStories withConfig(DedupeConfig config) {
    return new DedupeStories(config, shards, previous, keepSkipped);
  }

  /**
   * Keys the grouped steps by this many shards (1 to {@link #MAX_SHARDS}). More shards spread the
   * work over more keys; each key costs a runner a fixed amount (the DirectRunner about 3 ms). The
   * stories are the same for every number of shards.
   */
  public DedupeStories withShards(int shards) {
    if (shards < 1 || shards > MAX_SHARDS) {
      throw new IllegalArgumentException("shards must be between 1 and " + MAX_SHARDS + ", was " + shards);
    }
    return new DedupeStories(config, shards, previous, keepSkipped);
  }

  /** Extends an earlier dataset: its articles, as read back from its {@code articles/} folder. */
  public DedupeStories withPreviousArticles(PCollection<Article> previousArticles) {
    return new DedupeStories(config, shards, previousArticles, keepSkipped);
  }

  /** Writes a rejected record (stage {@code dedupe}) for each capture read twice, as for every expected skip with {@code --keepSkipped}. */
  public DedupeStories withKeepSkipped(boolean keepSkipped) {
    return new DedupeStories(config, shards, previous, keepSkipped);
  }

  /** One shard per {@code articlesPerShard} of {@code articles} (rounded up), at least one, at most {@link #MAX_SHARDS}. */
  public static int shardsFor(long articles, int articlesPerShard) {
    if (articlesPerShard < 1) {
      throw new IllegalArgumentException("articlesPerShard must be at least 1, was " + articlesPerShard);
    }
    long n = Math.max(0, articles);
    long shards = n / articlesPerShard + (n % articlesPerShard == 0 ? 0 : 1);
    return (int) Math.min(MAX_SHARDS, Math.max(1, shards));
  }

  @Override
  public Map<TupleTag<?>, PValue> getAdditionalInputs() {
    return previous == null ? Map.of() : Map.of(SupersedePrevious.PREVIOUS, previous);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple signed = fingerprint(articles);
    PCollection<KV<Integer, RawUnionValue>> fingerprints = signed.get(FingerprintFn.FINGERPRINTS);
    PCollectionTuple candidates =
        signed.get(FingerprintFn.ENTRIES).apply("FindCandidates", new FindCandidates(config, shards));
    PCollectionTuple verified =
        PCollectionTuple.of(VerifyCandidates.FINGERPRINTS, fingerprints)
            .and(VerifyCandidates.PAIRS, candidates.get(BucketPairsFn.PAIRS))
            .apply("VerifyCandidates", new VerifyCandidates(config, shards));
    PCollectionTuple components =
        verified.get(VerifyCandidates.LINKS).apply("ConnectComponents", new ConnectComponents(config.componentRounds(), shards));
    PCollectionTuple stories =
        PCollectionTuple.of(AssembleStories.FINGERPRINTS, fingerprints)
            .and(AssembleStories.LABELS, components.get(ConnectComponents.LABELS))
            .apply("AssembleStories", new AssembleStories(shards));
    PCollectionTuple marked =
        PCollectionList.of(stories.get(AssembleStoryFn.MARKS)).and(signed.get(FingerprintFn.ARTICLES))
            .apply("MarkArticles", new MarkArticles(keepSkipped));
    PCollectionList<KV<String, Long>> tallies =
        PCollectionList.of(signed.get(FingerprintFn.TALLIES)).and(candidates.get(BucketPairsFn.TALLIES))
            .and(verified.get(VerifyCandidates.TALLIES)).and(components.get(ConnectComponents.TALLIES))
            .and(stories.get(AssembleStoryFn.TALLIES)).and(marked.get(MarkArticleFn.TALLIES));
    return PCollectionTuple.of(ARTICLES, marked.get(MarkArticleFn.ARTICLES))
        .and(STORIES, PCollectionList.of(stories.get(AssembleStoryFn.STORIES)).and(marked.get(MarkArticleFn.STORIES))
            .apply("FlattenStories", Flatten.pCollections()))
        .and(TALLIES, tallies.apply("FlattenDedupeTallies", Flatten.pCollections()))
        .and(REJECTED, marked.get(MarkArticleFn.REJECTED));
  }

  /**
   * Fingerprints, bucket entries, article messages and tallies of this run's articles and, in an
   * incremental run, of the earlier articles this run did not extract again.
   */
  private PCollectionTuple fingerprint(PCollection<Article> articles) {
    PCollectionTuple fresh = coded(articles.apply("FingerprintArticles", fingerprintFn(false, previous != null)));
    if (previous == null) {
      return fresh;
    }
    PCollectionTuple kept =
        PCollectionTuple.of(SupersedePrevious.IDS, fresh.get(FingerprintFn.IDS)).and(SupersedePrevious.PREVIOUS, previous)
            .apply("SupersedePrevious", new SupersedePrevious(shards));
    PCollectionTuple earlier =
        coded(kept.get(SupersedePrevious.KEPT).apply("FingerprintPreviousArticles", fingerprintFn(true, false)));
    return PCollectionTuple.of(FingerprintFn.FINGERPRINTS, flatten(fresh, earlier, FingerprintFn.FINGERPRINTS, "FlattenFingerprints"))
        .and(FingerprintFn.ARTICLES, flatten(fresh, earlier, FingerprintFn.ARTICLES, "FlattenArticleMessages"))
        .and(FingerprintFn.ENTRIES, flatten(fresh, earlier, FingerprintFn.ENTRIES, "FlattenBucketEntries"))
        .and(FingerprintFn.TALLIES, PCollectionList.of(fresh.get(FingerprintFn.TALLIES)).and(earlier.get(FingerprintFn.TALLIES))
            .and(kept.get(SupersedePrevious.TALLIES)).apply("FlattenFingerprintTallies", Flatten.pCollections()));
  }

  private ParDo.MultiOutput<Article, KV<Integer, RawUnionValue>> fingerprintFn(
      boolean earlier, boolean giveIds) {
    return ParDo.of(new FingerprintFn(config, earlier, giveIds, shards))
        .withOutputTags(FingerprintFn.FINGERPRINTS,
            TupleTagList.of(FingerprintFn.ARTICLES).and(FingerprintFn.IDS).and(FingerprintFn.ENTRIES).and(FingerprintFn.TALLIES));
  }

  private static <T> PCollection<T> flatten(PCollectionTuple a, PCollectionTuple b, TupleTag<T> tag, String name) {
    return PCollectionList.of(a.get(tag)).and(b.get(tag)).apply(name, Flatten.pCollections());
  }

  private static PCollectionTuple coded(PCollectionTuple signed) {
    signed.get(FingerprintFn.FINGERPRINTS).setCoder(Messages.coder());
    signed.get(FingerprintFn.ARTICLES).setCoder(Messages.coder());
    signed.get(FingerprintFn.IDS).setCoder(Messages.coder());
    signed.get(FingerprintFn.ENTRIES).setCoder(KvCoder.of(VarIntCoder.of(), BucketEntry.Coder.of()));
    signed.get(FingerprintFn.TALLIES).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
    return signed;
  }
}
