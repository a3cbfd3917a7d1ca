package org.newscorpus.read;

import org.newscorpus.schema.Page;

/**
 * What one archive record comes to: a page, an expected skip, a rejection, or a revisit whose
 * payload the pipeline looks up. The reader holds a record's outcome until it has seen where the
 * record ends, so that a record whose end is damaged is rejected instead.
 */
sealed interface Outcome {

  /** The record's byte offset in its file. */
  long offset();

  /** Tells {@code sink} this outcome: exactly one call. */
  void tell(RecordSink sink);

  /** A page for extraction. */
  record PageOutcome(long offset, Page page) implements Outcome {
    @Override
    public void tell(RecordSink sink) {
      sink.page(page);
    }
  }

  /** An expected drop. */
  record Skip(long offset, String reason, String url) implements Outcome {
    @Override
    public void tell(RecordSink sink) {
      sink.skipped(reason, offset, url);
    }
  }

  /** A record that could not be read. */
  record Reject(long offset, String reason, String url, String message, byte[] excerpt) implements Outcome {
    @Override
    public void tell(RecordSink sink) {
      sink.rejected(reason, offset, url, message, excerpt);
    }
  }

  /** A revisit, sent on with the key of the capture whose payload it repeats. */
  record Revisit(long offset, Page stub) implements Outcome {
    @Override
    public void tell(RecordSink sink) {
      sink.revisit(stub);
    }
  }
}
