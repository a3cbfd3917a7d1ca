package org.newscorpus.monitor;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.read.InputFiles;

/**
 * Runs a pipeline and watches it: every {@code interval} a {@link Progress} line goes to the
 * console, from the pipeline's own Beam metrics ({@link PipelineMetrics}); at the end the final
 * counters come back with the state, for the report's timings.
 *
 * <p>On the DirectRunner, {@code Pipeline.run()} normally blocks until the end; the monitor asks
 * it not to ({@code --blockOnRun=false}) so that it can poll {@code PipelineResult.metrics()}
 * while waiting. Runners that return only at the end print no line, which is harmless.
 */
public final class ProgressMonitor {

  /** How a run ended: its state and its final counters by {@code namespace/name}. */
  public record Outcome(PipelineResult.State state, Map<String, Long> counters) {

    /** Seconds spent in each timed stage's DoFn, summed over workers, in pipeline order. */
    public Map<String, Double> busySecondsByStage() {
      Map<String, Double> seconds = new LinkedHashMap<>();
      for (String[] stage : PipelineMetrics.TIMED_STAGES) {
        Long micros = counters.get(Progress.key(stage[1], PipelineMetrics.BUSY_MICROS));
        if (micros != null) {
          seconds.put(stage[0], Math.round(micros / 1e3) / 1e3);
        }
      }
      return seconds;
    }
  }

  private final Duration interval;
  private final int inputsTotal;
  private final long bytesTotal;
  private final PrintStream console;

  private ProgressMonitor(Duration interval, int inputsTotal, long bytesTotal, PrintStream console) {
    this.interval = interval;
    this.inputsTotal = inputsTotal;
    this.bytesTotal = bytesTotal;
    this.console = console;
  }

  /**
   * A monitor printing a line every {@code seconds} (none when 0 or less) for a run over these
   * input files, whose sizes give the ETA.
   */
  public static ProgressMonitor every(int seconds, List<InputFiles.InputFile> files, PrintStream console) {
    long bytes = 0;
    for (InputFiles.InputFile f : files) {
      if (f.sizeBytes() < 0) {
        bytes = -1;
        break;
      }
      bytes += f.sizeBytes();
    }
    return every(Duration.ofSeconds(Math.max(0, seconds)), files, bytes, console);
  }

  /** A monitor printing a line every {@code interval}, for tests that cannot wait whole seconds. */
  static ProgressMonitor every(Duration interval, List<InputFiles.InputFile> files, long bytes, PrintStream console) {
    return new ProgressMonitor(interval, files.size(), bytes, console);
  }

  /** Runs the pipeline, prints progress until it ends, and returns how it ended. */
  public Outcome run(Pipeline pipeline) {
    if (DirectRunner.class.equals(pipeline.getOptions().getRunner())) {
      pipeline.getOptions().as(DirectOptions.class).setBlockOnRun(false);
    }
    Instant started = Instant.now();
    PipelineResult result = pipeline.run();
    CountDownLatch finished = new CountDownLatch(1);
    Thread watcher = null;
    if (!interval.isZero()) {
      watcher = new Thread(() -> watch(result, started, finished), "progress-monitor");
      watcher.setDaemon(true);
      watcher.start();
    }
    PipelineResult.State state;
    try {
      state = result.waitUntilFinish();
    } finally {
      finished.countDown();
      if (watcher != null) {
        try {
          watcher.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
    Map<String, Long> counters;
    try {
      counters = counters(result, false);
    } catch (RuntimeException e) {
      counters = Map.of();
    }
    return new Outcome(state, counters);
  }

  private void watch(PipelineResult result, Instant started, CountDownLatch finished) {
    try {
      while (!finished.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
        Progress p = new Progress(Duration.between(started, Instant.now()), counters(result, true), inputsTotal, bytesTotal);
        console.println(p.line());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      // a runner without live metrics: the run goes on, without progress lines
      console.println("progress: no live metrics from this runner (" + e.getMessage() + ")");
    }
  }

  /**
   * The pipeline's counters by {@code namespace/name}, summed over steps. While running, the
   * attempted values are the timely ones; at the end the committed ones, where the runner has them.
   */
  static Map<String, Long> counters(PipelineResult result, boolean attempted) {
    MetricsFilter.Builder filter = MetricsFilter.builder();
    for (String namespace : new String[] {PipelineMetrics.READ, PipelineMetrics.EXTRACT, PipelineMetrics.DEDUPE}) {
      filter.addNameFilter(MetricNameFilter.inNamespace(namespace));
    }
    MetricQueryResults query = result.metrics().queryMetrics(filter.build());
    Map<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> c : query.getCounters()) {
      Long value = attempted ? c.getAttempted() : committedOrAttempted(c);
      if (value != null) {
        counters.merge(Progress.key(c.getName().getNamespace(), c.getName().getName()), value, Long::sum);
      }
    }
    return counters;
  }

  private static Long committedOrAttempted(MetricResult<Long> c) {
    try {
      return c.getCommitted();
    } catch (UnsupportedOperationException e) {
      return c.getAttempted();
    }
  }
}
