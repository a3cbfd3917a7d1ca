package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  @Test
  void corpusLanguagesAreRecognised() {
    assertEquals("fr", LanguageGuesser.guess("Le nouveau patron du Pentagone s'adressera à ses homologues depuis Washington et les alliés."));
    assertEquals("en", LanguageGuesser.guess("The analysis was published online by the journal and it is the largest of its kind."));
    assertEquals("es", LanguageGuesser.guess("El gobierno de España ha anunciado que los controles en la frontera se reforzarán para el verano."));
    assertEquals("de", LanguageGuesser.guess("Der Nationalrat hat die Pauschallösung bei den Geschäftsmieten mit den Stimmen der Koalition beschlossen."));
    assertEquals("ar", LanguageGuesser.guess("أعلنت الحكومة المغربية عن برنامج جديد لدعم الفلاحين في المناطق القروية."));
  }

  @Test
  void tooLittleEvidenceIsNull() {
    assertNull(LanguageGuesser.guess("12345 67890"));
    assertNull(LanguageGuesser.guess(""));
  }
}
