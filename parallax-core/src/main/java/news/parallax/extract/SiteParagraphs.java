package news.parallax.extract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import news.parallax.model.Article;

/**
 * The paragraphs of one extracted page as site learning compares them: the site, a fingerprint
 * of the page, and the key of each paragraph long enough to compare.
 *
 * @param site the outlet, else the URL's host, lower-cased
 * @param page a fingerprint of the page's text
 * @param keys the keys of its paragraphs ({@link SiteChrome#squash}), in order, each once
 */
public record SiteParagraphs(String site, String page, Set<String> keys) {
  /**
   * The most pages a {@link SiteMemory} needs to keep for one paragraph: on this many pages a
   * paragraph is chrome, so further pages change nothing.
   */
  public static final int PAGES_ENOUGH = SiteChrome.MIN_PAGES;

  public SiteParagraphs {
    keys = Set.copyOf(keys);
  }

  /** The paragraphs of an extracted article, or null when it names no site. */
  public static SiteParagraphs of(Article a) {
    String site = site(a);
    if (site == null) {
      return null;
    }
    Set<String> keys = new LinkedHashSet<>();
    for (String p : a.paragraphs()) {
      String key = SiteChrome.squash(p);
      if (key.length() >= SiteChrome.MIN_KEY_CHARS) {
        keys.add(key);
      }
    }
    return new SiteParagraphs(site, page(a), keys);
  }

  static String page(Article a) {
    return String.valueOf(a.text().hashCode()) + ":" + a.text().length();
  }

  static String site(Article a) {
    if (a.outlet() != null && !a.outlet().isBlank()) {
      return a.outlet().toLowerCase(Locale.ROOT);
    }
    return a.url() == null ? null : Outlets.fromUrl(a.url());
  }
}
