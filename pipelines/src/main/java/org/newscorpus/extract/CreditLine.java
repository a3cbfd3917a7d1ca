package org.newscorpus.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An aggregator's credit line, which says the page republishes another publisher's article:
 * "Publié dans PanoraPost le 17 - 02 - 2021", "Originally published by Reuters on 2021-02-17".
 *
 * @param publisher the credited publisher's name, as written
 * @param date the credited publication day, when the line gives one
 */
public record CreditLine(String publisher, LocalDate date) {

  private static final String DMY = "(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})";
  private static final String YMD = "(\\d{4})-(\\d{1,2})-(\\d{1,2})";

  private static final Pattern PUBLIE_DANS =
      Pattern.compile("(?iu)\\bPubli[ée]e? dans\\s+(.{2,80}?)\\s+le\\s+" + DMY);
  private static final Pattern ORIGINALLY =
      Pattern.compile(
          "(?iu)\\bOriginally published (?:by|in|on)\\s+(.{2,80}?)\\s+on\\s+(?:" + YMD + "|" + DMY + ")");

  /** Finds the first credit line in {@code text}. */
  public static Optional<CreditLine> find(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = PUBLIE_DANS.matcher(text);
    if (m.find()) {
      return Optional.of(new CreditLine(m.group(1).trim(), date(m.group(4), m.group(3), m.group(2))));
    }
    m = ORIGINALLY.matcher(text);
    if (m.find()) {
      LocalDate date =
          m.group(2) != null
              ? date(m.group(2), m.group(3), m.group(4))
              : date(m.group(7), m.group(6), m.group(5));
      return Optional.of(new CreditLine(m.group(1).trim(), date));
    }
    return Optional.empty();
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
