package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.Article;

class FingerprintTest {

  private static Fingerprint roundTrip(Fingerprint f) throws Exception {
    return CoderUtils.decodeFromByteArray(Fingerprint.Coder.of(), CoderUtils.encodeToByteArray(Fingerprint.Coder.of(), f));
  }

  @Test
  void theCoderGivesBackEveryField() throws Exception {
    Fingerprint f =
        Articles.previousFingerprint(
            Articles.previous(
                Article.newBuilder(
                        Articles.article(
                            "a1", "https://le360.ma/x/amp", LocalDate.of(2021, 2, 17), "RABAT (MAP) - " + Articles.words(3, 600)))
                    .setCanonicalUrl("https://le360.ma/x")
                    .build(),
                "s9", true));
    Fingerprint back = roundTrip(f);
    assertEquals(f.id(), back.id());
    assertEquals(f.url(), back.url());
    assertEquals(f.site(), back.site());
    assertEquals(f.source(), back.source());
    assertEquals(f.language(), back.language());
    assertEquals(f.title(), back.title());
    assertEquals(f.publishedDate(), back.publishedDate());
    assertEquals(f.textLength(), back.textLength());
    assertTrue(back.pointsElsewhere());
    assertTrue(back.wireCopy());
    assertEquals(f.exactHi(), back.exactHi());
    assertEquals(f.exactLo(), back.exactLo());
    assertArrayEquals(f.shingles(), back.shingles());
    assertEquals("s9", back.previousStoryId());
    assertTrue(back.previousCanonical());
  }

  @Test
  void anUndatedArticleWithoutTextComesBackUndatedAndEmpty() throws Exception {
    Fingerprint back = roundTrip(Articles.fingerprint(Articles.article("a2", "https://x.ma/y", null, "")));
    assertNull(back.publishedDate());
    assertEquals(0, back.shingles().length);
    assertNull(back.previousStoryId());
  }

  @Test
  void aLongArticlesShinglesTakeHalfTheBytesOfTheir64BitHashes() throws Exception {
    Fingerprint f = Articles.fingerprint(Articles.article("a3", "https://x.ma/z", LocalDate.of(2021, 2, 17), Articles.words(5, 2_000)));
    int bytes = CoderUtils.encodeToByteArray(Fingerprint.Coder.of(), f).length;
    assertTrue(f.shingles().length > 1_900, f.shingles().length + " shingles");
    assertTrue(bytes < 4 * f.shingles().length + 200, bytes + " bytes for " + f.shingles().length + " shingles");
  }
}
