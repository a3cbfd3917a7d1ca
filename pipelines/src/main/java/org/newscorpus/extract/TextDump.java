package org.newscorpus.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a text page dump: the visible text of a page, one block per line, as a crawler's "save as
 * text" gives it (such as {@code ../shared/seed/}). Takes the text and gives the title, the credit
 * line and the body, by the same rules as for HTML, applied to lines:
 *
 * <ul>
 *   <li>a headline ticker (one line of many headlines separated by runs of spaces or tabs) and
 *       furniture lines (the image-report notice "Merci d'avoir signalé!…", "Partager", …) are
 *       dropped;
 *   <li>the title is the line before the credit line ("Publié dans PanoraPost le 17 - 02 - 2021"),
 *       or without one the first remaining line;
 *   <li>the body is every remaining line after it until the aggregator's closing line ("Cliquez
 *       ici pour lire l'article depuis sa source."), one paragraph per line, joined with a blank
 *       line.
 * </ul>
 *
 * @param title the title line, or null
 * @param credit the credit line, when the dump has one
 * @param body the body, paragraphs separated by a blank line
 */
public record TextDump(String title, Optional<CreditLine> credit, String body) {

  /** Lines that end an aggregator's copy of an article; what follows is the aggregator's page. */
  private static final Pattern END_OF_COPY =
      Pattern.compile(
          "(?iu)^(?:cliquez ici pour lire l'article depuis sa source\\.?|lire l'article (?:complet |original )?sur .{1,80}"
              + "|click here to read the (?:full |original )?article(?: from its source| at the source)?\\.?"
              + "|haga clic aquí para leer el artículo (?:desde su fuente|original)\\.?"
              + "|(?:انقر|اضغط) هنا (?:لقراءة|للاطلاع على|لمتابعة|لمشاهدة) (?:الخبر|المقال|الموضوع|التفاصيل) (?:من|في|على) مصدره\\.?)$");

  /** A ticker separates its headlines by three or more spaces, or a tab. */
  private static final Pattern TICKER_GAP = Pattern.compile(" {3,}|\\t");

  /** The longest line taken as a title. */
  private static final int MAX_TITLE_CHARS = 300;

  /** Reads {@code text}, a page's visible text. */
  public static TextDump read(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.split("\\R")) {
      String line = MainText.normalizeSpace(raw);
      if (!line.isEmpty() && !isTicker(raw)) {
        lines.add(line);
      }
    }
    int creditAt = -1;
    Optional<CreditLine> credit = Optional.empty();
    for (int i = 0; i < lines.size() && creditAt < 0; i++) {
      if (lines.get(i).length() <= MAX_TITLE_CHARS) {
        credit = CreditLine.find(lines.get(i));
        creditAt = credit.isPresent() ? i : -1;
      }
    }
    String title = null;
    int bodyFrom = 0;
    if (creditAt >= 0) {
      for (int i = creditAt - 1; i >= 0 && title == null; i--) {
        if (isTitle(lines.get(i))) {
          title = lines.get(i);
        }
      }
      bodyFrom = creditAt + 1;
    } else {
      for (int i = 0; i < lines.size() && title == null; i++) {
        if (END_OF_COPY.matcher(lines.get(i)).matches()) {
          break;
        }
        if (isTitle(lines.get(i))) {
          title = lines.get(i);
          bodyFrom = i + 1;
        }
      }
    }
    List<String> body = new ArrayList<>();
    for (int i = bodyFrom; i < lines.size(); i++) {
      String line = lines.get(i);
      if (END_OF_COPY.matcher(line).matches()) {
        break;
      }
      if (!Boilerplate.isFurnitureLine(line) && !(line.length() <= MAX_TITLE_CHARS && CreditLine.find(line).isPresent())) {
        body.add(line);
      }
    }
    return new TextDump(title, credit, String.join("\n\n", body));
  }

  private static boolean isTitle(String line) {
    return line.length() <= MAX_TITLE_CHARS && !Boilerplate.isFurnitureLine(line);
  }

  /** A headline ticker: at least four headlines on one line, separated by wide gaps. */
  static boolean isTicker(String line) {
    int gaps = 0;
    var m = TICKER_GAP.matcher(line.strip());
    while (m.find()) {
      gaps++;
      if (gaps >= 3) {
        return true;
      }
    }
    return false;
  }
}
