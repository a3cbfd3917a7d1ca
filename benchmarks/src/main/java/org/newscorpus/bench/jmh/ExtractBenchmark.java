package org.newscorpus.bench.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newscorpus.extract.ArticleExtractor;
import org.newscorpus.schema.Page;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Extraction alone, on one thread: pages of the benchmark corpus, already read, one extraction per
 * operation, so the score is pages per second per core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExtractBenchmark {

  @Param("400")
  public int sample;

  private List<Page> pages;
  private ArticleExtractor extractor;
  private int next;

  @Setup
  public void load() {
    pages = Stages.samplePages(sample);
    extractor = new ArticleExtractor();
  }

  @Benchmark
  public Object extract() {
    Page page = pages.get(next);
    next = (next + 1) % pages.size();
    return Stages.extract(extractor, page);
  }
}
