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
import org.newscorpus.accounting.TimedDoFn;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Story;

/**
 * Joins the articles of one id shard with their story marks. An article without a mark is a
 * story by itself: its id is the story id, except that an article that was canonical in the
 * earlier dataset keeps the story id it had there. The group holds marks, this run's articles and
 * the earlier dataset's.
 */
class MarkArticleFn extends TimedDoFn<KV<Integer, Iterable<RawUnionValue>>, Article> {

  static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  static final TupleTag<Story> STORIES = new TupleTag<Story>() {};

  private final Counter stories = Metrics.counter(PipelineMetrics.DEDUPE, PipelineMetrics.STORIES);

  MarkArticleFn() {
    super(PipelineMetrics.DEDUPE);
  }

  @ProcessElement
  public void processElement(ProcessContext c) {
    Map<String, StoryMark> markOf = new HashMap<>();
    List<Article> fresh = new ArrayList<>();
    List<Article> previous = new ArrayList<>();
    for (RawUnionValue v : c.element().getValue()) {
      switch (v.getUnionTag()) {
        case Messages.MARK -> {
          KV<?, ?> mark = (KV<?, ?>) v.getValue();
          markOf.put((String) mark.getKey(), (StoryMark) mark.getValue());
        }
        case Messages.ARTICLE -> fresh.add((Article) v.getValue());
        default -> previous.add((Article) v.getValue());
      }
    }
    for (Article a : fresh) {
      mark(c, a, markOf.get(a.getId()), a.getId());
    }
    for (Article a : previous) {
      mark(c, a, markOf.get(a.getId()), a.getIsCanonical() ? a.getStoryId() : a.getId());
    }
  }

  private void mark(ProcessContext c, Article a, StoryMark mark, String storyIdIfAlone) {
    if (mark == null) {
      mark = StoryMark.alone(storyIdIfAlone);
      c.output(STORIES, StoryAssembler.alone(a, storyIdIfAlone));
      stories.inc();
    }
    c.output(ARTICLES, mark.applyTo(a));
  }
}
