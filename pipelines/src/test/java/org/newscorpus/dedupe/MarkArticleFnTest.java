package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.Article;

class MarkArticleFnTest {

  private static final Article CAPTURE = Articles.article("c1", "https://le360.ma/politique/otan-reset-alliance",
      LocalDate.of(2021, 2, 17), "L'Otan prépare un reset de l'Alliance après l'arrivée de Biden, a-t-on appris.");

  private static Article readFrom(Article a, String inputUri, Long offset) {
    return Article.newBuilder(a).setInputUri(inputUri).setInputOffset(offset).build();
  }

  @Test
  void ofTwoReadsOfOneCaptureTheSameOneStandsWhicheverComesFirst() {
    // a crawl file copied into two input folders: the same text from two files
    Article copy = readFrom(CAPTURE, "file:///crawls/copy/part-1.warc.gz", 4_096L);
    Article original = readFrom(CAPTURE, "file:///crawls/2021/part-1.warc.gz", 4_096L);
    assertSame(original, MarkArticleFn.oneOfSameId(copy, original));
    assertSame(original, MarkArticleFn.oneOfSameId(original, copy));
    // one file read twice: the earlier offset
    Article later = readFrom(CAPTURE, "file:///crawls/2021/part-1.warc.gz", 90_112L);
    assertSame(original, MarkArticleFn.oneOfSameId(later, original));
    assertSame(original, MarkArticleFn.oneOfSameId(original, later));
  }

  @Test
  void aReadWithAnotherTextStandsByItsContentHashFirst() {
    Article other = Articles.article("c1", CAPTURE.getUrl(), LocalDate.of(2021, 2, 17), "Un autre texte de la même capture.");
    Article first = CAPTURE.getContentHash().compareTo(other.getContentHash()) < 0 ? CAPTURE : other;
    Article second = first == CAPTURE ? readFrom(other, "a.warc.gz", 0L) : readFrom(CAPTURE, "a.warc.gz", 0L);
    assertSame(first, MarkArticleFn.oneOfSameId(second, first), "the smaller content_hash, whatever its file");
    assertSame(first, MarkArticleFn.oneOfSameId(first, second));
  }
}
