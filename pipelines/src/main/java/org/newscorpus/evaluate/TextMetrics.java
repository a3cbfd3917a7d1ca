package org.newscorpus.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The body-text metric of the public article-extraction benchmark, as {@code
 * ../shared/eval/tools/textmetrics.py} defines it. Takes a gold text and an extracted text per
 * page and gives precision, recall and F1.
 *
 * <ul>
 *   <li>Tokens are maximal runs of Unicode letters (L*), digits (Nd, Nl, No) and {@code _}; no case
 *       folding. (Java's {@code \w} would also take combining marks, so it is not used.)
 *   <li>A text is a multiset of {@code n}-token shingles ({@link #SHINGLE_SIZE} = 4); a text with
 *       fewer tokens than {@code n} is one shingle of all its tokens.
 *   <li>Per page, tp/fp/fn are the multiset intersection and differences, normalised to sum 1.
 *   <li>Precision is averaged over pages whose prediction has a shingle, recall over pages whose
 *       truth has one (a page with fp = fn = 0 scores 1 on both); F1 comes from the two means.
 * </ul>
 *
 * <p>Use {@link #body()} to accumulate a set; {@link #counts} scores one page.
 */
public final class TextMetrics {

  /** Shingle size of the published scores. */
  public static final int SHINGLE_SIZE = 4;

  /**
   * Normalised counts of one page.
   *
   * @param tp shared shingles, as a share of all
   * @param fp predicted shingles not in the truth, as a share of all
   * @param fn truth shingles not predicted, as a share of all
   * @param predicted the prediction has a shingle
   * @param truthful the truth has a shingle
   */
  public record Counts(double tp, double fp, double fn, boolean predicted, boolean truthful) {}

  private TextMetrics() {}

  /** The tokens of {@code text}: maximal runs of letters, digits and underscores. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int start = -1;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        out.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      out.add(text.substring(start));
    }
    return out;
  }

  static boolean isWordChar(int cp) {
    if (cp == '_') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }

  /** The multiset of {@code n}-token shingles of {@code tokens}, keyed by the joined tokens. */
  static Map<String, Integer> shingles(List<String> tokens, int n) {
    Map<String, Integer> out = new HashMap<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < n) {
      out.put(String.join("\u0000", tokens), 1);
      return out;
    }
    StringBuilder key = new StringBuilder();
    for (int i = 0; i + n <= tokens.size(); i++) {
      key.setLength(0);
      for (int j = i; j < i + n; j++) {
        if (j > i) {
          key.append('\u0000');
        }
        key.append(tokens.get(j));
      }
      out.merge(key.toString(), 1, Integer::sum);
    }
    return out;
  }

  /** The normalised counts of one page, with {@code n}-token shingles. */
  public static Counts counts(String truth, String prediction, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be positive, was " + n);
    }
    Map<String, Integer> t = shingles(tokens(truth), n);
    Map<String, Integer> p = shingles(tokens(prediction), n);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      int a = e.getValue();
      int b = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(a, b);
      fn += Math.max(0, a - b);
      fp += Math.max(0, b - a);
    }
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      if (!t.containsKey(e.getKey())) {
        fp += e.getValue();
      }
    }
    double sum = tp + fp + fn;
    if (sum == 0) {
      return new Counts(0, 0, 0, !p.isEmpty(), !t.isEmpty());
    }
    return new Counts(tp / sum, fp / sum, fn / sum, !p.isEmpty(), !t.isEmpty());
  }

  /** A new accumulator of body scores over a set of pages, with the published shingle size. */
  public static Body body() {
    return new Body(SHINGLE_SIZE);
  }

  /** Body scores accumulated page by page; not thread-safe. */
  public static final class Body {
    private final int n;
    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;
    private int exact;
    private int pages;

    Body(int n) {
      this.n = n;
    }

    /** Adds one page and returns its own counts. */
    public Counts add(String truth, String prediction) {
      Counts c = counts(truth, prediction, n);
      pages++;
      boolean perfect = c.fp() == 0 && c.fn() == 0;
      if (c.predicted()) {
        precisionPages++;
        precisionSum += perfect ? 1.0 : (c.tp() + c.fp() > 0 ? c.tp() / (c.tp() + c.fp()) : 0.0);
      }
      if (c.truthful()) {
        recallPages++;
        recallSum += perfect ? 1.0 : (c.tp() + c.fn() > 0 ? c.tp() / (c.tp() + c.fn()) : 0.0);
      }
      if (tokens(truth).equals(tokens(prediction))) {
        exact++;
      }
      return c;
    }

    public int pages() {
      return pages;
    }

    /** Mean precision over pages with a non-empty prediction. */
    public double precision() {
      return precisionPages == 0 ? 0.0 : precisionSum / precisionPages;
    }

    /** Mean recall over pages with a non-empty truth. */
    public double recall() {
      return recallPages == 0 ? 0.0 : recallSum / recallPages;
    }

    /** F1 of the mean precision and mean recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** Share of pages whose predicted tokens equal the truth's. */
    public double accuracy() {
      return pages == 0 ? 0.0 : (double) exact / pages;
    }
  }

  /** The F1 of one page on its own (for per-page diagnostics). */
  public static double pageF1(String truth, String prediction) {
    Body b = new Body(SHINGLE_SIZE);
    b.add(truth, prediction);
    return b.f1();
  }
}
