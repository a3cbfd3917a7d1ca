package org.newscorpus.accounting;

import org.apache.beam.sdk.transforms.DoFn;

/**
 * A DoFn that adds the wall time of each of its bundles to the {@code busyMicros} counter of its
 * stage's namespace ({@link PipelineMetrics}), the figure the progress lines and the run report
 * turn into each stage's busy time. Takes the namespace; gives the subclass nothing else to do.
 */
public abstract class TimedDoFn<InputT, OutputT> extends DoFn<InputT, OutputT> {

  private static final long serialVersionUID = 1L;

  private final PipelineMetrics.BundleClock clock;

  protected TimedDoFn(String namespace) {
    this.clock = new PipelineMetrics.BundleClock(namespace);
  }

  @StartBundle
  public void startBundleClock() {
    clock.start();
  }

  @FinishBundle
  public void finishBundleClock() {
    clock.stop();
  }

  /**
   * Stops the clock until {@link #resumeClock()}: for the time a runner spends in a chained
   * step, inside an {@code output}, or in the step before, between elements.
   */
  protected final void pauseClock() {
    clock.pause();
  }

  /** Runs the clock again after {@link #pauseClock()}. */
  protected final void resumeClock() {
    clock.resume();
  }
}
