package news.parallax.text;

import java.util.List;
import news.parallax.internal.Hashing;
import news.parallax.model.Article;
import news.parallax.testing.Linearity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences and tokens cost in proportion to the text: one paragraph at 16,000 characters and 8x. */
class TextLinearityTest {
  private static final int CHARS = 16_000;

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void textAnalysisGrowsLinearly(String lang) {
    String text = Linearity.resource("quote/" + lang + "-talks.txt");
    TextAnalyzer analyzer = TextAnalyzer.standard();
    Linearity.assertLinear("text analysis, " + lang, scale -> {
      String para = Linearity.oneParagraph(text, CHARS * scale);
      Article a = new Article(Hashing.id(para), "test", null, null, null, null, null, lang, List.of(para),
          List.of(), 0);
      return () -> analyzer.analyze(a);
    });
  }
}
