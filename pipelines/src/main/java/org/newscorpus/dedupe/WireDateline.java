package org.newscorpus.dedupe;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newscorpus.common.NewsAgencies;

/**
 * Whether an article's text opens with a news agency's dateline, {@code "PARIS (AFP) - "}, {@code
 * "Rabat (MAP) - "}, {@code "MADRID, 3 nov (EFE).- "}, {@code "(Reuters) - "}, {@code "الرباط (و م ع) - "}:
 * the mark a site leaves when it runs a wire story. Of two pages of one story, one day and one
 * credit, the page without it is the better canonical ({@link CanonicalOrder}): the dateline is
 * what the copy added, and it also makes the copy's text the longer of the two.
 *
 * <p>The agency is one of a list of news agencies, so that a ticker ({@code "Apple (AAPL) -"}) or a
 * date in brackets ({@code "WASHINGTON (January 24, 2017) —"}, a press release's own dateline) is
 * not taken for one. A page on the agency's own site ({@code mapexpress.ma} for MAP, {@code
 * reuters.com}) carries its dateline as the original: it is not a copy.
 */
final class WireDateline {

  /** News agencies as their datelines name them; several may share one dateline ("AFP/Reuters"). */
  private static final String AGENCY = NewsAgencies.ALTERNATION;

  /** A word of a place's name: capitalised ("PARIS", "Rabat", "Saint-Denis") or Arabic. */
  private static final String PLACE_WORD = "[\\p{Lu}\\p{IsArabic}][\\p{L}\\p{M}'’.-]*";

  /** A place: a word or up to four, with short lower-case particles between them ("Rio de Janeiro"). */
  private static final String PLACE = PLACE_WORD + "(?:\\s+(?:\\p{Ll}{1,3}\\s+)?" + PLACE_WORD + "){0,3}";

  /**
   * At the start of the text: an optional place, perhaps followed by a comma and a date, then the
   * agency or agencies in brackets, then a dash, a colon or ".-", or straight into the text.
   */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\s*(?:" + PLACE + "(?:\\s*,[^()\\n]{1,30})?\\s*)?"
              + "\\((" + "(?:" + AGENCY + ")(?:\\s*[/,-]\\s*(?:" + AGENCY + "))*" + ")\\)"
              + "\\s*(?:\\.?[-–—:]+\\s*|(?=\\p{L}))");

  /** The first characters of a text that a dateline fits in. */
  private static final int OPENING = 120;

  private WireDateline() {}

  /**
   * True when {@code text} opens with a news agency's dateline and {@code site} (the page's host)
   * is not that agency's own.
   */
  static boolean marksCopy(String text, String site) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    Matcher m = DATELINE.matcher(text.length() > OPENING ? text.substring(0, OPENING) : text);
    if (!m.find()) {
      return false;
    }
    for (String agency : m.group(1).split("\\s*[/,-]\\s*")) {
      if (ownSite(agency, site)) {
        return false;
      }
    }
    return true;
  }

  /** True when a label of {@code site} starts with the agency's name: mapexpress.ma, apnews.com. */
  private static boolean ownSite(String agency, String site) {
    if (site == null) {
      return false;
    }
    String name = agency.replace(" ", "").toLowerCase(Locale.ROOT);
    for (String label : site.toLowerCase(Locale.ROOT).split("\\.")) {
      if (label.startsWith(name)) {
        return true;
      }
    }
    return false;
  }
}
