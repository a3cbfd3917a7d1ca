package org.newscorpus.dedupe;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * The candidate search: a {@code GroupByKey} of bucket entries on (band, bucket shard), then, in
 * each group, the pairs of every LSH bucket and the links of every exact bucket.
 *
 * <p>Takes bucket entries keyed by band and bucket shard, as {@link FingerprintFn} gives them, and
 * gives {@link BucketPairsFn#PAIRS} (candidate pairs, exact copies included, as messages to the
 * shard of their first id) and {@link BucketPairsFn#TALLIES}.
 *
 * <p>Why bucket shards and not one key per bucket: most buckets hold one article, and a runner
 * pays for every key it groups (the DirectRunner about 3 ms each), so millions of one-article
 * keys would cost hours on one machine. A shard groups many buckets at once; the buckets are told
 * apart in memory, so the pairs are the same whatever the number of shards.
 */
final class FindCandidates extends PTransform<PCollection<KV<Integer, BucketEntry>>, PCollectionTuple> {

  private final DedupeConfig config;
  private final int shards;

  FindCandidates(DedupeConfig config, int shards) {
    this.config = config;
    this.shards = shards;
  }

  @Override
  public PCollectionTuple expand(PCollection<KV<Integer, BucketEntry>> entries) {
    PCollectionTuple found =
        entries
            .apply("GroupBuckets", GroupByKey.create())
            .apply(
                "PairBucketMembers",
                ParDo.of(new BucketPairsFn(config, shards))
                    .withOutputTags(
                        BucketPairsFn.PAIRS,
                        TupleTagList.of(BucketPairsFn.TALLIES)));
    found.get(BucketPairsFn.PAIRS).setCoder(Messages.coder());
    found.get(BucketPairsFn.TALLIES).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
    return found;
  }
}
