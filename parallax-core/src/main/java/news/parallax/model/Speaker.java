package news.parallax.model;

/**
 * Who a quote is attributed to.
 *
 * @param name the name or description in the text
 * @param key the article-local entity key it resolves to, or null when unresolved
 * @param span where the speaker stands in the article text, or null when implied
 */
public record Speaker(String name, String key, Span span) {
  public boolean resolved() {
    return key != null;
  }
}
