package news.parallax.fact;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Comparison;

/**
 * Compares a story's claims attribute by attribute.
 *
 * <pre>{@code
 * List<Comparison> where = FactComparer.standard().compare(members);
 * }</pre>
 */
public interface FactComparer {

  /** The comparisons of the articles' claims, differences first, then by attribute key. */
  List<Comparison> compare(List<AnalyzedArticle> articles);

  /** Interval overlap of the hedged values, for the attributes with one value per story. */
  static FactComparer standard() {
    return new IntervalFactComparer();
  }
}
