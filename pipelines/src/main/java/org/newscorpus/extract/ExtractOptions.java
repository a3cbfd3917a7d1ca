package org.newscorpus.extract;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of the extraction stage. */
public interface ExtractOptions extends PipelineOptions {

  @Description("Shortest main body, in characters, for a page to count as an article; shorter pages are rejected as notArticle.")
  @Default.Integer(ArticleExtractor.DEFAULT_MIN_TEXT_CHARS)
  int getMinTextChars();

  void setMinTextChars(int value);
}
