package org.newscorpus.dedupe;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;

/**
 * Verifies candidate pairs on the exact shingle sets. Two joins on id shards bring both
 * fingerprints of a pair together without gathering them anywhere else: the first sends each
 * article that has candidates to the shards of its partners, the second compares it there.
 *
 * <p>Takes {@link #FINGERPRINTS} and {@link #PAIRS}, messages keyed by id shard, and gives {@link
 * #LINKS}, the verified pairs, and {@link #TALLIES}.
 */
final class VerifyCandidates extends PTransform<PCollectionTuple, PCollectionTuple> {

  static final TupleTag<KV<Integer, RawUnionValue>> FINGERPRINTS = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<KV<Integer, RawUnionValue>> PAIRS = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<KV<String, String>> LINKS = VerifyPairsFn.LINKS;
  static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  private final DedupeConfig config;
  private final int shards;

  VerifyCandidates(DedupeConfig config, int shards) {
    this.config = config;
    this.shards = shards;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollection<KV<Integer, RawUnionValue>> fingerprints = input.get(FINGERPRINTS);
    PCollectionTuple sent =
        Messages.join(PCollectionList.of(fingerprints).and(input.get(PAIRS)), "FlattenPairsAndArticles", "JoinPairsWithFirstArticle")
            .apply("SendToPartners", ParDo.of(new AttachFingerprintFn(shards))
                .withOutputTags(AttachFingerprintFn.PROBES, TupleTagList.of(AttachFingerprintFn.TALLIES)));
    sent.get(AttachFingerprintFn.PROBES).setCoder(Messages.coder());
    PCollectionTuple verified =
        Messages.join(PCollectionList.of(fingerprints).and(sent.get(AttachFingerprintFn.PROBES)),
                "FlattenProbesAndArticles", "JoinProbesWithSecondArticle")
            .apply("ComparePairs", ParDo.of(new VerifyPairsFn(config))
                .withOutputTags(VerifyPairsFn.LINKS, TupleTagList.of(VerifyPairsFn.TALLIES)));
    verified.get(VerifyPairsFn.LINKS).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollection<KV<String, Long>> tallies =
        PCollectionList.of(sent.get(AttachFingerprintFn.TALLIES).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())))
            .and(verified.get(VerifyPairsFn.TALLIES).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())))
            .apply("FlattenVerifyTallies", Flatten.pCollections());
    return PCollectionTuple.of(LINKS, verified.get(VerifyPairsFn.LINKS)).and(TALLIES, tallies);
  }
}
