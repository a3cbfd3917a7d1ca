package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextDumpTest {

  private static String seed() throws IOException {
    return new String(ArticleExtractorTest.resource("/pages/panorapost-seed.txt"), StandardCharsets.UTF_8);
  }

  @Test
  void seedGivesTitleBeforeTheCreditLineAndTheBodyUntilTheClosingLine() throws IOException {
    TextDump dump = TextDump.read(seed());
    assertEquals("L'Otan prépare un \"reset\" de l'Alliance après l'arrivée de Biden", dump.title());
    assertEquals("PanoraPost", dump.credit().orElseThrow().publisher());
    assertEquals(LocalDate.of(2021, 2, 17), dump.credit().orElseThrow().date());
    assertTrue(dump.body().startsWith("Désengagement américain en Afghanistan"), dump.body());
    assertTrue(dump.body().endsWith("a-t-on averti de source diplomatique."), dump.body());
    assertFalse(dump.body().contains("Cliquez ici"));
    assertFalse(dump.body().contains("Merci d'avoir signalé"));
    assertFalse(dump.body().contains("Publié dans"));
    assertEquals(24, dump.body().split("\n\n").length, "one paragraph per line");
  }

  @Test
  void tickerAndReportNoticeBeforeATitleWithoutCreditLineAreDropped() {
    String text =
        "Hakimi rassure après sa blessure    La FIFA annonce un renforcement    Mauritanie: 227 migrants secourus    Budget Défense\n"
            + "\n"
            + "Merci d'avoir signalé!\n"
            + "Cette image sera automatiquement bloquée après qu'elle soit signalée par plusieurs personnes.\n"
            + "Le Maroc franchit un cap dans la relation client\n"
            + "Le secteur emploie désormais plus de 130.000 personnes, selon la fédération.\n"
            + "Partager\n"
            + "Les exportations ont progressé de 12% sur un an.\n";
    TextDump dump = TextDump.read(text);
    assertEquals("Le Maroc franchit un cap dans la relation client", dump.title());
    assertTrue(dump.credit().isEmpty());
    assertEquals(
        "Le secteur emploie désormais plus de 130.000 personnes, selon la fédération.\n\n"
            + "Les exportations ont progressé de 12% sur un an.",
        dump.body());
  }

  @Test
  void whatFollowsTheClosingLineIsTheAggregatorsPage() {
    TextDump dump =
        TextDump.read("Titre\nPremier paragraphe.\nCliquez ici pour lire l'article depuis sa source.\nAutres articles\n");
    assertEquals("Premier paragraphe.", dump.body());
    // the Arabic aggregator's closing line, in its "click" and "read" words
    for (String closing : List.of("انقر هنا لقراءة الخبر من مصدره", "اضغط هنا لقراءة الخبر من مصدره", "اضغط هنا للاطلاع على الموضوع من مصدره")) {
      TextDump arabic = TextDump.read("الحكومة تصادق على مشروع قانون الماء\nنشر في هسبريس يوم 17 - 02 - 2021\n"
          + "صادق مجلس الحكومة على مشروع القانون المتعلق بالماء.\n" + closing + "\nمقالات أخرى\n");
      assertEquals("صادق مجلس الحكومة على مشروع القانون المتعلق بالماء.", arabic.body(), closing);
    }
  }

  @Test
  void aLineIsATickerOnlyWithSeveralWideGaps() {
    assertTrue(TextDump.isTicker("Un    Deux    Trois    Quatre"));
    assertTrue(TextDump.isTicker("Un\tDeux\tTrois\tQuatre"));
    assertFalse(TextDump.isTicker("Une phrase normale, avec  deux espaces par erreur."));
  }

  @Test
  void anEmptyDumpHasNoTitleAndNoBody() {
    TextDump dump = TextDump.read("\n\n");
    assertNull(dump.title());
    assertEquals("", dump.body());
  }
}
