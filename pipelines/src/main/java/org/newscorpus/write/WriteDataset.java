package org.newscorpus.write;

import java.util.Objects;
import org.apache.avro.file.CodecFactory;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.io.AvroDatumFactory;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.transforms.Contextful;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newscorpus.accounting.SumTallies;
import org.newscorpus.accounting.Tally;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.schema.Story;

/**
 * Writes the dataset under one output folder, in the layout of CONTRACT.md:
 *
 * <pre>
 * articles/date=YYYY-MM-DD/source=SOURCE/part-SSSSS-of-NNNNN.avro
 * stories/date=YYYY-MM-DD/part-SSSSS-of-NNNNN.avro
 * rejected/stage=STAGE/part-SSSSS-of-NNNNN.avro
 * _accounting/tallies.tsv   (summed tallies, turned into _SUMMARY.json by the driver)
 * </pre>
 *
 * <p>Takes a tuple holding {@link #ARTICLES}, {@link #STORIES}, {@link #REJECTED} and {@link
 * #TALLIES}. Files are written to a temporary folder and renamed when complete, so a restarted
 * job leaves no partial file.
 */
public final class WriteDataset extends PTransform<PCollectionTuple, PDone> {

  public static final TupleTag<Article> ARTICLES = new TupleTag<Article>() {};
  public static final TupleTag<Story> STORIES = new TupleTag<Story>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>() {};
  public static final TupleTag<KV<String, Long>> TALLIES = new TupleTag<KV<String, Long>>() {};

  /** Folder, below the output, of the in-pipeline accounting the driver reads at the end. */
  public static final String ACCOUNTING_DIR = "_accounting";
  /** File name of the summed tallies in {@link #ACCOUNTING_DIR}. */
  public static final String TALLIES_FILE = "tallies.tsv";

  private final String output;
  private final String codec;
  private final int shards;

  private WriteDataset(String output, String codec, int shards) {
    this.output = output;
    this.codec = codec;
    this.shards = shards;
  }

  /** Writes under {@code output}, Snappy-compressed, one file per partition. */
  public static WriteDataset to(String output) {
    Objects.requireNonNull(output, "output");
    return new WriteDataset(stripSlash(output), "snappy", 1);
  }

  /** Uses this Avro codec: snappy, deflate, zstandard, bzip2, xz or null. */
  public WriteDataset withCodec(String codec) {
    codecFactory(codec);
    return new WriteDataset(output, codec, shards);
  }

  /** Writes this many files per partition folder. */
  public WriteDataset withShardsPerPartition(int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("shardsPerPartition must be at least 1, was " + shards);
    }
    return new WriteDataset(output, codec, shards);
  }

  /** The Avro codec named {@code name}, or an IllegalArgumentException naming the choices. */
  public static CodecFactory codecFactory(String name) {
    try {
      return CodecFactory.fromString(name == null ? "snappy" : name.trim().toLowerCase(java.util.Locale.ROOT));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "--codec: unknown Avro codec '" + name + "'; use snappy, deflate, zstandard, bzip2, xz or null", e);
    }
  }

  @Override
  public PDone expand(PCollectionTuple input) {
    PCollection<Article> articles = input.get(ARTICLES);
    PCollection<Story> stories = input.get(STORIES);
    PCollection<Rejected> rejected = input.get(REJECTED);

    articles.apply(
        "WriteArticles",
        FileIO.<String, Article>writeDynamic()
            .by(Partitions::of)
            .withDestinationCoder(StringUtf8Coder.of())
            .via(Contextful.fn(a -> a), AvroIO.sink(Article.class).withDatumWriterFactory(AvroDatumFactory.specific(Article.class)).withCodec(codecFactory(codec)))
            .to(output + "/articles")
            .withNaming(partition -> FileIO.Write.defaultNaming(partition + "/part", ".avro"))
            .withNumShards(shards));
    stories.apply(
        "WriteStories",
        FileIO.<String, Story>writeDynamic()
            .by(Partitions::of)
            .withDestinationCoder(StringUtf8Coder.of())
            .via(Contextful.fn(s -> s), AvroIO.sink(Story.class).withDatumWriterFactory(AvroDatumFactory.specific(Story.class)).withCodec(codecFactory(codec)))
            .to(output + "/stories")
            .withNaming(partition -> FileIO.Write.defaultNaming(partition + "/part", ".avro"))
            .withNumShards(shards));
    rejected.apply(
        "WriteRejected",
        FileIO.<String, Rejected>writeDynamic()
            .by(Partitions::of)
            .withDestinationCoder(StringUtf8Coder.of())
            .via(Contextful.fn(r -> r), AvroIO.sink(Rejected.class).withDatumWriterFactory(AvroDatumFactory.specific(Rejected.class)).withCodec(codecFactory(codec)))
            .to(output + "/rejected")
            .withNaming(partition -> FileIO.Write.defaultNaming(partition + "/part", ".avro"))
            .withNumShards(shards));

    PCollection<KV<String, Long>> written =
        articles.apply(
            "TallyArticlesWritten",
            MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                .via(a -> Tally.of(Tally.ARTICLES_WRITTEN)));
    PCollection<KV<String, Long>> truncatedCount =
        articles
            .apply("KeepTruncatedArticles", Filter.by(a -> a.getTruncated() != null))
            .apply(
                "TallyTruncatedArticles",
                MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                    .via(a -> Tally.truncated(a.getTruncated())));
    PCollection<KV<String, Long>> storyCount =
        stories.apply(
            "TallyStories",
            MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                .via(s -> Tally.of(Tally.STORIES)));
    PCollectionList.of(input.get(TALLIES))
        .and(written)
        .and(truncatedCount)
        .and(storyCount)
        .apply("FlattenTallies", Flatten.pCollections())
        .apply("SumTallies", SumTallies.perKey())
        .apply(
            "FormatTallies",
            MapElements.into(TypeDescriptors.strings()).via(kv -> kv.getValue() + "\t" + kv.getKey()))
        .apply(
            "WriteTallies",
            TextIO.write().to(output + "/" + ACCOUNTING_DIR + "/" + TALLIES_FILE).withoutSharding());
    return PDone.in(input.getPipeline());
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") && s.length() > 1 ? s.substring(0, s.length() - 1) : s;
  }
}
