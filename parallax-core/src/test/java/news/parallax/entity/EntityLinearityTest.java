package news.parallax.entity;

import java.util.List;
import news.parallax.internal.Hashing;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import news.parallax.testing.Linearity;
import news.parallax.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The entity stage's cost grows with its input, not faster: one paragraph of names, titles and
 * descriptions at 32,000 characters and eight times that (the English pass once looked through
 * every candidate found so far for the one ending at a relative pronoun).
 */
class EntityLinearityTest {
  private static final int CHARS = 32_000;

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void entitiesGrowLinearly(String lang) {
    String text = Linearity.resource("entity/" + lang + "-talks.txt") + "\n"
        + Linearity.resource("entity/" + lang + "-summit.txt");
    EntityRecognizer entities = EntityRecognizer.standard();
    Linearity.assertLinear("entities, " + lang, scale -> {
      String para = Linearity.oneParagraph(text, CHARS * scale);
      Article a = new Article(Hashing.id(para), "test", null, null, null, null, null, lang, List.of(para),
          List.of(), 0);
      List<Sentence> sentences = TextAnalyzer.standard().analyze(a);
      return () -> entities.recognize(a, sentences);
    });
  }
}
