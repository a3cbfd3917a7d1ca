package org.newscorpus.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Create;
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
 *   <li>{@link #REJECTED}: records that could not be read, with file, offset and reason (and the
 *       expected skips too with {@code keepSkipped});
 *   <li>{@link #TALLIES}: the accounting of every record read.
 * </ul>
 *
 * <p>Files are spread over workers before reading. Revisits are then resolved by a join in the
 * pipeline ({@link ResolveRevisits}: a resolved revisit is a page, an unresolved one a skip {@code
 * revisitUnresolved}). With fewer than {@value #SPREAD_BELOW_FILES} files, the pages are spread
 * over workers again (a shuffle into {@value #SPREAD_BUCKETS} random buckets), so that extraction
 * spreads even when one archive holds most pages; with more files, spreading the files is enough
 * and the pages are not shuffled (a copy of every page saved). For every file, records read =
 * pages + skipped + rejected.
 */
public final class ReadArchives extends PTransform<PBegin, PCollectionTuple> {

  /** Pages for extraction. */
  public static final TupleTag<Page> PAGES = new TupleTag<Page>() {};
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
    List<KV<String, String>> uriToRelativePath = new ArrayList<>();
    for (InputFiles.InputFile file : files) {
      uriToRelativePath.add(KV.of(file.uri(), file.relativePath()));
    }
    PCollectionTuple read =
        input
            .apply("ListInputFiles", Create.of(uriToRelativePath))
            .apply("SpreadInputFiles", Reshuffle.viaRandomKey())
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
    resolved.get(PAGES).setCoder(AvroCoder.specific(Page.class));
    PCollection<Page> pages = resolved.get(PAGES);
    if (files.size() < SPREAD_BELOW_FILES) {
      pages = pages.apply("SpreadPages", Reshuffle.<Page>viaRandomKey().withNumBuckets(SPREAD_BUCKETS));
    }
    return PCollectionTuple.of(PAGES, pages)
        .and(REJECTED, PCollectionList.of(read.get(REJECTED)).and(resolved.get(REJECTED))
            .apply("FlattenReadRejected", Flatten.pCollections()))
        .and(TALLIES, PCollectionList.of(read.get(TALLIES)).and(resolved.get(TALLIES))
            .apply("FlattenReadTallies", Flatten.pCollections()));
  }
}
