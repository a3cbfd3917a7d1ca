package org.newscorpus.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written in running text, as news pages print them: "16 novembre 2025", "November 16,
 * 2025", "16 de noviembre de 2025", "16. November 2025", "16 نونبر 2025", "17 - 02 - 2021",
 * "27/11/2017", "2021-02-17", "2021. 02. 17.".
 *
 * <p>Takes a text and a {@link Window} of plausible days and gives the first plausible date in it.
 * Month names come from java.time's locale data (CLDR) for French, English, Spanish, German,
 * Italian, Portuguese, Dutch and Arabic, including the Maghrebi (ماي، يوليوز، غشت، شتنبر، نونبر،
 * دجنبر), Algerian-Tunisian (جانفي، جوان، جويلية، أوت) and Levantine (كانون الثاني، شباط…) names;
 * java.time checks every day. A numeric date whose order is ambiguous (03/04/2021) is read day
 * first unless the page's language reads month first (US English).
 */
public final class DateText {

  /**
   * The days a publication date may fall on: not after the crawl (a page cannot announce its own
   * future), not before the web had news sites.
   */
  public record Window(LocalDate earliest, LocalDate latest) {

    /** Before this, a date on a news page is a date in the story, not its publication. */
    public static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    /** Publication no later than {@code latest} (the crawl day), and not before 1995. */
    public static Window until(LocalDate latest) {
      return new Window(EARLIEST, latest);
    }

    public boolean contains(LocalDate day) {
      return day != null && !day.isBefore(earliest) && !day.isAfter(latest);
    }
  }

  private static final Map<String, Integer> MONTHS = months();

  private static final String DAY = "(?<![\\d.])(\\d{1,2})";
  private static final String YEAR = "((?:19|20)\\d{2})(?!\\d)";
  private static final String WORD = "[\\p{L}\\p{M}]+";

