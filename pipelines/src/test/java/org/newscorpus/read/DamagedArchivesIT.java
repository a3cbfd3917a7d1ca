package org.newscorpus.read;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newscorpus.pipeline.NewsCorpusPipeline;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;

/**
 * The seeded fault test, end to end: damaged copies of good archives, plain, gzipped and
 * Zstandard-compressed (truncated at random positions, random byte flips, Content-Length off by ±1
 * and ±1000, a gzip member or Zstandard frame cut in half, a gzip bomb, a 20 MB page, a
 * utf-8-declared windows-1256 page) are run through the whole pipeline,
 * each file an input. The run completes, read = articles + skipped + rejected holds, every file is
 * read, and every page no damage touched comes out as an article, from its file or, when another
 * variant holds the same capture, as a {@code duplicateCapture} record of its file.
 */
class DamagedArchivesIT {

  @TempDir Path tmp;

  @Test
  void everyDamagedArchiveIsReadAndEveryIntactPageBecomesAnArticle() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("in"));
    List<Damages.Variant> variants = new ArrayList<>(Damages.seeded(20251129L));
    variants.addAll(Damages.seeded(7L));
    variants.addAll(Damages.oversized(3L));
    for (Damages.Variant v : variants) {
      Files.write(input.resolve(v.name()), v.bytes());
    }
    Path out = tmp.resolve("out");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    // the variants of one seed hold the same captures: each is one article, from one of the files, and
    // with --keepSkipped its other reads are duplicateCapture records that name their file
    int exit = NewsCorpusPipeline.run(new String[] {"--input=" + input, "--output=" + out, "--keepSkipped"},
        new PrintStream(console, true, StandardCharsets.UTF_8), new PrintStream(console, true, StandardCharsets.UTF_8));
    assertEquals(0, exit, console.toString(StandardCharsets.UTF_8));

    JsonNode summary = new ObjectMapper().readTree(out.resolve("_SUMMARY.json").toFile());
    assertTrue(summary.get("balanced").asBoolean(), summary.toPrettyString());
    assertEquals(variants.size(), summary.get("inputs").size(), "every damaged file was read");
    JsonNode rejectedRead = summary.get("rejected").get("by_stage").get("read");
    assertTrue(rejectedRead.get("tooLarge").asLong() >= 2, "the bomb and the 20 MB page: " + rejectedRead);

    Map<String, Set<String>> urlsByFile = new HashMap<>();
    Article arabic = null;
    for (Article a : records(out.resolve("articles"), Article.class)) {
      String file = a.getInputUri().substring(a.getInputUri().lastIndexOf('/') + 1);
      urlsByFile.computeIfAbsent(file, k -> new HashSet<>()).add(a.getUrl());
      if (a.getUrl().equals(Damages.ARABIC_URL)) {
        arabic = a;
      }
    }
    long readAgain = 0;
    for (Rejected r : records(out.resolve("rejected"), Rejected.class)) {
      if (r.getReason().equals("duplicateCapture")) {
        String file = r.getInputUri().substring(r.getInputUri().lastIndexOf('/') + 1);
        urlsByFile.computeIfAbsent(file, k -> new HashSet<>()).add(r.getUrl());
        readAgain++;
      }
    }
    assertEquals(summary.get("skipped").get("by_stage").get("dedupe").get("duplicateCapture").asLong(), readAgain);
    for (Damages.Variant v : variants) {
      Set<String> found = urlsByFile.getOrDefault(v.name(), Set.of());
      for (String url : v.intactUrls()) {
        assertTrue(found.contains(url), v.name() + " lost its intact page " + url + "; found " + found);
      }
    }
    assertTrue(arabic != null, "the windows-1256 page is an article");
    assertEquals("windows-1256", arabic.getCharset());
    assertTrue(arabic.getText().contains("الحكومة المغربية"), arabic.getText());
  }

  private static <T> List<T> records(Path dir, Class<T> type) throws IOException {
    List<T> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".avro")).toList()) {
        try (DataFileReader<T> r = new DataFileReader<>(f.toFile(), new SpecificDatumReader<>(type))) {
          r.forEach(all::add);
        }
      }
    }
    return all;
  }
}
