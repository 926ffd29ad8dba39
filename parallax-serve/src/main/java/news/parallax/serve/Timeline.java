package news.parallax.serve;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.serve.StoryData.Revised;
import news.parallax.serve.StoryData.StoryEntry;

/**
 * The events of a story in time order: when each member was published, when it joined the
 * story, and when its text changed at the same address (a new revision).
 *
 * <pre>{@code
 * for (Timeline.Event e : Timeline.of(entry)) {
 *   System.out.println(e.time() + " " + e.kind().label() + " " + e.article());
 * }
 * }</pre>
 */
final class Timeline {
  private Timeline() {}

  /** What happened. */
  enum Kind {
    /** The article's publication time (as the page gave it). */
    PUBLISHED,
    /** The article joined the story (an ingest added it). */
    JOINED,
    /** A changed text of the article was seen at its address. */
    REVISED;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One event of a story.
   *
   * @param time ISO-8601, as stored (a date, or a date and time); null for an unknown publication
   * @param revision the revision number of a {@link Kind#REVISED} event, else 0
   */
  record Event(String time, Kind kind, String article, int revision) {}

  /** The events of the story, oldest first; unknown publication times last. */
  static List<Event> of(StoryEntry e) {
    Map<String, Integer> order = new HashMap<>();
    List<Event> out = new ArrayList<>();
    for (AnalyzedArticle a : e.articles()) {
      order.put(a.id(), order.size());
      out.add(new Event(a.article().published(), Kind.PUBLISHED, a.id(), 0));
      String joined = e.joined().get(a.id());
      if (joined != null) {
        out.add(new Event(joined, Kind.JOINED, a.id(), 0));
      }
    }
    for (Revised r : e.revised()) {
      if (order.containsKey(r.article())) {
        out.add(new Event(r.seen(), Kind.REVISED, r.article(), r.revision()));
      }
    }
    out.sort(Comparator.comparing((Event x) -> sortKey(x.time()))
        .thenComparing(Event::kind)
        .thenComparingInt(x -> order.get(x.article()))
        .thenComparingInt(Event::revision));
    return out;
  }

  /** The time as a UTC instant when it has an offset, else as written; null sorts last. */
  private static String sortKey(String time) {
    if (time == null) {
      return "~";
    }
    try {
      return OffsetDateTime.parse(time).toInstant().toString();
    } catch (DateTimeParseException e) {
      return time;
    }
  }
}
