package org.newscorpus.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.junit.jupiter.api.Test;
import org.newscorpus.accounting.PipelineMetrics;
import org.newscorpus.read.InputFiles;

class ProgressMonitorTest {

  /** Counts each element as a record read, slowly, so that the run outlasts several intervals. */
  static final class SlowRecordsFn extends DoFn<Integer, Integer> {
    private final Counter records = Metrics.counter(PipelineMetrics.READ, PipelineMetrics.RECORDS_READ);

    @ProcessElement
    public void processElement(@Element Integer n, OutputReceiver<Integer> out) throws InterruptedException {
      Thread.sleep(150);
      records.inc();
      out.output(n);
    }
  }

  @Test
  void linesArePrintedWhileTheRunGoesOnWithItsLiveCounters() {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    pipeline.apply(Create.of(1, 2, 3, 4, 5, 6, 7, 8)).apply(ParDo.of(new SlowRecordsFn()));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    List<InputFiles.InputFile> files = List.of(new InputFiles.InputFile("/crawl/a.warc.gz", 1_000_000, "a.warc.gz"));
    ProgressMonitor.Outcome outcome = ProgressMonitor.every(Duration.ofMillis(50), files, 1_000_000,
        new PrintStream(console, true, StandardCharsets.UTF_8)).run(pipeline);

    assertEquals(PipelineResult.State.DONE, outcome.state());
    List<String> lines = console.toString(StandardCharsets.UTF_8).lines().toList();
    assertTrue(lines.size() >= 1, "a run of at least 0.4 s (8 sleeps of 150 ms on a few threads), watched every 50 ms: " + lines);
    assertTrue(lines.stream().allMatch(l -> l.startsWith("progress ") && l.contains("inputs 0/1")), lines.toString());
    assertEquals(8L, outcome.counters().get(Progress.key(PipelineMetrics.READ, PipelineMetrics.RECORDS_READ)));
  }

  @Test
  void noLineWhenTheIntervalIsZero() {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    pipeline.apply(Create.of(1, 2)).apply(ParDo.of(new SlowRecordsFn()));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    ProgressMonitor.every(0, List.of(), new PrintStream(console, true, StandardCharsets.UTF_8)).run(pipeline);
    assertEquals("", console.toString(StandardCharsets.UTF_8));
  }
}
