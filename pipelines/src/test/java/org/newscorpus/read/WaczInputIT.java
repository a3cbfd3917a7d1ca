package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newscorpus.pipeline.NewsCorpusPipeline;
import org.newscorpus.schema.Article;

/**
 * WACZ end to end: a folder of the WACZ fixtures ({@code warc/wacz/}) runs through the whole
 * pipeline, balanced, its revisits resolved inside the WACZ; and the articles of {@code
 * bl-revisits.wacz} are those of its two WARC files read on their own, but for where they come
 * from ({@code input_uri}, {@code input_offset}).
 */
class WaczInputIT {

  @TempDir Path tmp;

  private static JsonNode run(Path input, Path out) throws IOException {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(console, true, StandardCharsets.UTF_8);
    int exit = NewsCorpusPipeline.run(
        new String[] {"--input=" + input, "--output=" + out, "--progressSeconds=0", "--report=false"}, print, print);
    assertEquals(0, exit, console.toString(StandardCharsets.UTF_8));
    JsonNode summary = new ObjectMapper().readTree(out.resolve("_SUMMARY.json").toFile());
    assertTrue(summary.get("balanced").asBoolean(), summary.toPrettyString());
    return summary;
  }

  @Test
  void aFolderOfWaczFilesIsReadBalancedWithEveryBrokenOneRejectedForItsReason() throws IOException {
    Path input = Files.createDirectories(tmp.resolve("crawls"));
    for (Map.Entry<String, byte[]> file : WaczArchives.files().entrySet()) {
      Files.write(input.resolve(file.getKey()), file.getValue());
    }
    JsonNode summary = run(input, tmp.resolve("out"));
    assertEquals(8, summary.get("inputs").size(), "every .wacz of the folder is an input");
    assertEquals(68, summary.get("records_read").asLong());
    JsonNode rejectedRead = summary.get("rejected").get("by_stage").get("read");
    assertEquals(2, rejectedRead.get("notAnArchive").asLong(), rejectedRead.toString());
    assertEquals(1, rejectedRead.get("compressedWaczEntry").asLong(), rejectedRead.toString());
    assertEquals(1, rejectedRead.get("truncatedWacz").asLong(), rejectedRead.toString());
    assertEquals(2, rejectedRead.get("corruptWacz").asLong(), rejectedRead.toString());
    assertEquals(1, rejectedRead.get("missingWaczEntry").asLong(), rejectedRead.toString());
    assertFalse(summary.get("skipped").get("by_stage").get("read").has(RevisitFns.UNRESOLVED),
        "every revisit found its original: " + summary.get("skipped"));
  }

  @Test
  void theArticlesOfAWaczAreThoseOfItsWarcFilesReadOnTheirOwn() throws IOException {
    Path wacz = Files.createDirectories(tmp.resolve("wacz"));
    Files.write(wacz.resolve("bl-revisits.wacz"), WaczArchives.files().get("bl-revisits.wacz"));
    Path warcs = Files.createDirectories(tmp.resolve("warcs"));
    for (Map.Entry<String, byte[]> warc : WaczArchives.blWarcs().entrySet()) {
      Files.write(warcs.resolve(warc.getKey().substring("archive/".length())), warc.getValue());
    }
    run(wacz, tmp.resolve("out-wacz"));
    run(warcs, tmp.resolve("out-warcs"));
    Map<String, Article> fromWacz = articles(tmp.resolve("out-wacz"));
    Map<String, Article> fromWarcs = articles(tmp.resolve("out-warcs"));
    assertEquals(7, fromWacz.size(), "4 pages and 3 resolved revisits");
    assertEquals(fromWarcs.keySet(), fromWacz.keySet());
    byte[] zip = WaczArchives.files().get("bl-revisits.wacz");
    for (Map.Entry<String, Article> a : fromWacz.entrySet()) {
      Article inWacz = a.getValue();
      Article alone = fromWarcs.get(a.getKey());
      assertEquals(wacz.resolve("bl-revisits.wacz").toString(), inWacz.getInputUri());
      String warc = Path.of(alone.getInputUri()).getFileName().toString();
      long dataOffset = WaczArchives.dataOffset(zip, WaczArchives.blWarcs().get("archive/" + warc));
      assertEquals(alone.getInputOffset() + dataOffset, inWacz.getInputOffset(), a.getKey());
      alone.setInputUri(inWacz.getInputUri());
      alone.setInputOffset(inWacz.getInputOffset());
      assertEquals(alone, inWacz, a.getKey());
    }
  }

  private static Map<String, Article> articles(Path out) throws IOException {
    List<Article> all = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out.resolve("articles"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".avro")).toList()) {
        try (DataFileReader<Article> r = new DataFileReader<>(f.toFile(), new SpecificDatumReader<>(Article.class))) {
          r.forEach(all::add);
        }
      }
    }
    Map<String, Article> byId = new TreeMap<>();
    all.forEach(a -> byId.put(a.getId(), a));
    return byId;
  }
}
