package org.newscorpus.monitor;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of the progress line printed while the pipeline runs. */
public interface ProgressOptions extends PipelineOptions {

  @Description(
      "Seconds between two progress lines on the console (inputs done, records, pages, pages/s, ETA)"
          + " while the pipeline runs; 0 turns them off. Runners that only report metrics at the end"
          + " (Flink in batch) print none.")
  @Default.Integer(10)
  int getProgressSeconds();

  void setProgressSeconds(int value);
}
