package org.newscorpus.dedupe;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * The total order that picks a story's canonical article: the first in this order stands for the
 * story.
 *
 * <ol>
 *   <li>earliest {@code published_date} (an unknown date after every known one);
 *   <li>an original before a credited copy: a page whose {@code source} is not its {@code site}
 *       says it republishes another publisher;
 *   <li>longer text;
 *   <li>URL, then id, so that no two distinct articles tie and arrival order never decides.
 * </ol>
 */
public final class CanonicalOrder implements Comparator<Fingerprint>, java.io.Serializable {

  public static final CanonicalOrder INSTANCE = new CanonicalOrder();

  private static final long serialVersionUID = 1L;

  private CanonicalOrder() {}

  @Override
  public int compare(Fingerprint a, Fingerprint b) {
    int c = compareDates(a.publishedDate(), b.publishedDate());
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(a.isCreditedCopy(), b.isCreditedCopy());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(b.textLength(), a.textLength());
    if (c != 0) {
      return c;
    }
    c = a.url().compareTo(b.url());
    if (c != 0) {
      return c;
    }
    return a.id().compareTo(b.id());
  }

  /** True when {@code a} was published on a strictly earlier day than {@code b}. */
  static boolean strictlyEarlier(Fingerprint a, Fingerprint b) {
    return a.publishedDate() != null && compareDates(a.publishedDate(), b.publishedDate()) < 0;
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
