package org.newscorpus.evaluate;

import java.util.List;

/**
 * trafilatura's pooled snippet score. Takes, per page, the extracted text and the snippets that
 * must appear ({@code with}) and must not ({@code without}); gives precision, recall, F and
 * accuracy over the whole set.
 *
 * <p>A snippet is found when it is a case-sensitive substring of the text after whitespace is
 * collapsed in both. Pooled over the set: tp = {@code with} found, fn = {@code with} missed, fp =
 * {@code without} found, tn = {@code without} absent; P = tp/(tp+fp), R = tp/(tp+fn), F =
 * 2tp/(2tp+fp+fn), accuracy = (tp+tn)/all. Not thread-safe.
 */
public final class SnippetScore {

  private long tp;
  private long fp;
  private long fn;
  private long tn;

  /** Adds one page's text (null for no output) and its snippets. */
  public void add(String text, List<String> with, List<String> without) {
    String haystack = collapse(text == null ? "" : text);
    for (String s : with) {
      if (found(haystack, s)) {
        tp++;
      } else {
        fn++;
      }
    }
    for (String s : without) {
      if (found(haystack, s)) {
        fp++;
      } else {
        tn++;
      }
    }
  }

  private static boolean found(String collapsedText, String snippet) {
    String needle = collapse(snippet);
    return !needle.isEmpty() && collapsedText.contains(needle);
  }

  /** Collapses every run of whitespace to one space and trims. */
  static String collapse(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  public long tp() {
    return tp;
  }

  public long fp() {
    return fp;
  }

  public long fn() {
    return fn;
  }

  public long tn() {
    return tn;
  }

  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  public double f() {
    return 2 * tp + fp + fn == 0 ? 0.0 : 2.0 * tp / (2 * tp + fp + fn);
  }

  public double accuracy() {
    long all = tp + fp + fn + tn;
    return all == 0 ? 0.0 : (double) (tp + tn) / all;
  }
}
