package org.newscorpus.extract;

import org.newscorpus.schema.Article;

/**
 * What extraction made of one page: an article, or a drop with a stage-local reason code. A drop
 * is either an expected skip or a rejection; both are counted, and rejections are written.
 */
public sealed interface Extraction {

  /** The page became an article. */
  record Extracted(Article article) implements Extraction {}

  /**
   * The page did not become an article.
   *
   * @param reason stable lowerCamel code
   * @param message human-readable detail
   * @param skip true for an expected skip, false for a rejection
   */
  record Dropped(String reason, String message, boolean skip) implements Extraction {}
}
