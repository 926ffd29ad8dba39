package news.parallax.model;

import java.util.List;

/** A sentence of an article with its tokens; {@code paragraph} is its paragraph's index. */
public record Sentence(Span span, int paragraph, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
