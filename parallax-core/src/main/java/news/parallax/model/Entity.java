package news.parallax.model;

import java.util.List;
import java.util.Map;

/**
 * A person, place or organisation of a story, one across spellings, scripts and articles.
 *
 * @param id stable id within the story
 * @param name the canonical display name
 * @param aliases every surface form seen, per language code
 * @param articles the ids of the articles that mention it
 * @param evidence why names were merged (one entry a merge)
 */
public record Entity(
    String id,
    String name,
    EntityType type,
    Map<String, List<String>> aliases,
    List<String> articles,
    List<Evidence> evidence) {

  public Entity {
    // sorted by language code: immutable Map.copyOf iterates in an order that changes per run
    java.util.TreeMap<String, List<String>> sorted = new java.util.TreeMap<>();
    aliases.forEach((lang, names) -> sorted.put(lang, List.copyOf(names)));
    aliases = java.util.Collections.unmodifiableMap(sorted);
    articles = List.copyOf(articles);
    evidence = List.copyOf(evidence);
  }
}
