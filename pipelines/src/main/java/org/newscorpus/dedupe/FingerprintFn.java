package org.newscorpus.dedupe;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.accounting.Tally;
import org.newscorpus.accounting.TimedDoFn;
import org.newscorpus.schema.Article;

/**
 * Signs one article ({@link Signer}) and gives, keyed by shard, everything the later steps need
 * from it, so that this is the only step that runs once per article: its fingerprint and the
 * article itself as join messages (by the shard of its id), one {@link BucketEntry} per band (by
 * band and bucket shard: the exact-copy band always, the LSH bands unless the text is short), and,
 * for an incremental run, its id.
 */
class FingerprintFn extends TimedDoFn<Article, KV<Integer, RawUnionValue>> {

  static final TupleTag<KV<Integer, RawUnionValue>> FINGERPRINTS = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<KV<Integer, RawUnionValue>> ARTICLES = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<KV<Integer, RawUnionValue>> IDS = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<KV<Integer, BucketEntry>> ENTRIES = new TupleTag<KV<Integer, BucketEntry>>() {};
  static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  private final Counter shortTexts = Metrics.counter(DedupeStories.METRICS, "shortTexts");

  private final DedupeConfig config;
  private final boolean previous;
  private final boolean giveIds;
  private final int shards;
  private transient Signer signer;

  FingerprintFn(DedupeConfig config, boolean previous, boolean giveIds, int shards) {
    super(PipelineMetrics.DEDUPE);
    this.config = config;
    this.previous = previous;
    this.giveIds = giveIds;
    this.shards = shards;
  }

  @Setup
  public void setup() {
    signer = new Signer(config);
  }

  @ProcessElement
  public void processElement(ProcessContext c) {
    Article article = c.element();
    Signer.Signed signed = previous ? signer.signPrevious(article) : signer.sign(article);
    Fingerprint f = signed.fingerprint();
    int shard = Hash64.shard(f.id(), shards);
    c.output(FINGERPRINTS, Messages.of(shard, Messages.FINGERPRINT, f));
    c.output(ARTICLES, Messages.of(shard, previous ? Messages.PREVIOUS_ARTICLE : Messages.ARTICLE, article));
    if (giveIds) {
      c.output(IDS, Messages.of(shard, Messages.ID, f.id()));
    }
    long[] buckets = signed.buckets();
    for (int band = 0; band < buckets.length; band++) {
      c.output(ENTRIES, KV.of(band * shards + Hash64.shard(buckets[band], shards),
          new BucketEntry(band, buckets[band], f.id(), f.exactHi(), f.exactLo())));
    }
    int exact = config.exactBand();
    c.output(ENTRIES, KV.of(exact * shards + Hash64.shard(f.exactHi(), shards),
        new BucketEntry(exact, f.exactHi(), f.id(), f.exactHi(), f.exactLo())));
    if (signed.hasOpening()) {
      int opening = config.openingBand();
      c.output(ENTRIES, KV.of(opening * shards + Hash64.shard(signed.opening(), shards),
          new BucketEntry(opening, signed.opening(), f.id(), f.exactHi(), f.exactLo())));
    }
    if (signed.isShort()) {
      shortTexts.inc();
      c.output(TALLIES, Tally.dedupe("shortTexts", 1));
    }
  }
}
