package org.newscorpus.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells pages that are no article whatever their length: a "page not found" page served with
 * status 200 (a soft 404: many news sites answer a dead link so, with their latest headlines
 * around the notice), and a server's directory listing ("Index of /files/"). Their text would
 * otherwise come out as an article made of the notice or the site's teasers.
 *
 * <p>The page's {@code <title>}, or its first {@code <h1>}, must be the notice itself: a title
 * part between site-name separators ("Page introuvable | Le Site") that is nothing but the notice
 * in one of the corpus languages. A story about a 404 error has more words than that.
 */
final class ErrorPages {

  /** Rejection reason of a "page not found" page served as a page. */
  static final String SOFT_NOT_FOUND = "softNotFound";

  /** Rejection reason of a server's listing of a folder. */
  static final String DIRECTORY_LISTING = "directoryListing";

  /** Separators between a notice and a site name in a {@code <title>}. */
  private static final Pattern TITLE_PARTS = Pattern.compile("\\s+[|–—\\-•·:»«]+\\s+|\\s*::\\s*");

  /** A "not found" notice, the whole of a title part, in English, French, Spanish, German, Arabic, Italian or Portuguese. */
  private static final Pattern NOT_FOUND =
      Pattern.compile(
          "(?iu)(?:oops[!.,]*\\s*|oups[!.,]*\\s*|sorry[!.,]*\\s*|désolé[!.,]*\\s*|ups[!.,]*\\s*)?"
              + "(?:(?:error|erreur|fehler|errore|erro|خطأ)\\s*)?(?:404|410)"
              + "(?:\\s*[-:–.!]?\\s*(?:error|not found|page not found|file not found|page introuvable|page non trouvée"
              + "|página no encontrada|seite nicht gefunden|nicht gefunden|pagina non trovata|página não encontrada"
              + "|الصفحة غير موجودة|\\(not found\\)))?[!.1]*"
              + "|(?:oops[!.,]*\\s*|oups[!.,]*\\s*|sorry[!.,]*\\s*|ups[!.,]*\\s*)?"
              + "(?:(?:the |this )?(?:page|file|article|content|post|document) (?:was |could not be |cannot be |can't be |can’t be )?not found"
              + "|(?:the |this |that )?(?:page|file|article|content|post) (?:could not be|cannot be|can't be|can’t be) found"
              + "|(?:the |this )?page (?:you (?:are|were|’re|'re) looking for |you requested )?(?:does not|doesn't|doesn’t) exist"
              + "|not found|nothing (?:was )?found|page not available"
              + "|page (?:introuvable|non trouvée|inexistante)|(?:cette )?page (?:n'existe pas|n’existe pas|est introuvable)"
              + "|(?:la )?página (?:no encontrada|no existe)|no se (?:encontró|ha encontrado) la página"
              + "|(?:die )?seite (?:wurde )?nicht gefunden|(?:diese )?seite existiert nicht|seite konnte nicht gefunden werden"
              + "|pagina non trovata|página não encontrada"
              + "|(?:الصفحة|الصفحة المطلوبة) غير موجودة|لم يتم العثور على الصفحة)[!.]?");

  /** An Apache, nginx or lighttpd listing's heading: "Index of /files/". */
  private static final Pattern LISTING = Pattern.compile("(?i)index of /.*");

  private ErrorPages() {}

  /** Why {@code doc} is an error page or a listing rather than an article, or null when it may be an article. */
  static Extraction.Dropped of(Document doc) {
    String title = MainText.normalizeSpace(doc.title());
    List<Element> h1s = PageIndex.of(doc).all("h1"); // the page's index, built once for every reader of the page
    Element h1 = h1s.isEmpty() ? null : h1s.get(0);
    String heading = h1 == null ? "" : MainText.normalizeSpace(h1.text());
    if (LISTING.matcher(title).matches() || LISTING.matcher(heading).matches()) {
      return new Extraction.Dropped(DIRECTORY_LISTING,
          "a server's listing of a folder, not an article: \"" + (title.isEmpty() ? heading : title) + "\"", false);
    }
    String notice = notFound(title) ? title : notFound(heading) ? heading : null;
    if (notice != null) {
      return new Extraction.Dropped(SOFT_NOT_FOUND,
          "a \"page not found\" page served as a page, not an article: \"" + notice + "\"", false);
    }
    return null;
  }

  /** True when {@code text}, or one of its parts between site-name separators, is a "not found" notice. */
  static boolean notFound(String text) {
    if (text.isEmpty() || text.length() > 200) {
      return false;
    }
    if (NOT_FOUND.matcher(text).matches()) {
      return true;
    }
    for (String part : TITLE_PARTS.split(text)) {
      if (NOT_FOUND.matcher(part.strip()).matches()) {
        return true;
      }
    }
    return false;
  }
}
