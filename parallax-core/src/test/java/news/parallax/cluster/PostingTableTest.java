package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PostingTableTest {

  /** The stories posted under a term, in order, or null. */
  private static int[] stories(PostingTable t, int term) {
    int[] list = t.get(term);
    return list == null ? null : Arrays.copyOfRange(list, 1, list[0] + 1);
  }

  @Test
  void keepsEveryListInPostingOrderThroughGrowthAndRemoval() {
    PostingTable table = new PostingTable();
    Map<Integer, List<Integer>> expected = new HashMap<>();
    Random r = new Random(7);
    // enough terms to grow the table several times, with ids spread over the 22-bit space
    for (int i = 0; i < 20_000; i++) {
      int term = r.nextInt(1 << 22);
      int story = r.nextInt(5_000);
      table.post(term, story);
      expected.computeIfAbsent(term, k -> new ArrayList<>()).add(story);
    }
    assertEquals(expected.size(), table.size());
    for (Map.Entry<Integer, List<Integer>> e : expected.entrySet()) {
      assertArrayEquals(e.getValue().stream().mapToInt(Integer::intValue).toArray(),
          stories(table, e.getKey()), "term " + e.getKey());
    }
    assertNull(table.get((1 << 22) + 5), "a term never posted");

    // retire the even stories: odd ones stay in order, terms left empty disappear
    table.removeIf(s -> s % 2 == 0);
    int live = 0;
    for (Map.Entry<Integer, List<Integer>> e : expected.entrySet()) {
      int[] odd = e.getValue().stream().mapToInt(Integer::intValue).filter(s -> s % 2 == 1)
          .toArray();
      if (odd.length == 0) {
        assertNull(table.get(e.getKey()), "term " + e.getKey() + " has no story left");
      } else {
        live++;
        assertArrayEquals(odd, stories(table, e.getKey()), "term " + e.getKey());
      }
    }
    assertEquals(live, table.size());
    // posting goes on after a removal
    table.post(3, 11);
    table.post(3, 12);
    assertEquals(11, stories(table, 3)[stories(table, 3).length - 2]);
    assertEquals(12, stories(table, 3)[stories(table, 3).length - 1]);
  }
}
