package org.newscorpus.dedupe;

import java.time.LocalDate;
import java.util.Comparator;
import org.newscorpus.schema.Article;

/**
 * The total order that picks a story's canonical article: the first in this order stands for the
 * story. Earliest {@code published_date} first (unknown dates last), then the shortest URL, then
 * the URL, then the id, so that no two distinct articles tie and arrival order never decides.
 */
public final class CanonicalOrder implements Comparator<Article>, java.io.Serializable {

  public static final CanonicalOrder INSTANCE = new CanonicalOrder();

  private static final long serialVersionUID = 1L;

  private CanonicalOrder() {}

  @Override
  public int compare(Article a, Article b) {
    int c = compareDates(a.getPublishedDate(), b.getPublishedDate());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.getUrl().length(), b.getUrl().length());
    if (c != 0) {
      return c;
    }
    c = a.getUrl().compareTo(b.getUrl());
    if (c != 0) {
      return c;
    }
    return a.getId().compareTo(b.getId());
  }

  private static int compareDates(LocalDate a, LocalDate b) {
    if (a == null) {
      return b == null ? 0 : 1;
    }
    if (b == null) {
      return -1;
    }
    return a.compareTo(b);
  }
}
