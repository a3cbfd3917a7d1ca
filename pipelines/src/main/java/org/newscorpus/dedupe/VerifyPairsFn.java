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
 * Second half of the verification join, in one id shard: compares the shingle sets of every
 * candidate pair whose second article lives here ({@link Similarity}) and gives the pairs that
 * pass the thresholds and the guards ({@link LinkGuards}) as links. The group holds fingerprints and the probes sent by {@link
 * AttachFingerprintFn}.
 */
class VerifyPairsFn extends TimedDoFn<KV<Integer, Iterable<RawUnionValue>>, KV<String, String>> {

  static final TupleTag<KV<String, String>> LINKS = new TupleTag<KV<String, String>>() {};
  static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  private final Counter linked = Metrics.counter(DedupeStories.METRICS, "linkedPairs");

  private final DedupeConfig config;

  VerifyPairsFn(DedupeConfig config) {
    super(PipelineMetrics.DEDUPE);
    this.config = config;
  }

  @ProcessElement
  public void processElement(ProcessContext c) {
    Map<String, List<Fingerprint>> waiting = new HashMap<>();
    List<Fingerprint> fingerprints = new ArrayList<>();
    for (RawUnionValue v : c.element().getValue()) {
      if (v.getUnionTag() == Messages.FINGERPRINT) {
        fingerprints.add((Fingerprint) v.getValue());
      } else {
        KV<?, ?> probe = (KV<?, ?>) v.getValue();
        Fingerprint from = (Fingerprint) probe.getKey();
        for (Object id : (List<?>) probe.getValue()) {
          waiting.computeIfAbsent((String) id, k -> new ArrayList<>()).add(from);
        }
      }
    }
    if (waiting.isEmpty()) {
      return;
    }
    long links = 0;
    long rejected = 0;
    long apart = 0;
    long titles = 0;
    for (Fingerprint b : fingerprints) {
      List<Fingerprint> partners = waiting.remove(b.id());
      if (partners == null) {
        continue;
      }
      for (Fingerprint a : partners) {
        LinkGuards.Verdict verdict = LinkGuards.check(a, b, config);
        if (verdict == LinkGuards.Verdict.DAYS_APART) {
          apart++;
        } else if (verdict == LinkGuards.Verdict.OTHER_TITLE) {
          titles++;
        } else if (Similarity.of(a.shingles(), b.shingles()).links(config)) {
          c.output(LINKS, KV.of(a.id(), b.id()));
          links++;
        } else {
          rejected++;
        }
      }
    }
    linked.inc(links);
    c.output(TALLIES, Tally.dedupe("linkedPairs", links));
    c.output(TALLIES, Tally.dedupe("rejectedPairs", rejected));
    c.output(TALLIES, Tally.dedupe("pairsTooFarApart", apart));
    c.output(TALLIES, Tally.dedupe("pairsWithOtherTitles", titles));
  }
}
