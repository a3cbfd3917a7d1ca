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

  /** Rejection reason of a page whose main text is a sign-in or registration form. */
  static final String SIGN_IN_FORM = "signInForm";

  /** Least share of the main text's characters, in lines of a form with a password field, for the page to be that form. */
  static final double SIGN_IN_SHARE = 0.5;

  /** Longest text of a field's wrapper read as the field's label. */
  static final int FIELD_LABEL_CHARS = 80;

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

  /**
   * Why the page is a sign-in or registration form rather than an article, or null. The page is one
   * when {@code text}, its main text, holds the label of a password field, and at least {@link
   * #SIGN_IN_SHARE} of its characters are in lines found in forms that hold a password field: the
   * form's labels and help lines ("Username *", "Password must be at least 6 characters.") would
   * otherwise come out as a short article. The label must be in the main text because a form may
   * wrap the whole page, article included (ASP.NET WebForms does), with a sign-in box in its
   * sidebar that the main text leaves out.
   */
  static Extraction.Dropped signInForm(Document doc, String text) {
    if (text.isEmpty()) {
      return null;
    }
    StringBuilder forms = new StringBuilder();
    boolean labelInText = false;
    Element last = null;
    for (Element input : PageIndex.of(doc).all("input")) { // what doc.getElementsByTag("input") gives, without a walk of the page
      Element form = "password".equalsIgnoreCase(input.attr("type")) ? input.closest("form") : null;
      if (form == null) {
        continue;
      }
      String label = fieldLabel(input, form);
      labelInText |= !label.isEmpty() && text.contains(label);
      if (form != last) {
        forms.append(MainText.normalizeSpace(form.text())).append('\n');
        last = form;
      }
    }
    if (!labelInText) {
      return null;
    }
    int inForms = 0;
    for (String line : text.split("\n")) {
      String l = MainText.normalizeSpace(line);
      if (!l.isEmpty() && forms.indexOf(l) >= 0) {
        inForms += l.length();
      }
    }
    if (inForms < SIGN_IN_SHARE * text.length()) {
      return null;
    }
    return new Extraction.Dropped(SIGN_IN_FORM,
        "a sign-in or registration form, not an article: " + inForms + " of the main text's " + text.length()
            + " characters are a form with a password field",
        false);
  }

  /**
   * The label of {@code input} in {@code form}: the {@code <label for>} that names it, the {@code
   * <label>} around it, or else the text of its parent when that is short (a field's wrapper: a
   * {@code <div>} or table cell that holds "Password *" and the field). Empty when it has none.
   */
  private static String fieldLabel(Element input, Element form) {
    String id = input.id();
    if (!id.isEmpty()) {
      for (Element label : form.getElementsByTag("label")) {
        if (id.equals(label.attr("for"))) {
          return MainText.normalizeSpace(label.text());
        }
      }
    }
    Element around = input.closest("label");
    if (around != null) {
      return MainText.normalizeSpace(around.text());
    }
    Element parent = input.parent();
    String wrapper = parent == null || parent == form ? "" : MainText.normalizeSpace(parent.text());
    return wrapper.length() <= FIELD_LABEL_CHARS ? wrapper : "";
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
