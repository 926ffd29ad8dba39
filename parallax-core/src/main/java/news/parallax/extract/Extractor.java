package news.parallax.extract;

import java.util.List;
import news.parallax.model.Article;
import news.parallax.model.Page;

/**
 * Turns a page into a clean article: the body without the site's chrome, and its metadata.
 *
 * <pre>{@code
 * Article a = Extractor.standard().extract(page);
 * }</pre>
 */
public interface Extractor {

  /**
   * Extracts the article of a page.
   *
   * @throws ExtractionException when the page holds no article text; the message says why
   */
  Article extract(Page page) throws ExtractionException;

  /**
   * Site learning over the articles of one run: paragraphs that recur on several pages of the
   * same site are chrome and are removed; the list comes back in the same order.
   */
  static List<Article> withoutSiteChrome(List<Article> articles) {
    return SiteChrome.clean(articles);
  }

  /**
   * As {@link #withoutSiteChrome(List)}, a paragraph counting as chrome when it recurs on
   * enough pages of its site among these articles and those {@code memory} saw before.
   */
  static List<Article> withoutSiteChrome(List<Article> articles, SiteMemory memory) {
    return SiteChrome.clean(articles, memory);
  }

  /** The standard extractor for HTML, text dumps and pre-extracted article text. */
  static Extractor standard() {
    return new PageExtractor();
  }
}
