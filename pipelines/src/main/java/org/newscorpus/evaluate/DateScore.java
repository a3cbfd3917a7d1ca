package org.newscorpus.evaluate;

import java.time.LocalDate;

/**
 * htmldate's date accuracy. Takes, per page, the extracted day (or null) and the reference day (or
 * null); gives the pooled accuracy.
 *
 * <p>A correct day is tp, a wrong day fp, no day fn; no day for a page without a reference day
 * counts as tn as well as fn. Accuracy = (tp+tn)/(tp+tn+fp+fn). Not thread-safe.
 */
public final class DateScore {

  private long tp;
  private long fp;
  private long fn;
  private long tn;

  /** Adds one page. */
  public void add(LocalDate extracted, LocalDate reference) {
    if (extracted == null) {
      fn++;
      if (reference == null) {
        tn++;
      }
    } else if (extracted.equals(reference)) {
      tp++;
    } else {
      fp++;
    }
  }

  public long tp() {
    return tp;
  }

  public long fp() {
    return fp;
  }

  public long fn() {
    return fn;
  }

  public long tn() {
    return tn;
  }

  public double accuracy() {
    long all = tp + tn + fp + fn;
    return all == 0 ? 0.0 : (double) (tp + tn) / all;
  }
}
