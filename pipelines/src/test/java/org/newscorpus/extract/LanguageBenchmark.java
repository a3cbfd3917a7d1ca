package org.newscorpus.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Measures a language-detector configuration on labelled texts: accuracy on whole article texts and
 * on single paragraphs, per language, the heap the detector retains, its start-up time and its
 * speed. One configuration per JVM, so that the heap figure is the detector's alone. Run by {@code
 * scripts/benchmark-language.sh}; the figures and the choice are in the README.
 *
 * <p>Usage: {@code LanguageBenchmark CONFIG TRUTH.jsonl.gz}, CONFIG one of {@code lingua-corpus}
 * (the detector the pipeline uses: 13 languages, low-accuracy mode, its first 300 characters and,
 * when they do not decide, 600), {@code lingua-corpus-600} (the same detector on 600 characters
 * always, as before the two steps), {@code lingua-corpus-high}
 * (the same languages, high-accuracy mode), {@code lingua-five}, {@code lingua-all-low}, {@code
 * lingua-all}, {@code optimaize-all}, {@code optimaize-five}.
 */
public final class LanguageBenchmark {

  private LanguageBenchmark() {}

  record Sample(String lang, String text) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: LanguageBenchmark CONFIG TRUTH.jsonl.gz");
      System.exit(2);
    }
    String config = args[0];
    List<Sample> articles = new ArrayList<>();
    List<Sample> paragraphs = new ArrayList<>();
    read(Path.of(args[1]), articles, paragraphs);

    long heapBefore = usedHeap();
    long t0 = System.nanoTime();
    Function<String, String> detector = detector(config);
    detector.apply("warm up the models with a first sentence");
    long startMillis = (System.nanoTime() - t0) / 1_000_000;
    long retained = usedHeap() - heapBefore;

    long t1 = System.nanoTime();
    Map<String, int[]> articleScores = score(detector, articles);
    double articleSeconds = (System.nanoTime() - t1) / 1e9;
    Map<String, int[]> paragraphScores = score(detector, paragraphs);

    System.out.printf(Locale.ROOT, "config              %s%n", config);
    System.out.printf(Locale.ROOT, "start-up (ms)       %d%n", startMillis);
    System.out.printf(Locale.ROOT, "retained heap (MB)  %.0f%n", retained / 1048576.0);
    System.out.printf(Locale.ROOT, "articles/s          %.0f%n", articles.size() / articleSeconds);
    print("articles", articleScores);
    print("paragraphs", paragraphScores);
  }

  static Function<String, String> detector(String config) throws IOException {
    switch (config) {
      case "lingua-corpus":
        TextLanguage shared = TextLanguage.shared();
        return shared::of;
      case "lingua-corpus-600":
        return lingua(TextLanguage.detector(true));
      case "lingua-corpus-high":
        return lingua(TextLanguage.detector(false));
      case "lingua-five":
        return lingua(
            LanguageDetectorBuilder.fromIsoCodes639_1(
                    IsoCode639_1.FR, IsoCode639_1.AR, IsoCode639_1.ES, IsoCode639_1.EN, IsoCode639_1.DE)
                .withPreloadedLanguageModels()
                .build());
      case "lingua-all-low":
        return lingua(
            LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().withPreloadedLanguageModels().build());
      case "lingua-all":
        return lingua(LanguageDetectorBuilder.fromAllLanguages().withPreloadedLanguageModels().build());
      case "optimaize-all":
        return optimaize(new LanguageProfileReader().readAllBuiltIn());
      case "optimaize-five":
        return optimaize(
            new LanguageProfileReader()
                .readBuiltIn(
                    List.of(
                        LdLocale.fromString("fr"),
                        LdLocale.fromString("ar"),
                        LdLocale.fromString("es"),
                        LdLocale.fromString("en"),
                        LdLocale.fromString("de"))));
      default:
        throw new IllegalArgumentException("unknown config " + config);
    }
  }

  private static Function<String, String> lingua(com.github.pemistahl.lingua.api.LanguageDetector d) {
    return text -> {
      Language l = d.detectLanguageOf(TextLanguage.sample(text));
      return l == Language.UNKNOWN ? null : l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    };
  }

  private static Function<String, String> optimaize(List<LanguageProfile> profiles) {
    LanguageDetector d = com.optimaize.langdetect.LanguageDetectorBuilder.create(NgramExtractors.standard())
        .withProfiles(profiles)
        .build();
    TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();
    return text -> {
      com.google.common.base.Optional<LdLocale> l = d.detect(texts.forText(TextLanguage.sample(text)));
      return l.isPresent() ? l.get().getLanguage() : null;
    };
  }

  /** Unique texts of the truth file, and their paragraphs of at least 40 characters. */
  private static void read(Path truth, List<Sample> articles, List<Sample> paragraphs) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Set<String> seen = new LinkedHashSet<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(Files.newInputStream(truth)), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode row = json.readTree(line);
        String lang = row.get("lang").asText();
        String text = row.get("text").asText();
        if (!seen.add(text)) {
          continue;
        }
        articles.add(new Sample(lang, text));
        for (String p : text.split("\n\n")) {
          if (p.strip().length() >= 40 && seen.add(p.strip())) {
            paragraphs.add(new Sample(lang, p.strip()));
          }
        }
      }
    }
  }

  private static Map<String, int[]> score(Function<String, String> detector, List<Sample> samples) {
    Map<String, int[]> scores = new TreeMap<>();
    for (Sample s : samples) {
      int[] c = scores.computeIfAbsent(s.lang(), k -> new int[2]);
      c[1]++;
      if (s.lang().equals(detector.apply(s.text()))) {
        c[0]++;
      }
    }
    return scores;
  }

  private static void print(String what, Map<String, int[]> scores) {
    int right = 0;
    int all = 0;
    StringBuilder per = new StringBuilder();
    for (Map.Entry<String, int[]> e : scores.entrySet()) {
      right += e.getValue()[0];
      all += e.getValue()[1];
      per.append(String.format(Locale.ROOT, " %s %.4f (%d)", e.getKey(), (double) e.getValue()[0] / e.getValue()[1], e.getValue()[1]));
    }
    System.out.printf(Locale.ROOT, "%-19s %.4f of %d;%s%n", what, (double) right / all, all, per);
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
