package org.newscorpus.dedupe;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.schema.Article;

/** Turns one group of identical texts into one story: marks the members and emits the story. */
class AssignStoryFn extends DoFn<KV<String, Iterable<Article>>, Article> {

  private final Counter stories = Metrics.counter(PipelineMetrics.DEDUPE, PipelineMetrics.STORIES);
  private final Counter republications = Metrics.counter(PipelineMetrics.DEDUPE, PipelineMetrics.REPUBLICATIONS);
  private final PipelineMetrics.BundleClock clock = new PipelineMetrics.BundleClock(PipelineMetrics.DEDUPE);

  @ProcessElement
  public void processElement(@Element KV<String, Iterable<Article>> group, MultiOutputReceiver out) {
    StoryAssembler.Assembled assembled = StoryAssembler.exactCopies(group.getValue());
    stories.inc();
    republications.inc(assembled.articles().size() - 1);
    for (Article a : assembled.articles()) {
      out.get(DedupeStories.ARTICLES).output(a);
    }
    out.get(DedupeStories.STORIES).output(assembled.story());
  }

  @StartBundle
  public void startBundle() {
    clock.start();
  }

  @FinishBundle
  public void finishBundle() {
    clock.stop();
  }
}
