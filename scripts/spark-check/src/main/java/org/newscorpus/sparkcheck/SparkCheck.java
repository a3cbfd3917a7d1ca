package org.newscorpus.sparkcheck;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Loads a newscorpus dataset with Spark's own Avro reader, exactly as the README tells users to
 * ({@code spark.read.format("avro").load(DIR + "/articles")}), and checks what a user relies on:
 *
 * <ul>
 *   <li>partition discovery gives {@code date} as a date column (null for {@code
 *       __HIVE_DEFAULT_PARTITION__}) and {@code source} / {@code stage} as string columns;
 *   <li>Avro {@code date} fields are DateType, {@code timestamp-millis} fields TimestampType, and
 *       every article's {@code date} folder equals its {@code published_date};
 *   <li>the record counts equal {@code _SUMMARY.json}'s, and the {@code source} folders hold the
 *       records' own {@code source};
 *   <li>a filter on {@code source} and {@code date} prunes partitions.
 * </ul>
 *
 * <p>Takes the dataset folder; prints what it found; exits 0 when every check passes, 1 when one
 * fails, 2 for a usage error.
 */
public final class SparkCheck {

  private final SparkSession spark;
  private final String dataset;
  private final PrintStream out;
  private final List<String> failures = new ArrayList<>();

  SparkCheck(SparkSession spark, String dataset, PrintStream out) {
    this.spark = spark;
    this.dataset = dataset;
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: SparkCheck DATASET_DIR");
      System.exit(2);
    }
    String dataset = new File(args[0]).getAbsolutePath();
    if (!new File(dataset, "_SUMMARY.json").isFile()) {
      System.err.println("error: " + dataset + " holds no _SUMMARY.json: not a completed newscorpus dataset");
      System.exit(2);
    }
    SparkSession spark =
        SparkSession.builder()
            .appName("newscorpus-spark-check")
            .master("local[2]")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    int code;
    try {
      code = new SparkCheck(spark, dataset, System.out).run() ? 0 : 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs every check and prints the outcome; true when all passed. */
  boolean run() throws IOException {
    JsonNode summary = new ObjectMapper().readTree(new File(dataset, "_SUMMARY.json"));
    out.println("spark " + spark.version() + ", dataset " + dataset);
    checkArticles(summary);
    checkStories(summary);
    checkRejected(summary);
    if (failures.isEmpty()) {
      out.println("spark check: passed");
      return true;
    }
    for (String f : failures) {
      out.println("FAILED: " + f);
    }
    out.println("spark check: " + failures.size() + " failure(s)");
    return false;
  }

  private void checkArticles(JsonNode summary) {
    // what the README tells users to write
    Dataset<Row> articles = spark.read().format("avro").load(dataset + "/articles");
    StructType schema = articles.schema();
    out.println("articles schema:");
    out.print(schema.treeString());
    expectType(schema, "date", DataTypes.DateType);
    expectType(schema, "source", DataTypes.StringType);
    expectType(schema, "published_date", DataTypes.DateType);
    expectType(schema, "published_at", DataTypes.TimestampType);
    expectType(schema, "crawled_at", DataTypes.TimestampType);

    long count = articles.count();
    long expected = summary.path("articles_written").asLong(-1);
    out.println("articles: " + count + " rows (_SUMMARY.json articles_written: " + expected + ")");
    expect(count == expected, "articles: Spark counts " + count + ", _SUMMARY.json says " + expected);

    long dateMismatch = articles.where("NOT (date <=> published_date)").count();
    long unknownDates = articles.where("date IS NULL").count();
    out.println("articles whose date folder differs from published_date: " + dateMismatch
        + "; with an unknown date: " + unknownDates);
    expect(dateMismatch == 0, dateMismatch + " articles have a date folder other than their published_date");
    Row range = articles.agg(org.apache.spark.sql.functions.min("date"), org.apache.spark.sql.functions.max("date")).first();
    out.println("dates: " + range.get(0) + " .. " + range.get(1));

    // the source folders hold the records' own source: count by folder and by the field read
    // without partition discovery, which must agree
    Map<String, Long> byFolder = countsBy(articles, "source");
    Dataset<Row> flat =
        spark.read().format("avro").option("recursiveFileLookup", "true").load(dataset + "/articles");
    Map<String, Long> byField = countsBy(flat, "source");
    out.println("articles by source (folder): " + byFolder);
    expect(byFolder.equals(byField), "source folders " + byFolder + " differ from the records' source " + byField);

    if (!byFolder.isEmpty() && range.get(0) != null) {
      String source = byFolder.keySet().iterator().next();
      Dataset<Row> filtered =
          articles.where(col("source").equalTo(source).and(col("date").equalTo(range.get(0))));
      String plan = filtered.queryExecution().executedPlan().toString();
      boolean pruned = plan.contains("PartitionFilters: [") && plan.matches("(?s).*PartitionFilters: \\[[^\\]]*source.*");
      out.println("filter source=" + source + " date=" + range.get(0) + ": " + filtered.count()
          + " rows, partition pruning " + (pruned ? "used" : "NOT used"));
      expect(pruned, "a filter on source and date does not prune partitions:\n" + plan);
    }
  }

  private void checkStories(JsonNode summary) {
    Dataset<Row> stories = spark.read().format("avro").load(dataset + "/stories");
    expectType(stories.schema(), "date", DataTypes.DateType);
    expectType(stories.schema(), "first_published", DataTypes.DateType);
    long count = stories.count();
    long expected = summary.path("stories").asLong(-1);
    out.println("stories: " + count + " rows (_SUMMARY.json stories: " + expected + ")");
    expect(count == expected, "stories: Spark counts " + count + ", _SUMMARY.json says " + expected);
    long mismatch = stories.where("NOT (date <=> first_published)").count();
    expect(mismatch == 0, mismatch + " stories have a date folder other than their first_published");
  }

  private void checkRejected(JsonNode summary) {
    long rejected = summary.path("rejected").path("total").asLong(0);
    long skipped = summary.path("skipped").path("total").asLong(0);
    if (!new File(dataset, "rejected").isDirectory()) {
      out.println("rejected: no folder (_SUMMARY.json rejected: " + rejected + ")");
      expect(rejected == 0, "no rejected folder, but _SUMMARY.json counts " + rejected + " rejected records");
      return;
    }
    Dataset<Row> records = spark.read().format("avro").load(dataset + "/rejected");
    expectType(records.schema(), "stage", DataTypes.StringType);
    long count = records.count();
    out.println("rejected: " + count + " rows (_SUMMARY.json rejected: " + rejected + ", skipped: " + skipped + ")");
    out.println("rejected by stage (folder): " + countsBy(records, "stage"));
    // with --keepSkipped the skips are written too
    expect(count == rejected || count == rejected + skipped,
        "rejected: Spark counts " + count + ", _SUMMARY.json says " + rejected + " (+" + skipped + " skipped)");
  }

  private static Map<String, Long> countsBy(Dataset<Row> rows, String column) {
    Map<String, Long> counts = new TreeMap<>();
    for (Row r : rows.groupBy(column).count().collectAsList()) {
      counts.put(r.isNullAt(0) ? "(null)" : r.getString(0), r.getLong(1));
    }
    return counts;
  }

  private void expectType(StructType schema, String field, DataType type) {
    int i = java.util.Arrays.asList(schema.fieldNames()).indexOf(field);
    if (i < 0) {
      failures.add("no column " + field + " in " + schema.simpleString());
      return;
    }
    DataType actual = schema.fields()[i].dataType();
    expect(actual.equals(type), "column " + field + " is " + actual.simpleString() + ", expected " + type.simpleString());
  }

  private void expect(boolean ok, String failure) {
    if (!ok) {
      failures.add(failure);
    }
  }
}
