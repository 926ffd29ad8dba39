package news.parallax.model;

/**
 * Metadata a container (a WARC record, a JSON line) supplied with a page; any field may be null.
 */
public record PageHints(String url, String title, String outlet, String published) {
  public static final PageHints NONE = new PageHints(null, null, null, null);

  /** Whether no hint is set. */
  public boolean isEmpty() {
    return url == null && title == null && outlet == null && published == null;
  }
}
