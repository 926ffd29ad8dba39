package news.parallax.model;

import java.util.List;

/**
 * A story with what was learnt across its articles: entities, quotes, fact comparisons, the
 * shared text and a cited brief.
 */
public record StoryView(
    Story story,
    String title,
    List<String> languages,
    List<String> outlets,
    List<Entity> entities,
    List<QuoteGroup> quotes,
    List<Comparison> comparisons,
    List<DuplicateGroup> duplicates,
    List<BriefSentence> brief) {

  public StoryView {
    languages = List.copyOf(languages);
    outlets = List.copyOf(outlets);
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
    comparisons = List.copyOf(comparisons);
    duplicates = List.copyOf(duplicates);
    brief = List.copyOf(brief);
  }

  public String id() {
    return story.id();
  }
}
