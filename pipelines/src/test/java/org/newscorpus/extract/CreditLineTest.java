package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CreditLineTest {

  @Test
  void seedCreditLineGivesPublisherAndDay() {
    CreditLine c = CreditLine.find("Publié dans PanoraPost le 17 - 02 - 2021").orElseThrow();
    assertEquals("PanoraPost", c.publisher());
    assertEquals(LocalDate.of(2021, 2, 17), c.date());
  }

  @Test
  void englishCreditLine() {
    CreditLine c = CreditLine.find("Originally published by Maghreb Wire on 2025-11-08.").orElseThrow();
    assertEquals("Maghreb Wire", c.publisher());
    assertEquals(LocalDate.of(2025, 11, 8), c.date());
  }

  @Test
  void ordinaryTextHasNoCreditLine() {
    assertTrue(CreditLine.find("Le ministre a publié un décret dans le journal officiel.").isEmpty());
  }
}
