package org.newscorpus.write;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Options of the write stage: where the dataset goes and how it is encoded. */
public interface WriteOptions extends PipelineOptions {

  @Description(
      "Output folder of the dataset (any Beam FileSystems scheme): articles/, stories/, rejected/,"
          + " _SUMMARY.json and, last, _SUCCESS.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Replace a dataset already present in --output. Without it, the run refuses to start.")
  @Default.Boolean(false)
  boolean getOverwrite();

  void setOverwrite(boolean value);

  @Description("Avro codec of the output files: snappy (default), deflate, zstandard, bzip2, xz or null.")
  @Default.String("snappy")
  String getCodec();

  void setCodec(String value);

  @Description(
      "Also write expected skips (non-HTML records, requests, metadata, non-200 statuses) to the"
          + " rejected dataset; by default they are only counted in _SUMMARY.json.")
  @Default.Boolean(false)
  boolean getKeepSkipped();

  void setKeepSkipped(boolean value);

  @Description("Files per partition folder. Fixed so that every runner writes the same layout.")
  @Default.Integer(1)
  int getShardsPerPartition();

  void setShardsPerPartition(int value);
}
