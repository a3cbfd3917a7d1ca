package org.newscorpus.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A first, simple language guess from script and stop words, for the corpus languages (fr, ar, es,
 * en, de). Returns null when the text gives too little evidence.
 */
public final class LanguageGuesser {

  private static final Map<String, Set<String>> STOP_WORDS =
      Map.of(
          "fr", Set.of("le", "la", "les", "des", "est", "et", "une", "du", "dans", "que", "pour", "qui", "sur", "au", "avec", "pas"),
          "en", Set.of("the", "and", "of", "to", "is", "in", "that", "for", "with", "was", "on", "are", "it", "as", "this", "be"),
          "es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "es", "por", "con", "para", "una", "del", "se", "al"),
          "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "sich", "auf", "im", "dem"));

  private LanguageGuesser() {}

  /** ISO 639-1 code of the text's language, or null. */
  public static String guess(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int arabic = 0;
    int letters = 0;
    for (int i = 0; i < text.length() && i < 20000; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
          arabic++;
        }
      }
    }
    if (letters > 0 && arabic * 2 > letters) {
      return "ar";
    }
    String best = null;
    int bestCount = 0;
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+", 3000);
    for (Map.Entry<String, Set<String>> lang : STOP_WORDS.entrySet()) {
      int count = 0;
      for (String w : words) {
        if (lang.getValue().contains(w)) {
          count++;
        }
      }
      if (count > bestCount || (count == bestCount && best != null && lang.getKey().compareTo(best) < 0)) {
        best = lang.getKey();
        bestCount = count;
      }
    }
    return bestCount >= 2 ? best : null;
  }
}
