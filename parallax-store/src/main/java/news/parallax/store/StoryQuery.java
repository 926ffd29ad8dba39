package news.parallax.store;

/**
 * Which stories to list: those with a member published (or, undated, received) at or after
 * {@code since}, holding the language and the outlet when given; any field may be null.
 *
 * @param since an ISO-8601 date or date-time, compared as text
 * @param language an ISO 639-1 code
 * @param outlet an outlet name as articles give it
 * @param limit at most this many, largest first (0: all)
 */
public record StoryQuery(String since, String language, String outlet, int limit) {
  /** Every story. */
  public static final StoryQuery ALL = new StoryQuery(null, null, null, 0);
}
