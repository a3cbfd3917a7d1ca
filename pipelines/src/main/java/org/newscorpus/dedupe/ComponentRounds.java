package org.newscorpus.dedupe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Connected components by rounds of local contraction, the logic of {@link ConnectComponents}.
 *
 * <p>In each round, every edge goes to the shards of both its ends, so a shard sees every edge of
 * every node it owns. Each shard joins the edges it sees into components (union-find) and gives
 * each of them back as a star on its smallest node: edge (m, x) for every other node x. This is
 * large-star generalised from one node's neighbourhood to a whole shard's: links only ever join
 * nodes that were connected, and every edge a shard saw stays connected through the star.
 *
 * <p>A round changes nothing exactly when every component is a star centred on its smallest node:
 * a node's edges all meet in its own shard, so a node that is not the smallest of what it sees
 * keeps one edge, to that smallest node, and that node, seeing all its own edges, is the smallest
 * of its component. So the number of changed edges is the convergence counter, and the centre is
 * the component's label. One shard converges in one round plus the check; a chain of n nodes
 * spread over many shards takes about log2(n) rounds, a star one or two.
 */
public final class ComponentRounds {

  /** The outcome of running rounds in memory: every node's label, the rounds run, and whether the last changed nothing. */
  public record Result(Map<String, String> labels, int rounds, boolean converged) {}

  private ComponentRounds() {}

  /**
   * One round in one shard: contracts the components formed by {@code edges} (pairs of node ids,
   * in any order, repeats allowed) into stars on their smallest node, gives each star edge
   * (centre, node) to {@code emit} and returns how many edges differ between what came in and what
   * goes out.
   */
  public static long contract(Collection<String[]> edges, BiConsumer<String, String> emit) {
    Map<String, String> parent = new HashMap<>();
    Set<String> in = new HashSet<>();
    for (String[] e : edges) {
      int c = e[0].compareTo(e[1]);
      if (c == 0) {
        continue;
      }
      in.add(c < 0 ? e[0] + '\u0000' + e[1] : e[1] + '\u0000' + e[0]);
      union(parent, e[0], e[1]);
    }
    long kept = 0;
    long out = 0;
    for (String node : new ArrayList<>(parent.keySet())) {
      String root = find(parent, node);
      if (!root.equals(node)) {
        emit.accept(root, node);
        out++;
        if (in.contains(root + '\u0000' + node)) {
          kept++;
        }
      }
    }
    return in.size() + out - 2 * kept;
  }

  /**
   * Runs at most {@code maxRounds} rounds over {@code shards} shards in memory, as the pipeline
   * does, and labels every node with its component's smallest node.
   */
  public static Result components(Collection<String[]> edges, int shards, int maxRounds) {
    Collection<String[]> current = edges;
    for (int round = 1; round <= maxRounds; round++) {
      Map<Integer, List<String[]>> byShard = new TreeMap<>();
      for (String[] e : current) {
        int a = Hash64.shard(e[0], shards);
        int b = Hash64.shard(e[1], shards);
        byShard.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
        if (b != a) {
          byShard.computeIfAbsent(b, k -> new ArrayList<>()).add(e);
        }
      }
      Set<List<String>> next = new LinkedHashSet<>();
      long changes = 0;
      for (List<String[]> group : byShard.values()) {
        changes += contract(group, (m, x) -> next.add(List.of(m, x)));
      }
      current = next.stream().map(l -> new String[] {l.get(0), l.get(1)}).toList();
      if (changes == 0) {
        return new Result(labels(current), round, true);
      }
    }
    return new Result(labels(current), maxRounds, false);
  }

  /** The label of every node of a star forest: its centre (a centre is its own label). */
  static Map<String, String> labels(Collection<String[]> stars) {
    Map<String, String> labels = new HashMap<>();
    for (String[] e : stars) {
      labels.merge(e[1], e[0], (x, y) -> x.compareTo(y) <= 0 ? x : y);
      labels.putIfAbsent(e[0], e[0]);
    }
    return labels;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (ra.equals(rb)) {
      return;
    }
    if (ra.compareTo(rb) < 0) {
      parent.put(rb, ra);
    } else {
      parent.put(ra, rb);
    }
  }

  private static String find(Map<String, String> parent, String x) {
    String root = parent.computeIfAbsent(x, k -> k);
    while (!root.equals(parent.get(root))) {
      root = parent.get(root);
    }
    String cur = x;
    while (!cur.equals(root)) {
      String next = parent.get(cur);
      parent.put(cur, root);
      cur = next;
    }
    return root;
  }
}
