package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.pemistahl.lingua.api.Language;
import org.junit.jupiter.api.Test;

class TextLanguageTest {

  private final TextLanguage languages = TextLanguage.shared();

  @Test
  void corpusLanguagesAreRecognisedAsIso6391() {
    assertEquals("fr", languages.of("Le nouveau patron du Pentagone s'adressera à ses homologues depuis Washington et les alliés."));
    assertEquals("en", languages.of("The analysis was published online by the journal and it is the largest of its kind."));
    assertEquals("es", languages.of("El gobierno de España ha anunciado que los controles en la frontera se reforzarán para el verano."));
    assertEquals("de", languages.of("Der Nationalrat hat die Pauschallösung bei den Geschäftsmieten mit den Stimmen der Koalition beschlossen."));
    assertEquals("ar", languages.of("أعلنت الحكومة المغربية عن برنامج جديد لدعم الفلاحين في المناطق القروية."));
  }

  @Test
  void neighbourLanguagesAreNotForcedIntoACorpusLanguage() {
    assertEquals("nl", languages.of("De gemeenteraad heeft gisteren besloten dat de nieuwe brug over de rivier volgend jaar wordt gebouwd."));
    assertEquals("it", languages.of("Il consiglio comunale ha deciso ieri che il nuovo ponte sul fiume sarà costruito il prossimo anno."));
  }

  @Test
  void textWithoutLettersHasNoLanguage() {
    assertNull(languages.of("12345 67890"));
    assertNull(languages.of(""));
    assertNull(languages.of(null));
  }

  @Test
  void oneDetectorIsSharedPerJvm() {
    assertSame(TextLanguage.shared(), TextLanguage.shared());
  }

  @Test
  void longTextsAreSampledAtASpace() {
    String text = "mot ".repeat(2000);
    String sample = TextLanguage.sample(text);
    assertTrue(sample.length() <= TextLanguage.SAMPLE_CHARS);
    assertTrue(sample.endsWith("mot"), sample.substring(sample.length() - 5));
  }

  private static final String FRENCH_STORY =
      "Désengagement américain en Afghanistan, casse-tête du financement, tensions avec l'allié turc: "
          + "l'Otan prépare un reset de ses relations avec les Etats-Unis, mais l'Alliance doit solder de "
          + "lourds contentieux pour se reconstruire, avertissent les diplomates européens. Mercredi, la "
          + "première prise de contact entre les alliés et le gouvernement du président américain sera "
          + "virtuelle. Le nouveau patron du Pentagone s'adressera à ses homologues depuis Washington, et "
          + "les ministres de la Défense des pays membres discuteront du retrait des troupes.";

  @Test
  void aLongTextInOneLanguageIsDecidedByItsFirstCharacters() {
    assertTrue(FRENCH_STORY.length() > TextLanguage.FIRST_CHARS);
    assertEquals(Language.FRENCH, languages.decidedByFirstChars(FRENCH_STORY));
    assertEquals("fr", languages.of(FRENCH_STORY));
  }

  @Test
  void aTextNoLongerThanTheFirstStepGoesStraightToTheFullSample() {
    assertNull(languages.decidedByFirstChars(FRENCH_STORY.substring(0, TextLanguage.FIRST_CHARS)));
  }

  @Test
  void aFrenchDispatchLineOverAnEnglishStoryIsNotDecidedEarlyAndTheStoryWins() {
    String text =
        "Storm damage.  Dépêche numéro 7711, mise à jour le 12 janvier à Paris par la rédaction.  "
            + "A smart thermostat combines features from programmable thermostats, sensors and an app, "
            + "and the utility companies that pay for them say the devices have cut the evening peak. "
            + "Households that installed one last winter used less energy than their neighbours, "
            + "according to figures the company released on Tuesday, and the state regulator said it "
            + "would study whether the rebates should be extended to renters and small businesses "
            + "across the region before the next heating season begins in the autumn.";
    assertNull(languages.decidedByFirstChars(text));
    assertEquals("en", languages.of(text));
  }
}
