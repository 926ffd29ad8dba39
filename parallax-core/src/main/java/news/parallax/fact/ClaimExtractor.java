package news.parallax.fact;

import java.util.List;
import news.parallax.model.Article;
import news.parallax.model.Claim;
import news.parallax.model.Sentence;

/**
 * Finds the checkable values an article states and what each is about.
 *
 * <pre>{@code
 * List<Claim> claims = ClaimExtractor.standard().extract(article, sentences);
 * }</pre>
 */
public interface ClaimExtractor {

  /** The article's claims in text order, each with its span and sentence; never throws on text. */
  List<Claim> extract(Article article, List<Sentence> sentences);

  /**
   * Durations, counts of people, money, percentages, distances, magnitudes, clock times, dates
   * and ordinal facts, in English, Chinese, German and Spanish (data files add languages).
   */
  static ClaimExtractor standard() {
    return new PatternClaimExtractor();
  }
}
