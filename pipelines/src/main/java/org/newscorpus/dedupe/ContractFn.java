package org.newscorpus.dedupe;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.accounting.Tally;
import org.newscorpus.accounting.TimedDoFn;

/**
 * One round of {@link ComponentRounds} in one node shard: contracts the edges the shard sees into
 * stars and sends each star edge to the shards of both its ends for the next round. The last
 * round instead gives every node the shard owns its label, and fails the run if anything still
 * changed, rather than write stories that are not the components.
 */
class ContractFn extends TimedDoFn<KV<Integer, Iterable<KV<String, String>>>, KV<Integer, KV<String, String>>> {

  static final TupleTag<KV<Integer, KV<String, String>>> EDGES = new TupleTag<KV<Integer, KV<String, String>>>() {};
  static final TupleTag<KV<Integer, RawUnionValue>> LABELS = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  private final int round;
  private final boolean last;
  private final int shards;

  ContractFn(int round, boolean last, int shards) {
    super(PipelineMetrics.DEDUPE);
    this.round = round;
    this.last = last;
    this.shards = shards;
  }

  @ProcessElement
  public void processElement(ProcessContext c) {
    int shard = c.element().getKey();
    List<String[]> edges = new ArrayList<>();
    for (KV<String, String> e : c.element().getValue()) {
      edges.add(new String[] {e.getKey(), e.getValue()});
    }
    long changes =
        ComponentRounds.contract(edges, (centre, node) -> {
          if (!last) {
            emit(c, shards, centre, node);
          } else {
            if (Hash64.shard(node, shards) == shard) {
              c.output(LABELS, Messages.of(shard, Messages.LABEL, KV.of(node, centre)));
            }
            if (Hash64.shard(centre, shards) == shard) {
              c.output(LABELS, Messages.of(shard, Messages.LABEL, KV.of(centre, centre)));
            }
          }
        });
    if (changes == 0) {
      return;
    }
    String counter = String.format(Locale.ROOT, "componentChangesRound%02d", round);
    Metrics.counter(DedupeStories.METRICS, counter).inc(changes);
    c.output(TALLIES, Tally.dedupe(counter, changes));
    if (last) {
      throw new IllegalStateException(
          "connected components did not converge in " + round + " rounds (" + changes
              + " edges still changing in shard " + shard + "); rerun with a larger --dedupeComponentRounds");
    }
  }

  /** Sends an edge to the shards of both its ends (once when they share a shard). */
  static void emit(ProcessContext c, int shards, String a, String b) {
    int sa = Hash64.shard(a, shards);
    int sb = Hash64.shard(b, shards);
    c.output(EDGES, KV.of(sa, KV.of(a, b)));
    if (sb != sa) {
      c.output(EDGES, KV.of(sb, KV.of(a, b)));
    }
  }
}
