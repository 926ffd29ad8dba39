package news.parallax.quote;

import java.util.List;
import news.parallax.model.Article;
import news.parallax.model.Mention;
import news.parallax.model.Quote;
import news.parallax.model.Sentence;

/** Finds the quotes of an article and their speakers. */
public interface QuoteExtractor {

  /** The quotes of the article, in text order. */
  List<Quote> extract(Article article, List<Sentence> sentences, List<Mention> mentions);

  /** Quote marks and speech verbs from the per-language data files. */
  static QuoteExtractor standard() {
    return new CueQuoteExtractor();
  }
}
