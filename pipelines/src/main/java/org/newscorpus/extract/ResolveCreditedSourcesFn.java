package org.newscorpus.extract;

import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.PCollectionView;
import org.newscorpus.schema.Article;

/**
 * Gives a republished article the host of the publisher its credit line names, when the corpus
 * shows which host publishes under that name ({@link PublisherHosts}); otherwise the article keeps
 * the slug of the name that extraction gave it. Articles a site publishes as its own pass
 * unchanged.
 */
class ResolveCreditedSourcesFn extends DoFn<Article, Article> {

  private final Counter resolved = Metrics.counter(ResolveCreditedSourcesFn.class, "creditResolvedToHost");
  private final Counter unresolved = Metrics.counter(ResolveCreditedSourcesFn.class, "creditKeptAsSlug");

  private final PCollectionView<Map<String, String>> hosts;

  ResolveCreditedSourcesFn(PCollectionView<Map<String, String>> hosts) {
    this.hosts = hosts;
  }

  @ProcessElement
  public void processElement(ProcessContext context) {
    Article article = context.element();
    if (article.getSource().equals(article.getSite())) {
      context.output(article);
      return;
    }
    String host = resolve(article, context.sideInput(hosts));
    if (host == null) {
      unresolved.inc();
      context.output(article);
    } else {
      resolved.inc();
      context.output(Article.newBuilder(article).setSource(host).build());
    }
  }

  /** The host that publishes under the article's credited name, as a partition-safe key, or null. */
  static String resolve(Article article, Map<String, String> hosts) {
    String host = hosts.get(PublisherHosts.nameKey(article.getSourceName()));
    return host == null ? null : Sites.slug(host);
  }
}
