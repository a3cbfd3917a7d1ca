package org.newscorpus.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.accounting.Tally;
import org.newscorpus.accounting.TimedDoFn;

/**
 * Reads one group of bucket entries (one band, one bucket shard), splits it into its buckets and
 * gives the candidate pairs of each LSH bucket and of each exact bucket ({@link CandidatePairs}),
 * as messages to the shard of the pair's first id. Exact copies are verified like the others: the
 * date and title guards ({@link LinkGuards}) apply to them too. Capped buckets are counted.
 */
class BucketPairsFn extends TimedDoFn<KV<Integer, Iterable<BucketEntry>>, KV<Integer, RawUnionValue>> {

  static final TupleTag<KV<Integer, RawUnionValue>> PAIRS = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  private final Counter cappedBuckets = Metrics.counter(DedupeStories.METRICS, "cappedBuckets");
  private final Counter candidatePairs = Metrics.counter(DedupeStories.METRICS, "candidatePairs");

  private final DedupeConfig config;
  private final int shards;

  private record Bucket(int band, long hash) {}

  BucketPairsFn(DedupeConfig config, int shards) {
    super(PipelineMetrics.DEDUPE);
    this.config = config;
    this.shards = shards;
  }

  @ProcessElement
  public void processElement(ProcessContext c) {
    Map<Bucket, List<BucketEntry>> buckets = new HashMap<>();
    for (BucketEntry e : c.element().getValue()) {
      buckets.computeIfAbsent(new Bucket(e.band(), e.bucket()), k -> new ArrayList<>(2)).add(e);
    }
    long pairs = 0;
    long capped = 0;
    long cappedTexts = 0;
    long exactLinks = 0;
    for (Map.Entry<Bucket, List<BucketEntry>> bucket : buckets.entrySet()) {
      List<BucketEntry> entries = bucket.getValue();
      if (entries.size() < 2) {
        continue;
      }
      if (bucket.getKey().band() == config.exactBand()) {
        exactLinks += CandidatePairs.exactLinks(entries, (a, b) -> c.output(PAIRS, Messages.of(Hash64.shard(a, shards), Messages.PAIR, KV.of(a, b))));
        continue;
      }
      CandidatePairs.Outcome outcome =
          CandidatePairs.ofBucket(entries, config, (a, b) -> c.output(PAIRS, Messages.of(Hash64.shard(a, shards), Messages.PAIR, KV.of(a, b))));
      pairs += outcome.pairs();
      if (outcome.capped()) {
        capped++;
        cappedTexts += outcome.distinctTexts();
      }
    }
    candidatePairs.inc(pairs);
    cappedBuckets.inc(capped);
    tally(c, "candidatePairs", pairs);
    tally(c, "cappedBuckets", capped);
    tally(c, "cappedBucketTexts", cappedTexts);
    tally(c, "exactCopyPairs", exactLinks);
  }

  private static void tally(ProcessContext c, String name, long n) {
    if (n > 0) {
      c.output(TALLIES, Tally.dedupe(name, n));
    }
  }
}
