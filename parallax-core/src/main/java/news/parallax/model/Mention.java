package news.parallax.model;

/**
 * A mention of a named thing in one article.
 *
 * @param span where it stands in the article text
 * @param text the surface form
 * @param type what kind of thing it names
 * @param key the article-local entity it resolves to (its fullest name in the article); mentions
 *     with the same key name the same thing
 * @param role true when the mention is a description ("the Russian president") or pronoun
 */
public record Mention(Span span, String text, EntityType type, String key, boolean role) {}
