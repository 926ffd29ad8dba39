package news.parallax.fetch;

import news.parallax.model.PageHints;

/**
 * A page to fetch, with what the feed or sitemap that listed it said (title, outlet, date).
 *
 * @param url the address to fetch
 * @param hints metadata from the listing; its url is ignored, the fetched address is used
 */
public record Target(String url, PageHints hints) {
  public Target {
    hints = hints == null ? PageHints.NONE : hints;
  }

  /** A target with no hints. */
  public static Target of(String url) {
    return new Target(url, PageHints.NONE);
  }
}
