package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SitesTest {

  @Test
  void siteIsTheLowercaseHostWithoutWww() {
    assertEquals("lemonde.fr", Sites.site("https://WWW.LeMonde.fr/a?b=1"));
    assertEquals("fr.hespress.com", Sites.site("http://fr.hespress.com:8080/x"));
    assertEquals(Sites.UNKNOWN, Sites.site("not a url"));
    assertEquals("example.com", Sites.site("http://example.com/with space"));
  }

  @Test
  void slugKeepsOnlySafeCharacters() {
    assertEquals("panorapost", Sites.slug("PanoraPost"));
    assertEquals("le-matin-express", Sites.slug("Le Matin Express"));
    assertEquals("noticias-del-estrecho", Sites.slug("Noticias del Estrécho"));
    assertEquals("lemonde.fr", Sites.slug("lemonde.fr"));
  }

  @Test
  void slugCanNeverNameAParentFolder() {
    for (String evil : new String[] {"../../etc", "..", ".", "/etc/passwd", "..\\..\\x", "a/../../b", " .. "}) {
      String s = Sites.slug(evil);
      assertFalse(s.contains("/"), evil + " -> " + s);
      assertFalse(s.contains(".."), evil + " -> " + s);
      assertFalse(s.equals(".") || s.isEmpty(), evil + " -> " + s);
      assertTrue(s.matches("[a-z0-9.-]+"), evil + " -> " + s);
    }
    assertEquals("etc", Sites.slug("../../etc"));
  }

  @Test
  void slugOfAHugeNameIsBounded() {
    String s = Sites.slug("Publisher ".repeat(500));
    assertTrue(s.length() <= Sites.MAX_SLUG_LENGTH);
    assertTrue(s.startsWith("publisher-publisher"));
  }

  @Test
  void slugOfANonLatinNameIsItsStablePunycode() {
    String s = Sites.slug("هسبريس");
    assertTrue(s.startsWith("xn-") && s.matches("[a-z0-9.-]+"), s);
    assertEquals(s, Sites.slug(" هسبريس "));
    assertFalse(s.equals(Sites.slug("الأخبار")));
  }
}
