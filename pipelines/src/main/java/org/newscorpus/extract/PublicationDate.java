package org.newscorpus.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date of a page, and where it was found. Looks in JSON-LD {@code datePublished},
 * then meta tags ({@code article:published_time} and kin), then {@code <time datetime>}, then a
 * {@code /YYYY/MM/DD/} URL path.
 *
 * @param date the publication day
 * @param instant the publication instant, when the source gives a time
 * @param source {@code jsonld}, {@code meta}, {@code time}, {@code url}, {@code text}, {@code
 *     credit} or {@code crawl}
 */
public record PublicationDate(LocalDate date, Instant instant, String source) {

  private static final Pattern JSONLD_PUBLISHED =
      Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{8,40})\"");
  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|$|[^0-9])");
  private static final String[] META_KEYS = {
    "meta[property=article:published_time]",
    "meta[name=article:published_time]",
    "meta[itemprop=datePublished]",
    "meta[name=pubdate]",
    "meta[name=publishdate]",
    "meta[name=date]",
    "meta[name=dc.date]",
    "meta[name=DC.date.issued]",
    "meta[property=og:published_time]",
    "meta[name=sailthru.date]",
    "meta[name=parsely-pub-date]",
  };

  /** Finds the publication date in the page's markup or URL. */
  public static Optional<PublicationDate> find(Document doc, String url) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSONLD_PUBLISHED.matcher(script.data());
      if (m.find()) {
        Optional<PublicationDate> d = parse(m.group(1), "jsonld");
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (String key : META_KEYS) {
      Element meta = doc.selectFirst(key);
      if (meta != null) {
        Optional<PublicationDate> d = parse(meta.attr("content"), "meta");
        if (d.isPresent()) {
          return d;
        }
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      Optional<PublicationDate> d = parse(time.attr("datetime"), "time");
      if (d.isPresent()) {
        return d;
      }
    }
    return fromUrl(url);
  }

  /** A {@code /YYYY/MM/DD/} date in the URL path. */
  public static Optional<PublicationDate> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    Matcher m = URL_DATE.matcher(url);
    if (m.find()) {
      try {
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        return Optional.of(new PublicationDate(d, null, "url"));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Parses an ISO-8601 date or date-time. */
  static Optional<PublicationDate> parse(String value, String source) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.trim();
    if (v.length() < 10) {
      return Optional.empty();
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(v.replace(' ', 'T'));
      return Optional.of(new PublicationDate(t.toLocalDate(), t.toInstant(), source));
    } catch (DateTimeParseException e) {
      // fall through: a date-time without zone, or a date
    }
    try {
      java.time.LocalDateTime t = java.time.LocalDateTime.parse(v.replace(' ', 'T'));
      return Optional.of(new PublicationDate(t.toLocalDate(), t.toInstant(ZoneOffset.UTC), source));
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return Optional.of(new PublicationDate(LocalDate.parse(v.substring(0, 10)), null, source));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
