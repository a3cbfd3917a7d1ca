package org.newscorpus.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pair precision and recall of predicted stories against known groups, counted from the
 * contingency table (pairs in a group of n are n(n-1)/2), so a group of thousands costs nothing
 * to score. Group recall is reported for each named group kind (the part of a group name before
 * its first ':').
 */
record PairScores(long truePairs, long predictedPairs, long commonPairs, Map<String, double[]> groupRecall) {

  double precision() {
    return predictedPairs == 0 ? 1.0 : (double) commonPairs / predictedPairs;
  }

  double recall() {
    return truePairs == 0 ? 1.0 : (double) commonPairs / truePairs;
  }

  static PairScores of(Map<String, String> truth, Map<String, String> predicted) {
    Map<String, Long> t = new HashMap<>();
    Map<String, Long> p = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    for (Map.Entry<String, String> e : truth.entrySet()) {
      String story = predicted.get(e.getKey());
      if (story == null) {
        throw new IllegalStateException("article " + e.getKey() + " missing from the output");
      }
      t.merge(e.getValue(), 1L, Long::sum);
      p.merge(story, 1L, Long::sum);
      both.merge(e.getValue() + "\u0000" + story, 1L, Long::sum);
    }
    Map<String, long[]> kinds = new TreeMap<>();
    for (Map.Entry<String, Long> e : both.entrySet()) {
      String group = e.getKey().substring(0, e.getKey().indexOf('\u0000'));
      kinds.computeIfAbsent(kind(group), k -> new long[2])[0] += pairs(e.getValue());
    }
    for (Map.Entry<String, Long> e : t.entrySet()) {
      kinds.computeIfAbsent(kind(e.getKey()), k -> new long[2])[1] += pairs(e.getValue());
    }
    Map<String, double[]> recall = new TreeMap<>();
    for (Map.Entry<String, long[]> e : kinds.entrySet()) {
      if (e.getValue()[1] > 0) {
        recall.put(e.getKey(), new double[] {(double) e.getValue()[0] / e.getValue()[1]});
      }
    }
    return new PairScores(sum(t), sum(p), sum(both), recall);
  }

  private static String kind(String group) {
    int colon = group.indexOf(':');
    return colon < 0 ? "all" : group.substring(0, colon);
  }

  private static long sum(Map<String, Long> sizes) {
    long s = 0;
    for (long n : sizes.values()) {
      s += pairs(n);
    }
    return s;
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }
}
