package org.newscorpus.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.schema.Story;

/**
 * The figures of the run report, gathered from the written dataset in one streaming pass per
 * table: stories first (to know the most republished ones), then articles, then rejected records.
 *
 * <p>Memory stays bounded however big the dataset: it keeps counts per day and source, per
 * language and per story size, the top {@link #TOP_STORIES} stories, and {@link
 * #EXAMPLES_PER_REASON} examples per reason; records are read with a projection of the few fields
 * it needs, so article bodies are skipped, not decoded.
 */
public final class ReportData {

  /** How many of the most republished stories the report lists. */
  public static final int TOP_STORIES = 20;
  /** Examples kept per rejection or skip reason. */
  public static final int EXAMPLES_PER_REASON = 3;
  /** Day key of articles without a publication date. */
  public static final String UNKNOWN_DAY = "unknown";

  /** A most republished story, with what its articles tell about its spread. */
  public record TopStory(
      String storyId,
      String title,
      int articleCount,
      List<String> sites,
      LocalDate firstPublished,
      String firstSource,
      String firstSourceName,
      LocalDate earliest,
      LocalDate latest) {

    /** Days between the story's earliest and latest dated article; null without dates. */
    public Long spreadDays() {
      return earliest == null || latest == null ? null : ChronoUnit.DAYS.between(earliest, latest);
    }
  }

  /** One rejected (or kept skipped) record shown as an example of its reason. */
  public record Example(String inputUri, Long inputOffset, String url, String message, String excerpt) {}

