package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class RelativeDateTest {

  private static final Instant CAPTURED = Instant.parse("2025-11-20T09:30:00Z");

  @Test
  void relativeTimesInTheCorpusLanguages() {
    assertEquals(Optional.of(Duration.ofHours(3)), RelativeDate.ago("il y a 3 heures"));
    assertEquals(Optional.of(Duration.ofDays(2)), RelativeDate.ago("Publié il y a 2 jours"));
    assertEquals(Optional.of(Duration.ofHours(1)), RelativeDate.ago("il y a une heure"));
    assertEquals(Optional.of(Duration.ofMinutes(45)), RelativeDate.ago("45 min ago"));
    assertEquals(Optional.of(Duration.ofDays(5)), RelativeDate.ago("Posted 5 days ago"));
    assertEquals(Optional.of(Duration.ofDays(14)), RelativeDate.ago("2 weeks ago"));
    assertEquals(Optional.of(Duration.ofDays(3)), RelativeDate.ago("hace 3 días"));
    assertEquals(Optional.of(Duration.ofDays(2)), RelativeDate.ago("vor 2 Tagen"));
    assertEquals(Optional.of(Duration.ofHours(5)), RelativeDate.ago("منذ 5 ساعات"));
    assertEquals(Optional.of(Duration.ofDays(3)), RelativeDate.ago("منذ ٣ أيام"));
    assertEquals(Optional.of(Duration.ofDays(2)), RelativeDate.ago("منذ يومين"));
    assertEquals(Optional.of(Duration.ofHours(1)), RelativeDate.ago("منذ ساعة"));
  }

  @Test
  void sentencesUpdateStampsAndCoarseTimesNameNoDay() {
    for (String text : List.of("Il y a 3 jours, le ministre a annoncé un nouveau plan.", "Mis à jour il y a 2 heures",
        "Updated 3 hours ago", "il y a 2 mois", "3 years ago", "10 weeks ago", "منذ أيام", "il y a")) {
      assertTrue(RelativeDate.ago(text).isEmpty(), text);
    }
  }

  @Test
  void theFirstRelativeDateAfterTheHeadlineOutsideSidebarsNamesTheDay() {
    String html = "<body><div class='ticker'><a href='/a'>Autre titre</a> <span>il y a 1 heure</span></div>"
        + "<article><h1>Le tramway prolongé</h1><span class='date'>il y a 3 jours</span><p>Texte.</p></article>"
        + "<aside><span>il y a 10 minutes</span></aside></body>";
    PublicationDate d = RelativeDate.find(Jsoup.parse(html), CAPTURED).orElseThrow();
    assertEquals(LocalDate.of(2025, 11, 17), d.date());
    assertEquals("text", d.source());
    assertEquals(null, d.instant(), "the page gives no time");
    String sidebarOnly = "<body><article><h1>Le tramway prolongé</h1><p>Texte.</p></article>"
        + "<aside class='most-read'><span>il y a 10 minutes</span></aside></body>";
    assertTrue(RelativeDate.find(Jsoup.parse(sidebarOnly), CAPTURED).isEmpty());
    assertTrue(RelativeDate.find(Jsoup.parse(html), null).isEmpty(), "a dump file has no capture time");
  }
}
