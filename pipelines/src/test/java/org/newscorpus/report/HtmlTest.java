package org.newscorpus.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void markupFromAPageBecomesText() {
    assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;/svg&gt;",
        Html.escape("<script>alert(\"x\")</script></svg>"));
  }

  @Test
  void ampersandsAndApostrophesAreEscapedForAttributesToo() {
    assertEquals("Tom &amp; Jerry&#39;s", Html.escape("Tom & Jerry's"));
  }

  @Test
  void nullIsEmpty() {
    assertEquals("", Html.escape(null));
  }

  @Test
  void controlCharactersThatSvgForbidsBecomeSpaces() {
    assertEquals("a b\tc\nd", Html.escape("a\u0000b\tc\nd"));
  }

  @Test
  void aLoneSurrogateIsReplacedAndAPairKept() {
    assertEquals("\uFFFDx\uD83D\uDE00", Html.escape("\uD83Dx\uD83D\uDE00"));
  }

  @Test
  void truncateCutsWithAnEllipsisButNeverInsideAPair() {
    assertEquals("abc…", Html.truncate("abcdef", 3));
    assertEquals("ab…", Html.truncate("ab\uD83D\uDE00def", 3));
    assertEquals("abc", Html.truncate("abc", 3));
  }
}
