package org.newscorpus.accounting;

import java.util.Objects;
import org.apache.beam.sdk.values.KV;

/**
 * Keys of the run's accounting: every record read ends as exactly one tally of pages, skipped or
 * rejected, so that {@code read = pages + skipped + rejected} can be checked at the end.
 *
 * <p>A tally is a {@code KV<String, Long>}; the key says what was counted. Keys are plain strings
 * so that the accounting collection stays cheap to shuffle and to sum ({@link SumTallies}).
 */
public final class Tally {

  /** Records read from one input file: {@code records<TAB>inputUri}. */
  public static final String RECORDS = "records";
  /** Records of one input file that became pages: {@code pages<TAB>inputUri}. */
  public static final String PAGES = "pages";
  /** Expected drops: {@code skipped<TAB>stage<TAB>reason}. */
  public static final String SKIPPED = "skipped";
  /** Failures: {@code rejected<TAB>stage<TAB>reason}. */
  public static final String REJECTED = "rejected";
  /** Pages that became articles. */
  public static final String ARTICLES = "articles";
  /** Articles written (all of them, or only canonical ones with --dedupe=drop). */
  public static final String ARTICLES_WRITTEN = "articlesWritten";
  /** Stories. */
  public static final String STORIES = "stories";
  /** Articles written whose capture was cut short, by why (their {@code truncated}): {@code truncated<TAB>why}. */
  public static final String TRUNCATED = "truncated";
  /** What the dedupe stage counted (candidate pairs, links, capped buckets...): {@code dedupe<TAB>name}. */
  public static final String DEDUPE = "dedupe";

  static final char SEPARATOR = '\t';

  private Tally() {}

  public static KV<String, Long> records(String inputUri, long n) {
    return KV.of(RECORDS + SEPARATOR + inputUri, n);
  }

  public static KV<String, Long> pages(String inputUri) {
    return KV.of(PAGES + SEPARATOR + inputUri, 1L);
  }

  public static KV<String, Long> skipped(String stage, String reason) {
    return KV.of(SKIPPED + SEPARATOR + stage + SEPARATOR + reason, 1L);
  }

  public static KV<String, Long> skipped(String stage, String reason, long n) {
    return KV.of(SKIPPED + SEPARATOR + stage + SEPARATOR + reason, n);
  }

  public static KV<String, Long> rejected(String stage, String reason) {
    return KV.of(REJECTED + SEPARATOR + stage + SEPARATOR + reason, 1L);
  }

  /** One article written whose capture was cut short, for the reason {@code why} (its {@code truncated}). */
  public static KV<String, Long> truncated(String why) {
    return KV.of(TRUNCATED + SEPARATOR + why, 1L);
  }

  public static KV<String, Long> dedupe(String name, long n) {
    return KV.of(DEDUPE + SEPARATOR + name, n);
  }

  public static KV<String, Long> of(String what) {
    return KV.of(what, 1L);
  }

  /** Splits a tally key into its parts: the category, then its qualifiers. */
  public static String[] parts(String key) {
    Objects.requireNonNull(key, "key");
    return key.split(String.valueOf(SEPARATOR), -1);
  }
}
