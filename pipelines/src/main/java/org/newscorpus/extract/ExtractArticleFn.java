package org.newscorpus.extract;

import java.nio.ByteBuffer;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.accounting.Rejections;
import org.newscorpus.accounting.Tally;
import org.newscorpus.accounting.TimedDoFn;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Page;

/**
 * Extracts one page with {@link ArticleExtractor}: an article goes to the main output, a drop to
 * the tallies (and to the rejected output unless it is an expected skip). An unexpected failure
 * of the extractor rejects the page; it never fails the bundle.
 */
class ExtractArticleFn extends TimedDoFn<Page, Article> {

  static final String STAGE = "extract";

  private final Counter articles = Metrics.counter(PipelineMetrics.EXTRACT, PipelineMetrics.ARTICLES);
  private final Counter rejected = Metrics.counter(PipelineMetrics.EXTRACT, PipelineMetrics.REJECTED);
  private final Counter skipped = Metrics.counter(PipelineMetrics.EXTRACT, PipelineMetrics.SKIPPED);
    private final int minTextChars;
  private final boolean keepSkipped;
  private transient ArticleExtractor extractor;

  ExtractArticleFn(int minTextChars, boolean keepSkipped) {
    super(PipelineMetrics.EXTRACT);
    this.minTextChars = minTextChars;
    this.keepSkipped = keepSkipped;
  }

  @Setup
  public void setup() {
    extractor = new ArticleExtractor(minTextChars);
    TextLanguage.shared(); // loads the language models once per JVM, before the first page
  }

  @ProcessElement
  public void processElement(@Element Page page, MultiOutputReceiver out) {
    // per page: where the runner chains this step to the reading, the reading of the next page
    // happens between two calls
    resumeClock();
    try {
      extractAndEmit(page, out);
    } finally {
      pauseClock();
    }
  }

  private void extractAndEmit(Page page, MultiOutputReceiver out) {
    Extraction result;
    try {
      result = extractor.extract(page);
    } catch (RuntimeException | StackOverflowError e) {
      result = new Extraction.Dropped("extractorError", e.toString(), false);
    }
    if (result instanceof Extraction.Extracted extracted) {
      articles.inc();
      out.get(ExtractArticles.ARTICLES).output(extracted.article());
      out.get(ExtractArticles.TALLIES).output(Tally.of(Tally.ARTICLES));
      return;
    }
    Extraction.Dropped dropped = (Extraction.Dropped) result;
    Metrics.counter(PipelineMetrics.EXTRACT, dropped.reason()).inc();
    if (dropped.skip()) {
      skipped.inc();
      out.get(ExtractArticles.TALLIES).output(Tally.skipped(STAGE, dropped.reason()));
      if (!keepSkipped) {
        return;
      }
    } else {
      rejected.inc();
      out.get(ExtractArticles.TALLIES).output(Tally.rejected(STAGE, dropped.reason()));
    }
    out.get(ExtractArticles.REJECTED)
        .output(
            Rejections.of(
                page.getInputUri(),
                page.getInputOffset(),
                page.getUrl(),
                STAGE,
                dropped.reason(),
                dropped.message(),
                head(page.getBody())));
  }

  private static byte[] head(ByteBuffer body) {
    ByteBuffer b = body.duplicate();
    byte[] out = new byte[Math.min(b.remaining(), Rejections.EXCERPT_CHARS)];
    b.get(out);
    return out;
  }
}
