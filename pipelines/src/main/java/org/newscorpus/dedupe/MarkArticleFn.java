package org.newscorpus.dedupe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.accounting.Rejections;
import org.newscorpus.accounting.Tally;
import org.newscorpus.accounting.TimedDoFn;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.schema.Story;

/**
 * Joins the articles of one id shard with their story marks. An article without a mark is a
 * story by itself: its id is the story id, except that an article that was canonical in the
 * earlier dataset keeps the story id it had there. The group holds marks, this run's articles and
 * the earlier dataset's. A capture read twice (two articles with one id) is marked once.
 */
class MarkArticleFn extends TimedDoFn<KV<Integer, Iterable<RawUnionValue>>, Article> {

  static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  static final TupleTag<Story> STORIES = new TupleTag<Story>() {};
  static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};
  static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>() {};

  /** Skip reason of a capture read a second time: the same id, from another file or twice from one. */
  static final String DUPLICATE_CAPTURE = "duplicateCapture";

  /** The stage that counts those skips. */
  static final String STAGE = "dedupe";

  private final Counter stories = Metrics.counter(PipelineMetrics.DEDUPE, PipelineMetrics.STORIES);

  private final boolean keepSkipped;

  MarkArticleFn(boolean keepSkipped) {
    super(PipelineMetrics.DEDUPE);
    this.keepSkipped = keepSkipped;
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
    Map<String, Article> freshById = new LinkedHashMap<>();
    for (Article a : fresh) {
      freshById.merge(a.getId(), a, MarkArticleFn::oneOfSameId);
    }
    int repeats = fresh.size() - freshById.size();
    if (repeats > 0) {
      // the same capture read again (a crawl file copied into two input folders): one article, and
      // the others move from the extraction's article count to the skips
      c.output(TALLIES, KV.of(Tally.ARTICLES, (long) -repeats));
      c.output(TALLIES, Tally.skipped(STAGE, DUPLICATE_CAPTURE, repeats));
      if (keepSkipped) {
        for (Article a : fresh) {
          Article kept = freshById.get(a.getId());
          if (kept != a) {
            c.output(REJECTED, Rejections.of(a.getInputUri(), a.getInputOffset(), a.getUrl(), STAGE, DUPLICATE_CAPTURE,
                "the capture " + a.getId() + " is also read from " + kept.getInputUri()
                    + (kept.getInputOffset() == null ? "" : " at byte " + kept.getInputOffset()) + ", which stands for it",
                (String) null));
          }
        }
      }
    }
    for (Article a : freshById.values()) {
      mark(c, a, markOf.get(a.getId()), a.getId());
    }
    for (Article a : previous) {
      mark(c, a, markOf.get(a.getId()), a.getIsCanonical() ? a.getStoryId() : a.getId());
    }
  }

  /** Which of two articles with one id stands for it: whatever order the runner gives them in. */
  private static final Comparator<Article> STANDS_FIRST =
      Comparator.comparing(Article::getContentHash)
          .thenComparing(Article::getInputUri, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Article::getInputOffset, Comparator.nullsLast(Comparator.naturalOrder()));

  /**
   * Of two articles with one id, the one with the smaller {@code content_hash} ({@link
   * Fingerprint#oneOfSameId}); of two copies of one text, the one from the first file, then the first
   * offset, so that a run names the same copy however its input arrives.
   */
  static Article oneOfSameId(Article a, Article b) {
    return STANDS_FIRST.compare(a, b) <= 0 ? a : b;
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
