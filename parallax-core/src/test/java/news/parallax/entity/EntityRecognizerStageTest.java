package news.parallax.entity;

import java.util.List;
import java.util.function.Function;
import news.parallax.model.Article;
import news.parallax.model.Mention;
import news.parallax.testing.ArticleStageTestBase;
import news.parallax.text.TextAnalyzer;

/** The entity recognizer passes the checks of every article stage: its mentions. */
class EntityRecognizerStageTest extends ArticleStageTestBase<List<Mention>> {
  @Override
  protected Function<Article, List<Mention>> freshStage() {
    EntityRecognizer r = EntityRecognizer.standard();
    return a -> r.recognize(a, TextAnalyzer.standard().analyze(a));
  }

  @Override
  protected List<List<Reported>> reported(Article article, List<Mention> mentions) {
    return List.of(mentions.stream().map(m -> new Reported(m.span(), m.text())).toList());
  }
}
