package org.newscorpus.extract;

import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.Rejected;

/**
 * Extracts articles from pages.
 *
 * <p>Takes pages and gives a tuple of {@link #ARTICLES} (story fields not yet set), {@link
 * #REJECTED} (pages that are not articles or could not be extracted, stage {@code extract}) and
 * {@link #TALLIES}.
 *
 * <p>Steps: ExtractArticle (one page at a time, {@link ArticleExtractor}); MapPublisherNamesToHosts
 * (which host publishes under which name, from the whole corpus, {@link PublisherHosts}); and
 * ResolveCreditedSources ({@link ResolveCreditedSources}), which joins the credited articles with
 * those hosts and gives a republished article the host of the publisher its credit line names
 * when the corpus shows it, else keeps the slug of the name. No step that takes every article has
 * a side input.
 */
public final class ExtractArticles extends PTransform<PCollection<Page>, PCollectionTuple> {

  /** Extracted articles, each its own story until deduplication. */
  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  /** Pages that did not become articles. */
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>() {};
  /** One tally per page. */
  public static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  private final int minTextChars;
  private final boolean keepSkipped;

  private ExtractArticles(int minTextChars, boolean keepSkipped) {
    this.minTextChars = minTextChars;
    this.keepSkipped = keepSkipped;
  }

  /** Extraction with the default settings. */
  public static ExtractArticles create() {
    return new ExtractArticles(ArticleExtractor.DEFAULT_MIN_TEXT_CHARS, false);
  }

  /** Drops pages whose main body has fewer characters than this. */
  public ExtractArticles withMinTextChars(int minTextChars) {
    return new ExtractArticles(minTextChars, keepSkipped);
  }

  /** Also writes expected skips to the rejected output. */
  public ExtractArticles withKeepSkipped(boolean keepSkipped) {
    return new ExtractArticles(minTextChars, keepSkipped);
  }

  @Override
  public PCollectionTuple expand(PCollection<Page> pages) {
    PCollectionTuple extracted =
        pages.apply(
            "ExtractArticle",
            ParDo.of(new ExtractArticleFn(minTextChars, keepSkipped))
                .withOutputTags(ARTICLES, TupleTagList.of(REJECTED).and(TALLIES)));
    PCollection<Article> articles = extracted.get(ARTICLES).setCoder(AvroCoder.specific(Article.class));
    extracted.get(REJECTED).setCoder(AvroCoder.specific(Rejected.class));
    PCollection<KV<String, String>> hosts = articles.apply("MapPublisherNamesToHosts", PublisherHosts.fromArticles());
    PCollection<Article> resolved =
        PCollectionTuple.of(ResolveCreditedSources.ARTICLES, articles).and(ResolveCreditedSources.HOSTS, hosts)
            .apply("ResolveCreditedSources", new ResolveCreditedSources());
    return PCollectionTuple.of(ARTICLES, resolved)
        .and(REJECTED, extracted.get(REJECTED))
        .and(TALLIES, extracted.get(TALLIES));
  }
}
