package org.newscorpus.dedupe;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The total order that picks a story's canonical article: the first in this order stands for the
 * story.
 *
 * <ol>
 *   <li>earliest {@code published_date} (an unknown date after every known one);
 *   <li>an original before a credited copy: a page whose {@code source} is not its {@code site}
 *       says it republishes another publisher;
 *   <li>within a story ({@link #forStory}), a page on a site that another member credits as its
 *       source: an aggregator's "Publié dans X" says that X's page is the original, which tells it
 *       from a verbatim copy of the same day that carries no credit;
 *   <li>a page whose text does not open with a news agency's dateline before one that does ({@link
 *       WireDateline}): "PARIS (AFP) - " is what a site adds when it runs a wire story, and it
 *       would make the copy the longer text;
 *   <li>longer text;
 *   <li>a page that stands at its own canonical URL before one that names another as its canonical
 *       ({@link CanonicalLinks}: an AMP page, a print view, a link with tracking parameters, which a
 *       dump file's path shows as well as a fetched URL);
 *   <li>URL, then id, so that no two distinct articles tie and arrival order never decides.
 * </ol>
 */
public final class CanonicalOrder implements Comparator<Fingerprint>, java.io.Serializable {

  /** The order without the story's credits: for two articles of no common story. */
  public static final CanonicalOrder INSTANCE = new CanonicalOrder(Set.of());

  private static final long serialVersionUID = 1L;

  /** Sites (lower case) that a member of the story credits as its source. */
  private final Set<String> creditedSites;

  private CanonicalOrder(Set<String> creditedSites) {
    this.creditedSites = creditedSites;
  }

  /** The order among the members of one story, knowing which sites its credited copies name. */
  public static CanonicalOrder forStory(Collection<Fingerprint> members) {
    Set<String> credited = new TreeSet<>();
    for (Fingerprint f : members) {
      if (f.isCreditedCopy()) {
        credited.add(f.source().toLowerCase(Locale.ROOT));
      }
    }
    return credited.isEmpty() ? INSTANCE : new CanonicalOrder(credited);
  }

  private boolean credited(Fingerprint f) {
    return !creditedSites.isEmpty() && creditedSites.contains(f.site().toLowerCase(Locale.ROOT));
  }

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
    c = Boolean.compare(credited(b), credited(a));
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(a.wireCopy(), b.wireCopy());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(b.textLength(), a.textLength());
    if (c != 0) {
      return c;
    }
    c = Boolean.compare(a.pointsElsewhere(), b.pointsElsewhere());
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
