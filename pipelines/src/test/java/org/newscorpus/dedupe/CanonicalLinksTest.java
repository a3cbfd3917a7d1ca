package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.Article;

class CanonicalLinksTest {

  @Test
  void aFetchedPageThatNamesAnotherUrlPointsElsewhere() {
    assertTrue(CanonicalLinks.pointsElsewhere(fetched("https://lematin.ma/a-la-une/otan-reset/amp", "https://lematin.ma/a-la-une/otan-reset")));
    assertTrue(CanonicalLinks.pointsElsewhere(fetched("https://lematin.ma/otan-reset?utm_source=facebook", "https://lematin.ma/otan-reset")));
    assertTrue(CanonicalLinks.pointsElsewhere(fetched("https://m.lematin.ma/otan-reset", "https://lematin.ma/otan-reset")));
  }

  @Test
  void aFetchedPageAtItsCanonicalUrlWrittenAnotherWayDoesNot() {
    assertFalse(CanonicalLinks.pointsElsewhere(fetched("http://www.lematin.ma/otan-reset/", "https://lematin.ma/otan-reset")));
    assertFalse(CanonicalLinks.pointsElsewhere(fetched("https://lematin.ma/otan-reset#comments", "https://lematin.ma/otan-reset")));
    assertFalse(CanonicalLinks.pointsElsewhere(fetched("https://lematin.ma/otan-reset", null)));
    assertFalse(CanonicalLinks.pointsElsewhere(fetched("https://lematin.ma/otan-reset", "not a url")));
  }

  @Test
  void aDumpFileStandsAtItsPathBelowTheHostFolder() {
    String url = "https://www.hespress.com/politique/otan-reset";
    assertFalse(CanonicalLinks.pointsElsewhere(dumped(url, "/crawl/html/hespress.com/politique/otan-reset.html.gz")));
    assertFalse(CanonicalLinks.pointsElsewhere(dumped(url, "/crawl/html/www.hespress.com/politique/otan-reset.html")));
    assertFalse(CanonicalLinks.pointsElsewhere(dumped(url, "/crawl/html/hespress.com/politique/otan-reset/index.html")));
    assertTrue(CanonicalLinks.pointsElsewhere(dumped(url, "/crawl/html/hespress.com/politique/otan-reset/amp.html.gz")));
    assertTrue(CanonicalLinks.pointsElsewhere(dumped(url, "/crawl/html/hespress.com/politique/otan-reset_output_print.html")));
  }

  @Test
  void aDumpFileWhosePathNamesNoHostIsNotSaidToPointElsewhere() {
    assertFalse(CanonicalLinks.pointsElsewhere(dumped("https://hespress.com/otan-reset", "/crawl/pages/0001.html")));
  }

  @Test
  void anArabicSlugMatchesWhetherTheUrlOrTheFileUriEscapesIt() {
    String url = "https://www.hespress.com/%D8%A7%D9%84%D9%86%D8%A7%D8%AA%D9%88";
    assertFalse(CanonicalLinks.pointsElsewhere(dumped(url, "/crawl/html/hespress.com/الناتو.html")));
    assertFalse(CanonicalLinks.pointsElsewhere(dumped(url, "file:///crawl/html/hespress.com/%D8%A7%D9%84%D9%86%D8%A7%D8%AA%D9%88.html")));
    assertFalse(CanonicalLinks.pointsElsewhere(fetched("https://hespress.com/الناتو", url)));
  }

  @Test
  void aPlaceIsHostPathAndQueryWithoutSchemeWwwOrTrailingSlash() {
    assertEquals("lematin.ma/a/b?id=3", CanonicalLinks.place("HTTPS://WWW.Lematin.ma/a/b/?id=3#top"));
    assertEquals("lematin.ma", CanonicalLinks.place("http://lematin.ma/"));
    assertNull(CanonicalLinks.place("ftp://lematin.ma/a"));
    assertNull(CanonicalLinks.place("/a/b"));
  }

  private static Article fetched(String url, String canonical) {
    return Article.newBuilder(Articles.article("1", url, null, "text"))
        .setCanonicalUrl(canonical)
        .setCrawledAt(Instant.parse("2025-11-05T10:00:00Z"))
        .setInputOffset(1234L)
        .build();
  }

  /** A page read from a dump file: its url is the canonical URL its page declares. */
  private static Article dumped(String canonical, String inputUri) {
    return Article.newBuilder(Articles.article("1", canonical, null, "text"))
        .setCanonicalUrl(canonical)
        .setInputUri(inputUri)
        .build();
  }
}
