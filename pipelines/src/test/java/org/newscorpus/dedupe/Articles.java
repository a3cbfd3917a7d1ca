package org.newscorpus.dedupe;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.newscorpus.schema.Article;

/** Builds small articles and texts for tests. */
final class Articles {

  private Articles() {}

  static Article article(String id, String url, LocalDate date, String text) {
    String site = url.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/.*$", "");
    return Article.newBuilder()
        .setId(id)
        .setUrl(url)
        .setSite(site)
        .setSource(site)
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

  /** A copy of {@code a} marked as the earlier dataset marked it. */
  static Article previous(Article a, String storyId, boolean canonical) {
    return Article.newBuilder(a).setStoryId(storyId).setIsCanonical(canonical).build();
  }

  /** A copy of {@code a} credited to {@code source}. */
  static Article credited(Article a, String source) {
    return Article.newBuilder(a).setSource(source).build();
  }

  /** {@code words} words of made-up text, the same for the same seed. */
  static String words(long seed, int words) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        sb.append(i % 60 == 0 ? "\n\n" : " ");
      }
      int len = 2 + r.nextInt(8);
      for (int j = 0; j < len; j++) {
        sb.append((char) ('a' + r.nextInt(26)));
      }
    }
    return sb.toString();
  }

  static Fingerprint fingerprint(Article a) {
    return new Signer(DedupeConfig.DEFAULT).sign(a).fingerprint();
  }

  static Fingerprint previousFingerprint(Article a) {
    return new Signer(DedupeConfig.DEFAULT).signPrevious(a).fingerprint();
  }
}
