package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireDatelineTest {

  private static final String SITE = "atlanticpost.com";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "PARIS (AFP) - Le gouvernement a annoncé mardi un plan pour les ports du nord.",
        "Rabat (MAP) - Le ministère a présenté mardi son plan.",
        "RABAT (MAP) – Le ministère a présenté mardi son plan.",
        "MADRID, 3 nov (EFE).- El Gobierno presentó el martes su plan.",
        "(Reuters) - The ministry on Tuesday announced a plan.",
        "WASHINGTON (AFP/Reuters) — The ministry on Tuesday announced a plan.",
        "Berlin (dpa) - Die Regierung hat am Dienstag einen Plan vorgestellt.",
        "Rio de Janeiro (AP) - The ministry on Tuesday announced a plan.",
        "MADRID (AP) We tested dozens of earbuds at the gym.",
        "الرباط (و م ع) - أعلنت الوزارة يوم الثلاثاء عن خطة للموانئ الشمالية."
      })
  void aTextThatOpensWithANewsAgencysDatelineMarksACopy(String text) {
    assertTrue(WireDateline.marksCopy(text, SITE), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Apple (AAPL) - Shares rose on Tuesday after the results.",
        "WASHINGTON (January 24, 2017) — Mindfulness meditation is an increasingly popular treatment.",
        "Le ministre a déclaré (AFP) que le plan serait prêt en 2030.",
        "RABAT - Le ministère a présenté mardi son plan.",
        "The ministry said on Tuesday, as PARIS (AFP) reported, that the plan was ready.",
        ""
      })
  void aTextWithoutOneAtItsStartDoesNot(String text) {
    assertFalse(WireDateline.marksCopy(text, SITE), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"mapexpress.ma", "www.reuters.com", "apnews.com", "fr.afp.com"})
  void theAgencysOwnSiteRunsItsDatelineAsTheOriginal(String site) {
    String agency = site.contains("map") ? "MAP" : site.contains("reuters") ? "Reuters" : site.contains("ap") && !site.contains("afp") ? "AP" : "AFP";
    assertFalse(WireDateline.marksCopy("RABAT (" + agency + ") - Le ministère a présenté mardi son plan.", site), site);
  }
}
