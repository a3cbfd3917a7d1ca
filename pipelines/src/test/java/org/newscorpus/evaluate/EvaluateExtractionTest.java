package org.newscorpus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateExtractionTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return EvaluateExtraction.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsTheFiguresOfEveryGoldSet() {
    int code = run(Fixtures.gold("wcxb").toString(), Fixtures.gold("htmldate").toString(), "--threads=2");
    String text = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(text.contains("SUMMARY set=wcxb body_f1="), text);
    assertTrue(text.contains("SUMMARY set=htmldate date_accuracy=0.750 date_accuracy_articles_only=0.500"), text);
  }

  @Test
  void jsonAndDumpGiveMachineReadableFigures(@TempDir Path dir) throws IOException {
    int code = run("--json", "--dump=" + dir, Fixtures.gold("trafilatura").toString());
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    JsonNode figures = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertEquals("trafilatura", figures.get("format").asText());
    assertEquals(0.8, figures.get("snippet_f").asDouble(), 1e-9);
    List<String> lines = Files.readAllLines(dir.resolve("trafilatura.jsonl"));
    assertEquals(1, lines.size());
    JsonNode page = new ObjectMapper().readTree(lines.get(0));
    assertEquals("Harbour reopens after storm repairs", page.get("title").asText());
  }

  @Test
  void noGoldSetIsAUsageError() {
    assertEquals(2, run());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no gold set given"));
    assertEquals(2, run("--threads=0", "x"));
    assertEquals(2, run("--bogus", "x"));
  }

  @Test
  void anUnreadableGoldSetExitsWithOne(@TempDir Path dir) {
    assertEquals(1, run(dir.resolve("missing").toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no gold set at"));
  }
}
