package org.newscorpus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateScoreTest {

  @Test
  void followsHtmldatesDefinition() {
    DateScore d = new DateScore();
    d.add(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 2)); // tp
    d.add(LocalDate.of(2020, 1, 3), LocalDate.of(2020, 1, 2)); // fp
    d.add(null, LocalDate.of(2020, 1, 2)); // fn
    d.add(null, null); // fn and tn
    d.add(LocalDate.of(2020, 1, 3), null); // fp: a date where the page has none
    assertEquals(1, d.tp());
    assertEquals(2, d.fp());
    assertEquals(2, d.fn());
    assertEquals(1, d.tn());
    assertEquals(2.0 / 6, d.accuracy(), 1e-9);
  }

  @Test
  void anEmptySetHasAccuracyZero() {
    assertEquals(0.0, new DateScore().accuracy());
  }
}
