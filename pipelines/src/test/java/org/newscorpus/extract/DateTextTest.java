package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateTextTest {

  private static final DateText.Window UNTIL_2026 = DateText.Window.until(LocalDate.of(2026, 1, 1));

  private static Optional<LocalDate> first(String text) {
    return DateText.first(text, UNTIL_2026, false);
  }

  @Test
  void seedFormatsAreRead() {
    assertEquals(Optional.of(LocalDate.of(2021, 2, 17)), first("Publié dans PanoraPost le 17 - 02 - 2021"));
    assertEquals(Optional.of(LocalDate.of(2025, 11, 16)), first("Les températures attendues ce dimanche 16 novembre 2025"));
    assertEquals(Optional.of(LocalDate.of(2017, 11, 27)), first("Mis en ligne le 27/11/2017 à 10h"));
  }

  @Test
  void monthNamesOfTheCorpusLanguagesAreRead() {
    assertEquals(Optional.of(LocalDate.of(2025, 11, 8)), first("Originally published on November 8, 2025."));
    assertEquals(Optional.of(LocalDate.of(2025, 11, 8)), first("Nov. 8th, 2025"));
    assertEquals(Optional.of(LocalDate.of(2025, 11, 16)), first("Madrid, 16 de noviembre de 2025"));
    assertEquals(Optional.of(LocalDate.of(2011, 12, 3)), first("am Samstag, 3. Dezember 2011 um 10:00 Uhr"));
    assertEquals(Optional.of(LocalDate.of(2021, 5, 1)), first("1er mai 2021"));
    assertEquals(Optional.of(LocalDate.of(2021, 2, 3)), first("3 févr. 2021"));
  }

  @Test
  void arabicAndMaghrebiMonthNamesAreRead() {
    assertEquals(Optional.of(LocalDate.of(2025, 11, 16)), first("الأحد 16 نونبر 2025"));
    assertEquals(Optional.of(LocalDate.of(2024, 1, 16)), first("16 يناير 2024"));
    assertEquals(Optional.of(LocalDate.of(2023, 5, 2)), first("2 ماي 2023"));
    assertEquals(Optional.of(LocalDate.of(2023, 7, 9)), first("9 يوليوز 2023"));
    assertEquals(Optional.of(LocalDate.of(2023, 8, 21)), first("21 غشت 2023"));
    assertEquals(Optional.of(LocalDate.of(2023, 9, 30)), first("30 شتنبر 2023"));
    assertEquals(Optional.of(LocalDate.of(2023, 12, 24)), first("24 دجنبر 2023"));
    assertEquals(Optional.of(LocalDate.of(2023, 7, 5)), first("5 جويلية 2023"), "Algerian");
    assertEquals(Optional.of(LocalDate.of(2021, 1, 5)), first("5 كانون الثاني 2021"), "Levantine, two words");
    assertEquals(Optional.of(LocalDate.of(2024, 4, 16)), first("١٦ ابريل ٢٠٢٤"), "Arabic-Indic digits, no hamza");
  }

  @Test
  void numericDatesAreDayFirstUnlessTheLocaleReadsMonthFirst() {
    assertEquals(Optional.of(LocalDate.of(2021, 4, 3)), DateText.first("03/04/2021", UNTIL_2026, false));
    assertEquals(Optional.of(LocalDate.of(2021, 3, 4)), DateText.first("03/04/2021", UNTIL_2026, true));
    assertEquals(Optional.of(LocalDate.of(2021, 3, 24)), DateText.first("03/24/2021", UNTIL_2026, false), "24 is no month");
    assertEquals(Optional.of(LocalDate.of(2019, 5, 4)), first("04.05.2019"));
    assertEquals(Optional.of(LocalDate.of(2021, 2, 17)), first("2021-02-17"));
    assertEquals(Optional.of(LocalDate.of(2020, 4, 17)), first("2020年4月17日"));
  }

  @Test
  void noBreakAndThinSpacesSeparateLikeSpaces() {
    // dtb-tennis.de: "4.&thinsp;2.&thinsp;2022."; French pages: "16&nbsp;novembre&nbsp;2025"
    assertEquals(Optional.of(LocalDate.of(2022, 2, 4)), first("Von Deutscher Tennis Bund 4.\u2009 2.\u20092022."));
    assertEquals(Optional.of(LocalDate.of(2022, 2, 4)), first("4.\u20092.\u20092022."));
    assertEquals(Optional.of(LocalDate.of(2025, 11, 16)), first("dimanche 16\u00a0novembre\u00a02025"));
    assertEquals(Optional.of(LocalDate.of(2025, 11, 16)), first("November\u202f16,\u00a02025"));
    assertEquals(Optional.of(LocalDate.of(2024, 4, 16)), first("١٦\u00a0ابريل\u00a0٢٠٢٤"));
  }

  @Test
  void yearFirstDatesWithDotsAndSpacesAreRead() {
    // baon.hu's date line; Korean pages write 2020. 8. 18. the same way
    assertEquals(Optional.of(LocalDate.of(2020, 8, 18)), first("2020. 08. 18. 21:35"));
    assertEquals(Optional.of(LocalDate.of(2020, 8, 18)), first("2020. 8. 18."));
    assertEquals(Optional.empty(), first("2020. 08 18."), "the separators must agree");
  }

  @Test
  void aLevantineMonthWrittenWithItsInternationalTwinIsRead() {
    // almadenahnews.com (Jordan)
    assertEquals(Optional.of(LocalDate.of(2020, 4, 24)), first("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً"));
    assertEquals(Optional.of(LocalDate.of(2020, 4, 24)), first("24 نيسان/أبريل 2020"));
  }

  @Test
  void aTwoDigitYearIsReadOnlyWhenAskedFor() {
    // goodnight.at's date line: "Party, 30.10.23"
    assertTrue(first("Party, 30.10.23").isEmpty(), "running text: no two-digit years");
    assertEquals(Optional.of(LocalDate.of(2023, 10, 30)), DateText.shortYear("Party, 30.10.23", UNTIL_2026));
    assertEquals(Optional.of(LocalDate.of(2022, 9, 23)), DateText.shortYear(" 23.09.22 ", UNTIL_2026));
    assertTrue(DateText.shortYear("30.10.27", UNTIL_2026).isEmpty(), "after the window");
    assertTrue(DateText.shortYear("1.2.3.45", UNTIL_2026).isEmpty(), "a version number");
  }

  @Test
  void aYearFirstCitationDateIsReadOnlyWhenAskedFor() {
    // PubMed Central's citation_publication_date
    assertEquals(Optional.of(LocalDate.of(2023, 1, 7)), DateText.yearFirst("2023 Jan 7", UNTIL_2026));
    assertEquals(Optional.of(LocalDate.of(2024, 6, 30)), DateText.yearFirst("2024 Jun 30", UNTIL_2026));
    assertTrue(DateText.yearFirst("2024 Jun", UNTIL_2026).isEmpty());
    assertTrue(first("Vogel des Jahres 2021 Jan 04 09:34").isEmpty(), "running text: a year, then a month by chance");
  }

  @Test
  void datesOutsideTheWindowAreSkipped() {
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), first("Concert le 12 mars 2027, annoncé le 1 mars 2024"));
    assertTrue(first("né le 2 mars 1961").isEmpty(), "older than the web's news sites");
    assertTrue(first("31/02/2021").isEmpty(), "no such day");
    assertTrue(first("Chapter 12, 2021 pages").isEmpty(), "no month name");
  }

  @Test
  void aTextWithoutAYearIsSkippedBeforeAnyPattern() {
    assertTrue(DateText.hasYear("le 17 - 02 - 2021"));
    assertTrue(DateText.hasYear("٢٠٢١".replace("٢", "2").replace("٠", "0").replace("١", "1")));
    assertTrue(DateText.hasYear("ref 12021"));
    assertFalse(DateText.hasYear("By Jane Doe, 17 février"));
    assertFalse(DateText.hasYear("call 555-3012 or 2101"));
    assertEquals(Optional.empty(), DateText.first("17 février", DateText.Window.until(LocalDate.of(2026, 1, 1)), false));
  }

  @Test
  void theSearchIsBoundedByTheRunsOfDigitsAroundTheYears() {
    String text = "Kein Datum hier, Seite 4 von 12: am 17 - 02 - 2021 erschienen";
    assertEquals(text.indexOf("17"), DateText.searchFrom(text), "the day's run, two before the year's");
    assertEquals(0, DateText.searchFrom("17/02/2021"));
    assertEquals(-1, DateText.searchFrom("Seite 4 von 12"));
    assertEquals(text.indexOf("02"), DateText.searchTo(text, text.indexOf("von")), "the third run from there");
    assertEquals(text.length(), DateText.searchTo(text, text.indexOf("02")));
    String later = "Concert le 12 mars 2027, annoncé le 1 mars 2024 et le 3 mars 2024";
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), first(later));
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), first("1 mars 2024, March 2, 2024"), "the first date, whatever its form");
    assertEquals(Optional.of(LocalDate.of(2024, 3, 2)), first("March 2, 2024, 1 mars 2024"));
    assertEquals(Optional.of(LocalDate.of(2021, 2, 17)), first("x".repeat(5000) + " 17.02.2021"));
  }
}
