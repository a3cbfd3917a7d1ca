package org.newscorpus.dedupe;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/** Options of the deduplication stage. */
public interface DedupeOptions extends PipelineOptions {

  /** What to do with the republications of a story. */
  enum Mode {
    /** Keep every article, marked with its story. */
    mark,
    /** Write only each story's canonical article; stories still list every member. */
    drop
  }

  @Description(
      "mark (default): keep every article, marked with story_id, is_canonical and duplicate_of."
          + " drop: write only canonical articles; the stories dataset still lists every member.")
  @Default.Enum("mark")
  Mode getDedupe();

  void setDedupe(Mode value);
}
