package org.newscorpus.extract;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * The language of an article's text, as an ISO 639-1 code, detected by Lingua.
 *
 * <p>Takes a text and gives its language code, or null when the text has no letters or Lingua
 * cannot tell. Lingua was chosen over Optimaize by measurement ({@code
 * scripts/benchmark-language.sh}; figures in the README). The detector knows the corpus languages
 * (fr, ar, es, en, de) and the languages they are most often confused with, or that a North
 * African and European news crawl meets: it, pt, nl, ca and tr for the Latin script, fa and ur for
 * the Arabic script; and every Lingua language written in another script ({@link #OTHER_SCRIPTS}).
 * Lingua scores a text only against the languages of its script, so those cost a Latin or Arabic
 * text nothing. All of Lingua's Latin-script languages would cost several times the time on every
 * Latin text; with too few, a Dutch or Italian page would be labelled German or Spanish. A label
 * that may stand for a Latin-script language the detector does not know ({@link
 * #mayBeAnotherLatinLanguage}: a Polish page labelled Turkish, a Danish one labelled German) is
 * checked against all 75 of Lingua's languages; that costs a text in the corpus languages nothing.
 *
 * <p>Loading the models takes about a second and keeps about 28 MB of heap in low-accuracy mode
 * (figures in the README), and Lingua's detector is thread-safe, so one instance, loaded once per
 * JVM on first use, is shared by every DoFn instance and thread ({@link #shared()}); {@code
 * ExtractArticleFn} touches it in {@code @Setup}. The detector of all languages is loaded the first
 * time a label is checked.
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

  /** The corpus languages and their Latin- and Arabic-script neighbours. */
  static final IsoCode639_1[] CORPUS_LANGUAGES = {
    IsoCode639_1.FR, IsoCode639_1.AR, IsoCode639_1.ES, IsoCode639_1.EN, IsoCode639_1.DE,
    IsoCode639_1.IT, IsoCode639_1.PT, IsoCode639_1.NL, IsoCode639_1.CA,
    IsoCode639_1.FA, IsoCode639_1.UR, IsoCode639_1.TR,
  };

  /**
   * Every Lingua language written in neither the Latin nor the Arabic script: Cyrillic (so that a
   * Ukrainian or Bulgarian page is not labelled Russian), Greek, Hebrew, Armenian, Georgian, the
   * Indic scripts, Thai, and Chinese, Japanese and Korean (which had no language at all).
   */
  static final IsoCode639_1[] OTHER_SCRIPTS = {
    IsoCode639_1.RU, IsoCode639_1.UK, IsoCode639_1.BE, IsoCode639_1.BG, IsoCode639_1.MK, IsoCode639_1.SR,
    IsoCode639_1.KK, IsoCode639_1.MN, IsoCode639_1.EL, IsoCode639_1.HE, IsoCode639_1.HY, IsoCode639_1.KA,
    IsoCode639_1.HI, IsoCode639_1.MR, IsoCode639_1.BN, IsoCode639_1.PA, IsoCode639_1.GU, IsoCode639_1.TA,
    IsoCode639_1.TE, IsoCode639_1.TH, IsoCode639_1.ZH, IsoCode639_1.JA, IsoCode639_1.KO,
  };

  /** The languages the detector knows. */
  static final IsoCode639_1[] LANGUAGES =
      Stream.concat(Arrays.stream(CORPUS_LANGUAGES), Arrays.stream(OTHER_SCRIPTS)).toArray(IsoCode639_1[]::new);

  /**
   * The Latin-script languages the detector knows only so that their pages are not forced into a
   * corpus language. A page in a Latin-script language it does not know (Polish, Finnish,
   * Indonesian…) most often lands on one of these, so such a label is checked against all of
   * Lingua's languages.
   */
  static final Set<Language> NEIGHBOURS =
      EnumSet.of(Language.ITALIAN, Language.PORTUGUESE, Language.DUTCH, Language.CATALAN, Language.TURKISH);

  /**
   * The letters beyond a–z of the Latin-script corpus languages. A text labelled one of them that
   * holds other Latin letters (ł, ő, ø, ä in a "French" text…) is checked against all of Lingua's
   * languages.
   */
  static final Map<Language, String> LETTERS_BEYOND_ASCII =
      Map.of(Language.ENGLISH, "", Language.FRENCH, "àâæçéèêëîïôœùûüÿ", Language.SPANISH, "áéíóúüñ", Language.GERMAN, "äöüß");

  /**
   * Fewest letters foreign to a corpus language, and their least share of the letters, for its label
   * to be checked: a few names with foreign letters ("Kaczyński", "Erdoğan") in an English story do
   * not count; the diacritics of a Polish or Danish text do.
   */
  static final int FOREIGN_LETTERS = 3;

  /** See {@link #FOREIGN_LETTERS}. */
  static final double FOREIGN_SHARE = 0.01;

  private final LanguageDetector detector;

  private TextLanguage(LanguageDetector detector) {
    this.detector = detector;
  }

  private static final class Holder {
    static final TextLanguage SHARED = new TextLanguage(detector(true));
  }

  /**
   * Lingua's detector for all its 75 languages, low-accuracy mode, loaded on first use: about 35 MB
   * more heap, which a corpus in the corpus languages never loads.
   */
  private static final class EveryLanguage {
    static final LanguageDetector DETECTOR =
        LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().withPreloadedLanguageModels().build();
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
    return of(text, null);
  }

  /**
   * ISO 639-1 code of the language of {@code text}, or null; {@code declared} is the language its
   * page declares ({@code <html lang>}), or null. A page that declares a language the detector does
   * not know, and that the label is not, has its text checked against all of Lingua's languages
   * (koha.net's Albanian, {@code lang="sq-AL"}, was labelled French; baon.hu's Hungarian Spanish):
   * the declaration only calls for the check, the text decides, for templates declare a language
   * their pages are not in.
   */
  public String of(String text, String declared) {
    if (text == null || text.codePoints().noneMatch(Character::isLetter)) {
      return null;
    }
    String sample = sample(text, SAMPLE_CHARS);
    Language language = decidedByFirstChars(text);
    if (language == null) {
      language = detector.detectLanguageOf(sample);
    }
    if (mayBeAnotherLatinLanguage(language, sample) || declaresAnUnknownLanguage(declared, language)) {
      language = EveryLanguage.DETECTOR.detectLanguageOf(sample);
    }
    return language == Language.UNKNOWN ? null : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
  }

  /** The languages {@link #LANGUAGES} names, which the detector scores every text against. */
  private static final Set<IsoCode639_1> KNOWN = EnumSet.copyOf(Arrays.asList(LANGUAGES));

  /**
   * True when {@code declared}, a language tag ("sq-AL", "hu", "no"), names one of Lingua's
   * languages that the detector does not know and that differs from the label {@code language}.
   */
  static boolean declaresAnUnknownLanguage(String declared, Language language) {
    if (declared == null || declared.length() < 2 || (declared.length() > 2 && Character.isLetter(declared.charAt(2)))) {
      return false; // no tag, or a three-letter one ("lan" is a template's typo)
    }
    String code = declared.substring(0, 2).toUpperCase(Locale.ROOT);
    IsoCode639_1 iso;
    try {
      iso = IsoCode639_1.valueOf(code.equals("NO") ? "NB" : code); // Norwegian: Lingua knows Bokmål and Nynorsk
    } catch (IllegalArgumentException notLingua) {
      return false;
    }
    return !KNOWN.contains(iso) && language.getIsoCode639_1() != iso;
  }

  /**
   * Whether the label {@code language} of {@code sample} may stand for a Latin-script language the
   * detector does not know: the label is a {@link #NEIGHBOURS neighbour}, or a corpus language while
   * the sample holds at least {@link #FOREIGN_LETTERS} Latin letters that language does not use, and
   * {@link #FOREIGN_SHARE} of its letters.
   */
  static boolean mayBeAnotherLatinLanguage(Language language, String sample) {
    if (NEIGHBOURS.contains(language)) {
      return true;
    }
    String beyondAscii = LETTERS_BEYOND_ASCII.get(language);
    if (beyondAscii == null) {
      return false;
    }
    int letters = 0;
    int foreign = 0;
    for (int i = 0; i < sample.length(); i++) {
      char c = sample.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      char lower = Character.toLowerCase(c);
      if (lower > 'z' && isAlphabetLetter(lower) && beyondAscii.indexOf(lower) < 0) {
        foreign++;
      }
    }
    return foreign >= FOREIGN_LETTERS && foreign >= letters * FOREIGN_SHARE;
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

  /**
   * A Latin letter of some language's alphabet: Latin-1, Latin Extended-A and -B, and Latin
   * Extended Additional (Vietnamese). Not the IPA letters of a dictionary entry's pronunciation
   * (ɛ, ə, ŋ), which are Latin script too.
   */
  private static boolean isAlphabetLetter(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.LATIN_1_SUPPLEMENT
        || block == Character.UnicodeBlock.LATIN_EXTENDED_A
        || block == Character.UnicodeBlock.LATIN_EXTENDED_B
        || block == Character.UnicodeBlock.LATIN_EXTENDED_ADDITIONAL;
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
