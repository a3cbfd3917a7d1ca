package org.newscorpus.bench.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newscorpus.extract.ArticleExtractor;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Page;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Signatures plus dedupe alone, on one thread: the articles extracted from a sample of the
 * benchmark corpus (republished stories included), deduplicated as one batch per invocation; one
 * operation is one article, so the score is pages per second per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DedupeBenchmark {

  /** Articles per invocation: the sample's size, kept fixed for {@link OperationsPerInvocation}. */
  static final int SAMPLE = 1000;

  private List<Article> articles;

  @Setup
  public void load() {
    ArticleExtractor extractor = new ArticleExtractor();
    articles = new ArrayList<>();
    List<Page> pages = Stages.samplePages(SAMPLE);
    while (articles.size() < SAMPLE) {
      for (Page page : pages) {
        Article article = Stages.extract(extractor, page);
        if (article != null && articles.size() < SAMPLE) {
          articles.add(article);
        }
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(SAMPLE)
  public int dedupe() {
    return Stages.dedupe(articles);
  }
}
