package news.parallax.fact;

import java.util.List;
import java.util.function.Function;
import news.parallax.model.Article;
import news.parallax.model.Claim;
import news.parallax.testing.ArticleStageTestBase;
import news.parallax.text.TextAnalyzer;

/** The claim extractor passes the checks of every article stage: claims and their sentences. */
class ClaimExtractorStageTest extends ArticleStageTestBase<List<Claim>> {
  @Override
  protected Function<Article, List<Claim>> freshStage() {
    ClaimExtractor c = ClaimExtractor.standard();
    return a -> c.extract(a, TextAnalyzer.standard().analyze(a));
  }

  @Override
  protected List<List<Reported>> reported(Article article, List<Claim> claims) {
    return List.of(claims.stream().map(c -> new Reported(c.span(), c.text())).toList(),
        claims.stream().map(c -> new Reported(c.sentence(), null)).toList());
  }
}
