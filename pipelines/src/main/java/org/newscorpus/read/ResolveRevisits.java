package org.newscorpus.read;

import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Flatten;
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
 * ReadArchives#PAGES} (every page, plus one page per resolved revisit, with the revisit's URL,
 * date and record id and the original's payload), {@link ReadArchives#REJECTED} (unresolved
 * revisits, with {@code keepSkipped} only) and {@link ReadArchives#TALLIES}.
 *
 * <p>Steps: every page offers those of its keys (payload digest, record id, target URI and date)
 * that some revisit names, with its own page key; a first {@link CoGroupByKey} matches each
 * revisit's key ({@link RecordClassifier#revisitKey}) to the smallest page key offering it, or
 * skips the revisit as {@code revisitUnresolved}; a second one, keyed by page key, hands each
 * matched revisit its original's payload. Only originals of revisits take part in the joins: the
 * other pages pass straight through. A grouped key costs every runner some work (about 3 ms on the
 * DirectRunner) and a page body moved through a join costs a copy, so the joins' size follows the
 * number of revisits, not of pages; the side inputs that pick the pages hold one key per revisit.
 */
final class ResolveRevisits extends PTransform<PCollectionTuple, PCollectionTuple> {

  static final TupleTag<String> ORIGINAL_PAGE_KEYS = new TupleTag<String>() {};
  static final TupleTag<Page> REVISIT_STUBS = new TupleTag<Page>() {};
  static final TupleTag<Page> PAGES_BY_KEY = new TupleTag<Page>() {};
  static final TupleTag<KV<String, Page>> MATCHED = new TupleTag<KV<String, Page>>() {};
  static final TupleTag<Page> UNJOINED = new TupleTag<Page>() {};
  static final TupleTag<KV<String, Page>> ORIGINALS = new TupleTag<KV<String, Page>>() {};

  private final boolean keepSkipped;

  ResolveRevisits(boolean keepSkipped) {
    this.keepSkipped = keepSkipped;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollection<Page> pages = input.get(ReadArchives.PAGES);
    KvCoder<String, Page> keyedPageCoder = KvCoder.of(StringUtf8Coder.of(), AvroCoder.of(Page.class));
    PCollection<KV<String, Page>> keyToRevisit =
        input.get(ReadArchives.REVISITS)
            .apply("KeyRevisits", ParDo.of(new RevisitFns.KeyRevisitsFn()))
            .setCoder(keyedPageCoder);
    PCollectionView<Map<String, Iterable<Boolean>>> wanted = RevisitFns.keySet(keyToRevisit, "ViewWantedCaptures");
    PCollection<KV<String, String>> keyToPageKey =
        pages.apply("OfferCaptureKeys", ParDo.of(new RevisitFns.OfferCaptureKeysFn(wanted)).withSideInputs(wanted));
    PCollectionTuple matched =
        KeyedPCollectionTuple.of(ORIGINAL_PAGE_KEYS, keyToPageKey)
            .and(REVISIT_STUBS, keyToRevisit)
            .apply("MatchRevisitsToCaptures", CoGroupByKey.create())
            .apply("PickOriginals", ParDo.of(new RevisitFns.PickOriginalFn(keepSkipped))
                .withOutputTags(MATCHED, TupleTagList.of(ReadArchives.REJECTED).and(ReadArchives.TALLIES)));
    PCollection<KV<String, Page>> pageKeyToRevisit = matched.get(MATCHED).setCoder(keyedPageCoder);
    PCollectionView<Map<String, Iterable<Boolean>>> originals = RevisitFns.keySet(pageKeyToRevisit, "ViewOriginals");
    PCollectionTuple split =
        pages.apply("SetAsideOriginals", ParDo.of(new RevisitFns.SetAsideOriginalsFn(originals))
            .withSideInputs(originals).withOutputTags(UNJOINED, TupleTagList.of(ORIGINALS)));
    PCollectionTuple attached =
        KeyedPCollectionTuple.of(PAGES_BY_KEY, split.get(ORIGINALS).setCoder(keyedPageCoder))
            .and(REVISIT_STUBS, pageKeyToRevisit)
            .apply("JoinRevisitsToPayloads", CoGroupByKey.create())
            .apply("AttachPayloads", ParDo.of(new RevisitFns.AttachPayloadFn())
                .withOutputTags(ReadArchives.PAGES, TupleTagList.of(ReadArchives.TALLIES)));
    matched.get(ReadArchives.REJECTED).setCoder(AvroCoder.of(Rejected.class));
    split.get(UNJOINED).setCoder(AvroCoder.of(Page.class));
    attached.get(ReadArchives.PAGES).setCoder(AvroCoder.of(Page.class));
    PCollection<KV<String, Long>> tallies =
        PCollectionList.of(matched.get(ReadArchives.TALLIES))
            .and(attached.get(ReadArchives.TALLIES))
            .apply("FlattenRevisitTallies", Flatten.pCollections());
    PCollection<Page> allPages =
        PCollectionList.of(split.get(UNJOINED)).and(attached.get(ReadArchives.PAGES))
            .apply("FlattenPages", Flatten.pCollections());
    return PCollectionTuple.of(ReadArchives.PAGES, allPages)
        .and(ReadArchives.REJECTED, matched.get(ReadArchives.REJECTED))
        .and(ReadArchives.TALLIES, tallies);
  }
}
