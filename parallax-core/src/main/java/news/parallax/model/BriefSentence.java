package news.parallax.model;

import java.util.List;

/** A sentence of a story's brief and the articles it cites. */
public record BriefSentence(String text, List<String> articles) {
  public BriefSentence {
    articles = List.copyOf(articles);
  }
}
