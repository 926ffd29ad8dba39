package news.parallax.entity;

import java.util.List;
import news.parallax.model.Article;
import news.parallax.model.Mention;
import news.parallax.model.Sentence;

/**
 * Finds the people, places and organisations an article names, and resolves the mentions of
 * one thing within the article to one key ("Vladimir Putin" ... "Putin").
 */
public interface EntityRecognizer {

  /** The mentions of the article, in text order. */
  List<Mention> recognize(Article article, List<Sentence> sentences);

  /** Capitalised-name rules and titles for Latin-script languages, HanLP for Chinese. */
  static EntityRecognizer standard() {
    return new RuleEntityRecognizer();
  }
}
