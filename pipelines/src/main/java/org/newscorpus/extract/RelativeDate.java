package org.newscorpus.extract;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A publication time that a page gives only relative to when it was seen: "il y a 3 heures", "2
 * days ago", "hace 3 días", "vor 2 Tagen", "منذ 3 أيام", "منذ يومين". With the capture's time
 * (WARC-Date) it names a day, which beats the crawl day when the page gives no date at all.
 *
 * <p>The phrase must be the whole text of its element, optionally after "Publié", "Published",
 * "Posted", "Publicado", "Veröffentlicht" or "نشر": "Il y a trois jours, le ministre a annoncé …"
 * is a sentence about an event. An update stamp ("Mis à jour il y a 2 heures") is not a
 * publication. The element comes after the headline when the page has one (a ticker above it lists
 * other stories' times) and lies outside sidebars, related-stories boxes and comment threads. Months
 * and years are too coarse to name a day and are not read; weeks are, up to {@value #MAX_WEEKS}.
 */
final class RelativeDate {

  private RelativeDate() {}

  /** The longest text an element with a relative date may have. */
  static final int MAX_CHARS = 48;
  /** The most weeks ago a page may say it was published, and still name a day. */
  static final int MAX_WEEKS = 8;

  private static final String PUBLISHED = "(?:(?:publi[ée]e?|published|posted|publicad[oa]|ver[öo]ffentlicht|نشر)\\s*:?\\s*)?";
  private static final String NUMBER = "(\\p{Nd}{1,3}|une?|an?|einem|einer|una?)";
  private static final String UNIT =
      "(minutes?|mins?|mn|heures?|hours?|hrs?|h|horas?|stunden?|jours?|days?|d[íi]as?|tag(?:en)?|semaines?|weeks?|semanas?|wochen?"
          + "|دقيقة|دقائق|ساعة|ساعات|يوم|أيام|ايام|أسبوع|أسابيع|اسبوع|اسابيع)";
  /** Arabic's dual: "منذ يومين", "two days ago". */
  private static final String ARABIC_DUAL = "(دقيقتين|ساعتين|يومين|أسبوعين|اسبوعين)";

  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?iu)^\\s*" + PUBLISHED + "(?:(?:il y a|hace|vor|منذ)\\s+" + NUMBER + "\\s*" + UNIT + "|" + NUMBER + "\\s*" + UNIT
              + "\\s+ago|منذ\\s+" + ARABIC_DUAL + "|منذ\\s+(دقيقة|ساعة|يوم|أسبوع|اسبوع))\\s*\\.?\\s*$");

  /** How long before the capture {@code text} says the page was published, or empty. */
  static Optional<Duration> ago(String text) {
    if (text == null || text.length() > MAX_CHARS) {
      return Optional.empty();
    }
    Matcher m = RELATIVE.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group(5) != null) {
      return unit(m.group(5), 2);
    }
    if (m.group(6) != null) {
      return unit(m.group(6), 1);
    }
    String number = m.group(1) != null ? m.group(1) : m.group(3);
    String unit = m.group(1) != null ? m.group(2) : m.group(4);
    return unit(unit, count(number));
  }

  private static int count(String number) {
    if (Character.isDigit(number.charAt(0))) {
      return Integer.parseInt(number);
    }
    return 1; // "une", "an", "einem", "una"
  }

  private static Optional<Duration> unit(String word, int n) {
    String u = word.toLowerCase(Locale.ROOT);
    Duration one;
    if (u.startsWith("min") || u.equals("mn") || u.startsWith("دقي")) {
      one = Duration.ofMinutes(1);
    } else if (u.startsWith("h") || u.startsWith("stunde") || u.startsWith("ساع")) {
      one = Duration.ofHours(1);
    } else if (u.startsWith("j") || u.startsWith("day") || u.startsWith("d") || u.startsWith("tag") || u.startsWith("يوم")
        || u.startsWith("أيام") || u.startsWith("ايام")) {
      one = Duration.ofDays(1);
    } else {
      if (n > MAX_WEEKS) {
        return Optional.empty();
      }
      one = Duration.ofDays(7);
    }
    return Optional.of(one.multipliedBy(n));
  }

  /**
   * The day that the first relative date of {@code doc} names, counted back from {@code captured};
   * empty when the page shows none.
   */
  static Optional<PublicationDate> find(Document doc, Instant captured) {
    if (doc.body() == null || captured == null) {
      return Optional.empty();
    }
    Element headline = PublicationDate.headline(doc);
    boolean[] afterHeadline = {headline == null};
    Duration[] found = {null};
    NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (found[0] != null) {
              return FilterResult.STOP;
            }
            if (node == headline) {
              afterHeadline[0] = true;
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof Element e && PublicationDate.isOtherContent(e)) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (afterHeadline[0] && node instanceof TextNode t && !t.isBlank() && t.getWholeText().length() <= MAX_CHARS) {
              Element parent = (Element) t.parentNode();
              Optional<Duration> ago = ago(parent.text());
              if (ago.isPresent()) {
                found[0] = ago.get();
                return FilterResult.STOP;
              }
            }
            return FilterResult.CONTINUE;
          }
        },
        doc.body());
    if (found[0] == null) {
      return Optional.empty();
    }
    LocalDate day = LocalDate.ofInstant(captured.minus(found[0]), ZoneOffset.UTC);
    return Optional.of(new PublicationDate(day, null, "text", true));
  }
}
