package org.newscorpus.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.accounting.Tally;
import org.newscorpus.accounting.TimedDoFn;

/**
 * First half of the verification join, in one id shard (fingerprints and candidate pairs):
 * collects the distinct partners of each article of the shard that has candidate pairs (a pair
 * found in several bands counts once), then sends the article's fingerprint once to each shard
 * holding partners, with the list of those partners.
 */
class AttachFingerprintFn extends TimedDoFn<KV<Integer, Iterable<RawUnionValue>>, KV<Integer, RawUnionValue>> {

  static final TupleTag<KV<Integer, RawUnionValue>> PROBES = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  private final int shards;

  AttachFingerprintFn(int shards) {
    super(PipelineMetrics.DEDUPE);
    this.shards = shards;
  }

  @ProcessElement
  public void processElement(ProcessContext c) {
    Map<String, TreeSet<String>> partners = new HashMap<>();
    List<Fingerprint> fingerprints = new ArrayList<>();
    for (RawUnionValue v : c.element().getValue()) {
      if (v.getUnionTag() == Messages.FINGERPRINT) {
        fingerprints.add((Fingerprint) v.getValue());
      } else {
        KV<?, ?> pair = (KV<?, ?>) v.getValue();
        partners.computeIfAbsent((String) pair.getKey(), k -> new TreeSet<>()).add((String) pair.getValue());
      }
    }
    if (partners.isEmpty()) {
      return;
    }
    long distinct = 0;
    for (Fingerprint f : fingerprints) {
      TreeSet<String> mine = partners.remove(f.id());
      if (mine == null) {
        continue;
      }
      distinct += mine.size();
      Map<Integer, List<String>> byShard = new TreeMap<>();
      for (String partner : mine) {
        byShard.computeIfAbsent(Hash64.shard(partner, shards), k -> new ArrayList<>()).add(partner);
      }
      for (Map.Entry<Integer, List<String>> e : byShard.entrySet()) {
        c.output(PROBES, Messages.of(e.getKey(), Messages.PROBE, KV.of(f, e.getValue())));
      }
    }
    c.output(TALLIES, Tally.dedupe("comparedPairs", distinct));
  }
}
