package news.parallax.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MinHash signatures of shingle sets, and a banded locality-sensitive index over them: two
 * documents share a band (and become candidates) with probability {@code 1 - (1 - J^R)^B} for
 * Jaccard similarity J, so near-copies meet without comparing every pair.
 */
final class MinHash {
  /** Hash functions per signature: the estimate's standard error is about 1/sqrt(64) = 0.125. */
  static final int HASHES = 64;
  /** Rows per band: 16 bands of 4 rows catch pairs with J >= 0.8 with probability > 0.999. */
  static final int ROWS = 4;
  static final int BANDS = HASHES / ROWS;

  private static final long[] SEEDS = new long[HASHES];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < HASHES; i++) {
      s = mix(s + 0x632BE59BD9B4E019L);
      SEEDS[i] = s;
    }
  }

  private MinHash() {}

  /** The signature of a shingle set (all {@link Long#MAX_VALUE} for an empty set). */
  static long[] signature(Set<Long> shingles) {
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (long x : shingles) {
      for (int i = 0; i < HASHES; i++) {
        long h = mix(x ^ SEEDS[i]);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The share of equal positions: an unbiased estimate of the Jaccard similarity. */
  static double estimate(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) a.length;
  }

  /** A finalizer with full avalanche (from SplitMix64). */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** An incremental band index: items added in order, queried for earlier candidates. */
  static final class Index {
    private final List<Map<Long, List<Integer>>> bands = new ArrayList<>();

    Index() {
      for (int b = 0; b < BANDS; b++) {
        bands.add(new HashMap<>());
      }
    }

    /** The earlier items sharing a band with {@code sig}, ascending, then adds {@code item}. */
    List<Integer> queryAndAdd(int item, long[] sig) {
      java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
      for (int b = 0; b < BANDS; b++) {
        long key = b;
        for (int r = 0; r < ROWS; r++) {
          key = mix(key * 31 + sig[b * ROWS + r]);
        }
        List<Integer> list = bands.get(b).computeIfAbsent(key, k -> new ArrayList<>(1));
        out.addAll(list);
        list.add(item);
      }
      return new ArrayList<>(out);
    }
  }
}
