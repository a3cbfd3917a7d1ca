package org.newscorpus.extract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Evaluator;

/**
 * The article of a page whose markup holds too little of it, from the page's script data.
 *
 * <p>A client-rendered page (Apollo and other GraphQL clients, Next.js, Nuxt) may send its article
 * only as a string in the JSON its scripts render from, under a key such as {@code "html"} or
 * {@code "body"}; its markup then holds a shell and the article's description. JSON-LD may hold the
 * article's text as {@code articleBody} too. Such a string is the page's article only when its text
 * holds the opening of the page's description ({@code meta name=description}, {@code
 * og:description}): the same data often holds other posts (related, recent), whose texts do not.
 *
 * <p>Returns the article as a document of its own, for {@link MainText} to read as it reads a page:
 * an HTML string as its markup, a plain text's lines as paragraphs. Only read for a page whose
 * main text is too short for an article, so most pages never pay for it.
 */
final class ScriptBody {

  /** Keys whose string value may hold an article, quoted as in JSON, up to the value's opening quote. */
  private static final Pattern KEY =
      Pattern.compile("\"(?:articleBody|html|body|bodyHtml|body_html|content|contentHtml|content_html|text)\"\\s*:\\s*\"");

  private static final Evaluator DESCRIPTION =
      PageIndex.query("meta[name=description][content], meta[property=og:description][content], "
          + "meta[name=twitter:description][content]");

  /** Characters of the description that the article's text must hold: its opening words. */
  static final int PROBE_CHARS = 50;

  /** Fewest characters of description for a probe: a shorter one says too little to confirm a text. */
  static final int MIN_PROBE_CHARS = 30;

  private static final JsonFactory JSON = new JsonFactory();

  private ScriptBody() {}

  /**
   * The page's article from its script data, as a document, or null when no script string of at
   * least {@code minChars} characters holds the opening of the page's description.
   */
  static Document of(Document doc, int minChars) {
    String probe = probe(doc);
    if (probe == null) {
      return null;
    }
    Document best = null;
    int bestLength = 0;
    for (Element script : PageIndex.of(doc).all("script")) {
      if (script.hasAttr("src")) {
        continue;
      }
      String data = script.data();
      if (data.length() < minChars || !data.contains(probe.substring(0, Math.min(12, probe.length())))) {
        continue; // the probe's first words, escaped in no JSON way that matters, are not there
      }
      Matcher m = KEY.matcher(data);
      while (m.find()) {
        int end = closingQuote(data, m.end());
        if (end < 0) {
          break;
        }
        if (end - m.end() >= minChars) {
          String value = unescaped(data.substring(m.end() - 1, end + 1));
          Document article = value == null ? null : asDocument(value, doc.location());
          if (article != null) {
            int length = article.body().text().length();
            if (length > bestLength && MainText.normalizeSpace(article.body().text()).contains(probe)) {
              best = article;
              bestLength = length;
            }
          }
        }
        m.region(end + 1, data.length());
      }
    }
    return best;
  }

  /** The opening of the page's description, its spaces normalised, or null when it has none long enough. */
  static String probe(Document doc) {
    for (Element meta : PageIndex.of(doc).select("meta", DESCRIPTION)) {
      String d = MainText.normalizeSpace(meta.attr("content"));
      d = d.replaceFirst("(?:…|\\.\\.\\.)$", "").strip();
      if (d.length() >= MIN_PROBE_CHARS) {
        return d.substring(0, Math.min(PROBE_CHARS, d.length())).strip();
      }
    }
    return null;
  }

  /** The index of the quote that closes the JSON string whose content starts at {@code from}, or -1. */
  private static int closingQuote(String data, int from) {
    for (int i = from; i < data.length(); i++) {
      char c = data.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  /** The value of a quoted JSON string, or null when it is not one. */
  private static String unescaped(String quoted) {
    try (JsonParser p = JSON.createParser(quoted)) {
      return p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** An HTML string as a document; a plain text's lines as paragraphs of one. */
  private static Document asDocument(String value, String location) {
    if (value.indexOf('<') >= 0 && value.indexOf('>') >= 0) {
      return Jsoup.parseBodyFragment(value, location);
    }
    StringBuilder html = new StringBuilder();
    for (String line : value.split("\\R")) {
      if (!line.isBlank()) {
        html.append("<p>").append(Entities.escape(line.strip())).append("</p>");
      }
    }
    return Jsoup.parseBodyFragment(html.toString(), location);
  }
}
