package org.newscorpus.extract;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newscorpus.schema.Article;

/**
 * Gives a republished article the host of the publisher its credit line names, when the corpus
 * shows which host publishes under that name ({@link PublisherHosts}); otherwise the article keeps
 * the slug of the name that extraction gave it. Articles a site publishes as its own pass
 * unchanged.
 *
 * <p>Takes the articles, in one or more parts, and {@link #HOSTS} (name key → host, at most one
 * host per key), as {@link #input} puts them together, and gives every article once. Steps:
 * SplitCredited sends articles a site publishes as its own, and credits whose name leaves no key,
 * straight on; JoinCreditsWithHosts groups the other credited articles with the host of their name
 * key ({@code CoGroupByKey}); ResolveCredit sets the host; FlattenResolved puts both back together.
 *
 * <p>Why a join and not a side input: a runner that streams a batch job (Flink's DataStream
 * translation) holds every element of a step with a side input until the side input is complete,
 * and the host map is complete only when every article is extracted. With the join, only credited
 * articles wait for it, keyed by name, and in the same shuffle that groups them anyway.
 *
 * <p>A runner holds one group of a join in memory, and one name can be credited by a large share
 * of a corpus (a wire agency). So the join is keyed by (name key, shard): each credited article
 * goes to one of {@code shards} shards by its id, and each host is sent to every shard of its
 * name. A name's articles are spread over the shards, and a group holds about 1/{@code shards} of
 * them; the result does not depend on the number of shards.
 */
final class ResolveCreditedSources extends PTransform<PCollectionTuple, PCollection<Article>> {

  /** Name key → host, as {@link PublisherHosts} gives it. */
  static final TupleTag<KV<String, String>> HOSTS = new TupleTag<KV<String, String>>() {};

  private static final TupleTag<Article> UNCHANGED = new TupleTag<Article>() {};
  private static final TupleTag<KV<KV<String, Integer>, Article>> CREDITED =
      new TupleTag<KV<KV<String, Integer>, Article>>() {};
  private static final TupleTag<Article> CREDITED_ARTICLES = new TupleTag<Article>() {};
  private static final TupleTag<String> HOST = new TupleTag<String>() {};

  private final int shards;

  /** The join in {@code shards} shards per name (at least 1). */
  ResolveCreditedSources(int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, was " + shards);
    }
    this.shards = shards;
  }

  /** The articles of part {@code i} of the input. */
  static TupleTag<Article> articles(int i) {
    return new TupleTag<>("articles-" + i);
  }

  /** The input: the articles, in one or more parts, and the hosts. */
  static PCollectionTuple input(PCollectionList<Article> parts, PCollection<KV<String, String>> hosts) {
    PCollectionTuple input = PCollectionTuple.of(HOSTS, hosts);
    for (int i = 0; i < parts.size(); i++) {
      input = input.and(articles(i), parts.get(i));
    }
    return input;
  }

  @Override
  public PCollection<Article> expand(PCollectionTuple input) {
    AvroCoder<Article> articleCoder = AvroCoder.specific(Article.class);
    KvCoder<String, Integer> keyCoder = KvCoder.of(StringUtf8Coder.of(), VarIntCoder.of());
    // one split per part, which a runner can chain to the step that made the part: only the
    // credited articles cross the join's exchange before the parts meet again
    PCollectionList<Article> unchanged = PCollectionList.empty(input.getPipeline());
    PCollectionList<KV<KV<String, Integer>, Article>> credited = PCollectionList.empty(input.getPipeline());
    for (int i = 0; input.has(articles(i)); i++) {
      PCollectionTuple split =
          input.get(articles(i)).apply(ExtractArticles.stepOfPart("SplitCredited", i),
              ParDo.of(new SplitCreditedFn(shards)).withOutputTags(UNCHANGED, TupleTagList.of(CREDITED)));
      unchanged = unchanged.and(split.get(UNCHANGED).setCoder(articleCoder));
      credited = credited.and(split.get(CREDITED).setCoder(KvCoder.of(keyCoder, articleCoder)));
    }
    PCollection<KV<KV<String, Integer>, Article>> allCredited =
        credited.size() == 1 ? credited.get(0) : credited.apply("FlattenCredited", Flatten.pCollections());
    PCollection<KV<KV<String, Integer>, String>> hosts =
        input.get(HOSTS).apply("SendHostsToEveryShard", ParDo.of(new EveryShardFn(shards)))
            .setCoder(KvCoder.of(keyCoder, StringUtf8Coder.of()));
    PCollection<Article> resolved =
        KeyedPCollectionTuple.of(CREDITED_ARTICLES, allCredited)
            .and(HOST, hosts)
            .apply("JoinCreditsWithHosts", CoGroupByKey.create())
            .apply("ResolveCredit", ParDo.of(new ResolveCreditFn()))
            .setCoder(articleCoder);
    return unchanged.and(resolved)
        .apply("FlattenResolved", Flatten.pCollections())
        .setCoder(articleCoder);
  }

  /**
   * Articles a site publishes as its own go on unchanged; credited articles go to the join, keyed
   * by their credited name ({@link PublisherHosts#nameKey}), unless the name leaves no key, which
   * no host can have.
   */
  static final class SplitCreditedFn extends DoFn<Article, Article> {
    private final Counter unresolved = Metrics.counter(ResolveCreditedSources.class, "creditKeptAsSlug");
    private final int shards;

    SplitCreditedFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(@Element Article article, MultiOutputReceiver out) {
      if (article.getSource().equals(article.getSite())) {
        out.get(UNCHANGED).output(article);
        return;
      }
      String key = PublisherHosts.nameKey(article.getSourceName());
      if (key.isEmpty()) {
        unresolved.inc();
        out.get(UNCHANGED).output(article);
      } else {
        out.get(CREDITED).output(KV.of(KV.of(key, shard(article.getId(), shards)), article));
      }
    }
  }

  /** The shard of the article with this id: the same on every runner and JVM. */
  static int shard(String articleId, int shards) {
    return Math.floorMod(articleId.hashCode(), shards);
  }

  /** Each (name key, host) once for every shard of the name. */
  static final class EveryShardFn extends DoFn<KV<String, String>, KV<KV<String, Integer>, String>> {
    private final int shards;

    EveryShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(@Element KV<String, String> host, OutputReceiver<KV<KV<String, Integer>, String>> out) {
      for (int shard = 0; shard < shards; shard++) {
        out.output(KV.of(KV.of(host.getKey(), shard), host.getValue()));
      }
    }
  }

  /** Sets the source of each credited article of one name to the host of that name, if any. */
  static final class ResolveCreditFn extends DoFn<KV<KV<String, Integer>, CoGbkResult>, Article> {
    private final Counter resolved = Metrics.counter(ResolveCreditedSources.class, "creditResolvedToHost");
    private final Counter unresolved = Metrics.counter(ResolveCreditedSources.class, "creditKeptAsSlug");

    @ProcessElement
    public void processElement(@Element KV<KV<String, Integer>, CoGbkResult> joined, OutputReceiver<Article> out) {
      String host = joined.getValue().getOnly(HOST, null);
      for (Article article : joined.getValue().getAll(CREDITED_ARTICLES)) {
        if (host == null) {
          unresolved.inc();
          out.output(article);
        } else {
          resolved.inc();
          out.output(Article.newBuilder(article).setSource(Sites.slug(host)).build());
        }
      }
    }
  }
}