  /** Most republished first; then the earliest, then by id, so that ties are always broken alike. */
  static final Comparator<TopStory> MOST_REPUBLISHED =
      Comparator.comparingInt(TopStory::articleCount)
          .reversed()
          .thenComparing(TopStory::firstPublished, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(TopStory::storyId);

  private static final Comparator<Example> EXAMPLE_ORDER =
      Comparator.comparing(Example::inputUri, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Example::inputOffset, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Example::url, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Example::message, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final Map<String, Map<String, Long>> articlesByDayAndSource = new TreeMap<>();
  private final Map<String, Long> articlesBySource = new TreeMap<>();
  private final Map<String, Long> articlesByLanguage = new TreeMap<>();
  private final TreeMap<Integer, Long> storySizes = new TreeMap<>();
  private final PriorityQueue<TopStory> top = new PriorityQueue<>(MOST_REPUBLISHED.reversed());
  private Map<String, TopStory> topById;
  private final Map<String, TreeSet<Example>> examples = new TreeMap<>();
  private long articles;
  private long stories;
  private long rejectedRecords;

  /** Reads the dataset under {@code output} (any Beam FileSystems scheme). */
  public static ReportData read(String output) throws IOException {
    ReportData data = new ReportData();
    forEach(output + "/stories", projection(Story.getClassSchema(),
        "story_id", "title", "first_published", "article_count", "sites"), r -> data.addStory(
            str(r, "story_id"), str(r, "title"), date(r, "first_published"), (Integer) r.get("article_count"),
            strings(r, "sites")));
    forEach(output + "/articles", projection(Article.getClassSchema(),
        "id", "story_id", "source", "source_name", "published_date", "language"), r -> data.addArticle(
            str(r, "id"), str(r, "story_id"), str(r, "source"), str(r, "source_name"), date(r, "published_date"),
            str(r, "language")));
    forEach(output + "/rejected", Rejected.getClassSchema(), r -> data.addRejected(
        str(r, "stage"), str(r, "reason"),
        new Example(str(r, "input_uri"), (Long) r.get("input_offset"), str(r, "url"), str(r, "message"),
            str(r, "excerpt"))));
    return data;
  }

  /** Counts a story and keeps it if among the most republished. Stories come before articles. */
  public void addStory(String storyId, String title, LocalDate firstPublished, int articleCount, List<String> sites) {
    if (topById != null) {
      throw new IllegalStateException("stories must be added before articles");
    }
    stories++;
    storySizes.merge(articleCount, 1L, Long::sum);
    if (articleCount < 2) {
      return; // not republished
    }
    top.add(new TopStory(storyId, title, articleCount, List.copyOf(sites), firstPublished, null, null, null, null));
    if (top.size() > TOP_STORIES) {
      top.poll();
    }
  }

  /** Counts an article, and notes its date and publisher when its story is a top story. */
  public void addArticle(
      String id, String storyId, String source, String sourceName, LocalDate published, String language) {
    if (topById == null) {
      topById = new HashMap<>();
      for (TopStory s : top) {
        topById.put(s.storyId(), s);
      }
    }
    articles++;
    String day = published == null ? UNKNOWN_DAY : published.toString();
    articlesByDayAndSource.computeIfAbsent(day, k -> new TreeMap<>()).merge(source, 1L, Long::sum);
    articlesBySource.merge(source, 1L, Long::sum);
    articlesByLanguage.merge(language == null ? "unknown" : language, 1L, Long::sum);
    TopStory s = topById.get(storyId);
    if (s != null) {
      boolean canonical = id.equals(storyId);
      LocalDate earliest = min(s.earliest(), published);
      LocalDate latest = published == null || (s.latest() != null && s.latest().isAfter(published)) ? s.latest() : published;
      topById.put(storyId, new TopStory(s.storyId(), s.title(), s.articleCount(), s.sites(), s.firstPublished(),
          canonical ? source : s.firstSource(), canonical ? sourceName : s.firstSourceName(), earliest, latest));
    }
  }

  /** Counts a rejected record and keeps it as an example of its reason if among the first. */
  public void addRejected(String stage, String reason, Example example) {
    rejectedRecords++;
    TreeSet<Example> kept = examples.computeIfAbsent(stage + "/" + reason, k -> new TreeSet<>(EXAMPLE_ORDER));
    kept.add(example);
    if (kept.size() > EXAMPLES_PER_REASON) {
      kept.pollLast();
    }
  }

  /** Articles by day ({@code YYYY-MM-DD}, or {@link #UNKNOWN_DAY} last), then source. */
  public Map<String, Map<String, Long>> articlesByDayAndSource() {
    return articlesByDayAndSource;
  }

  public Map<String, Long> articlesBySource() {
    return articlesBySource;
  }

  public Map<String, Long> articlesByLanguage() {
    return articlesByLanguage;
  }

  /** Number of stories by their article count. */
  public TreeMap<Integer, Long> storySizes() {
    return storySizes;
  }

  /** The most republished stories (two articles or more), most first. */
  public List<TopStory> topStories() {
    List<TopStory> list = new ArrayList<>(topById != null ? topById.values() : top);
    list.sort(MOST_REPUBLISHED);
    return list;
  }

  /** Example records by {@code stage/reason}. */
  public Map<String, List<Example>> examples() {
    Map<String, List<Example>> out = new TreeMap<>();
    examples.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
    return out;
  }

  public long articles() {
    return articles;
  }

  public long stories() {
    return stories;
  }

  public long rejectedRecords() {
    return rejectedRecords;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  /** A reader schema with only these fields of {@code full}: the others are skipped while decoding. */
  static Schema projection(Schema full, String... fields) {
    List<Schema.Field> kept = new ArrayList<>();
    for (String name : fields) {
      Schema.Field f = full.getField(name);
      if (f == null) {
        throw new IllegalArgumentException(full.getName() + " has no field " + name);
      }
      kept.add(new Schema.Field(f, f.schema()));
    }
    return Schema.createRecord(full.getName(), full.getDoc(), full.getNamespace(), false, kept);
  }

  /** Streams every record of the Avro files below {@code folder}, in path order. */
  static void forEach(String folder, Schema readerSchema, Consumer<GenericRecord> consumer) throws IOException {
    MatchResult match = FileSystems.match(folder + "/**", EmptyMatchTreatment.ALLOW);
    if (match.status() == MatchResult.Status.NOT_FOUND) {
      return;
    }
    List<String> files = new ArrayList<>();
    String prefix = FileSystems.matchNewResource(folder, true).toString();
    for (MatchResult.Metadata m : match.metadata()) {
      String uri = m.resourceId().toString();
      String relative = uri.startsWith(prefix) ? uri.substring(prefix.length()) : m.resourceId().getFilename();
      // a writer's temporary folders (.temp-beam, _temporary) are not part of the dataset
      if (uri.endsWith(".avro") && !relative.startsWith(".") && !relative.startsWith("_")
          && !relative.contains("/.") && !relative.contains("/_")) {
        files.add(uri);
      }
    }
    files.sort(null);
    for (String uri : files) {
      try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchNewResource(uri, false)));
          DataFileStream<GenericRecord> records = new DataFileStream<>(in, new GenericDatumReader<>(readerSchema))) {
        GenericRecord reuse = null;
        while (records.hasNext()) {
          reuse = records.next(reuse);
          consumer.accept(reuse);
        }
      }
    }
  }

  private static String str(GenericRecord r, String field) {
    Object v = r.get(field);
    return v == null ? null : v.toString();
  }

  private static LocalDate date(GenericRecord r, String field) {
    Object v = r.get(field);
    return v == null ? null : LocalDate.ofEpochDay(((Number) v).longValue());
  }

  private static List<String> strings(GenericRecord r, String field) {
    List<String> out = new ArrayList<>();
    Object v = r.get(field);
    if (v instanceof Iterable<?> items) {
      for (Object item : items) {
        out.add(item.toString());
      }
    }
    return out;
  }
}
