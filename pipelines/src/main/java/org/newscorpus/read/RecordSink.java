package org.newscorpus.read;

import org.newscorpus.schema.Page;

/**
 * Receives what a reader makes of each record of an input file: exactly one call per record read.
 */
public interface RecordSink {

  /** The record is a page for extraction. */
  void page(Page page);

  /**
   * The record is an expected drop (a request, a redirect, an image...). {@code reason} is a
   * stable lowerCamel code.
   */
  void skipped(String reason, Long offset, String url);

  /**
   * The record could not be read. {@code reason} is a stable lowerCamel code; {@code excerpt} holds
   * the first bytes of the record as far as they could be read, or null.
   */
  void rejected(String reason, Long offset, String url, String message, byte[] excerpt);

  /**
   * The record is a revisit: its payload is that of the capture {@code stub.getRevisitOf()} names,
   * which the pipeline looks up among the pages of all inputs. The stub's body is empty.
   */
  void revisit(Page stub);
}
