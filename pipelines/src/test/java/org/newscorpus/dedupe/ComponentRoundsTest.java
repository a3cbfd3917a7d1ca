package org.newscorpus.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ComponentRoundsTest {

  private static String node(int i) {
    return String.format(Locale.ROOT, "n%06d", i);
  }

  @Test
  void aLongChainSpreadOverManyShardsBecomesOneComponentInLogarithmicRounds() {
    int n = 20_000;
    List<String[]> edges = new ArrayList<>();
    // a chain whose ids are shuffled, so that each step of the chain crosses shards
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(7));
    for (int i = 0; i + 1 < n; i++) {
      edges.add(new String[] {node(order.get(i)), node(order.get(i + 1))});
    }
    ComponentRounds.Result r = ComponentRounds.components(edges, 313, 40);
    assertTrue(r.converged(), "converged");
    assertEquals(n, r.labels().size());
    for (String label : r.labels().values()) {
      assertEquals(node(0), label, "every node labelled with the smallest id");
    }
    assertTrue(r.rounds() <= 20, "about log2(n) rounds, was " + r.rounds());
  }

  @Test
  void aStarOfTenThousandConvergesInAFewRounds() {
    List<String[]> edges = new ArrayList<>();
    // the centre is the largest id: every leaf must end up pointing at the smallest leaf
    for (int i = 0; i < 10_000; i++) {
      edges.add(new String[] {"z-centre", node(i)});
    }
    ComponentRounds.Result r = ComponentRounds.components(edges, 157, 20);
    assertTrue(r.converged());
    assertEquals(10_001, r.labels().size());
    assertEquals(Map.of(node(0), 10_001L), countLabels(r.labels()));
    assertTrue(r.rounds() <= 4, "a star takes a few rounds, was " + r.rounds());
  }

  @Test
  void separateComponentsKeepSeparateLabelsAndOnlyLinkedNodesGetOne() {
    List<String[]> edges = List.of(
        new String[] {"b", "a"}, new String[] {"c", "b"}, new String[] {"x", "y"}, new String[] {"y", "x"},
        new String[] {"q", "q"});
    ComponentRounds.Result r = ComponentRounds.components(edges, 3, 10);
    assertTrue(r.converged());
    assertEquals(Map.of("a", "a", "b", "a", "c", "a", "x", "x", "y", "x"), r.labels());
  }

  @Test
  void tooFewRoundsIsReportedAsNotConverged() {
    List<String[]> edges = new ArrayList<>();
    for (int i = 0; i + 1 < 1_000; i++) {
      edges.add(new String[] {node((i * 7919) % 1_000), node(((i + 1) * 7919) % 1_000)});
    }
    assertFalse(ComponentRounds.components(edges, 97, 1).converged());
  }

  @Test
  void theOutcomeDoesNotDependOnTheNumberOfShardsOrTheEdgeOrder() {
    Random random = new Random(11);
    List<String[]> edges = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      edges.add(new String[] {node(random.nextInt(4_000)), node(random.nextInt(4_000))});
    }
    Map<String, String> one = ComponentRounds.components(edges, 1, 40).labels();
    Collections.shuffle(edges, random);
    assertEquals(one, ComponentRounds.components(edges, 61, 40).labels());
    assertEquals(one, unionFind(edges));
  }

  @Test
  void aRoundCountsNoChangeForAStarOnItsSmallestNode() {
    List<String[]> star = List.of(new String[] {"a", "b"}, new String[] {"a", "c"});
    List<String[]> out = new ArrayList<>();
    assertEquals(0, ComponentRounds.contract(star, (m, x) -> out.add(new String[] {m, x})));
    assertEquals(2, out.size());
    assertEquals(2, ComponentRounds.contract(List.of(new String[] {"b", "c"}, new String[] {"a", "b"}), (m, x) -> {}));
  }

  private static Map<String, Long> countLabels(Map<String, String> labels) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    labels.values().forEach(l -> counts.merge(l, 1L, Long::sum));
    return counts;
  }

  /** Reference labels by a plain sequential union-find. */
  private static Map<String, String> unionFind(List<String[]> edges) {
    Map<String, String> parent = new java.util.HashMap<>();
    for (String[] e : edges) {
      if (e[0].equals(e[1])) {
        continue;
      }
      String a = find(parent, e[0]);
      String b = find(parent, e[1]);
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
    Map<String, String> labels = new java.util.HashMap<>();
    for (String x : parent.keySet()) {
      labels.put(x, find(parent, x));
    }
    return labels;
  }

  private static String find(Map<String, String> parent, String x) {
    parent.putIfAbsent(x, x);
    while (!parent.get(x).equals(x)) {
      x = parent.get(x);
    }
    return x;
  }
}
