package news.parallax.fact;

import java.util.List;
import news.parallax.internal.Hashing;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import news.parallax.testing.Linearity;
import news.parallax.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Claims cost in proportion to the text: one paragraph of durations, counts and dates, 32,000 characters and 8x. */
class ClaimLinearityTest {
  private static final int CHARS = 32_000;

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void claimsGrowLinearly(String lang) {
    String text = Linearity.resource("quote/" + lang + "-talks.txt") + "\n"
        + Linearity.resource("entity/" + lang + "-summit.txt");
    ClaimExtractor claims = ClaimExtractor.standard();
    Linearity.assertLinear("claims, " + lang, scale -> {
      String para = Linearity.oneParagraph(text, CHARS * scale);
      Article a = new Article(Hashing.id(para), "test", null, null, null, null, null, lang, List.of(para),
          List.of(), 0);
      List<Sentence> sentences = TextAnalyzer.standard().analyze(a);
      return () -> claims.extract(a, sentences);
    });
  }
}
