package org.newscorpus.dedupe;

import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Story;

/**
 * Groups articles into stories and picks each story's canonical article.
 *
 * <p>Takes extracted articles and gives {@link #ARTICLES}, every article with {@code story_id},
 * {@code is_canonical}, {@code duplicate_of}, {@code similarity} and {@code story_size} set, and
 * {@link #STORIES}, one record per story. Articles with the same normalised text ({@code
 * content_hash}) form one story.
 */
public final class DedupeStories extends PTransform<PCollection<Article>, PCollectionTuple> {

  /** Articles marked with their story. */
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  /** One record per story. */
  public static final TupleTag<Story> STORIES = new TupleTag<Story>() {};

  private DedupeStories() {}

  public static DedupeStories create() {
    return new DedupeStories();
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple stories =
        articles
            .apply("KeyByContentHash", WithKeys.of(Article::getContentHash).withKeyType(TypeDescriptors.strings()))
            .apply("GroupIdenticalTexts", GroupByKey.create())
            .apply(
                "AssignStories",
                ParDo.of(new AssignStoryFn()).withOutputTags(ARTICLES, TupleTagList.of(STORIES)));
    stories.get(ARTICLES).setCoder(AvroCoder.of(Article.class));
    stories.get(STORIES).setCoder(AvroCoder.of(Story.class));
    return stories;
  }
}
