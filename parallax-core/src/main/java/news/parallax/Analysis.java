package news.parallax;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.InputError;
import news.parallax.model.StoryView;

/**
 * What one run produced: the articles (in input order), the stories, and the inputs that
 * failed.
 */
public record Analysis(List<AnalyzedArticle> articles, List<StoryView> stories, List<InputError> errors) {
  public Analysis {
    articles = List.copyOf(articles);
    stories = List.copyOf(stories);
    errors = List.copyOf(errors);
  }

  /** The article with the id, or null. */
  public AnalyzedArticle article(String id) {
    for (AnalyzedArticle a : articles) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    return null;
  }
}
