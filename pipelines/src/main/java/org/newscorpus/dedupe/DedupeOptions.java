package org.newscorpus.dedupe;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * Options of the deduplication stage: what to write, an earlier dataset to extend, and the
 * settings of {@link DedupeConfig} worth changing from the command line (the others keep their
 * documented defaults). Every setting used is written into {@code _SUMMARY.json}.
 */
public interface DedupeOptions extends PipelineOptions {

  /** What to do with the republications of a story. */
  enum Mode {
    /** Keep every article, marked with its story. */
    mark,
    /** Write only each story's canonical article; stories still list every member. */
    drop
  }

  @Description(
      "mark (default): keep every article, marked with story_id, is_canonical and duplicate_of."
          + " drop: write only canonical articles; the stories dataset still lists every member.")
  @Default.Enum("mark")
  Mode getDedupe();

  void setDedupe(Mode value);

  @Description(
      "Folder of an earlier run's dataset (written with --dedupe=mark) to extend: its articles are"
          + " read back, new republications of its stories join them under the earlier story_id,"
          + " and the earlier canonical article stays canonical unless a strictly earlier original"
          + " appears. The output holds the earlier articles and the new ones. Unset: a fresh run.")
  String getPreviousOutput();

  void setPreviousOutput(String value);

  @Description("Tokens per shingle: words, or characters in scripts written without spaces.")
  @Default.Integer(5)
  int getDedupeShingleSize();

  void setDedupeShingleSize(int value);

  @Description("LSH bands of the full-text MinHash signature (bands x rows permutations).")
  @Default.Integer(16)
  int getDedupeBands();

  void setDedupeBands(int value);

  @Description("Signature values per LSH band: more rows, fewer and closer candidates.")
  @Default.Integer(3)
  int getDedupeRows();

  void setDedupeRows(int value);

  @Description("Seed of the MinHash permutations.")
  @Default.Long(20251129L)
  long getDedupeSeed();

  void setDedupeSeed(long value);

  @Description("Two texts are copies when the Jaccard similarity of their shingle sets is at least this...")
  @Default.Double(0.5)
  double getDedupeJaccard();

  void setDedupeJaccard(double value);

  @Description("...or when at least this share of the shorter text's shingles is in the longer one.")
  @Default.Double(0.8)
  double getDedupeContainment();

  void setDedupeContainment(double value);

  @Description(
      "A bucket of more distinct texts than this (a boilerplate sentence shared by thousands of"
          + " pages) is capped: its members are compared with its first few members only. Counted"
          + " in _SUMMARY.json as cappedBuckets.")
  @Default.Integer(100)
  int getDedupeMaxBucketSize();

  void setDedupeMaxBucketSize(int value);

  @Description(
      "Grouped dedupe steps key their data by shard, one shard per this many articles expected"
          + " from the input's size (see --dedupeShards), and work shard by shard in memory. The"
          + " output does not depend on it.")
  @Default.Integer(64)
  int getDedupeArticlesPerShard();

  void setDedupeArticlesPerShard(int value);

  @Description(
      "Shards of the grouped dedupe steps. 0 (default): one per --dedupeArticlesPerShard articles"
          + " expected from the size of the input files (and of --previousOutput's articles), at most"
          + " 4 on the DirectRunner, fixed before the run starts. The output does not depend on it.")
  @Default.Integer(0)
  int getDedupeShards();

  void setDedupeShards(int value);

  @Description(
      "Rounds of the connected components (one grouping each). Stories converge in a few; a chain"
          + " of 100,000 articles, each linked only to the next, needs about 17. The run fails rather"
          + " than write unconverged stories.")
  @Default.Integer(20)
  int getDedupeComponentRounds();

  void setDedupeComponentRounds(int value);

  @Description(
      "Articles whose publication dates are more than this many days apart are never linked, even"
          + " with the same text (0: no limit).")
  @Default.Integer(7)
  int getDedupeMaxDaysApart();

  void setDedupeMaxDaysApart(int value);

  @Description(
      "Articles whose titles share less than this share of the shorter title's words are never"
          + " linked (0: titles are not compared).")
  @Default.Double(0.5)
  double getDedupeMinTitleOverlap();

  void setDedupeMinTitleOverlap(double value);
}
