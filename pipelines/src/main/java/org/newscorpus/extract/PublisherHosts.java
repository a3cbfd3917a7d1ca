package org.newscorpus.extract;

import java.text.Normalizer;
import java.util.Locale;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.newscorpus.schema.Article;

/**
 * Which host publishes under which name, as the corpus itself shows it.
 *
 * <p>Takes the extracted articles, in one or more parts, and gives a map from a normalised
 * publisher name ({@link #nameKey(String)}) to the host whose own pages carry that name in {@code
 * og:site_name} or JSON-LD {@code publisher}: "PanoraPost" → {@code panorapost.com}. Only articles
 * a site publishes as its own count (source equals site), so an aggregator's credit never vouches
 * for itself. When several hosts use one name, the host with the most such articles wins, then the
 * smallest host name: a total order, so the map does not depend on the runner or on arrival order.
 *
 * <p>The map is given as one (name key, host) pair per name, for {@link ResolveCreditedSources} to
 * join with the credited articles. It is not a side input: a side input over all articles makes a
 * runner hold every article of the step that reads it until the map is complete.
 */
public final class PublisherHosts extends PTransform<PCollectionList<Article>, PCollection<KV<String, String>>> {

  private PublisherHosts() {}

  /** The transform from articles to the (name key, host) pairs. */
  public static PublisherHosts fromArticles() {
    return new PublisherHosts();
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollectionList<Article> parts) {
    PCollectionList<KV<String, String>> names = PCollectionList.empty(parts.getPipeline());
    for (int i = 0; i < parts.size(); i++) {
      // one step per part, which a runner can chain to the step that made the part
      names = names.and(
          parts.get(i).apply(ExtractArticles.stepOfPart("KeyOwnSiteNames", i), ParDo.of(new KeyOwnSiteNameFn())));
    }
    return names
        .apply("FlattenOwnSiteNames", Flatten.pCollections())
        .apply("CountHostsPerName", Count.perElement())
        .apply("KeyByName", ParDo.of(new KeyByNameFn()))
        .apply("PickHostPerName", Combine.perKey(new PickHost()))
        .apply("StripCounts", ParDo.of(new StripCountFn()));
  }

  /**
   * A publisher name reduced for matching: accents and case folded, only letters and digits kept
   * ("Le Matin Express", "LE MATIN-EXPRESS" → {@code lematinexpress}); empty when nothing is left.
   */
  public static String nameKey(String name) {
    if (name == null) {
      return "";
    }
    String n = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    n.codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** The better of two (host, article count) candidates: more articles, then the smaller host. */
  static KV<String, Long> better(KV<String, Long> a, KV<String, Long> b) {
    int byCount = Long.compare(a.getValue(), b.getValue());
    if (byCount != 0) {
      return byCount > 0 ? a : b;
    }
    return a.getKey().compareTo(b.getKey()) <= 0 ? a : b;
  }

  /** (name key, host) for each article a site publishes as its own, under a name. */
  static final class KeyOwnSiteNameFn extends DoFn<Article, KV<String, String>> {
    @ProcessElement
    public void processElement(@Element Article article, OutputReceiver<KV<String, String>> out) {
      String key = nameKey(article.getSourceName());
      if (!key.isEmpty() && article.getSource().equals(article.getSite()) && !article.getSite().equals(Sites.UNKNOWN)) {
        out.output(KV.of(key, article.getSite()));
      }
    }
  }

  static final class KeyByNameFn extends DoFn<KV<KV<String, String>, Long>, KV<String, KV<String, Long>>> {
    @ProcessElement
    public void processElement(
        @Element KV<KV<String, String>, Long> counted, OutputReceiver<KV<String, KV<String, Long>>> out) {
      out.output(KV.of(counted.getKey().getKey(), KV.of(counted.getKey().getValue(), counted.getValue())));
    }
  }

  static final class PickHost implements SerializableFunction<Iterable<KV<String, Long>>, KV<String, Long>> {
    @Override
    public KV<String, Long> apply(Iterable<KV<String, Long>> candidates) {
      KV<String, Long> best = null;
      for (KV<String, Long> c : candidates) {
        best = best == null ? c : better(best, c);
      }
      return best;
    }
  }

  static final class StripCountFn extends DoFn<KV<String, KV<String, Long>>, KV<String, String>> {
    @ProcessElement
    public void processElement(@Element KV<String, KV<String, Long>> picked, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(picked.getKey(), picked.getValue().getKey()));
    }
  }
}
