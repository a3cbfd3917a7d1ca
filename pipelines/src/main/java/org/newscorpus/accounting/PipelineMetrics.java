package org.newscorpus.accounting;

import java.io.Serializable;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * The names of the pipeline's Beam metrics: one namespace per stage, fixed names inside it. They
 * are a public interface (the progress line reads them on the DirectRunner, and on Flink they are
 * the job's user metrics), so they do not follow class names and never change.
 *
 * <table>
 *   <caption>Counters</caption>
 *   <tr><th>namespace</th><th>name</th><th>counts</th></tr>
 *   <tr><td>newscorpus.read</td><td>inputsRead</td><td>input files read to their end (or rejected)</td></tr>
 *   <tr><td>newscorpus.read</td><td>inputBytesRead</td><td>bytes of those files, as stored</td></tr>
 *   <tr><td>newscorpus.read</td><td>recordsRead</td><td>records read (WARC/ARC records, dump files)</td></tr>
 *   <tr><td>newscorpus.read</td><td>pages</td><td>records that became pages</td></tr>
 *   <tr><td>newscorpus.extract</td><td>articles</td><td>pages that became articles</td></tr>
 *   <tr><td>any stage</td><td>skipped, rejected</td><td>expected skips and rejections of that stage</td></tr>
 *   <tr><td>any stage</td><td>a lowerCamel reason</td><td>skips and rejections by reason</td></tr>
 *   <tr><td>newscorpus.dedupe</td><td>stories, republications</td><td>stories; articles beyond the first of a story</td></tr>
 *   <tr><td>any stage</td><td>busyMicros</td><td>time spent in the stage's DoFn, summed over workers</td></tr>
 * </table>
 */
public final class PipelineMetrics {

  /** Namespace of the read stage's metrics. */
  public static final String READ = "newscorpus.read";
  /** Namespace of the extract stage's metrics. */
  public static final String EXTRACT = "newscorpus.extract";
  /** Namespace of the dedupe stage's metrics. */
  public static final String DEDUPE = "newscorpus.dedupe";

  public static final String INPUTS_READ = "inputsRead";
  public static final String INPUT_BYTES_READ = "inputBytesRead";
  public static final String RECORDS_READ = "recordsRead";
  public static final String PAGES = "pages";
  public static final String ARTICLES = "articles";
  public static final String SKIPPED = "skipped";
  public static final String REJECTED = "rejected";
  public static final String STORIES = "stories";
  public static final String REPUBLICATIONS = "republications";
  public static final String BUSY_MICROS = "busyMicros";

  /** The stages whose busy time is measured, in pipeline order: stage name to namespace. */
  public static final String[][] TIMED_STAGES = {{"read", READ}, {"extract", EXTRACT}, {"dedupe", DEDUPE}};

  private PipelineMetrics() {}

  /**
   * Measures the wall time of each bundle a DoFn processes and adds it to {@code busyMicros} of its
   * stage. A DoFn holds one as a field and calls {@link #start()} from {@code @StartBundle} and
   * {@link #stop()} from {@code @FinishBundle}.
   *
   * <p>Where a runner chains steps into one thread (Flink), a bundle's wall time also holds the
   * time of the steps before and after it: the next step runs inside this one's {@code output},
   * and the previous one works between this one's elements. A DoFn whose neighbours are costly
   * {@link #pause() pauses} the clock for those spans and {@link #resume() resumes} it after.
   */
  public static final class BundleClock implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Counter busyMicros;
    /** When the running span began, or 0 when the clock is stopped or paused. */
    private transient long startedNanos;
    /** The bundle's time counted so far, before the running span. */
    private transient long heldNanos;
    private transient boolean inBundle;

    public BundleClock(String namespace) {
      this.busyMicros = Metrics.counter(namespace, BUSY_MICROS);
    }

    /** A bundle begins: the clock runs. */
    public void start() {
      inBundle = true;
      heldNanos = 0;
      startedNanos = System.nanoTime();
    }

    /** Stops counting until {@link #resume()}; nothing when the clock is not running. */
    public void pause() {
      if (startedNanos != 0) {
        heldNanos += System.nanoTime() - startedNanos;
        startedNanos = 0;
      }
    }

    /** Counts again after {@link #pause()}; nothing outside a bundle or when running. */
    public void resume() {
      if (inBundle && startedNanos == 0) {
        startedNanos = System.nanoTime();
      }
    }

    /** The bundle ends: its counted time goes to the counter. */
    public void stop() {
      pause();
      if (inBundle && heldNanos > 0) {
        busyMicros.inc(heldNanos / 1_000);
      }
      inBundle = false;
      heldNanos = 0;
    }
  }

}
