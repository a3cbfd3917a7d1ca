package org.newscorpus.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Applies {@link ExtractionLimits} around parsing: the decoded text is checked before parsing
 * (length, number of tags: a cheap scan), jsoup reads it through a reader that watches the time
 * budget, and the parsed DOM is checked for nesting depth. Each check throws {@link
 * ExtractionLimits.Exceeded}.
 */
final class PageGuard {

  private PageGuard() {}

  /** Rejects a text longer than the limit, or with more tags than the element limit allows. */
  static void checkText(String text, ExtractionLimits limits) {
    if (text.length() > limits.maxTextChars()) {
      throw new ExtractionLimits.Exceeded(
          ExtractionLimits.TOO_COMPLEX,
          "page has " + text.length() + " characters, more than " + limits.maxTextChars());
    }
    int tags = 0;
    for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
      char c = text.charAt(i + 1);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        if (++tags > limits.maxElements()) {
          throw new ExtractionLimits.Exceeded(
              ExtractionLimits.TOO_COMPLEX, "page has more than " + limits.maxElements() + " tags");
        }
      }
    }
  }

  /** Parses {@code html}, giving up when the budget runs out, and rejects a DOM nested too deep. */
  static Document parse(String html, String baseUri, ExtractionLimits limits, ExtractionLimits.Budget budget) {
    Document doc;
    try (Reader in = new BudgetReader(new StringReader(html), budget)) {
      doc = Parser.htmlParser().parseInput(in, baseUri == null ? "" : baseUri);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    checkDepth(doc, limits, budget);
    return doc;
  }

  /**
   * Rejects a DOM deeper than the limit; walks it without recursion. The walk also builds the
   * page's {@link PageIndex}, which every page that passes needs: one walk of the page instead of two.
   */
  static void checkDepth(Document doc, ExtractionLimits limits, ExtractionLimits.Budget budget) {
    int max = limits.maxDepth();
    PageIndex.build(doc, (node, depth) -> {
      budget.check();
      if (depth > max) {
        throw new ExtractionLimits.Exceeded(ExtractionLimits.TOO_COMPLEX, "page nests elements deeper than " + max);
      }
    });
  }

  /** Checks the budget each time jsoup reads more of the page. */
  private static final class BudgetReader extends Reader {
    private final Reader in;
    private final ExtractionLimits.Budget budget;

    BudgetReader(Reader in, ExtractionLimits.Budget budget) {
      this.in = in;
      this.budget = budget;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      budget.checkNow();
      return in.read(buf, off, len);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
