package news.parallax.store;

import java.util.List;

/**
 * A story as a list shows it.
 *
 * @param id the story id
 * @param title the story's title
 * @param size how many articles it holds
 * @param latest the newest publication (or, undated, arrival) time of its members
 * @param updated when an ingest last changed it
 * @param languages the languages of its members
 * @param outlets the outlets of its members
 */
public record StorySummary(String id, String title, int size, String latest, String updated,
    List<String> languages, List<String> outlets) {
  public StorySummary {
    languages = List.copyOf(languages);
    outlets = List.copyOf(outlets);
  }
}
