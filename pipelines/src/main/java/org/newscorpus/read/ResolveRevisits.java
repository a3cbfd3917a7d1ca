package org.newscorpus.read;

import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.Rejected;

/**
 * Gives each revisit the payload of the capture it repeats, by a join in the pipeline, never a
 * lookup in memory, so it works across files and workers.
 *
 * <p>Takes {@link ReadArchives#PAGES} and {@link ReadArchives#REVISITS}; gives {@link
 * ReadArchives#REVISIT_PAGES} (one page per resolved revisit, with the revisit's URL, date and
 * record id and the original's payload), {@link ReadArchives#REJECTED} (unresolved revisits, with
 * {@code keepSkipped} only) and {@link ReadArchives#TALLIES}.
 *
 * <p>Pages do not go through: nothing they meet waits for the revisits, so a runner never has to
 * hold them (Flink would spill every page body to disk). What waits is small: each
 * page offers its capture keys (payload digest, record id, target URI and date) with its file and
 * offset; the offers of keys that some revisit names ({@link RecordClassifier#revisitKey}) are
 * kept, by a side input of those keys; a {@link CoGroupByKey} matches each revisit to the first
 * capture offering its key, or skips it as {@code revisitUnresolved}. Then the matched revisits
 * are grouped by file, and each file's originals are read again at their offsets ({@link
 * ArchiveReader#pageAt}). A grouped key costs every runner some work (about 3 ms on the
 * DirectRunner), so the joins' keys follow the number of revisits and of files holding originals,
 * not of pages.
 */
final class ResolveRevisits extends PTransform<PCollectionTuple, PCollectionTuple> {

  static final TupleTag<KV<String, Long>> OFFERS = new TupleTag<KV<String, Long>>() {};
  static final TupleTag<Page> REVISIT_STUBS = new TupleTag<Page>() {};
  static final TupleTag<KV<String, KV<Long, Page>>> MATCHED = new TupleTag<KV<String, KV<Long, Page>>>() {};

  private final long maxPageBytes;
  private final boolean keepSkipped;

  ResolveRevisits(long maxPageBytes, boolean keepSkipped) {
    this.maxPageBytes = maxPageBytes;
    this.keepSkipped = keepSkipped;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollection<Page> pages = input.get(ReadArchives.PAGES);
    AvroCoder<Page> pageCoder = AvroCoder.specific(Page.class);
    PCollection<KV<String, Page>> keyToRevisit =
        input.get(ReadArchives.REVISITS)
            .apply("KeyRevisits", ParDo.of(new RevisitFns.KeyRevisitsFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), pageCoder));
    PCollectionView<Map<String, Iterable<Boolean>>> wanted = RevisitFns.keySet(keyToRevisit, "ViewWantedCaptures");
    KvCoder<String, KV<String, Long>> offerCoder =
        KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
    PCollection<KV<String, KV<String, Long>>> offers =
        pages.apply("OfferCaptureKeys", ParDo.of(new RevisitFns.OfferCaptureKeysFn()))
            .setCoder(offerCoder)
            .apply("KeepWantedCaptures", ParDo.of(new RevisitFns.KeepWantedFn(wanted)).withSideInputs(wanted))
            .setCoder(offerCoder);
    PCollectionTuple matched =
        KeyedPCollectionTuple.of(OFFERS, offers)
            .and(REVISIT_STUBS, keyToRevisit)
            .apply("MatchRevisitsToCaptures", CoGroupByKey.create())
            .apply("PickOriginals", ParDo.of(new RevisitFns.PickOriginalFn(keepSkipped))
                .withOutputTags(MATCHED, TupleTagList.of(ReadArchives.REJECTED).and(ReadArchives.TALLIES)));
    PCollectionTuple reread =
        matched.get(MATCHED)
            .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(VarLongCoder.of(), pageCoder)))
            .apply("GroupRevisitsByFile", GroupByKey.create())
            .apply("ReadOriginalsAgain", ParDo.of(new RevisitFns.ReadOriginalsAgainFn(maxPageBytes, keepSkipped))
                .withOutputTags(ReadArchives.PAGES, TupleTagList.of(ReadArchives.REJECTED).and(ReadArchives.TALLIES)));
    matched.get(ReadArchives.REJECTED).setCoder(AvroCoder.specific(Rejected.class));
    reread.get(ReadArchives.REJECTED).setCoder(AvroCoder.specific(Rejected.class));
    reread.get(ReadArchives.PAGES).setCoder(pageCoder);
    PCollection<KV<String, Long>> tallies =
        PCollectionList.of(matched.get(ReadArchives.TALLIES))
            .and(reread.get(ReadArchives.TALLIES))
            .apply("FlattenRevisitTallies", Flatten.pCollections());
    PCollection<Rejected> rejected =
        PCollectionList.of(matched.get(ReadArchives.REJECTED))
            .and(reread.get(ReadArchives.REJECTED))
            .apply("FlattenRevisitRejected", Flatten.pCollections());
    return PCollectionTuple.of(ReadArchives.REVISIT_PAGES, reread.get(ReadArchives.PAGES))
        .and(ReadArchives.REJECTED, rejected)
        .and(ReadArchives.TALLIES, tallies);
  }
}
