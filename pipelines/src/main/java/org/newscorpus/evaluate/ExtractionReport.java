package org.newscorpus.evaluate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newscorpus.schema.Article;

/**
 * The figures of one gold set, computed from the evaluator's results. Which figures depends on
 * what the set's gold holds:
 *
 * <ul>
 *   <li>body: precision, recall, F1 and exact-token accuracy of the body metric ({@link
 *       TextMetrics}), over pages with a gold text;
 *   <li>snippets: trafilatura's pooled tp/fp/fn/tn, P, R, F and accuracy ({@link SnippetScore});
 *   <li>title: exact match after whitespace is collapsed, over pages with a gold title;
 *   <li>date: the share of pages with a gold date whose extracted day matches it (a gold {@code
 *       YYYY-MM} matches any day of that month); for an htmldate set, htmldate's own accuracy
 *       ({@link DateScore}) over every page, as htmldate is scored: a page too short for an
 *       article still gives its date. {@code date_accuracy_articles_only} scores the same pages
 *       as the pipeline keeps them, a page dropped as {@code notArticle} giving no date;
 *   <li>authors: the same set of names (split on {@code , ; & |} and "and"/"und"/"et"/"y",
 *       case-folded), over pages with gold authors;
 *   <li>site name: case-insensitive equality with {@code source_name}.
 * </ul>
 *
 * Else a dropped page counts as no output. A date whose source is the crawl is no date.
 */
public final class ExtractionReport {

  private static final Pattern NAME_SEPARATOR =
      Pattern.compile("\\s*(?:[,;&|]|\\s(?:and|und|et|y)\\s)\\s*", Pattern.CASE_INSENSITIVE);

  private final GoldSet set;
  private final Map<String, Object> figures = new LinkedHashMap<>();

  private ExtractionReport(GoldSet set) {
    this.set = set;
  }

  /** Computes the figures of {@code results} on {@code set}. */
  public static ExtractionReport of(GoldSet set, List<ExtractionEvaluator.Result> results) {
    ExtractionReport r = new ExtractionReport(set);
    r.compute(results);
    return r;
  }

  /** The figures in print order: name to Long, Integer or Double. */
  public Map<String, Object> figures() {
    return figures;
  }

  public GoldSet set() {
    return set;
  }

  private void compute(List<ExtractionEvaluator.Result> results) {
    figures.put("pages", results.size());
    Map<String, Integer> drops = new TreeMap<>();
    long nanos = 0;
    for (ExtractionEvaluator.Result r : results) {
      if (r.article() == null) {
        drops.merge(r.dropReason(), 1, Integer::sum);
      }
      nanos += r.nanos();
    }
    figures.put("extracted", results.size() - drops.values().stream().mapToInt(Integer::intValue).sum());
    drops.forEach((reason, n) -> figures.put("dropped_" + reason, n));
    bodyFigures(results);
    snippetFigures(results);
    titleFigures(results);
    dateFigures(results);
    authorFigures(results);
    siteNameFigures(results);
    figures.put("extract_ms_per_page", results.isEmpty() ? 0.0 : nanos / 1e6 / results.size());
  }

  private void bodyFigures(List<ExtractionEvaluator.Result> results) {
    TextMetrics.Body body = TextMetrics.body();
    for (ExtractionEvaluator.Result r : results) {
      if (r.gold().text() != null) {
        body.add(r.gold().text(), r.article() == null ? "" : r.article().getText());
      }
    }
    if (body.pages() > 0) {
      figures.put("body_pages", body.pages());
      figures.put("body_precision", body.precision());
      figures.put("body_recall", body.recall());
      figures.put("body_f1", body.f1());
      figures.put("body_exact", body.accuracy());
    }
  }

  private void snippetFigures(List<ExtractionEvaluator.Result> results) {
    SnippetScore s = new SnippetScore();
    boolean any = false;
    for (ExtractionEvaluator.Result r : results) {
      if (!r.gold().with().isEmpty() || !r.gold().without().isEmpty()) {
        any = true;
        s.add(r.article() == null ? null : r.article().getText(), r.gold().with(), r.gold().without());
      }
    }
    if (any) {
      figures.put("snippet_tp", s.tp());
      figures.put("snippet_fp", s.fp());
      figures.put("snippet_fn", s.fn());
      figures.put("snippet_tn", s.tn());
      figures.put("snippet_precision", s.precision());
      figures.put("snippet_recall", s.recall());
      figures.put("snippet_f", s.f());
      figures.put("snippet_accuracy", s.accuracy());
    }
  }

  private void titleFigures(List<ExtractionEvaluator.Result> results) {
    int pages = 0;
    int exact = 0;
    for (ExtractionEvaluator.Result r : results) {
      if (r.gold().title() != null) {
        pages++;
        String title = r.article() == null ? null : r.article().getTitle();
        if (title != null && collapse(title).equals(collapse(r.gold().title()))) {
          exact++;
        }
      }
    }
    if (pages > 0) {
      figures.put("title_pages", pages);
      figures.put("title_exact", (double) exact / pages);
    }
  }

