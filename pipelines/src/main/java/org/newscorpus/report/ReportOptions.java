package org.newscorpus.report;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of the run report. */
public interface ReportOptions extends PipelineOptions {

  @Description(
      "Write report.html into --output after the run: articles per day and source, story sizes, the"
          + " most republished stories, languages, skips and rejections with examples, stage timings."
          + " It reads the written dataset back once in the driver.")
  @Default.Boolean(true)
  boolean getReport();

  void setReport(boolean value);
}
