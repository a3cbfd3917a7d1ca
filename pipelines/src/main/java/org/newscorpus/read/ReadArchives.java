package org.newscorpus.read;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.Read;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.Rejected;

/**
 * Reads the input files into pages.
 *
 * <p>Takes the expanded list of input files ({@link InputFiles}) and gives a tuple of:
 *
 * <ul>
 *   <li>{@link #PAGES}: HTTP 200 HTML responses and HTML resources of archives, and dump files;
 *       also in two parts, {@link #READ_PAGES} and {@link #REVISIT_PAGES};
 *   <li>{@link #REJECTED}: records that could not be read, with file, offset and reason (and the
 *       expected skips too with {@code keepSkipped});
 *   <li>{@link #TALLIES}: the accounting of every record read.
 * </ul>
 *
 * <p>Files are read where the runner runs a source ({@link InputFileSource}): at the job's
 * parallelism, each worker taking files while any are left. Revisits are then resolved by a join
 * in the pipeline ({@link ResolveRevisits}: a resolved revisit is a page, an unresolved one a skip {@code
 * revisitUnresolved}). With fewer than {@value #SPREAD_BELOW_FILES} files, the pages are spread
 * over workers again (a shuffle into {@value #SPREAD_BUCKETS} random buckets), so that extraction
 * spreads even when one archive holds most pages; with more files, spreading the files is enough
 * and the pages are not shuffled (a copy of every page saved). For every file, records read =
 * pages + skipped + rejected.
 */
public final class ReadArchives extends PTransform<PBegin, PCollectionTuple> {

  /** Every page: {@link #READ_PAGES} and {@link #REVISIT_PAGES} together. */
  public static final TupleTag<Page> PAGES = new TupleTag<Page>() {};
  /**
   * The pages of the files' own records (spread over workers when the files are few). A step that
   * takes them straight from here runs in the same task as the reading, where a runner chains
   * them, and no page crosses an exchange; a step that takes {@link #PAGES} cannot: the union of
   * two inputs ends the chain.
   */
  public static final TupleTag<Page> READ_PAGES = new TupleTag<Page>() {};
  /** One page per resolved revisit: the revisit's URL, date and record id, the original's payload. */
  public static final TupleTag<Page> REVISIT_PAGES = new TupleTag<Page>() {};
  /** Records that could not be read. */
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>() {};
  /** One tally per record read, skipped or rejected, and one per file with its record count. */
  public static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};
  /** Revisit stubs, before {@link ResolveRevisits} gives them a payload or skips them. */
  static final TupleTag<Page> REVISITS = new TupleTag<Page>() {};

  /** Below this many input files, pages are shuffled for extraction to spread over workers. */
  static final int SPREAD_BELOW_FILES = 8;
  /**
   * Random keys of that shuffle: enough to spread over a small cluster's slots, few enough that
   * the per-key cost of a runner (about 3 ms a key on the DirectRunner) stays negligible.
   */
  static final int SPREAD_BUCKETS = 64;

  private final List<InputFiles.InputFile> files;
  private final long maxPageBytes;
  private final boolean keepSkipped;

  private ReadArchives(List<InputFiles.InputFile> files, long maxPageBytes, boolean keepSkipped) {
    this.files = files;
    this.maxPageBytes = maxPageBytes;
    this.keepSkipped = keepSkipped;
  }

  /** Reads these files. */
  public static ReadArchives of(List<InputFiles.InputFile> files) {
    Objects.requireNonNull(files, "files");
    if (files.isEmpty()) {
      throw new IllegalArgumentException("files must not be empty");
    }
    return new ReadArchives(List.copyOf(files), 5L * 1024 * 1024, false);
  }

  /** Rejects pages larger than this many bytes as {@code tooLarge}. */
  public ReadArchives withMaxPageBytes(long maxPageBytes) {
    if (maxPageBytes <= 0) {
      throw new IllegalArgumentException("maxPageBytes must be positive, was " + maxPageBytes);
    }
    return new ReadArchives(files, maxPageBytes, keepSkipped);
  }

  /** Also writes expected skips to the rejected output. */
  public ReadArchives withKeepSkipped(boolean keepSkipped) {
    return new ReadArchives(files, maxPageBytes, keepSkipped);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollectionTuple read =
        input
            .apply("ListInputFiles", Read.from(new InputFileSource(files)))
            .apply(
                "ReadInputFiles",
                ParDo.of(new ReadInputFileFn(maxPageBytes, keepSkipped))
                    .withOutputTags(PAGES, TupleTagList.of(REJECTED).and(TALLIES).and(REVISITS)));
    read.get(PAGES).setCoder(AvroCoder.specific(Page.class));
    read.get(REVISITS).setCoder(AvroCoder.specific(Page.class));
    read.get(REJECTED).setCoder(AvroCoder.specific(Rejected.class));
    PCollectionTuple resolved =
        PCollectionTuple.of(PAGES, read.get(PAGES))
            .and(REVISITS, read.get(REVISITS))
            .apply("ResolveRevisits", new ResolveRevisits(maxPageBytes, keepSkipped));
    PCollection<Page> revisitPages = resolved.get(REVISIT_PAGES).setCoder(AvroCoder.specific(Page.class));
    PCollection<Page> pages = read.get(PAGES);
    if (files.size() < SPREAD_BELOW_FILES) {
      pages = pages.apply("SpreadPages", Reshuffle.<Page>viaRandomKey().withNumBuckets(SPREAD_BUCKETS));
    }
    PCollection<Page> allPages =
        PCollectionList.of(pages).and(revisitPages).apply("FlattenPages", Flatten.pCollections());
    return PCollectionTuple.of(PAGES, allPages)
        .and(READ_PAGES, pages)
        .and(REVISIT_PAGES, revisitPages)
        .and(REJECTED, PCollectionList.of(read.get(REJECTED)).and(resolved.get(REJECTED))
            .apply("FlattenReadRejected", Flatten.pCollections()))
        .and(TALLIES, PCollectionList.of(read.get(TALLIES)).and(resolved.get(TALLIES))
            .apply("FlattenReadTallies", Flatten.pCollections()));
  }
}
