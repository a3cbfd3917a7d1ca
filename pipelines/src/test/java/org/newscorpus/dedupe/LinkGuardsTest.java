package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newscorpus.dedupe.Articles.article;
import static org.newscorpus.dedupe.Articles.fingerprint;
import static org.newscorpus.dedupe.Articles.words;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newscorpus.schema.Article;

class LinkGuardsTest {

  private static final LocalDate DAY = LocalDate.of(2025, 11, 2);
  private static final String TEXT = words(5, 200);

  private static Fingerprint page(String id, LocalDate day, String title) {
    Article a = article(id, "https://" + id + ".com/x", day, TEXT);
    a.setTitle(title);
    return fingerprint(a);
  }

  @Test
  void theSameTextEightDaysApartIsNotARepublication() {
    DedupeConfig c = DedupeConfig.DEFAULT;
    assertEquals(LinkGuards.Verdict.DAYS_APART,
        LinkGuards.check(page("a", DAY, "Proteste in Bagdad"), page("b", DAY.plusDays(8), "Proteste in Bagdad"), c));
    assertEquals(LinkGuards.Verdict.ALLOWED,
        LinkGuards.check(page("a", DAY, "Proteste in Bagdad"), page("b", DAY.plusDays(3), "Proteste in Bagdad"), c));
    assertEquals(LinkGuards.Verdict.ALLOWED,
        LinkGuards.check(page("a", null, "t"), page("b", DAY.plusDays(30), "t"), c), "an unknown date decides nothing");
    assertEquals(LinkGuards.Verdict.ALLOWED,
        LinkGuards.check(page("a", DAY, "t"), page("b", DAY.plusDays(30), "t"), c.withMaxDaysApart(0)));
  }

  @Test
  void anotherHeadlineOverTheSameBodyIsAnotherArticle() {
    DedupeConfig c = DedupeConfig.DEFAULT;
    assertEquals(LinkGuards.Verdict.OTHER_TITLE, LinkGuards.check(
        page("a", DAY, "Auszeichnung: Dunja Hayali erhält Preis für Zivilcourage"),
        page("b", DAY, "Kurz und Grünen-Chef Kogler stellen Regierungsprogramm für Österreich vor"), c));
    assertEquals(LinkGuards.Verdict.ALLOWED, LinkGuards.check(
        page("a", DAY, "Le Maroc et l'UE signent un accord de pêche"),
        page("b", DAY, "RABAT (MAP) – Le Maroc et l’UE signent un accord de pêche | Hespress"), c),
        "a copy keeps most of the headline's words");
    assertEquals(LinkGuards.Verdict.ALLOWED, LinkGuards.check(page("a", DAY, null), page("b", DAY, "Anything"), c));
  }

  @Test
  void titleOverlapIsTheShareOfTheShorterTitlesWords() {
    assertEquals(1.0, LinkGuards.titleOverlap("Angriffe auf US-Botschaft", "Spannungen: Angriffe auf US-Botschaft im Irak"));
    assertEquals(0.5, LinkGuards.titleOverlap("un deux", "deux trois"));
  }
}
