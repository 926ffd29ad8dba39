package news.parallax.text;

import java.util.List;
import news.parallax.model.Article;
import news.parallax.model.Sentence;

/**
 * Splits an article's text into sentences and tokens, each pointing into the article text.
 *
 * <pre>{@code
 * List<Sentence> sentences = TextAnalyzer.standard().analyze(article);
 * }</pre>
 */
public interface TextAnalyzer {

  /** The sentences of the article's text, in order, with their tokens. */
  List<Sentence> analyze(Article article);

  /** OpenNLP for English, HanLP for Chinese, ICU break rules for the other languages. */
  static TextAnalyzer standard() {
    return MultilingualTextAnalyzer.instance();
  }
}
