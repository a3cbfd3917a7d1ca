package org.newscorpus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldSetsTest {

  @Test
  void wcxbFolderGivesTextTitleDateAuthorAndSnippets() throws IOException {
    GoldSet set = GoldSets.read(Fixtures.gold("wcxb"));
    assertEquals(GoldSet.Format.WCXB, set.format());
    assertEquals(2, set.pages().size());
    GoldPage p = set.pages().get(0);
    assertEquals("0001", p.id());
    assertEquals("https://coastal-herald.example/2024/03/05/harbour-reopens", p.url());
    assertEquals("Harbour reopens after storm repairs", p.title());
    assertEquals("2024-03-05", p.date());
    assertEquals(List.of("Jane Doe"), p.authors());
    assertTrue(p.text().startsWith("The town harbour reopened"));
    assertEquals(List.of("All rights reserved"), p.without());
    GoldPage q = set.pages().get(1);
    assertEquals("0002.html.gz", q.file().getFileName().toString(), "a gzipped page is found by its .gz name");
    assertNull(q.date());
    assertEquals(List.of(), q.authors());
  }

  @Test
  void trafilaturaFolderJoinsSnippetsAndMetadata() throws IOException {
    GoldSet set = GoldSets.read(Fixtures.gold("trafilatura"));
    assertEquals(GoldSet.Format.TRAFILATURA, set.format());
    GoldPage p = set.pages().get(0);
    assertEquals(3, p.with().size());
    assertEquals(List.of("All rights reserved", "Sport"), p.without());
    assertEquals("Coastal Herald", p.siteName());
    assertEquals("2024-03-05", p.date());
    assertNull(p.text(), "trafilatura's set has no full gold text");
  }

  @Test
  void htmldateFolderGivesEveryPageWithItsDateOrNone() throws IOException {
    GoldSet set = GoldSets.read(Fixtures.gold("htmldate"));
    assertEquals(GoldSet.Format.HTMLDATE, set.format());
    assertEquals(3, set.pages().size());
    assertEquals("2024-03-05", set.pages().get(0).date());
    assertNull(set.pages().get(1).date());
    assertEquals("2024-03-06", set.pages().get(2).date());
  }

  @Test
  void jsonlFileResolvesHtmlPathsAgainstItsFolder() throws IOException {
    GoldSet set = GoldSets.read(Fixtures.gold("user/gold.jsonl"));
    assertEquals(GoldSet.Format.JSONL, set.format());
    assertEquals(2, set.pages().size(), "the blank line is skipped");
    assertEquals("1", set.pages().get(0).id());
    assertEquals("wrong-gold", set.pages().get(1).id());
    assertEquals(Fixtures.gold("user/harbour.html"), set.pages().get(0).file());
    assertEquals(List.of("John Roe"), set.pages().get(1).authors());
  }

  @Test
  void aMalformedJsonlLineIsAnErrorNamingTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.jsonl");
    Files.writeString(f, "{\"html_path\": \"a.html\"}\n{not json\n");
    IOException e = assertThrows(IOException.class, () -> GoldSets.read(f));
    assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
  }

  @Test
  void aJsonlLineWithoutHtmlPathIsAnError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("gold.jsonl");
    Files.writeString(f, "{\"text\": \"a\"}\n");
    IOException e = assertThrows(IOException.class, () -> GoldSets.read(f));
    assertTrue(e.getMessage().contains("no html_path"), e.getMessage());
  }

  @Test
  void aFolderOfNoKnownLayoutIsAnError(@TempDir Path dir) {
    IOException e = assertThrows(IOException.class, () -> GoldSets.read(dir));
    assertTrue(e.getMessage().contains("not a gold set"), e.getMessage());
    assertThrows(FileNotFoundException.class, () -> GoldSets.read(dir.resolve("missing")));
  }
}
