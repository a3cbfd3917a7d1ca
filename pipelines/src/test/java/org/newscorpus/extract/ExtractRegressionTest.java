package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newscorpus.evaluate.ExtractionEvaluator;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Page;
import org.newscorpus.schema.PageFormat;

/**
 * Replays every page of {@code src/test/resources/extract-regression}: adding a page and its
 * {@code .json} expectations adds a test (the folder's README says the format).
 */
class ExtractRegressionTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> pages() throws IOException, URISyntaxException {
    Path dir = Path.of(ExtractRegressionTest.class.getResource("/extract-regression").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().matches(".*\\.(html|html\\.gz|txt)$"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pageComesOutAsItsExpectationsSay(Path page) throws IOException {
    String name = page.getFileName().toString().replaceFirst("\\.(html|html\\.gz|txt)$", "");
    Path expectations = page.resolveSibling(name + ".json");
    assertTrue(Files.exists(expectations), "every regression page needs " + expectations.getFileName());
    JsonNode expect = JSON.readTree(expectations.toFile());
    PageFormat format = PageFormat.valueOf(expect.path("format").asText("HTML"));
    byte[] body = ExtractionEvaluator.readMaybeGzipped(page);
    Page input = ArticleExtractorTest.page(expect.get("url").asText(), format, body, false);
    if (expect.has("crawled_at")) {
      input.setCrawledAt(Instant.parse(expect.get("crawled_at").asText()));
    }
    Extraction e = new ArticleExtractor().extract(input);
    if (expect.has("reason")) {
      assertEquals(expect.get("reason").asText(), assertInstanceOf(Extraction.Dropped.class, e).reason());
      return;
    }
    Article a = assertInstanceOf(Extraction.Extracted.class, e, () -> e.toString()).article();
    String text = a.getText();
    if (expect.has("title")) {
      assertEquals(expect.get("title").asText(), a.getTitle());
    }
    if (expect.has("authors")) {
      List<String> authors = new ArrayList<>();
      expect.get("authors").forEach(n -> authors.add(n.asText()));
      assertEquals(authors, a.getAuthors());
    }
    if (expect.has("date")) {
      assertEquals(expect.get("date").asText(), String.valueOf(a.getPublishedDate()));
    }
    if (expect.has("date_source")) {
      assertEquals(expect.get("date_source").asText(), a.getDateSource());
    }
    if (expect.has("starts")) {
      assertTrue(text.startsWith(expect.get("starts").asText()), () -> "starts: " + head(text));
    }
    if (expect.has("ends")) {
      assertTrue(text.endsWith(expect.get("ends").asText()), () -> "ends: " + tail(text));
    }
    for (JsonNode s : expect.path("contains")) {
      assertTrue(text.contains(s.asText()), () -> "missing: " + s.asText());
    }
    for (JsonNode s : expect.path("absent")) {
      assertFalse(text.contains(s.asText()), () -> "present: " + s.asText());
    }
  }

  private static String head(String s) {
    return s.substring(0, Math.min(200, s.length()));
  }

  private static String tail(String s) {
    return s.substring(Math.max(0, s.length() - 200));
  }
}
