package org.newscorpus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ShortTextTest {

  @Test
  void aShortElementGivesTheTextJsoupGives() {
    Document doc = Jsoup.parse("<div id='d'>\n    <span>Publié le</span>\n    <time>17 - 02 - 2021</time>\n</div>");
    assertEquals(doc.getElementById("d").text(), ShortText.of(doc.getElementById("d"), 300));
    assertEquals("Publié le 17 - 02 - 2021", ShortText.of(doc.getElementById("d"), 300));
  }

  @Test
  void aContainerOverTheBoundIsNull() {
    Document doc = Jsoup.parse("<div id='d'><p>" + "mot ".repeat(200) + "</p><p>suite</p></div>");
    assertNull(ShortText.of(doc.getElementById("d"), 300));
    assertEquals(5, ShortText.of(doc.select("p").get(1), 5).length());
  }

  @Test
  void indentationDoesNotCountTowardsTheBound() {
    String indent = "\n" + " ".repeat(200);
    Document doc = Jsoup.parse("<div id='d'>" + indent + "<span>May 31, 2024</span>" + indent + "<b>x</b>" + indent + "</div>");
    assertEquals("May 31, 2024 x", ShortText.of(doc.getElementById("d"), 20));
  }

  @Test
  void aTextOverTheBoundIsNullEvenUnderTwiceTheBound() {
    Document doc = Jsoup.parse("<div id='d'><p>" + "x".repeat(250) + "</p><p>" + "y".repeat(60) + "</p></div>");
    assertNull(ShortText.of(doc.getElementById("d"), 300), "310 chars kept, of 310 in the text nodes");
    assertEquals(250, ShortText.of(doc.select("p").get(0), 300).length());
    Document spaced = Jsoup.parse("<p id='p'>" + "a\u00A0\u00A0\u00A0".repeat(100) + "</p>");
    assertEquals(199, ShortText.of(spaced.getElementById("p"), 300).length(), "no-break spaces collapse to one");
  }
}
