package org.newscorpus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.schema.Story;

class ReportDataTest {

  @TempDir Path dir;

  private static final LocalDate NOV_3 = LocalDate.of(2025, 11, 3);

  @Test
  void onlyTheTwentyMostRepublishedStoriesAreKeptMostFirst() {
    ReportData data = new ReportData();
    for (int i = 1; i <= 50; i++) {
      data.addStory(String.format("s%02d", i), "t" + i, NOV_3, i % 25 + 1, List.of("a.com"));
    }
    List<ReportData.TopStory> top = data.topStories();
    assertEquals(ReportData.TOP_STORIES, top.size());
    // sizes 25 (s24, s49), 24 (s23, s48), ...; ties by first published, then id
    assertEquals(List.of("s24", "s49", "s23", "s48"), top.subList(0, 4).stream().map(ReportData.TopStory::storyId).toList());
    assertEquals(50, data.stories());
    assertEquals(2L, data.storySizes().get(1));
  }

  @Test
  void aStoryOfOneArticleIsNotRepublished() {
    ReportData data = new ReportData();
    data.addStory("s1", "t", NOV_3, 1, List.of("a.com"));
    assertEquals(List.of(), data.topStories());
    assertEquals(Map.of(1, 1L), data.storySizes());
  }

  @Test
  void articlesGiveTheFirstPublisherAndTheSpreadOfATopStory() {
    ReportData data = new ReportData();
    data.addStory("a1", "Port record", NOV_3, 3, List.of("a.com", "b.com", "c.com"));
    data.addArticle("a2", "a1", "b.com", "B", NOV_3.plusDays(2), "fr");
    data.addArticle("a1", "a1", "a.com", "A News", NOV_3, "fr");
    data.addArticle("a3", "a1", "c.com", null, null, "ar");
    data.addArticle("x", "other", "c.com", null, NOV_3, null);
    ReportData.TopStory s = data.topStories().get(0);
    assertEquals("a.com", s.firstSource());
    assertEquals("A News", s.firstSourceName());
    assertEquals(2L, s.spreadDays());
    assertEquals(Map.of("fr", 2L, "ar", 1L, "unknown", 1L), data.articlesByLanguage());
    assertEquals(Map.of("b.com", 1L), data.articlesByDayAndSource().get("2025-11-05"));
    assertEquals(Map.of("c.com", 1L), data.articlesByDayAndSource().get(ReportData.UNKNOWN_DAY));
    assertEquals(4, data.articles());
  }

  @Test
  void aStoryWithoutDatesHasNoSpread() {
    ReportData data = new ReportData();
    data.addStory("a1", "t", null, 2, List.of("a.com"));
    data.addArticle("a1", "a1", "a.com", null, null, "fr");
    assertNull(data.topStories().get(0).spreadDays());
  }

  @Test
  void storiesMustComeBeforeArticles() {
    ReportData data = new ReportData();
    data.addArticle("a1", "a1", "a.com", null, NOV_3, "fr");
    assertThrows(IllegalStateException.class, () -> data.addStory("a1", "t", NOV_3, 2, List.of()));
  }

  @Test
  void examplesAreTheFirstThreeByFileAndOffsetWhateverTheOrderRead() {
    ReportData data = new ReportData();
    for (long offset : new long[] {50, 10, 40, 20, 30}) {
      data.addRejected("read", "truncatedRecord", new ReportData.Example("a.warc.gz", offset, null, "m", null));
    }
    List<Long> offsets =
        data.examples().get("read/truncatedRecord").stream().map(ReportData.Example::inputOffset).toList();
    assertEquals(List.of(10L, 20L, 30L), offsets);
    assertEquals(5, data.rejectedRecords());
  }

  @Test
  void readStreamsTheWrittenDatasetAndSkipsTemporaryFolders() throws IOException {
    Article a1 = article("a1", "a.com", NOV_3, "a1");
    Article a2 = article("a2", "b.com", NOV_3.plusDays(1), "a1");
    write(dir.resolve("articles/date=2025-11-03/source=a.com/part-00000-of-00001.avro"), a1);
    write(dir.resolve("articles/date=2025-11-04/source=b.com/part-00000-of-00001.avro"), a2);
    write(dir.resolve("articles/.temp-beam/x/part.avro"), article("tmp", "t.com", NOV_3, "tmp"));
    write(dir.resolve("stories/date=2025-11-03/part-00000-of-00001.avro"), Story.newBuilder()
        .setStoryId("a1").setCanonicalUrl("https://a.com/1").setTitle("T").setFirstPublished(NOV_3)
        .setArticleCount(2).setSites(List.of("a.com", "b.com")).setSources(List.of("a.com", "b.com"))
        .setLanguages(List.of("fr")).setArticleIds(List.of("a1", "a2")).build());
    write(dir.resolve("rejected/stage=read/part-00000-of-00001.avro"), Rejected.newBuilder()
        .setInputUri("x.warc.gz").setInputOffset(7L).setStage("read").setReason("truncatedRecord")
        .setMessage("truncated").build());

    ReportData data = ReportData.read(dir.toString());
    assertEquals(2, data.articles());
    assertEquals(1, data.stories());
    assertEquals(Map.of("a.com", 1L, "b.com", 1L), data.articlesBySource());
    ReportData.TopStory top = data.topStories().get(0);
    assertEquals("a.com", top.firstSource());
    assertEquals(1L, top.spreadDays());
    assertEquals(7L, data.examples().get("read/truncatedRecord").get(0).inputOffset());
  }

  @Test
  void aMissingTableReadsAsEmpty() throws IOException {
    ReportData data = ReportData.read(dir.resolve("nothing").toString());
    assertEquals(0, data.articles());
    assertEquals(0, data.rejectedRecords());
  }

  private static Article article(String id, String source, LocalDate date, String storyId) {
    return Article.newBuilder().setId(id).setUrl("https://" + source + "/" + id).setSite(source).setSource(source)
        .setSourceName(source.toUpperCase(java.util.Locale.ROOT)).setText("text").setAuthors(List.of())
        .setPublishedDate(date).setLanguage("fr").setInputUri("in.warc.gz").setContentHash("h").setStoryId(storyId)
        .setIsCanonical(id.equals(storyId)).setStorySize(2).build();
  }

  @SuppressWarnings("unchecked")
  private static <T extends SpecificRecord> void write(Path file, T record) throws IOException {
    Files.createDirectories(file.getParent());
    File f = file.toFile();
    try (DataFileWriter<T> w = new DataFileWriter<>(new SpecificDatumWriter<>((Class<T>) record.getClass()))) {
      w.create(record.getSchema(), f);
      w.append(record);
    }
  }
}
