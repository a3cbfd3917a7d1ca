package org.newscorpus.evaluate;

import java.nio.file.Path;
import java.util.List;

/**
 * One page of a gold set and what is known about it. Any field but {@code id} and {@code file} may
 * be absent (null, or an empty list), and is then not scored.
 *
 * @param id the page's name in its set (file name or line number)
 * @param file the page's HTML (or, ending in {@code .txt}, its visible text), gzipped or not
 * @param url the page's URL, or null
 * @param text the gold main body
 * @param title the gold title
 * @param date the gold publication day as written ({@code YYYY-MM-DD}, sometimes only {@code
 *     YYYY-MM}); for a date set, null means the page has no date
 * @param authors the gold authors, as written (one string may hold several names)
 * @param siteName the gold site name
 * @param with snippets that must appear in the body
 * @param without snippets that must not appear in the body
 */
public record GoldPage(
    String id,
    Path file,
    String url,
    String text,
    String title,
    String date,
    List<String> authors,
    String siteName,
    List<String> with,
    List<String> without) {

  public GoldPage {
    authors = authors == null ? List.of() : List.copyOf(authors);
    with = with == null ? List.of() : List.copyOf(with);
    without = without == null ? List.of() : List.copyOf(without);
  }
}
