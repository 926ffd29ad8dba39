package news.parallax.quote;

import java.util.List;
import news.parallax.entity.EntityRecognizer;
import news.parallax.model.Article;
import news.parallax.model.Mention;
import news.parallax.model.Sentence;
import news.parallax.testing.Linearity;
import news.parallax.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quote stage's cost grows with its input, not faster: one paragraph of quotes, cues and
 * speakers, at 16,000 characters and eight times that (the Chinese cue finder once read every
 * token of the article for each sentence, and the speaker look-ups every mention before).
 */
class QuoteLinearityTest {
  private static final int CHARS = 16_000;

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void quotesGrowLinearly(String lang) {
    String text = Linearity.resource("quote/" + lang + "-talks.txt");
    QuoteExtractor quotes = QuoteExtractor.standard();
    Linearity.assertLinear("quotes, " + lang, scale -> {
      Article a = QuoteFixtures.article(lang, Linearity.oneParagraph(text, CHARS * scale));
      List<Sentence> sentences = TextAnalyzer.standard().analyze(a);
      List<Mention> mentions = EntityRecognizer.standard().recognize(a, sentences);
      return () -> quotes.extract(a, sentences, mentions);
    });
  }
}
