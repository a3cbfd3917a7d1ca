package org.newscorpus.read;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn.MultiOutputReceiver;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.accounting.Rejections;
import org.newscorpus.accounting.Tally;
import org.newscorpus.schema.Page;

/**
 * Routes a reader's verdicts on the records of one input file to the outputs of {@link
 * ReadArchives}, with a tally and a counter for each. A revisit is not tallied here: {@link
 * ResolveRevisits} tallies it as a page or a skip once it knows which.
 */
final class OutputSink implements RecordSink {

  private static final Counter PAGES = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.PAGES);
  private static final Counter SKIPPED = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.SKIPPED);
  private static final Counter REJECTED = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.REJECTED);

  private final String inputUri;
  private final boolean keepSkipped;
  private final MultiOutputReceiver out;
  private final Runnable pauseClock;
  private final Runnable resumeClock;

  /**
   * Routes to {@code out}. {@code pauseClock} and {@code resumeClock} bracket the output of each
   * page, where a runner that chains the extraction to the reading runs it.
   */
  OutputSink(
      String inputUri, boolean keepSkipped, MultiOutputReceiver out, Runnable pauseClock, Runnable resumeClock) {
    this.inputUri = inputUri;
    this.keepSkipped = keepSkipped;
    this.out = out;
    this.pauseClock = pauseClock;
    this.resumeClock = resumeClock;
  }

  @Override
  public void page(Page page) {
    PAGES.inc();
    pauseClock.run();
    try {
      out.get(ReadArchives.PAGES).output(page);
    } finally {
      resumeClock.run();
    }
    out.get(ReadArchives.TALLIES).output(Tally.pages(inputUri));
  }

  @Override
  public void revisit(Page stub) {
    out.get(ReadArchives.REVISITS).output(stub);
  }

  @Override
  public void skipped(String reason, Long offset, String url) {
    SKIPPED.inc();
    Metrics.counter(PipelineMetrics.READ, reason).inc();
    out.get(ReadArchives.TALLIES).output(Tally.skipped(ReadInputFileFn.STAGE, reason));
    if (keepSkipped) {
      out.get(ReadArchives.REJECTED)
          .output(Rejections.of(inputUri, offset, url, ReadInputFileFn.STAGE, reason, "skipped: " + reason, (String) null));
    }
  }

  @Override
  public void rejected(String reason, Long offset, String url, String message, byte[] excerpt) {
    REJECTED.inc();
    Metrics.counter(PipelineMetrics.READ, reason).inc();
    out.get(ReadArchives.TALLIES).output(Tally.rejected(ReadInputFileFn.STAGE, reason));
    out.get(ReadArchives.REJECTED)
        .output(Rejections.of(inputUri, offset, url, ReadInputFileFn.STAGE, reason, message, excerpt));
  }
}
