package news.parallax.model;

import java.util.List;

/**
 * One statement by one speaker as the outlets of a story carry it.
 *
 * @param speaker the speaker's display name
 * @param entity the story entity id of the speaker, or null when unresolved
 * @param text the fullest wording
 * @param variants each article's wording
 */
public record QuoteGroup(String speaker, String entity, String text, Quote.Kind kind,
    List<Variant> variants) {

  public QuoteGroup {
    variants = List.copyOf(variants);
  }

  /** One article's wording of the statement. */
  public record Variant(String article, String text, Span span) {}

  /** The ids of the articles that carry it, in order. */
  public List<String> articles() {
    return variants.stream().map(Variant::article).distinct().toList();
  }
}
