package org.newscorpus.dedupe;

import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What keeps two similar texts apart, whatever their overlap: publication dates too far apart,
 * or headlines that share too little ({@link DedupeConfig#maxDaysApart()}, {@link
 * DedupeConfig#minTitleOverlap()}). Either check is skipped when one of the two values is unknown.
 *
 * <p>Why: the same body text under another headline, or weeks apart, is in news crawls a page that
 * re-uses a text (a forum answer, a reference paragraph, a recycled agency text under a new
 * event), not a republication of one story; republications keep the headline, or most of its
 * words, and follow their original within days. The independently written same-event articles of
 * {@code republish-dev} that share most of their body fall apart on one of these.
 */
public final class LinkGuards {

  /** The outcome of the checks. */
  public enum Verdict {
    /** Nothing keeps the two apart: their texts decide. */
    ALLOWED,
    /** Published more than {@code maxDaysApart} days apart. */
    DAYS_APART,
    /** Their titles share less than {@code minTitleOverlap} of the shorter's words. */
    OTHER_TITLE
  }

  private LinkGuards() {}

  public static Verdict check(Fingerprint a, Fingerprint b, DedupeConfig config) {
    if (config.maxDaysApart() > 0 && a.publishedDate() != null && b.publishedDate() != null
        && Math.abs(ChronoUnit.DAYS.between(a.publishedDate(), b.publishedDate())) > config.maxDaysApart()) {
      return Verdict.DAYS_APART;
    }
    if (config.minTitleOverlap() > 0 && titleOverlap(a.title(), b.title()) < config.minTitleOverlap()) {
      return Verdict.OTHER_TITLE;
    }
    return Verdict.ALLOWED;
  }

  /**
   * The share of the shorter title's distinct words (normalised as texts are) found in the other
   * title; 1.0 when either title is unknown or has no word.
   */
  static double titleOverlap(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 1.0;
    }
    Set<String> small = x.size() <= y.size() ? x : y;
    Set<String> large = small == x ? y : x;
    int common = 0;
    for (String w : small) {
      if (large.contains(w)) {
        common++;
      }
    }
    return (double) common / small.size();
  }

  private static Set<String> words(String title) {
    String n = TextNormalizer.normalize(title);
    return n.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(n.split(" ")));
  }
}
