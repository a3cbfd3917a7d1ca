package org.newscorpus.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.Article;

class PartitionsTest {

  private static Article article(String source, LocalDate date) {
    return Article.newBuilder()
        .setId("i").setUrl("u").setSite("s").setSource(source).setText("t").setAuthors(List.of())
        .setPublishedDate(date).setInputUri("f").setContentHash("h").setStoryId("i")
        .setIsCanonical(true).setStorySize(1).build();
  }

  @Test
  void articlePartitionIsDateThenSource() {
    assertEquals("date=2021-02-17/source=panorapost.com", Partitions.of(article("panorapost.com", LocalDate.of(2021, 2, 17))));
  }

  @Test
  void unknownDateGoesToTheHiveNullPartition() {
    assertEquals("date=__HIVE_DEFAULT_PARTITION__/source=x.ma", Partitions.of(article("x.ma", null)));
  }

  @Test
  void noSourceCanEscapeTheDatasetFolder() {
    Path root = Path.of("/out/articles");
    for (String evil : new String[] {"../../etc", "..", ".", "a/../../../b", "x".repeat(5000), "Publisher ".repeat(500)}) {
      String partition = Partitions.of(article(evil, LocalDate.of(2021, 1, 1)));
      Path resolved = root.resolve(partition).normalize();
      assertTrue(resolved.startsWith(root), evil.substring(0, Math.min(20, evil.length())) + " -> " + partition);
      assertEquals(2, root.relativize(resolved).getNameCount());
      assertFalse(partition.length() > 200);
    }
  }
}
