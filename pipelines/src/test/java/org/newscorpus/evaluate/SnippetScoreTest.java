package org.newscorpus.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScoreTest {

  @Test
  void snippetsArePooledOverTheSet() {
    SnippetScore s = new SnippetScore();
    s.add("Weltweit finanzieren Banken\n und Investoren Unternehmungen.",
        List.of("finanzieren Banken und Investoren", "JPMorgan Chase"), List.of("Cookies & Tracking"));
    s.add("Cookies & Tracking  Der Text.", List.of("Der Text"), List.of("Cookies &   Tracking", "Abo"));
    assertEquals(2, s.tp());
    assertEquals(1, s.fn());
    assertEquals(1, s.fp());
    assertEquals(2, s.tn());
    assertEquals(2.0 / 3, s.precision(), 1e-9);
    assertEquals(2.0 / 3, s.recall(), 1e-9);
    assertEquals(4.0 / 6, s.f(), 1e-9);
    assertEquals(4.0 / 6, s.accuracy(), 1e-9);
  }

  @Test
  void matchingIsCaseSensitiveAfterCollapsingWhitespace() {
    SnippetScore s = new SnippetScore();
    s.add("The  Harbour\treopened", List.of("the harbour", "The Harbour reopened"), List.of());
    assertEquals(1, s.tp());
    assertEquals(1, s.fn());
  }

  @Test
  void noOutputFindsNothing() {
    SnippetScore s = new SnippetScore();
    s.add(null, List.of("a"), List.of("b"));
    assertEquals(1, s.fn());
    assertEquals(1, s.tn());
    assertEquals(0.0, s.f(), 1e-9);
  }
}
