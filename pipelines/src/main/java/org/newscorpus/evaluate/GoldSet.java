package org.newscorpus.evaluate;

import java.nio.file.Path;
import java.util.List;

/**
 * A gold set read by {@link GoldSets}: its format, which decides the figures printed, and its
 * pages in a stable order.
 *
 * @param name a short name for reports (the folder or file name)
 * @param location where it was read from
 * @param format the gold format
 * @param pages the pages, ordered by id
 */
public record GoldSet(String name, Path location, Format format, List<GoldPage> pages) {

  /** The gold formats this evaluator reads. */
  public enum Format {
    /** WCXB ground truth: {@code ground-truth/NNNN.json} and {@code html/NNNN.html.gz}. */
    WCXB,
    /** trafilatura's evaluation: {@code expectations.json}, {@code metadata-expectations.json}, {@code html/}. */
    TRAFILATURA,
    /** htmldate's evaluation: {@code expectations.json} with {@code items} (url to file and date), {@code html/}. */
    HTMLDATE,
    /** A JSONL file of {@code {html_path, text, title, date, authors}}, for users' own gold. */
    JSONL
  }

  public GoldSet {
    pages = List.copyOf(pages);
  }
}
