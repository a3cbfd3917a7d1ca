package org.newscorpus.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

public class MojibakeTest {

  /** A paragraph of embracepetinsurance.com (WCXB 4912), as its author wrote it. */
  private static final String STORY =
      "According to a LendingTree report, in 2024 alone, 37 percent of pet owners wound up in debt —nearly seven in"
          + " ten of them because of a medical emergency. That’s not budgeting—it’s crisis financing. Cat owners, you’re"
          + " in luck with slightly lower averages. Café, naïve, Zürich, 😀.";

  /** {@code text}'s UTF-8 bytes read as {@code charset}: what the page stored. */
  private static String misread(String text, String charset) {
    return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
  }

  @Test
  void utf8ReadAsLatin1IsRepaired() {
    // the page itself holds "Thatâ" and two C1 controls, valid UTF-8 of the wrong characters
    String stored = misread(STORY, "ISO-8859-1");
    assertEquals("That\u00e2\u0080\u0099s", stored.substring(stored.indexOf("That"), stored.indexOf("That") + 8));
    assertEquals(STORY, Mojibake.repair(stored));
  }

  @Test
  void utf8ReadAsWindows1252IsRepaired() {
    // windows-1252 leaves five bytes unmapped; Java shows them as U+FFFD, so build the stored text by hand
    String stored = STORY.replace("’", "â€™").replace("—", "â€”").replace("é", "Ã©").replace("ï", "Ã¯")
        .replace("ü", "Ã¼").replace("😀", "ðŸ˜€");
    assertEquals(STORY, Mojibake.repair(stored));
  }

  @Test
  void textWithoutDamageIsLeftAsItIs() {
    assertSame(STORY, Mojibake.repair(STORY));
    String french = "Désengagement américain en Afghanistan : l'Otan prépare un « reset » de l'Alliance, à Bruxelles.";
    assertSame(french, Mojibake.repair(french));
  }

  @Test
  void runsThatTextMayHoldOnPurposeAreRepairedOnlyBesideSureDamage() {
    // "ß" and a soft hyphen, "é·": bytes of some UTF-8 character too, but ordinary text here
    String german = "Die Stra\u00df\u00ade war gesperrt, sagte der Polizeisprecher. Café\u00b7Bar \u00c3\u00a9t\u00e9.";
    assertSame(german, Mojibake.repair(german));
    // with two sure runs the text is left; with three it is repaired, the ambiguous runs included
    String twoSure = "Itâ\u0080\u0099s here. Itâ\u0080\u0099s there. Ã©tÃ©";
    assertSame(twoSure, Mojibake.repair(twoSure));
    assertEquals("It’s here. It’s there. It’s. été", Mojibake.repair(twoSure.replace(" Ã©", " Itâ\u0080\u0099s. Ã©")));
  }

  @Test
  void runsThatAreNotUtf8AreLeftAlone() {
    // E0 80 80 is an overlong form, ED A0 80 a surrogate: no UTF-8 encoder writes them
    String text = "Itâ\u0080\u0099s, itâ\u0080\u0099s, itâ\u0080\u0099s: \u00e0\u0080\u0080 \u00ed\u00a0\u0080";
    assertEquals("It’s, it’s, it’s: \u00e0\u0080\u0080 \u00ed\u00a0\u0080", Mojibake.repair(text));
  }
}
