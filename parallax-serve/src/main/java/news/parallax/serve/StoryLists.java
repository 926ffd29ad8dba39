package news.parallax.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import news.parallax.serve.StoryData.Order;
import news.parallax.serve.StoryData.StoryPage;
import news.parallax.serve.StoryData.StoryQuery;
import news.parallax.serve.StoryData.StorySummary;

/**
 * One page of a story list: the lines a query's filters keep, in its order, after its cursor.
 * A cursor names the sort key and id of the last line shown, so pages stay right while stories
 * are added (keyset pagination).
 */
final class StoryLists {
  private StoryLists() {}

  /**
   * The page of {@code sorted} (every line, in the query's {@link #order order}) that the query
   * asks for: a binary search finds the line after the cursor, and the scan stops once the
   * page is full and one more line shows there is a next page.
   */
  static StoryPage page(List<StorySummary> sorted, StoryQuery q, Predicate<StorySummary> more) {
    int from = 0;
    if (present(q.cursor())) {
      String[] cursor = decodeCursor(q.cursor());
      int lo = 0;
      int hi = sorted.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (after(sorted.get(mid), q.order(), cursor)) {
          hi = mid;
        } else {
          lo = mid + 1;
        }
      }
      from = lo;
    }
    List<StorySummary> out = new ArrayList<>(q.limit());
    String next = null;
    for (int i = from; i < sorted.size(); i++) {
      StorySummary s = sorted.get(i);
      if (!matches(s, q) || !more.test(s)) {
        continue;
      }
      if (out.size() == q.limit()) {
        next = encodeCursor(out.get(out.size() - 1), q.order());
        break;
      }
      out.add(s);
    }
    return new StoryPage(out, next);
  }

  /** The order of a list: by the order's key, highest first, then by id. */
  static Comparator<StorySummary> order(Order order) {
    return Comparator.comparing((StorySummary s) -> sortKey(s, order)).reversed()
        .thenComparing(StorySummary::id);
  }

  private static boolean matches(StorySummary s, StoryQuery q) {
    if (present(q.since()) && (s.lastSeen() == null || s.lastSeen().compareTo(q.since()) < 0)) {
      return false;
    }
    if (present(q.until()) && (s.firstSeen() == null || s.firstSeen().compareTo(q.until()) > 0)) {
      return false;
    }
    if (present(q.language()) && !s.languages().contains(q.language())) {
      return false;
    }
    return !present(q.outlet()) || s.outlets().stream().anyMatch(o -> o.equalsIgnoreCase(q.outlet()));
  }

  static boolean present(String s) {
    return s != null && !s.isBlank();
  }

  private static String sortKey(StorySummary s, Order order) {
    return order == Order.LARGEST ? String.format(Locale.ROOT, "%010d", s.size())
        : s.lastSeen() == null ? "" : s.lastSeen();
  }

  private static boolean after(StorySummary s, Order order, String[] cursor) {
    int c = sortKey(s, order).compareTo(cursor[0]);
    return c < 0 || c == 0 && s.id().compareTo(cursor[1]) > 0;
  }

  static String encodeCursor(StorySummary s, Order order) {
    String raw = sortKey(s, order) + "\n" + s.id();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static String[] decodeCursor(String cursor) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = raw.split("\n", 2);
      if (parts.length == 2) {
        return parts;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException("cursor '" + cursor + "' is not one this server returned");
  }
}
