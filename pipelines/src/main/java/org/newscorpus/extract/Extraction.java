package org.newscorpus.extract;

import org.newscorpus.schema.Article;

/**
 * What extraction made of one page: an article, or a drop with a stage-local reason code. A drop
 * is either an expected skip or a rejection; both are counted, and rejections are written.
 */
public sealed interface Extraction {

  /**
   * The page became an article.
   *
   * @param article the article
   * @param markedArticle true when its body is shorter than the usual shortest and was kept because
   *     the page marks it as its article: it lies in the page's {@code <article>} that holds its
   *     headline, and the page is dated
   */
  record Extracted(Article article, boolean markedArticle) implements Extraction {

    /** An article whose body is long enough on its own. */
    public Extracted(Article article) {
      this(article, false);
    }
  }

  /**
   * The page did not become an article.
   *
   * @param reason stable lowerCamel code
   * @param message human-readable detail
   * @param skip true for an expected skip, false for a rejection
   */
  record Dropped(String reason, String message, boolean skip) implements Extraction {}
}
