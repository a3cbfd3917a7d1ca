package org.newscorpus.write;

import java.time.LocalDate;
import org.newscorpus.extract.Sites;
import org.newscorpus.schema.Article;
import org.newscorpus.schema.Rejected;
import org.newscorpus.schema.Story;

/**
 * Hive-style partition folders of the dataset. Every value from a page goes through {@link
 * Sites#slug(String)}, so no page can name a folder outside the dataset.
 */
public final class Partitions {

  /** The folder name Hive, Spark and pandas read as a null partition value. */
  public static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private Partitions() {}

  /** {@code date=YYYY-MM-DD/source=SOURCE} of an article. */
  public static String of(Article article) {
    return "date=" + date(article.getPublishedDate()) + "/source=" + Sites.slug(article.getSource());
  }

  /** {@code date=YYYY-MM-DD} of a story: its first publication day. */
  public static String of(Story story) {
    return "date=" + date(story.getFirstPublished());
  }

  /** {@code stage=STAGE} of a rejected record. */
  public static String of(Rejected rejected) {
    return "stage=" + Sites.slug(rejected.getStage());
  }

  static String date(LocalDate date) {
    return date == null ? NULL_PARTITION : date.toString();
  }
}