  /**
   * 16 novembre 2025, 16 de noviembre de 2025, 16. November 2025, 1er mai 2021, 16th Nov. 2025,
   * and the Levantine month with its international twin: 24 نيسان / أبريل 2020.
   */
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?iu)"
              + DAY
              + "(?:er|re|e|st|nd|rd|th|º|°)?\\.?\\s*(?:de\\s+|-\\s*)?("
              + WORD
              + "\\.?(?:\\s"
              + WORD
              + ")?(?:\\s*/\\s*"
              + WORD
              + ")?)\\s*\\.?,?\\s*(?:de\\s+|del\\s+|-\\s*)?"
              + YEAR);
  /** November 16, 2025; Nov. 16th 2025. */
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])(" + WORD + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR);
  /** 2023 Jan 7, as PubMed and journals cite a publication. */
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile("(?iu)(?<![\\d.])" + YEAR + "\\s+(" + WORD + ")\\.?\\s+(\\d{1,2})(?![\\d:])");
  /** {@link #DAY_MONTH_YEAR} and {@link #MONTH_DAY_YEAR} for text lowercased by {@link LowerCase#chars}. */
  private static final Pattern DAY_MONTH_YEAR_LOWER = LowerCase.pattern(DAY_MONTH_YEAR);

  private static final Pattern MONTH_DAY_YEAR_LOWER = LowerCase.pattern(MONTH_DAY_YEAR);

  private static final Pattern YEAR_MONTH_DAY_LOWER = LowerCase.pattern(YEAR_MONTH_DAY);

  /** 17 - 02 - 2021, 27/11/2017, 04.05.2019. */
  private static final Pattern NUMERIC =
      Pattern.compile(DAY + "\\s*([./-])\\s*(\\d{1,2})\\s*\\2\\s*" + YEAR);
  /** 2020年4月17日, 2020년 3월 4일. */
  private static final Pattern CJK =
      Pattern.compile("((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
  /** 2021-02-17, 2021/02/17, and 2021. 02. 17. as Hungarian and Korean pages write it. */
  private static final Pattern ISO =
      Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})([./-]|\\.\\s+)(\\d{1,2})\\2(\\d{1,2})(?![\\d])");

  /** 30.10.23: a day, a month and the year's last two digits, as German and Swiss date lines write them. */
  private static final Pattern NUMERIC_SHORT_YEAR =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.])");

  private DateText() {}

  /**
   * A date written year first ("2023 Jan 7"), as PubMed's and journals' citation metadata give it;
   * for a metadata value only: in running text a year, a month name and a number meet by chance
   * ("… des Jahres 2021 | Jan 04").
   */
  public static Optional<LocalDate> yearFirst(String value, Window window) {
    Matcher m = YEAR_MONTH_DAY_LOWER.matcher(LowerCase.chars(value));
    if (m.find()) {
      Integer month = month(m.group(2));
      LocalDate d = month == null ? null : day(m.group(1), month, m.group(3));
      if (window.contains(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * A day with a two-digit year ("30.10.23"), read as 20xx, in {@code text}, a date line's own
   * short text: in running text the same digits are as often a version or a score.
   */
  public static Optional<LocalDate> shortYear(String text, Window window) {
    Matcher m = NUMERIC_SHORT_YEAR.matcher(text);
    while (m.find()) {
      LocalDate d = day("20" + m.group(3), Integer.parseInt(m.group(2)), m.group(1));
      if (window.contains(d)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * The first date of {@code text} that falls in {@code window}.
   *
   * @param monthFirst read an ambiguous numeric date as month/day/year
   */
  public static Optional<LocalDate> first(String text, Window window, boolean monthFirst) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String t = plain(text);
    int from = searchFrom(t);
    if (from < 0) {
      return Optional.empty(); // every format here has a year; most lines of a page have none
    }
    int bestAt = Integer.MAX_VALUE;
    LocalDate best = null;
    String lower = LowerCase.chars(t); // month names are folded anyway; digits stay
    Matcher m = region(DAY_MONTH_YEAR_LOWER.matcher(lower), from, t.length());
    while (m.find() && m.start() < bestAt) {
      Integer month = month(m.group(2));
      LocalDate d = month == null ? null : day(m.group(3), month, m.group(1));
      if (window.contains(d)) {
        bestAt = m.start();
        best = d;
        break;
      }
    }
    m = region(MONTH_DAY_YEAR_LOWER.matcher(lower), from, searchTo(t, bestAt));
    while (m.find() && m.start() < bestAt) {
      Integer month = month(m.group(1));
      LocalDate d = month == null ? null : day(m.group(3), month, m.group(2));
      if (window.contains(d)) {
        bestAt = m.start();
        best = d;
        break;
      }
    }
    m = region(NUMERIC.matcher(t), from, searchTo(t, bestAt));
    while (m.find() && m.start() < bestAt) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean mdy = a <= 12 && (b > 12 || monthFirst);
      LocalDate d = mdy ? day(m.group(4), a, m.group(3)) : day(m.group(4), b, m.group(1));
      if (window.contains(d)) {
        bestAt = m.start();
        best = d;
        break;
      }
    }
    m = region(ISO.matcher(t), from, searchTo(t, bestAt));
    while (m.find() && m.start() < bestAt) {
      LocalDate d = day(m.group(1), Integer.parseInt(m.group(3)), m.group(4));
      if (window.contains(d)) {
        bestAt = m.start();
        best = d;
        break;
      }
    }
    m = region(CJK.matcher(t), from, searchTo(t, bestAt));
    while (m.find() && m.start() < bestAt) {
      LocalDate d = day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (window.contains(d)) {
        best = d;
        break;
      }
    }
    return Optional.ofNullable(best);
  }

  /** True when {@code t} holds a run of digits ending in 19xx or 20xx, which every year pattern needs. */
  static boolean hasYear(String t) {
    return searchFrom(t) >= 0;
  }

  /*
   * Where the patterns need to look. Each reads its numbers as whole runs of digits, with no other
   * digit between them: a year that ends a run (19xx, 20xx), and the day and month in the one or
   * two runs before it (16 novembre 2025, November 16, 2025, 17 - 02 - 2021) or in the two after
   * it (2021-02-17, 2020年4月17日). So no date starts before the second run of digits ahead of the
   * first year's run, and a date that starts before some place has ended by the third run of
   * digits that starts there. A search held within those bounds, its look-behinds and look-aheads
   * seeing past them, finds the same dates as a search of the whole text, without trying each
   * char of a page's 20,000 on each pattern.
   */

  /**
   * Where the first date of {@code t} can start at the earliest: the start of the second run of
   * digits before the first run that ends in a year; -1 when no run ends in one.
   */
  static int searchFrom(String t) {
    int twoBefore = -1; // the starts of the two runs before the current one
    int oneBefore = -1;
    int start = -1; // of the current run
    for (int i = 0; i <= t.length(); i++) {
      char c = i < t.length() ? t.charAt(i) : ' ';
      if (isDigit(c)) {
        if (start < 0) {
          start = i;
        }
        continue;
      }
      if (start >= 0) {
        if (i - start >= 4 && (t.startsWith("19", i - 4) || t.startsWith("20", i - 4))) {
          return Math.max(0, twoBefore);
        }
        twoBefore = oneBefore;
        oneBefore = start;
        start = -1;
      }
    }
    return -1;
  }

  /**
   * Where every date of {@code t} that starts before {@code at} has ended: the start of the third
   * run of digits that starts there or later, else the end of the text.
   */
  static int searchTo(String t, int at) {
    if (at >= t.length()) {
      return t.length();
    }
    int runs = 0;
    for (int i = at; i < t.length(); i++) {
      if (isDigit(t.charAt(i)) && (i == 0 || !isDigit(t.charAt(i - 1))) && ++runs == 3) {
        return i;
      }
    }
    return t.length();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code m} searching from {@code from} to {@code to} only, its patterns seeing the whole text. */
  private static Matcher region(Matcher m, int from, int to) {
    return m.region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
  }

  /** The month a name or abbreviation stands for, in any language known here, or null. */
  static Integer month(String word) {
    String w = fold(word);
    Integer m = MONTHS.get(w);
    if (m == null) {
      int end = 0;
      while (end < w.length() && w.charAt(end) != ' ' && w.charAt(end) != '/') {
        end++;
      }
      if (end > 0 && end < w.length()) {
        m = MONTHS.get(w.substring(0, end)); // "noviembre de" read one word too far, "نيسان/ابريل" its twin
      }
    }
    return m;
  }

  private static LocalDate day(String year, int month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** Lowercase, accents and hamza folded, no trailing dot: février → fevrier, أبريل → ابريل. */
  static String fold(String s) {
    String n = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(Character.isWhitespace(c) ? ' ' : c);
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '.') {
      out.setLength(out.length() - 1);
    }
    return out.toString();
  }

  /**
   * Arabic-Indic and Eastern Arabic-Indic digits as ASCII digits, and every Unicode space (the
   * no-break space of "16&nbsp;novembre", the thin space of "4.&thinsp;2.&thinsp;2022") as an
   * ASCII space, which is all the patterns' {@code \\s} matches.
   */
  static String plain(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char p;
      if ((c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9')) {
        p = (char) ('0' + Character.digit(c, 10));
      } else if (c >= '\u00A0' && Character.getType(c) == Character.SPACE_SEPARATOR) {
        p = ' ';
      } else {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(s);
      }
      out.setCharAt(i, p);
    }
    return out == null ? s : out.toString();
  }

  private static Map<String, Integer> months() {
    String[] tags = {
      "fr", "en", "es", "de", "it", "pt", "nl", "ar", "ar-MA", "ar-DZ", "ar-TN", "ar-LB", "ar-SY", "ar-IQ",
      "ru", "uk", "pl", "tr"
    };
    TextStyle[] styles = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE};
    Map<String, Integer> months = new HashMap<>();
    for (String tag : tags) {
      Locale locale = Locale.forLanguageTag(tag);
      for (Month month : Month.values()) {
        for (TextStyle style : styles) {
          String name = fold(month.getDisplayName(style, locale));
          if (name.length() >= 3 && !name.chars().allMatch(Character::isDigit)) {
            months.putIfAbsent(name, month.getValue());
          }
        }
      }
    }
    // common spellings that CLDR's abbreviations miss
    String[][] extra = {{"sept", "9"}, {"janv", "1"}, {"fevr", "2"}, {"juil", "7"}, {"okt", "10"}, {"dez", "12"}};
    for (String[] e : extra) {
      months.putIfAbsent(e[0], Integer.parseInt(e[1]));
    }
    return Map.copyOf(months);
  }
}
