package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TextFormTest {

  @Test
  void dropsSoftHyphensAndZeroWidthSpaces() {
    // bmz.de's headline, as its og:title writes it
    assertEquals(
        "Schulze: Deutschland steht fest an der Seite des Welternährungsprogramms",
        TextForm.of("Schulze: Deutsch\u00ADland steht fest an der Seite des Welt\u00ADernährungs\u00ADprogramms\u200B"));
  }

  @Test
  void composesWhatAnEditorSavedDecomposed() {
    assertEquals("Gespräche für Anfänger", TextForm.of("Gespra\u0308che fu\u0308r Anfa\u0308nger"));
    // ukbdnews.com writes Bengali "য়" as one code point (U+09DF), which NFC writes as two
    assertEquals("\u0995\u09BF\u09AF\u09BC\u09BE", TextForm.of("\u0995\u09BF\u09DF\u09BE"));
  }

  @Test
  void leavesTextAlreadyInItsFormAsItIs() {
    String arabic = "انطلقت اليوم بالرباط أشغال المنتدى الدولي للصحافة";
    assertSame(arabic, TextForm.of(arabic));
    String french = "L'Otan prépare un \"reset\" de l'Alliance après l'arrivée de Biden";
    assertSame(french, TextForm.of(french));
    assertNull(TextForm.of(null));
  }
}
