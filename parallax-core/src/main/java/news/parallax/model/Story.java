package news.parallax.model;

import java.util.List;

/**
 * A group of articles about one event.
 *
 * @param id stable id, derived from its member with the smallest id, so that it does not depend
 *     on the order in which the members arrived
 * @param articles member article ids; in a {@link StoryView}, by publication time (undated
 *     last), then id
 */
public record Story(String id, List<String> articles) {
  public Story {
    articles = List.copyOf(articles);
  }
}
