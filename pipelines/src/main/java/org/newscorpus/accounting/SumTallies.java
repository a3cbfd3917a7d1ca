package org.newscorpus.accounting;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Sums the run's tallies by key: takes every {@link Tally} of the run and gives one {@code KV} per
 * key with its total.
 *
 * <p>The keys are few but for two kinds, {@code records} and {@code pages}, which come once per
 * input file: a folder of 100,000 dumped pages makes 200,000 keys. Summing per key (a {@code
 * GroupByKey} on the tally's own key) costs the DirectRunner a timer per key, and it scans its
 * pending timers again and again while they fire: 4,818 dump files spent two of a run's three
 * minutes there. So the tallies are summed on {@link #SHARDS} keys, each shard's totals a map of its
 * tally keys, which costs any runner a handful of groups whatever the number of inputs; a runner
 * that combines before it shuffles sends each shard one map per bundle.
 */
public final class SumTallies extends PTransform<PCollection<KV<String, Long>>, PCollection<KV<String, Long>>> {

  /** Keys the tallies are summed on. */
  static final int SHARDS = 16;

  private static final Coder<KV<String, Long>> TALLY_CODER = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());

  public static SumTallies perKey() {
    return new SumTallies();
  }

  private SumTallies() {}

  @Override
  public PCollection<KV<String, Long>> expand(PCollection<KV<String, Long>> tallies) {
    return tallies
        .apply("ShardTallies", ParDo.of(new ShardFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), TALLY_CODER))
        .apply("SumTallyShards", Combine.perKey(new SumByKeyFn()))
        .apply("ListTallies", ParDo.of(new ListFn()))
        .setCoder(TALLY_CODER);
  }

  /** Keys a tally by the shard of its own key. */
  static final class ShardFn extends DoFn<KV<String, Long>, KV<Integer, KV<String, Long>>> {
    @ProcessElement
    public void processElement(@Element KV<String, Long> tally, OutputReceiver<KV<Integer, KV<String, Long>>> out) {
      out.output(KV.of(Math.floorMod(tally.getKey().hashCode(), SHARDS), tally));
    }
  }

  /** Sums the tallies of one shard into a map of their keys' totals. */
  static final class SumByKeyFn extends Combine.CombineFn<KV<String, Long>, Map<String, Long>, Map<String, Long>> {
    @Override
    public Map<String, Long> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, Long> addInput(Map<String, Long> totals, KV<String, Long> tally) {
      totals.merge(tally.getKey(), tally.getValue(), Long::sum);
      return totals;
    }

    @Override
    public Map<String, Long> mergeAccumulators(Iterable<Map<String, Long>> accumulators) {
      // the first map takes the others' totals (a combiner may modify its accumulators)
      Map<String, Long> merged = null;
      for (Map<String, Long> totals : accumulators) {
        if (merged == null) {
          merged = totals;
        } else {
          for (Map.Entry<String, Long> e : totals.entrySet()) {
            merged.merge(e.getKey(), e.getValue(), Long::sum);
          }
        }
      }
      return merged == null ? new HashMap<>() : merged;
    }

    @Override
    public Map<String, Long> extractOutput(Map<String, Long> totals) {
      return totals;
    }

    @Override
    public Coder<Map<String, Long>> getAccumulatorCoder(CoderRegistry registry, Coder<KV<String, Long>> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }

    @Override
    public Coder<Map<String, Long>> getDefaultOutputCoder(CoderRegistry registry, Coder<KV<String, Long>> inputCoder) {
      return MapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }
  }

  /** Gives each total of a shard's map as a tally. */
  static final class ListFn extends DoFn<KV<Integer, Map<String, Long>>, KV<String, Long>> {
    @ProcessElement
    public void processElement(@Element KV<Integer, Map<String, Long>> shard, OutputReceiver<KV<String, Long>> out) {
      shard.getValue().forEach((key, n) -> out.output(KV.of(key, n)));
    }
  }
}
