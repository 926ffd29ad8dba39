package news.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import news.parallax.model.Token;
import news.parallax.testing.ArticleStageTestBase;

/** The text analyzer passes the checks of every article stage: sentences and tokens. */
class TextAnalyzerStageTest extends ArticleStageTestBase<List<Sentence>> {
  @Override
  protected Function<Article, List<Sentence>> freshStage() {
    return TextAnalyzer.standard()::analyze;
  }

  @Override
  protected List<List<Reported>> reported(Article article, List<Sentence> sentences) {
    List<Reported> spans = new ArrayList<>();
    List<Reported> tokens = new ArrayList<>();
    for (Sentence s : sentences) {
      spans.add(new Reported(s.span(), null));
      for (Token t : s.tokens()) {
        tokens.add(new Reported(t.span(), t.text()));
      }
    }
    return List.of(spans, tokens);
  }
}
