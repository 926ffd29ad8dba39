package news.parallax.cluster;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * The centroid index: for each term id (non-negative), the stories indexed under it, in the
 * order they were posted. An open-addressing table of primitive keys, so a lookup neither
 * boxes the term nor follows a chain; the clusterer makes one lookup per query term of every
 * article and of every member it refines.
 *
 * <p>Each list holds its length at index 0 and the story indexes after it.
 */
final class PostingTable {
  private static final int EMPTY = -1;

  private int[] keys;
  private int[][] lists;
  private int size;

  PostingTable() {
    allocate(1 << 10);
  }

  private void allocate(int capacity) {
    keys = new int[capacity];
    Arrays.fill(keys, EMPTY);
    lists = new int[capacity][];
    size = 0;
  }

  /** The terms held. */
  int size() {
    return size;
  }

  /** The list of {@code term} (length at index 0), or null when no story is posted under it. */
  int[] get(int term) {
    int mask = keys.length - 1;
    for (int i = slot(term, mask); ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == term) {
        return lists[i];
      }
      if (k == EMPTY) {
        return null;
      }
    }
  }

  /** Appends {@code story} to the list of {@code term}. */
  void post(int term, int story) {
    int mask = keys.length - 1;
    int i = slot(term, mask);
    while (keys[i] != EMPTY && keys[i] != term) {
      i = (i + 1) & mask;
    }
    int[] list = lists[i];
    if (list == null) {
      list = new int[3];
      keys[i] = term;
      lists[i] = list;
      size++;
    } else if (list[0] + 1 == list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      lists[i] = list;
    }
    list[++list[0]] = story;
    if (size * 2 > keys.length) {
      rehash(keys.length * 2);
    }
  }

  /**
   * Drops the stories {@code gone} says are gone from every list, and the terms left with
   * none; lists keep their order.
   */
  void removeIf(IntPredicate gone) {
    int live = 0;
    for (int i = 0; i < keys.length; i++) {
      int[] list = lists[i];
      if (list == null) {
        continue;
      }
      int n = list[0];
      int m = 0;
      for (int j = 1; j <= n; j++) {
        if (!gone.test(list[j])) {
          list[++m] = list[j];
        }
      }
      list[0] = m;
      if (m > 0) {
        live++;
        if (m + 1 < list.length / 4) {
          lists[i] = Arrays.copyOf(list, Math.max(3, m + 1));
        }
      }
    }
    int capacity = 1 << 10;
    while (capacity < live * 4) {
      capacity *= 2;
    }
    rehash(capacity);
  }

  /** Rebuilds the table at {@code capacity} (a power of two), leaving out empty lists. */
  private void rehash(int capacity) {
    int[] oldKeys = keys;
    int[][] oldLists = lists;
    allocate(capacity);
    int mask = capacity - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldLists[i] == null || oldLists[i][0] == 0) {
        continue;
      }
      int j = slot(oldKeys[i], mask);
      while (keys[j] != EMPTY) {
        j = (j + 1) & mask;
      }
      keys[j] = oldKeys[i];
      lists[j] = oldLists[i];
      size++;
    }
  }

  private static int slot(int term, int mask) {
    int h = term * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** Writes the table slot by slot, so that {@link #read} rebuilds it exactly. */
  void write(java.io.DataOutputStream out) throws java.io.IOException {
    out.writeInt(keys.length);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == EMPTY) {
        continue;
      }
      out.writeInt(i);
      out.writeInt(keys[i]);
      int[] list = lists[i];
      out.writeInt(list.length);
      out.writeInt(list[0]);
      for (int j = 1; j <= list[0]; j++) {
        out.writeInt(list[j]);
      }
    }
    out.writeInt(-1);
  }

  /** Replaces this table with what {@link #write} wrote. */
  void read(java.io.DataInputStream in) throws java.io.IOException {
    allocate(in.readInt());
    for (int i = in.readInt(); i >= 0; i = in.readInt()) {
      keys[i] = in.readInt();
      int[] list = new int[in.readInt()];
      list[0] = in.readInt();
      for (int j = 1; j <= list[0]; j++) {
        list[j] = in.readInt();
      }
      lists[i] = list;
      size++;
    }
  }
}
