package news.parallax.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import news.parallax.entity.EntityRecognizer;
import news.parallax.model.Article;
import news.parallax.model.Quote;
import news.parallax.model.Sentence;
import news.parallax.testing.ArticleStageTestBase;
import news.parallax.text.TextAnalyzer;

/** The quote extractor passes the checks of every article stage: quotes and their parts. */
class QuoteExtractorStageTest extends ArticleStageTestBase<List<Quote>> {
  @Override
  protected Function<Article, List<Quote>> freshStage() {
    QuoteExtractor q = QuoteExtractor.standard();
    return a -> {
      List<Sentence> sentences = TextAnalyzer.standard().analyze(a);
      return q.extract(a, sentences, EntityRecognizer.standard().recognize(a, sentences));
    };
  }

  @Override
  protected List<List<Reported>> reported(Article article, List<Quote> quotes) {
    List<List<Reported>> out = new ArrayList<>();
    out.add(quotes.stream().map(q -> new Reported(q.span(), null)).toList());
    for (Quote q : quotes) {
      out.add(q.parts().stream().map(p -> new Reported(p, null)).toList());
      if (q.speaker() != null && q.speaker().span() != null) {
        out.add(List.of(new Reported(q.speaker().span(), null)));
      }
    }
    return out;
  }
}
