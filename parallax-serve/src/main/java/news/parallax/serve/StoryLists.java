package news.parallax.serve;

import java.nio.charset.StandardCharsets;
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

  static StoryPage page(List<StorySummary> all, StoryQuery q, Predicate<StorySummary> more) {
    Comparator<StorySummary> order = Comparator.comparing((StorySummary s) -> sortKey(s, q.order()))
        .reversed().thenComparing(StorySummary::id);
    String[] cursor = present(q.cursor()) ? decodeCursor(q.cursor()) : null;
    List<StorySummary> matching = all.stream()
        .filter(s -> cursor == null || after(s, q.order(), cursor))
        .filter(s -> matches(s, q)).filter(more).sorted(order).toList();
    int to = Math.min(matching.size(), q.limit());
    String next = to < matching.size() ? encodeCursor(matching.get(to - 1), q.order()) : null;
    return new StoryPage(matching.subList(0, to), next);
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
