package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PublicationDateTest {

  @Test
  void jsonLdDatePublishedComesFirst() {
    String html =
        "<html><head><meta property='article:published_time' content='2020-01-01T00:00:00Z'>"
            + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"dateModified\":\"2021-03-01\","
            + "\"datePublished\":\"2021-02-17T09:30:00+01:00\"}</script></head><body></body></html>";
    PublicationDate d = PublicationDate.find(Jsoup.parse(html), "https://x.com/a").orElseThrow();
    assertEquals(LocalDate.of(2021, 2, 17), d.date());
    assertEquals(Instant.parse("2021-02-17T08:30:00Z"), d.instant());
    assertEquals("jsonld", d.source());
  }

  @Test
  void metaThenTimeThenUrl() {
    assertEquals("meta",
        PublicationDate.find(Jsoup.parse("<meta property='article:published_time' content='2019-05-04'>"), null).orElseThrow().source());
    assertEquals(LocalDate.of(2018, 3, 2),
        PublicationDate.find(Jsoup.parse("<p><time datetime='2018-03-02T10:00'>2 mars</time></p>"), null).orElseThrow().date());
    PublicationDate u = PublicationDate.find(Jsoup.parse("<p>x</p>"), "https://a.ma/2025/11/16/slug").orElseThrow();
    assertEquals(LocalDate.of(2025, 11, 16), u.date());
    assertEquals("url", u.source());
  }

  @Test
  void noDateAnywhereIsEmpty() {
    assertTrue(PublicationDate.find(Jsoup.parse("<p>x</p>"), "https://a.ma/story-123").isEmpty());
    assertTrue(PublicationDate.fromUrl("https://a.ma/2025/13/40/x").isEmpty());
  }
}
