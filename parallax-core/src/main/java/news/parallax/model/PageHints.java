package news.parallax.model;

/**
 * Metadata a container (a WARC record, a JSON line, a fetch) supplied with a page; any field may
 * be null.
 *
 * @param fetched when the page was fetched (ISO-8601 instant): provenance only, never its
 *     publication time
 */
public record PageHints(String url, String title, String outlet, String published, String fetched) {
  public static final PageHints NONE = new PageHints(null, null, null, null, null);

  /** Hints without a fetch time. */
  public PageHints(String url, String title, String outlet, String published) {
    this(url, title, outlet, published, null);
  }

  /** Whether no hint is set. */
  public boolean isEmpty() {
    return url == null && title == null && outlet == null && published == null && fetched == null;
  }
}
