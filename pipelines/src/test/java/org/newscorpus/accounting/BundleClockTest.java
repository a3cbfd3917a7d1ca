package org.newscorpus.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import org.apache.beam.runners.core.metrics.MetricsContainerImpl;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.metrics.MetricsEnvironment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The busy clock of a stage counts a bundle's time but the spans it is paused for: where Flink
 * chains the extraction to the reading, the reading pauses while a page is extracted inside its
 * {@code output}, and the extraction pauses between pages while the next one is read.
 */
class BundleClockTest {

  private final MetricsContainerImpl container = new MetricsContainerImpl("step");
  private Closeable scope;

  @BeforeEach
  void scope() {
    scope = MetricsEnvironment.scopedMetricsContainer(container);
  }

  @AfterEach
  void close() throws Exception {
    scope.close();
  }

  private long busyMillis() {
    return container.getCounter(MetricName.named(PipelineMetrics.READ, PipelineMetrics.BUSY_MICROS)).getCumulative()
        / 1_000;
  }

  @Test
  void aBundleCountsItsWallTime() throws InterruptedException {
    PipelineMetrics.BundleClock clock = new PipelineMetrics.BundleClock(PipelineMetrics.READ);
    clock.start();
    Thread.sleep(60);
    clock.stop();
    assertTrue(busyMillis() >= 60, busyMillis() + " ms");
  }

  @Test
  void pausedSpansAreNotCounted() throws InterruptedException {
    PipelineMetrics.BundleClock clock = new PipelineMetrics.BundleClock(PipelineMetrics.READ);
    clock.start();
    Thread.sleep(30);
    clock.pause();
    Thread.sleep(1_000); // a page extracted inside output()
    clock.resume();
    Thread.sleep(30);
    clock.stop();
    long busy = busyMillis();
    assertTrue(busy >= 60 && busy < 1_000, busy + " ms: the 60 ms counted, the paused second not");
  }

  @Test
  void aClockPausedAtTheEndOfTheBundleCountsWhatCameBefore() throws InterruptedException {
    PipelineMetrics.BundleClock clock = new PipelineMetrics.BundleClock(PipelineMetrics.READ);
    clock.start();
    Thread.sleep(40);
    clock.pause();
    clock.pause(); // twice: nothing more
    clock.stop();
    long first = busyMillis();
    assertTrue(first >= 40 && first < 1_000, first + " ms");

    clock.resume(); // outside a bundle: nothing
    Thread.sleep(50);
    clock.stop();
    assertEquals(first, busyMillis(), "no bundle ran");
  }
}
