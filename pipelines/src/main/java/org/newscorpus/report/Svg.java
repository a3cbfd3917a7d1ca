package org.newscorpus.report;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts as inline SVG: stacked columns, columns and horizontal bars, each with axes,
 * value labels and a {@code <title>} per mark for the exact figure. Needs no script and no network;
 * every label goes through {@link Html#escape(String)}.
 */
final class Svg {

  /** Colours of the series, in order (Tableau 10, readable on white and in grey print). */
  static final String[] PALETTE = {
    "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"
  };
  /** Colour of the "other" series. */
  static final String OTHER = "#bab0ac";

  static final int WIDTH = 960;

  /** One stacked series: its name, colour and one value per column. */
  record Series(String name, String color, long[] values) {}

  private Svg() {}

  /** Stacked columns: one column per label, one segment per series, a legend below. */
  static String stackedColumns(String caption, List<String> labels, List<Series> series) {
    int n = labels.size();
    long max = 1;
    for (int i = 0; i < n; i++) {
      long total = 0;
      for (Series s : series) {
        total += s.values()[i];
      }
      max = Math.max(max, total);
    }
    int left = 56;
    int right = 16;
    int top = 12;
    int plotHeight = 240;
    int labelBand = 78;
    int perRow = 4;
    int legendRows = (series.size() + perRow - 1) / perRow;
    int height = top + plotHeight + labelBand + legendRows * 22 + 8;
    double plotWidth = WIDTH - left - right;
    double slot = plotWidth / Math.max(1, n);
    double barWidth = Math.max(1, slot * 0.8);
    double step = niceStep(max, 5);
    double yMax = Math.ceil(max / step) * step;

    StringBuilder svg = open(caption, height);
    yAxis(svg, left, top, plotHeight, WIDTH - right, yMax, step);
    int every = Math.max(1, (int) Math.ceil(n / 40.0));
    for (int i = 0; i < n; i++) {
      double x = left + i * slot + (slot - barWidth) / 2;
      double base = top + plotHeight;
      for (Series s : series) {
        long v = s.values()[i];
        if (v == 0) {
          continue;
        }
        double h = plotHeight * v / yMax;
        base -= h;
        svg.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s · %s: %d</title></rect>",
            x, base, barWidth, h, s.color(), Html.escape(labels.get(i)), Html.escape(s.name()), v));
      }
      if (i % every == 0) {
        double cx = x + barWidth / 2;
        double cy = top + plotHeight + 10;
        svg.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\" transform=\"rotate(-45 %.1f %.1f)\">%s</text>",
            cx, cy, cx, cy, Html.escape(labels.get(i))));
      }
    }
    int legendTop = top + plotHeight + labelBand;
    double itemWidth = plotWidth / perRow;
    for (int k = 0; k < series.size(); k++) {
      Series s = series.get(k);
      double x = left + (k % perRow) * itemWidth;
      double y = legendTop + (k / perRow) * 22;
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%.1f\" y=\"%.1f\" class=\"legend\">%s</text>",
          x, y, s.color(), x + 18, y + 11, Html.escape(Html.truncate(s.name(), 34))));
    }
    return svg.append("</svg>").toString();
  }

  /** Columns with their value above each. */
  static String columns(String caption, List<String> labels, List<Long> values, String color) {
    int n = labels.size();
    long max = 1;
    for (long v : values) {
      max = Math.max(max, v);
    }
    int left = 56;
    int right = 16;
    int top = 18;
    int plotHeight = 220;
    int height = top + plotHeight + 40;
    double plotWidth = WIDTH - left - right;
    double slot = plotWidth / Math.max(1, n);
    double barWidth = Math.max(1, Math.min(64, slot * 0.75));
    double step = niceStep(max, 5);
    double yMax = Math.ceil(max / step) * step;

    StringBuilder svg = open(caption, height);
    yAxis(svg, left, top, plotHeight, WIDTH - right, yMax, step);
    for (int i = 0; i < n; i++) {
      long v = values.get(i);
      double h = plotHeight * v / yMax;
      double x = left + i * slot + (slot - barWidth) / 2;
      double y = top + plotHeight - h;
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s: %d</title></rect>",
          x, y, barWidth, h, color, Html.escape(labels.get(i)), v));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" class=\"value\" text-anchor=\"middle\">%s</text>",
          x + barWidth / 2, y - 4, String.format(Locale.ROOT, "%,d", v)));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>",
          x + barWidth / 2, top + plotHeight + 16, Html.escape(labels.get(i))));
    }
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars: a label on the left, the bar, and its value text on the right. */
  static String bars(String caption, List<String> labels, List<Double> values, List<String> valueTexts, String color) {
    int n = labels.size();
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (max <= 0) {
      max = 1;
    }
    int labelWidth = 300;
    int valueWidth = 150;
    int row = 24;
    int height = 8 + n * row;
    double plotWidth = WIDTH - labelWidth - valueWidth;
    StringBuilder svg = open(caption, height);
    for (int i = 0; i < n; i++) {
      double y = 4 + i * row;
      double w = Math.max(values.get(i) > 0 ? 1 : 0, plotWidth * values.get(i) / max);
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" class=\"label\" text-anchor=\"end\">%s</text>",
          labelWidth - 8, y + 15, Html.escape(Html.truncate(labels.get(i), 44))));
      svg.append(String.format(Locale.ROOT,
          "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s: %s</title></rect>",
          labelWidth, y + 2, w, row - 6, color, Html.escape(labels.get(i)), Html.escape(valueTexts.get(i))));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%.1f\" class=\"value\">%s</text>",
          labelWidth + w + 6, y + 15, Html.escape(valueTexts.get(i))));
    }
    return svg.append("</svg>").toString();
  }

  /** A round step (1, 2 or 5 times a power of ten) giving about {@code ticks} ticks up to max. */
  static double niceStep(double max, int ticks) {
    if (max <= 0) {
      return 1;
    }
    double raw = max / ticks;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double fraction = raw / magnitude;
    double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return Math.max(1, nice * magnitude);
  }

  private static StringBuilder open(String caption, int height) {
    StringBuilder svg = new StringBuilder(4096);
    svg.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
            + " aria-label=\"%s\">",
        WIDTH, height, WIDTH, height, Html.escape(caption)));
    return svg;
  }

  private static void yAxis(StringBuilder svg, int left, int top, int plotHeight, int right, double yMax, double step) {
    for (double t = 0; t <= yMax + step / 2; t += step) {
      double y = top + plotHeight - plotHeight * t / yMax;
      svg.append(String.format(Locale.ROOT,
          "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>", left, y, right, y));
      svg.append(String.format(Locale.ROOT,
          "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>",
          left - 6, y + 4, String.format(Locale.ROOT, "%,d", Math.round(t))));
    }
    svg.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>", left, top + plotHeight, right, top + plotHeight));
  }
}
