package org.newscorpus.extract;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The language of an article's text, as an ISO 639-1 code, detected by Lingua.
 *
 * <p>Takes a text and gives its language code, or null when the text has no letters or Lingua
 * cannot tell. Lingua was chosen over Optimaize by measurement ({@code
 * scripts/benchmark-language.sh}; figures in the README). The detector knows the corpus languages
 * (fr, ar, es, en, de) and the languages they are most often confused with, or that a North
 * African and European news crawl meets: it, pt, nl, ca for the Latin-script ones, fa and ur for
 * the Arabic script, and tr and ru. All 75 of Lingua's languages would need far more heap per
 * worker for no gain on this corpus; with too few, a Dutch or Italian page would be labelled
 * German or Spanish.
 *
 * <p>Loading the models takes seconds (11 s measured on a loaded machine) and keeps about 17 MB
 * of heap in low-accuracy mode (370 MB in high-accuracy mode), and Lingua's detector is
 * thread-safe, so one instance, loaded once per JVM on first use, is shared by every DoFn instance
 * and thread ({@link #shared()}); {@code ExtractArticleFn} touches it in {@code @Setup}.
 */
public final class TextLanguage {

  /** Characters of the text given to the detector: enough to decide, cheap to score. */
  static final int SAMPLE_CHARS = 600;

  /** Characters scored first; most texts are decided by them. */
  static final int FIRST_CHARS = 300;

  /**
   * How far below the best language the runner-up must score for {@link #FIRST_CHARS} characters to
   * decide. Lingua's confidence values are relative: the best language has 1.0, the others the
   * ratio of their score to its score.
   */
  static final double DECISIVE_MARGIN = 0.1;

  /** The languages the detector knows. */
  static final IsoCode639_1[] LANGUAGES = {
    IsoCode639_1.FR, IsoCode639_1.AR, IsoCode639_1.ES, IsoCode639_1.EN, IsoCode639_1.DE,
    IsoCode639_1.IT, IsoCode639_1.PT, IsoCode639_1.NL, IsoCode639_1.CA,
    IsoCode639_1.FA, IsoCode639_1.UR, IsoCode639_1.TR, IsoCode639_1.RU,
  };

  private final LanguageDetector detector;

  private TextLanguage(LanguageDetector detector) {
    this.detector = detector;
  }

  private static final class Holder {
    static final TextLanguage SHARED = new TextLanguage(detector(true));
  }

  /**
   * Lingua's detector for {@link #LANGUAGES}, models preloaded. Low-accuracy mode loads only the
   * trigram models: Lingua scores texts of 120 characters or more with trigrams alone in either
   * mode, and articles are longer than that, so the mode costs no accuracy here and saves most of
   * the heap (figures in the README).
   */
  static LanguageDetector detector(boolean lowAccuracy) {
    LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(LANGUAGES).withPreloadedLanguageModels();
    return (lowAccuracy ? builder.withLowAccuracyMode() : builder).build();
  }

  /** The detector of this JVM, loaded on first call. */
  public static TextLanguage shared() {
    return Holder.SHARED;
  }

  /** ISO 639-1 code of the language of {@code text}, or null. */
  public String of(String text) {
    if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    Language language = decidedByFirstChars(text);
    if (language == null) {
      language = detector.detectLanguageOf(sample(text, SAMPLE_CHARS));
    }
    return language == Language.UNKNOWN ? null : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  /**
   * The language of the first {@link #FIRST_CHARS} characters of a longer text when they decide it
   * by {@link #DECISIVE_MARGIN}, else null (the text is short, mixed, or not recognised).
   */
  Language decidedByFirstChars(String text) {
    String first = sample(text, FIRST_CHARS);
    if (first.length() == text.length()) {
      return null;
    }
    SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(first);
    Iterator<Map.Entry<Language, Double>> ranked = confidences.entrySet().iterator();
    if (!ranked.hasNext()) {
      return null;
    }
    Language best = ranked.next().getKey();
    if (!ranked.hasNext() || ranked.next().getValue() <= 1.0 - DECISIVE_MARGIN) {
      return best;
    }
    return null;
  }

  /** The first {@link #SAMPLE_CHARS} characters of {@code text}, cut at a space. */
  static String sample(String text) {
    return sample(text, SAMPLE_CHARS);
  }

  /** The first {@code chars} characters of {@code text}, cut at a space. */
  static String sample(String text, int chars) {
    if (text.length() <= chars) {
      return text;
    }
    int cut = text.lastIndexOf(' ', chars);
    return text.substring(0, cut > chars / 2 ? cut : chars);
  }
}
