package org.newscorpus.dedupe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newscorpus.accounting.Tally;
import org.newscorpus.schema.Article;

/**
 * In an incremental run, keeps the earlier dataset's articles except those this run extracted
 * again (the same capture, so the same id: an archive read twice): the fresh extraction replaces
 * them, and no id appears twice in the output. Counted as {@code previousArticles} (kept) and
 * {@code previousSuperseded}.
 *
 * <p>Takes {@link #IDS} (this run's ids, as messages to their shard) and {@link #PREVIOUS} (the
 * earlier articles); gives {@link #KEPT} and {@link #TALLIES}.
 */
final class SupersedePrevious extends PTransform<PCollectionTuple, PCollectionTuple> {

  static final TupleTag<KV<Integer, RawUnionValue>> IDS = new TupleTag<KV<Integer, RawUnionValue>>() {};
  static final TupleTag<Article> PREVIOUS = new TupleTag<Article>() {};
  static final TupleTag<Article> KEPT = new TupleTag<Article>() {};
  static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  private final int shards;

  SupersedePrevious(int shards) {
    this.shards = shards;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollection<KV<Integer, RawUnionValue>> earlier =
        input.get(PREVIOUS).apply("KeyPreviousArticles", ParDo.of(new KeyPreviousFn(shards)))
            .setCoder(Messages.coder());
    PCollectionTuple kept =
        Messages.join(PCollectionList.of(input.get(IDS)).and(earlier), "FlattenIdsAndPrevious", "JoinPreviousWithArticleIds")
            .apply("DropReextracted", ParDo.of(new DropReextractedFn()).withOutputTags(KEPT, TupleTagList.of(TALLIES)));
    kept.get(KEPT).setCoder(AvroCoder.specific(Article.class));
    kept.get(TALLIES).setCoder(KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of()));
    return kept;
  }

  /** Sends an earlier article to the shard of its id. */
  static final class KeyPreviousFn extends DoFn<Article, KV<Integer, RawUnionValue>> {
    private final int shards;

    KeyPreviousFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void processElement(ProcessContext c) {
      Article a = c.element();
      c.output(Messages.of(Hash64.shard(a.getId(), shards), Messages.PREVIOUS_ARTICLE, a));
    }
  }

  /** Keeps the earlier articles of one shard whose id this run did not extract. */
  static final class DropReextractedFn extends DoFn<KV<Integer, Iterable<RawUnionValue>>, Article> {
    @ProcessElement
    public void processElement(ProcessContext c) {
      Set<String> fresh = new HashSet<>();
      List<Article> previous = new ArrayList<>();
      for (RawUnionValue v : c.element().getValue()) {
        if (v.getUnionTag() == Messages.ID) {
          fresh.add((String) v.getValue());
        } else {
          previous.add((Article) v.getValue());
        }
      }
      long superseded = 0;
      for (Article a : previous) {
        if (fresh.contains(a.getId())) {
          superseded++;
        } else {
          c.output(KEPT, a);
        }
      }
      c.output(TALLIES, Tally.dedupe("previousArticles", previous.size() - superseded));
      if (superseded > 0) {
        c.output(TALLIES, Tally.dedupe("previousSuperseded", superseded));
      }
    }
  }
}
