package org.newscorpus.read;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** Options of the read stage: which files to read and how much of each record to keep. */
public interface ReadOptions extends PipelineOptions {

  @Description(
      "Comma-separated input globs or folders (** crosses folders). A folder means every supported"
          + " file below it: .warc, .arc (gzipped or not, or still .open), .wacz, and page dumps"
          + " .html, .htm, .xhtml, .txt (and their .gz). Any Beam FileSystems scheme on the class"
          + " path works (file, gs://, s3://, ...).")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description(
      "Largest payload kept for one page, in bytes, after content decoding. A larger page is"
          + " rejected as tooLarge.")
  @Default.Long(5L * 1024 * 1024)
  long getMaxPageBytes();

  void setMaxPageBytes(long value);
}
