package org.newscorpus.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newscorpus.schema.Story;

/**
 * Turns components into stories: joins each linked article's fingerprint with its component
 * label (on id shards), regroups the fingerprints by label (on label shards) and assembles each
 * story there ({@link AssembleStoryFn}).
 *
 * <p>Takes {@link #FINGERPRINTS} and {@link #LABELS}, messages keyed by id shard, and gives {@link
 * AssembleStoryFn#MARKS}, {@link AssembleStoryFn#STORIES} and {@link AssembleStoryFn#TALLIES}.
 * Articles without a label are stories by themselves; {@link MarkArticles} handles them.
 */
final class AssembleStories extends PTransform<PCollectionTuple, PCollectionTuple> {

  static final TupleTag<KV<Integer, RawUnionValue>> FINGERPRINTS = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<KV<Integer, RawUnionValue>> LABELS = new TupleTag<KV<Integer, RawUnionValue>>() {};

  private final int shards;

  AssembleStories(int shards) {
    this.shards = shards;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollectionTuple assembled =
        Messages.join(PCollectionList.of(input.get(FINGERPRINTS)).and(input.get(LABELS)),
                "FlattenLabelsAndArticles", "JoinArticlesWithLabels")
            .apply("RouteToLabel", ParDo.of(new RouteToLabelFn(shards)))
            .setCoder(KvCoder.of(VarIntCoder.of(), KvCoder.of(StringUtf8Coder.of(), Fingerprint.Coder.of())))
            .apply("GroupStories", GroupByKey.create())
            .apply("AssembleStory", ParDo.of(new AssembleStoryFn(shards))
                .withOutputTags(AssembleStoryFn.MARKS, TupleTagList.of(AssembleStoryFn.STORIES).and(AssembleStoryFn.TALLIES)));
    assembled.get(AssembleStoryFn.MARKS).setCoder(Messages.coder());
    assembled.get(AssembleStoryFn.STORIES).setCoder(AvroCoder.specific(Story.class));
    assembled.get(AssembleStoryFn.TALLIES).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
    return assembled;
  }

  /** Sends each labelled article's fingerprint to the shard of its label; unlabelled ones stay. */
  static final class RouteToLabelFn extends DoFn<KV<Integer, Iterable<RawUnionValue>>, KV<Integer, KV<String, Fingerprint>>> {
    private final int shards;

    RouteToLabelFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      Map<String, String> labelOf = new HashMap<>();
      List<Fingerprint> fingerprints = new ArrayList<>();
      for (RawUnionValue v : c.element().getValue()) {
        if (v.getUnionTag() == Messages.FINGERPRINT) {
          fingerprints.add((Fingerprint) v.getValue());
        } else {
          KV<?, ?> label = (KV<?, ?>) v.getValue();
          labelOf.put((String) label.getKey(), (String) label.getValue());
        }
      }
      if (labelOf.isEmpty()) {
        return;
      }
      Map<String, Fingerprint> byId = new HashMap<>();
      for (Fingerprint f : fingerprints) {
        byId.merge(f.id(), f, Fingerprint::oneOfSameId); // a capture read twice is one member
      }
      for (Fingerprint f : byId.values()) {
        String label = labelOf.get(f.id());
        if (label != null) {
          c.output(KV.of(Hash64.shard(label, shards), KV.of(label, f)));
        }
      }
    }
  }
}
