package org.newscorpus.evaluate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newscorpus.extract.ArticleExtractor;
import org.newscorpus.schema.Article;

/**
 * Command line of {@code scripts/evaluate-extraction.sh}: scores the pipeline's extractor on one or
 * more gold sets and prints their figures ({@link ExtractionReport}).
 *
 * <pre>
 * EvaluateExtraction [--threads=N] [--minTextChars=N] [--limit=N] [--json] [--dump=DIR] GOLD...
 * </pre>
 *
 * GOLD is a gold folder or a {@code .jsonl} file ({@link GoldSets}). {@code --dump=DIR} writes one
 * {@code DIR/SET.jsonl} per set with each page's extraction next to its gold, for looking into
 * errors. Exit codes: 0 done, 1 a gold set could not be read, 2 a usage error.
 */
public final class EvaluateExtraction {

  static final String USAGE =
      "usage: evaluate-extraction [--threads=N] [--minTextChars=N] [--limit=N] [--json] [--dump=DIR] GOLD...\n"
          + "  GOLD: a WCXB folder (ground-truth/, html/), trafilatura's folder (expectations.json,\n"
          + "        metadata-expectations.json, html/), htmldate's folder (expectations.json with items,\n"
          + "        html/), or a .jsonl file of {html_path, text, title, date, authors}\n"
          + "  --threads       extraction threads (default: the number of processors)\n"
          + "  --minTextChars  shortest body kept, as in the pipeline (default "
          + ArticleExtractor.DEFAULT_MIN_TEXT_CHARS + ")\n"
          + "  --limit         only the first N pages of each set\n"
          + "  --json          print the figures as one JSON object per set\n"
          + "  --dump          write DIR/SET.jsonl with every page's extraction and gold\n";

  private static final ObjectMapper JSON = new ObjectMapper();

  private EvaluateExtraction() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the evaluation and returns the process exit code. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    int threads = Runtime.getRuntime().availableProcessors();
    int minTextChars = ArticleExtractor.DEFAULT_MIN_TEXT_CHARS;
    int limit = Integer.MAX_VALUE;
    boolean json = false;
    Path dump = null;
    List<Path> golds = new ArrayList<>();
    try {
      for (String arg : args) {
        if (arg.equals("--help") || arg.equals("-h")) {
          out.print(USAGE);
          return 0;
        } else if (arg.startsWith("--threads=")) {
          threads = positive(arg);
        } else if (arg.startsWith("--minTextChars=")) {
          minTextChars = Integer.parseInt(value(arg));
        } else if (arg.startsWith("--limit=")) {
          limit = positive(arg);
        } else if (arg.equals("--json")) {
          json = true;
        } else if (arg.startsWith("--dump=")) {
          dump = Path.of(value(arg));
        } else if (arg.startsWith("--")) {
          throw new IllegalArgumentException("unknown option " + arg);
        } else {
          golds.add(Path.of(arg));
        }
      }
      if (golds.isEmpty()) {
        throw new IllegalArgumentException("no gold set given");
      }
      if (minTextChars < 0) {
        throw new IllegalArgumentException("--minTextChars must not be negative");
      }
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    ExtractionEvaluator evaluator = new ExtractionEvaluator(new ArticleExtractor(minTextChars), threads);
    for (Path gold : golds) {
      try {
        GoldSet set = GoldSets.read(gold);
        if (set.pages().size() > limit) {
          set = new GoldSet(set.name(), set.location(), set.format(), set.pages().subList(0, limit));
        }
        List<ExtractionEvaluator.Result> results = evaluator.run(set);
        ExtractionReport report = ExtractionReport.of(set, results);
        out.print(json ? toJson(report) + "\n" : report.toText());
        out.flush();
        if (dump != null) {
          dump(dump, set, results);
        }
      } catch (IOException e) {
        err.println("error: " + e.getMessage());
        return 1;
      }
    }
    return 0;
  }

  private static String value(String arg) {
    return arg.substring(arg.indexOf('=') + 1);
  }

  private static int positive(String arg) {
    int n = Integer.parseInt(value(arg));
    if (n < 1) {
      throw new IllegalArgumentException(arg + ": must be positive");
    }
    return n;
  }

  static String toJson(ExtractionReport report) throws IOException {
    ObjectNode o = JSON.createObjectNode();
    o.put("set", report.set().name());
    o.put("format", report.set().format().name().toLowerCase(java.util.Locale.ROOT));
    o.put("location", report.set().location().toString());
    for (Map.Entry<String, Object> e : report.figures().entrySet()) {
      o.putPOJO(e.getKey(), e.getValue());
    }
    return JSON.writeValueAsString(o);
  }

  private static void dump(Path dir, GoldSet set, List<ExtractionEvaluator.Result> results) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(set.name() + ".jsonl");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (ExtractionEvaluator.Result r : results) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.gold().id());
        o.put("file", r.gold().file().toString());
        o.put("url", r.gold().url());
        o.put("dropped", r.dropReason());
        o.put("ms", r.nanos() / 1e6);
        Article a = r.article();
        if (r.gold().text() != null) {
          o.put("body_f1", TextMetrics.pageF1(r.gold().text(), a == null ? "" : a.getText()));
        }
        o.put("title", a == null ? null : a.getTitle());
        o.put("gold_title", r.gold().title());
        o.put("date", a == null || ExtractionReport.extractedDate(a) == null ? null : ExtractionReport.extractedDate(a).toString());
        o.put("date_source", a == null ? null : a.getDateSource());
        o.put("gold_date", r.gold().date());
        if (r.unkept() != null) { // a page dropped as notArticle, read all the same for a date-only set
          LocalDate unkept = ExtractionReport.extractedDate(r.unkept());
          o.put("not_article_date", unkept == null ? null : unkept.toString());
        }
        ArrayNode authors = o.putArray("authors");
        if (a != null) {
          a.getAuthors().forEach(authors::add);
        }
        ArrayNode goldAuthors = o.putArray("gold_authors");
        r.gold().authors().forEach(goldAuthors::add);
        o.put("source_name", a == null ? null : a.getSourceName());
        o.put("language", a == null ? null : a.getLanguage());
        o.put("text", a == null ? null : a.getText());
        o.put("gold_text", r.gold().text());
        w.write(JSON.writeValueAsString(o));
        w.newLine();
      }
    }
  }
}
