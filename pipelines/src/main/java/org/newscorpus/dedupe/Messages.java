package org.newscorpus.dedupe;

import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.join.RawUnionValue;
import org.apache.beam.sdk.transforms.join.UnionCoder;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.newscorpus.schema.Article;

/**
 * The messages the dedupe stage's joins exchange, keyed by shard: one tagged union with one coder,
 * so that every producer emits its messages already keyed and tagged (no extra step per article)
 * and any set of them can be flattened and grouped together.
 *
 * <p>A join is a {@code GroupByKey} of the flattened messages on their shard; the step reading a
 * group makes one pass over it (a shard holds a bounded number of articles), so no runner has to
 * give a group that can be iterated twice.
 */
final class Messages {

  /** A {@link Fingerprint}. */
  static final int FINGERPRINT = 0;
  /** A candidate pair: {@code KV<String, String>}, first id and second id. */
  static final int PAIR = 1;
  /** A fingerprint sent to the shard of its partners: {@code KV<Fingerprint, List<String>>}. */
  static final int PROBE = 2;
  /** A component label: {@code KV<String, String>}, article id and label. */
  static final int LABEL = 3;
  /** A story mark: {@code KV<String, StoryMark>}, article id and mark. */
  static final int MARK = 4;
  /** An article of this run. */
  static final int ARTICLE = 5;
  /** An article of the earlier dataset. */
  static final int PREVIOUS_ARTICLE = 6;
  /** The id of an article of this run. */
  static final int ID = 7;

  private static final KvCoder<Integer, RawUnionValue> CODER =
      KvCoder.of(
          VarIntCoder.of(),
          UnionCoder.of(
              List.of(
                  Fingerprint.Coder.of(),
                  KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()),
                  KvCoder.of(Fingerprint.Coder.of(), ListCoder.of(StringUtf8Coder.of())),
                  KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()),
                  KvCoder.of(StringUtf8Coder.of(), StoryMark.Coder.of()),
                  AvroCoder.specific(Article.class),
                  AvroCoder.specific(Article.class),
                  StringUtf8Coder.of())));

  private Messages() {}

  /** The coder of keyed messages. */
  static KvCoder<Integer, RawUnionValue> coder() {
    return CODER;
  }

  /** A message for {@code shard}. */
  static KV<Integer, RawUnionValue> of(int shard, int tag, Object value) {
    return KV.of(shard, new RawUnionValue(tag, value));
  }

  /** Flattens message collections and groups them by shard: one join. */
  static PCollection<KV<Integer, Iterable<RawUnionValue>>> join(
      PCollectionList<KV<Integer, RawUnionValue>> messages, String flattenName, String groupName) {
    return messages.apply(flattenName, Flatten.pCollections()).setCoder(CODER).apply(groupName, GroupByKey.create());
  }
}
