package org.newscorpus.dedupe;

import java.time.LocalDate;
import java.util.List;
import org.newscorpus.schema.Article;

/** Builds small articles for tests. */
final class Articles {

  private Articles() {}

  static Article article(String id, String url, LocalDate date, String text) {
    return Article.newBuilder()
        .setId(id)
        .setUrl(url)
        .setSite("site.com")
        .setSource("site.com")
        .setText(text)
        .setAuthors(List.of())
        .setPublishedDate(date)
        .setLanguage("en")
        .setInputUri("in.warc.gz")
        .setContentHash(TextNormalizer.contentHash(text))
        .setStoryId(id)
        .setIsCanonical(true)
        .setStorySize(1)
        .build();
  }
}
