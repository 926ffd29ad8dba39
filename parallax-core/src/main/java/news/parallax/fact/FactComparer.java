package news.parallax.fact;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Comparison;

/** Compares a story's claims attribute by attribute. */
public interface FactComparer {

  List<Comparison> compare(List<AnalyzedArticle> articles);

  /** Interval overlap of the hedged values. */
  static FactComparer standard() {
    return new IntervalFactComparer();
  }
}
