package news.parallax.model;

import java.util.List;

/**
 * A group of articles about one event.
 *
 * @param id stable id, derived from its earliest member
 * @param articles member article ids, in input order
 */
public record Story(String id, List<String> articles) {
  public Story {
    articles = List.copyOf(articles);
  }
}
