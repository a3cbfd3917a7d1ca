package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
