package org.newscorpus.dedupe;

/**
 * The 64-bit hashes behind shingles, MinHash and shard keys: FNV-1a over UTF-16 code units,
 * finished with the MurmurHash3 avalanche, so that every output bit depends on every input bit.
 * They are fixed functions of their input (no per-JVM seed, unlike {@code String.hashCode} mixing
 * in hash maps), which keeps buckets and shards identical on every worker and every run.
 */
final class Hash64 {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  /** The 64-bit golden ratio, the multiplier that spreads a sequence of token hashes. */
  static final long GOLDEN = 0x9e3779b97f4a7c15L;

  private Hash64() {}

  /** MurmurHash3's 64-bit finaliser: a bijection with full avalanche. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** The hash of {@code s.subSequence(from, to)}, without copying it. */
  static long of(CharSequence s, int from, int to) {
    long h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      h = (h ^ (c & 0xff)) * FNV_PRIME;
      h = (h ^ (c >>> 8)) * FNV_PRIME;
    }
    return mix(h);
  }

  static long of(CharSequence s) {
    return of(s, 0, s.length());
  }

  /** The shard in {@code [0, shards)} of an id: the same on every worker. */
  static int shard(String id, int shards) {
    return shards == 1 ? 0 : (int) Long.remainderUnsigned(of(id), shards);
  }

  /** The shard in {@code [0, shards)} of a hash that is already uniform. */
  static int shard(long hash, int shards) {
    return shards == 1 ? 0 : (int) Long.remainderUnsigned(hash, shards);
  }
}
