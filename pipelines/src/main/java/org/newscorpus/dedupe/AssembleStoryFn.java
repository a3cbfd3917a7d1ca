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
import org.newscorpus.schema.Story;

/**
 * Assembles every story of one label shard ({@link StoryAssembler}): gives each member's mark,
 * as a message to the shard of the member's id so that it meets its article, and the story record.
 */
class AssembleStoryFn extends TimedDoFn<KV<Integer, Iterable<KV<String, Fingerprint>>>, KV<Integer, RawUnionValue>> {

  static final TupleTag<KV<Integer, RawUnionValue>> MARKS = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<Story> STORIES = new TupleTag<Story>() {};
  static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  private final Counter stories = Metrics.counter(PipelineMetrics.DEDUPE, PipelineMetrics.STORIES);
  private final Counter republications = Metrics.counter(PipelineMetrics.DEDUPE, PipelineMetrics.REPUBLICATIONS);

  private final int shards;

  AssembleStoryFn(int shards) {
    super(PipelineMetrics.DEDUPE);
    this.shards = shards;
  }

  @ProcessElement
  public void processElement(ProcessContext c) {
    Map<String, List<Fingerprint>> byLabel = new HashMap<>();
    for (KV<String, Fingerprint> member : c.element().getValue()) {
      byLabel.computeIfAbsent(member.getKey(), k -> new ArrayList<>()).add(member.getValue());
    }
    long copies = 0;
    for (List<Fingerprint> members : byLabel.values()) {
      StoryAssembler.Assembled story = StoryAssembler.assemble(members);
      for (Map.Entry<String, StoryMark> mark : story.marks().entrySet()) {
        c.output(MARKS, Messages.of(Hash64.shard(mark.getKey(), shards), Messages.MARK, KV.of(mark.getKey(), mark.getValue())));
      }
      c.output(STORIES, story.story());
      copies += story.marks().size() - 1;
    }
    stories.inc(byLabel.size());
    republications.inc(copies);
    c.output(TALLIES, Tally.dedupe("storiesWithCopies", byLabel.size()));
    c.output(TALLIES, Tally.dedupe("republications", copies));
  }
}
