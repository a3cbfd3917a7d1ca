package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newscorpus.dedupe.Articles.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Story;

class StoryAssemblerTest {

  private static final LocalDate DAY = LocalDate.of(2021, 2, 17);

  @Test
  void earliestDateWinsThenShortestUrlThenUrl() {
    Article late = article("a", "https://a.com/x", DAY.plusDays(1), "t");
    Article longUrl = article("b", "https://b.com/long/url", DAY, "t");
    Article shortUrl = article("c", "https://c.com/y", DAY, "t");
    Article noDate = article("d", "https://d.com/", null, "t");
    List<Article> all = new ArrayList<>(List.of(late, longUrl, shortUrl, noDate));
    for (int i = 0; i < 4; i++) {
      Collections.rotate(all, 1);
      StoryAssembler.Assembled s = StoryAssembler.exactCopies(all);
      assertEquals("c", s.story().getStoryId(), "arrival order never decides");
    }
    assertTrue(CanonicalOrder.INSTANCE.compare(article("x", "https://a.com/1", DAY, "t"), article("y", "https://a.com/2", DAY, "t")) < 0);
  }

  @Test
  void membersAreMarkedAndTheStoryListsThem() {
    Article a = article("a", "https://a.com/x", DAY, "t");
    a.setSite("a.com");
    a.setSource("a.com");
    Article b = article("b", "https://bb.com/x", DAY.plusDays(2), "t");
    b.setSite("bb.com");
    b.setSource("a.com");
    StoryAssembler.Assembled s = StoryAssembler.exactCopies(List.of(b, a));
    Article canonical = s.articles().get(0);
    Article copy = s.articles().get(1);
    assertTrue(canonical.getIsCanonical());
    assertNull(canonical.getDuplicateOf());
    assertFalse(copy.getIsCanonical());
    assertEquals("a", copy.getDuplicateOf());
    assertEquals(1.0f, copy.getSimilarity());
    assertEquals(2, copy.getStorySize());
    assertEquals("a", copy.getStoryId());
    Story story = s.story();
    assertEquals(List.of("a", "b"), story.getArticleIds());
    assertEquals(List.of("a.com", "bb.com"), story.getSites());
    assertEquals(List.of("a.com"), story.getSources());
    assertEquals(DAY, story.getFirstPublished());
    assertEquals(2, story.getArticleCount());
    assertEquals("https://a.com/x", story.getCanonicalUrl());
  }

  @Test
  void inputArticlesAreNotModified() {
    Article b = article("b", "https://b.com/x", DAY.plusDays(2), "t");
    StoryAssembler.exactCopies(List.of(article("a", "https://a.com/x", DAY, "t"), b));
    assertTrue(b.getIsCanonical());
  }
}
