package org.newscorpus.dedupe;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every setting of the deduplication in one object: shingling, MinHash, banding, verification
 * thresholds, bucket cap and the sizes of the distributed steps. It travels with every step that
 * needs it, and {@link #toMap()} writes it into {@code _SUMMARY.json}, so that a dataset names the
 * settings that made its stories.
 *
 * <p>The defaults were chosen on the republication corpus of {@code ../shared/eval/republish-dev}
 * (see README, "How stories are found"): with 5-word shingles, lightly edited wire copies have a
 * Jaccard similarity of 0.72 or more to their original and independently written reports of the
 * same event at most 0.2, with containment at most 0.4, while excerpts are contained entirely.
 *
 * @param shingleSize tokens per shingle (words; characters in scripts without spaces)
 * @param minShingles texts with fewer shingles are linked only as exact copies
 * @param bands LSH bands of the full-text signature
 * @param rows signature values per band; the full-text signature has {@code bands * rows}
 *     permutations
 * @param ledeShingles the lede is the set of a text's first this many shingles; 0 turns the lede
 *     candidates off
 * @param ledeBands LSH bands of the lede signature
 * @param ledeRows values per lede band
 * @param seed seed of the MinHash permutations
 * @param jaccard two texts are copies when their Jaccard similarity is at least this...
 * @param containment ...or when at least this share of the shorter text is in the longer
 * @param maxBucketSize a bucket holding more distinct texts is capped: its members are compared
 *     only with its first {@code bucketHubs} members, never all with all
 * @param bucketHubs members of a capped bucket that every other member is compared with
 * @param articlesPerShard the grouped steps key their data by shard, one shard per this many
 *     articles, and group within a shard in memory (see README)
 * @param componentRounds rounds (one large-star and one small-star step each) of the connected
 *     components; the run fails rather than write stories that did not converge
 * @param maxDaysApart two articles whose publication dates (both known) are more than this many
 *     days apart are never linked, even with the same text: republications follow their original
 *     within days, while the same text weeks apart is a re-used page or a reference text; 0 turns
 *     the limit off
 * @param minTitleOverlap two articles whose titles (both known) share less than this share of
 *     the shorter title's words are never linked: a different headline over the same body is a
 *     different article in this corpus (see README); 0 turns the check off
 */
public record DedupeConfig(
    int shingleSize,
    int minShingles,
    int bands,
    int rows,
    int ledeShingles,
    int ledeBands,
    int ledeRows,
    long seed,
    double jaccard,
    double containment,
    int maxBucketSize,
    int bucketHubs,
    int articlesPerShard,
    int componentRounds,
    int maxDaysApart,
    double minTitleOverlap)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The defaults, documented in the README. */
  public static final DedupeConfig DEFAULT =
      new DedupeConfig(5, 30, 16, 3, 50, 4, 2, 20251129L, 0.5, 0.8, 100, 4, 64, 20, 7, 0.5);

  /** Checks every setting; an IllegalArgumentException names the first bad one. */
  public DedupeConfig {
    require(shingleSize >= 1 && shingleSize <= 32, "--dedupeShingleSize", "between 1 and 32", shingleSize);
    require(minShingles >= 1, "minShingles", "at least 1", minShingles);
    require(bands >= 1 && rows >= 1 && bands * rows <= 1024, "--dedupeBands x --dedupeRows", "between 1 and 1024", bands * rows);
    require(ledeShingles >= 0, "ledeShingles", "0 (off) or more", ledeShingles);
    require(ledeBands >= 1 && ledeRows >= 1 && ledeBands * ledeRows <= 1024, "ledeBands x ledeRows", "between 1 and 1024", ledeBands * ledeRows);
    require(jaccard > 0 && jaccard <= 1, "--dedupeJaccard", "in (0, 1]", jaccard);
    require(containment > 0 && containment <= 1, "--dedupeContainment", "in (0, 1]", containment);
    require(maxBucketSize >= 2, "--dedupeMaxBucketSize", "at least 2", maxBucketSize);
    require(bucketHubs >= 1 && bucketHubs < maxBucketSize, "bucketHubs", "between 1 and maxBucketSize - 1", bucketHubs);
    require(articlesPerShard >= 1, "--dedupeArticlesPerShard", "at least 1", articlesPerShard);
    require(componentRounds >= 1, "--dedupeComponentRounds", "at least 1", componentRounds);
    require(maxDaysApart >= 0, "--dedupeMaxDaysApart", "0 (no limit) or more", maxDaysApart);
    require(minTitleOverlap >= 0 && minTitleOverlap <= 1, "--dedupeMinTitleOverlap", "in [0, 1]", minTitleOverlap);
  }

  /** The settings given on the command line, the defaults for the rest. */
  public static DedupeConfig fromOptions(DedupeOptions o) {
    return new DedupeConfig(
        o.getDedupeShingleSize(),
        DEFAULT.minShingles,
        o.getDedupeBands(),
        o.getDedupeRows(),
        DEFAULT.ledeShingles,
        DEFAULT.ledeBands,
        DEFAULT.ledeRows,
        o.getDedupeSeed(),
        o.getDedupeJaccard(),
        o.getDedupeContainment(),
        o.getDedupeMaxBucketSize(),
        Math.max(1, Math.min(DEFAULT.bucketHubs, o.getDedupeMaxBucketSize() - 1)),
        o.getDedupeArticlesPerShard(),
        o.getDedupeComponentRounds(),
        o.getDedupeMaxDaysApart(),
        o.getDedupeMinTitleOverlap());
  }

  /** Permutations the signer draws: enough for the full-text and the lede signatures. */
  public int permutations() {
    return Math.max(bands * rows, ledeShingles > 0 ? ledeBands * ledeRows : 0);
  }

  /** LSH bands in all: full-text bands, then lede bands. */
  public int lshBands() {
    return bands + (ledeShingles > 0 ? ledeBands : 0);
  }

  /** Band number of the exact-copy buckets, after every LSH band. */
  public int exactBand() {
    return lshBands();
  }

  /** Band number of the opening buckets (a text's first shingle), after the exact band. */
  public int openingBand() {
    return exactBand() + 1;
  }

  public DedupeConfig withJaccard(double value) {
    return new DedupeConfig(shingleSize, minShingles, bands, rows, ledeShingles, ledeBands, ledeRows, seed, value, containment, maxBucketSize, bucketHubs, articlesPerShard, componentRounds, maxDaysApart, minTitleOverlap);
  }

  public DedupeConfig withContainment(double value) {
    return new DedupeConfig(shingleSize, minShingles, bands, rows, ledeShingles, ledeBands, ledeRows, seed, jaccard, value, maxBucketSize, bucketHubs, articlesPerShard, componentRounds, maxDaysApart, minTitleOverlap);
  }

  public DedupeConfig withLedeShingles(int value) {
    return new DedupeConfig(shingleSize, minShingles, bands, rows, value, ledeBands, ledeRows, seed, jaccard, containment, maxBucketSize, bucketHubs, articlesPerShard, componentRounds, maxDaysApart, minTitleOverlap);
  }

  public DedupeConfig withMaxBucketSize(int value, int hubs) {
    return new DedupeConfig(shingleSize, minShingles, bands, rows, ledeShingles, ledeBands, ledeRows, seed, jaccard, containment, value, hubs, articlesPerShard, componentRounds, maxDaysApart, minTitleOverlap);
  }

  public DedupeConfig withArticlesPerShard(int value) {
    return new DedupeConfig(shingleSize, minShingles, bands, rows, ledeShingles, ledeBands, ledeRows, seed, jaccard, containment, maxBucketSize, bucketHubs, value, componentRounds, maxDaysApart, minTitleOverlap);
  }

  public DedupeConfig withComponentRounds(int value) {
    return new DedupeConfig(shingleSize, minShingles, bands, rows, ledeShingles, ledeBands, ledeRows, seed, jaccard, containment, maxBucketSize, bucketHubs, articlesPerShard, value, maxDaysApart, minTitleOverlap);
  }

  public DedupeConfig withMaxDaysApart(int value) {
    return new DedupeConfig(shingleSize, minShingles, bands, rows, ledeShingles, ledeBands, ledeRows, seed, jaccard, containment, maxBucketSize, bucketHubs, articlesPerShard, componentRounds, value, minTitleOverlap);
  }

  public DedupeConfig withMinTitleOverlap(double value) {
    return new DedupeConfig(shingleSize, minShingles, bands, rows, ledeShingles, ledeBands, ledeRows, seed, jaccard, containment, maxBucketSize, bucketHubs, articlesPerShard, componentRounds, maxDaysApart, value);
  }

  /** The settings as written into {@code _SUMMARY.json}, in a fixed order. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("shingle_size", shingleSize);
    m.put("min_shingles", minShingles);
    m.put("permutations", permutations());
    m.put("bands", bands);
    m.put("rows", rows);
    m.put("lede_shingles", ledeShingles);
    m.put("lede_bands", ledeBands);
    m.put("lede_rows", ledeRows);
    m.put("seed", seed);
    m.put("jaccard_threshold", jaccard);
    m.put("containment_threshold", containment);
    m.put("max_bucket_size", maxBucketSize);
    m.put("bucket_hubs", bucketHubs);
    m.put("articles_per_shard", articlesPerShard);
    m.put("component_rounds", componentRounds);
    m.put("max_days_apart", maxDaysApart);
    m.put("min_title_overlap", minTitleOverlap);
    return m;
  }

  private static void require(boolean ok, String name, String rule, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(name + " must be " + rule + ", was " + value);
    }
  }
}
