package org.newscorpus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

  private static final double EPS = 1e-9;

  /** The vectors of ../shared/README.md, with the benchmark tests' 3-token shingles. */
  @ParameterizedTest(name = "truth \"{0}\", prediction \"{1}\"")
  @CsvSource({
    "a b c,       a b c,       1,    0,    0",
    "a b c d,     a b c,       0.5,  0,    0.5",
    "a b c,       a b c d,     0.5,  0.5,  0",
    "a b c a b c, a b c,       0.25, 0,    0.75",
    "a b c,       a b c a b c, 0.25, 0.75, 0",
  })
  void normalisedCountsMatchThePublishedVectors(String truth, String prediction, double tp, double fp, double fn) {
    TextMetrics.Counts c = TextMetrics.counts(truth, prediction, 3);
    assertEquals(tp, c.tp(), EPS, "tp");
    assertEquals(fp, c.fp(), EPS, "fp");
    assertEquals(fn, c.fn(), EPS, "fn");
  }

  @Test
  void tokensAreRunsOfLettersDigitsAndUnderscoresWithoutCaseFolding() {
    assertEquals(List.of("L", "Otan", "prépare", "2", "500", "x_y"), TextMetrics.tokens("L'Otan prépare 2.500 x_y"));
    assertEquals(List.of("Désengagement", "américain"), TextMetrics.tokens("« Désengagement — américain »"));
    assertEquals(List.of("الناتو", "يستعد"), TextMetrics.tokens("الناتو، يستعد."));
    assertEquals(List.of("½", "Ⅻ", "x"), TextMetrics.tokens("½ Ⅻ x"), "No and Nl digits are word characters");
  }

  @Test
  void combiningMarksSplitTokensUnlikeJavaWordCharacters() {
    // "e" + COMBINING ACUTE ACCENT (Mn) is two tokens for the benchmark; \w would keep one
    assertEquals(List.of("cafe", "s"), TextMetrics.tokens("cafe\u0301s"));
  }

  @Test
  void aTextShorterThanTheShingleIsOneShingle() {
    TextMetrics.Counts c = TextMetrics.counts("a b", "a b", 4);
    assertEquals(1.0, c.tp(), EPS);
    TextMetrics.Counts other = TextMetrics.counts("a b", "a c", 4);
    assertEquals(0.0, other.tp(), EPS);
    assertEquals(0.5, other.fp(), EPS);
  }

  @Test
  void identicalTextsScoreOneAndEmptyPredictionsOnlyLowerRecall() {
    TextMetrics.Body body = TextMetrics.body();
    body.add("a b c d e f", "a b c d e f");
    assertEquals(1.0, body.f1(), EPS);
    assertEquals(1.0, body.accuracy(), EPS);
    body.add("a b c d e f", "");
    assertEquals(1.0, body.precision(), EPS, "precision is averaged over non-empty predictions only");
    assertEquals(0.5, body.recall(), EPS);
    assertEquals(2 * 0.5 / 1.5, body.f1(), EPS, "F1 comes from the mean P and mean R");
    assertEquals(0.5, body.accuracy(), EPS);
  }

  @Test
  void precisionAndRecallAreMeansOfPerPageRatios() {
    TextMetrics.Body body = TextMetrics.body();
    // 3 truth shingles, 2 of them predicted, plus 1 extra predicted shingle
    body.add("one two three four five six", "one two three four five x");
    assertEquals(2.0 / 3, body.precision(), EPS);
    assertEquals(2.0 / 3, body.recall(), EPS);
    assertFalse(body.accuracy() > 0);
  }

  @Test
  void repeatedShinglesCountAsAMultiset() {
    TextMetrics.Counts c = TextMetrics.counts("a b c d a b c d", "a b c d", 4);
    // truth has 5 shingles (abcd twice), prediction 1: tp 1, fn 4
    assertEquals(0.2, c.tp(), EPS);
    assertEquals(0.8, c.fn(), EPS);
    assertTrue(c.predicted() && c.truthful());
  }

  @Test
  void shingleSizeMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> TextMetrics.counts("a", "a", 0));
  }
}
