package news.parallax.store;

/**
 * One search result.
 *
 * @param kind "article" or "story"
 * @param id the article or story id
 * @param title its title
 * @param snippet the text around the first word found
 * @param rank position in the ranking, 1 first
 */
public record SearchHit(String kind, String id, String title, String snippet, int rank) {}
