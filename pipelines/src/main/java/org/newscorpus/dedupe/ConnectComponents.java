package org.newscorpus.dedupe;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
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
 * Connected components of the verified links by a fixed number of contraction rounds ({@link
 * ComponentRounds}), each one {@code GroupByKey} on node shards: a shard holds the edges of the
 * nodes it owns, never the graph. Rounds after convergence pass the stars through unchanged; the
 * rounds that changed edges are counted ({@code componentChangesRoundNN}) and the last round fails
 * the run if anything still changes.
 *
 * <p>Takes links (pairs of article ids) and gives {@link #LABELS}, every linked article with its
 * component's smallest id, as messages to the article's shard, and {@link #TALLIES}.
 */
final class ConnectComponents extends PTransform<PCollection<KV<String, String>>, PCollectionTuple> {

  static final TupleTag<KV<Integer, RawUnionValue>> LABELS = ContractFn.LABELS;
  static final TupleTag<KV<String, Long>> TALLIES = ContractFn.TALLIES;

  private final int rounds;
  private final int shards;

  ConnectComponents(int rounds, int shards) {
    this.rounds = rounds;
    this.shards = shards;
  }

  @Override
  public PCollectionTuple expand(PCollection<KV<String, String>> links) {
    KvCoder<Integer, KV<String, String>> keyedCoder =
        KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    PCollection<KV<Integer, KV<String, String>>> edges =
        links.apply("KeyLinks", ParDo.of(new KeyLinkFn(shards))).setCoder(keyedCoder);
    PCollectionList<KV<String, Long>> tallies = PCollectionList.empty(links.getPipeline());
    PCollection<KV<Integer, RawUnionValue>> labels = null;
    for (int r = 1; r <= rounds; r++) {
      PCollectionTuple round =
          edges
              .apply("GroupRound" + r, GroupByKey.create())
              .apply("ContractRound" + r, ParDo.of(new ContractFn(r, r == rounds, shards))
                  .withOutputTags(ContractFn.EDGES, TupleTagList.of(ContractFn.LABELS).and(ContractFn.TALLIES)));
      edges = round.get(ContractFn.EDGES).setCoder(keyedCoder);
      labels = round.get(ContractFn.LABELS).setCoder(Messages.coder());
      tallies = tallies.and(round.get(ContractFn.TALLIES).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of())));
    }
    return PCollectionTuple.of(LABELS, labels).and(TALLIES, tallies.apply("FlattenRoundTallies", Flatten.pCollections()));
  }

  /** Sends a link to the shards of both its ends. */
  static final class KeyLinkFn extends DoFn<KV<String, String>, KV<Integer, KV<String, String>>> {
    private final int shards;

    KeyLinkFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      String a = c.element().getKey();
      String b = c.element().getValue();
      if (a.equals(b)) {
        return;
      }
      int sa = Hash64.shard(a, shards);
      int sb = Hash64.shard(b, shards);
      c.output(KV.of(sa, c.element()));
      if (sb != sa) {
        c.output(KV.of(sb, c.element()));
      }
    }
  }
}
