package org.newscorpus.dedupe;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.schema.Story;

/**
 * Writes the story fields into the articles: joins the articles (this run's and, in an incremental
 * run, the earlier dataset's) with the story marks, all messages keyed by id shard. Gives {@link
 * MarkArticleFn#ARTICLES}, every article marked once per id, {@link MarkArticleFn#STORIES}, the
 * records of the stories of one article, and {@link MarkArticleFn#TALLIES}, the captures read twice.
 */
final class MarkArticles extends PTransform<PCollectionList<KV<Integer, RawUnionValue>>, PCollectionTuple> {

  private final boolean keepSkipped;

  MarkArticles(boolean keepSkipped) {
    this.keepSkipped = keepSkipped;
  }

  @Override
  public PCollectionTuple expand(PCollectionList<KV<Integer, RawUnionValue>> messages) {
    PCollectionTuple marked =
        Messages.join(messages, "FlattenMarksAndArticles", "JoinArticlesWithMarks")
            .apply("MarkArticle", ParDo.of(new MarkArticleFn(keepSkipped))
                .withOutputTags(MarkArticleFn.ARTICLES,
                    TupleTagList.of(MarkArticleFn.STORIES).and(MarkArticleFn.TALLIES).and(MarkArticleFn.REJECTED)));
    marked.get(MarkArticleFn.ARTICLES).setCoder(AvroCoder.specific(Article.class));
    marked.get(MarkArticleFn.STORIES).setCoder(AvroCoder.specific(Story.class));
    marked.get(MarkArticleFn.TALLIES).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
    marked.get(MarkArticleFn.REJECTED).setCoder(AvroCoder.specific(Rejected.class));
    return marked;
  }
}