  private void dateFigures(List<ExtractionEvaluator.Result> results) {
    if (set.format() == GoldSet.Format.HTMLDATE) {
      DateScore every = new DateScore();
      DateScore articles = new DateScore();
      for (ExtractionEvaluator.Result r : results) {
        LocalDate gold = parseDay(r.gold().date());
        every.add(extractedDate(r.article() != null ? r.article() : r.unkept()), gold);
        articles.add(extractedDate(r.article()), gold);
      }
      figures.put("date_tp", every.tp());
      figures.put("date_fp", every.fp());
      figures.put("date_fn", every.fn());
      figures.put("date_tn", every.tn());
      figures.put("date_accuracy", every.accuracy());
      figures.put("date_accuracy_articles_only", articles.accuracy());
      return;
    }
    int pages = 0;
    int right = 0;
    for (ExtractionEvaluator.Result r : results) {
      String gold = r.gold().date();
      if (gold != null) {
        pages++;
        LocalDate day = extractedDate(r.article());
        if (day != null && day.toString().startsWith(gold.trim())) {
          right++;
        }
      }
    }
    if (pages > 0) {
      figures.put("date_pages", pages);
      figures.put("date_accuracy", (double) right / pages);
    }
  }

  private void authorFigures(List<ExtractionEvaluator.Result> results) {
    int pages = 0;
    int right = 0;
    for (ExtractionEvaluator.Result r : results) {
      if (!r.gold().authors().isEmpty()) {
        pages++;
        List<String> got = r.article() == null ? List.of() : r.article().getAuthors();
        if (names(r.gold().authors()).equals(names(got))) {
          right++;
        }
      }
    }
    if (pages > 0) {
      figures.put("authors_pages", pages);
      figures.put("authors_accuracy", (double) right / pages);
    }
  }

  private void siteNameFigures(List<ExtractionEvaluator.Result> results) {
    int pages = 0;
    int right = 0;
    for (ExtractionEvaluator.Result r : results) {
      if (r.gold().siteName() != null) {
        pages++;
        String got = r.article() == null ? null : r.article().getSourceName();
        if (got != null && collapse(got).equalsIgnoreCase(collapse(r.gold().siteName()))) {
          right++;
        }
      }
    }
    if (pages > 0) {
      figures.put("sitename_pages", pages);
      figures.put("sitename_accuracy", (double) right / pages);
    }
  }

  /** The extracted publication day; a crawl date is not a publication date. */
  static LocalDate extractedDate(Article a) {
    if (a == null || "crawl".equals(a.getDateSource())) {
      return null;
    }
    if (a.getPublishedDate() != null) {
      return a.getPublishedDate();
    }
    return a.getPublishedAt() == null ? null : LocalDate.ofInstant(a.getPublishedAt(), ZoneOffset.UTC);
  }

  static LocalDate parseDay(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(s.trim().length() > 10 ? s.trim().substring(0, 10) : s.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The set of names in {@code authors}, one string possibly holding several. */
  static Set<String> names(List<String> authors) {
    Set<String> out = new TreeSet<>();
    for (String a : authors) {
      for (String n : NAME_SEPARATOR.split(collapse(a))) {
        String name = n.trim().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          out.add(name);
        }
      }
    }
    return out;
  }

  static String collapse(String s) {
    return SnippetScore.collapse(s);
  }

  /** The figures as aligned "name value" lines, as {@code score.py} prints them. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append("== ").append(set.name()).append(" (").append(set.format().name().toLowerCase(Locale.ROOT))
        .append(", ").append(set.location()).append(")\n");
    for (Map.Entry<String, Object> e : figures.entrySet()) {
      Object v = e.getValue();
      String value = v instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(v);
      sb.append(String.format(Locale.ROOT, "%-24s %s%n", e.getKey(), value));
    }
    sb.append(summaryLine()).append('\n');
    return sb.toString();
  }

  /** One line with the set's headline figures, for logs and grep. */
  public String summaryLine() {
    List<String> parts = new ArrayList<>();
    parts.add("SUMMARY set=" + set.name());
    for (String key :
        List.of("body_f1", "title_exact", "date_accuracy", "date_accuracy_articles_only", "snippet_precision", "snippet_recall", "snippet_f",
            "snippet_accuracy", "authors_accuracy", "sitename_accuracy")) {
      Object v = figures.get(key);
      if (v instanceof Double d) {
        parts.add(key + "=" + String.format(Locale.ROOT, "%.3f", d));
      }
    }
    parts.add("pages=" + figures.get("pages"));
    return String.join(" ", parts);
  }
}
