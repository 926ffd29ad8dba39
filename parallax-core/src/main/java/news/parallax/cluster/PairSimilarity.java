package news.parallax.cluster;

import java.util.Collection;
import news.parallax.model.AnalyzedArticle;

/**
 * How alike two articles are in the clusterer's terms: the cosine of their concept vectors
 * (see {@link StoryClusterer}), with inverse document frequencies taken from a background
 * collection.
 *
 * <pre>{@code
 * PairSimilarity sim = PairSimilarity.over(articles);
 * double s = sim.similarity(a, b); // 0 = nothing shared, 1 = the same concepts
 * }</pre>
 */
public interface PairSimilarity {

  /**
   * A similarity in [0, 1]: the square root of {@link #cosine}, a scale on which the human
   * Overall judgements of SemEval-2022 Task 8 are closer to linear (Pearson |r| 0.65 → 0.67 on
   * the original-language training pairs; the ranking, and so ROC AUC, is the same).
   */
  double similarity(AnalyzedArticle a, AnalyzedArticle b);

  /** The raw cosine of the two concept vectors, the quantity the clusterer thresholds. */
  double cosine(AnalyzedArticle a, AnalyzedArticle b);

  /** Concept-vector cosine with document frequencies counted over {@code background}. */
  static PairSimilarity over(Collection<AnalyzedArticle> background) {
    return new ConceptPairSimilarity(background);
  }
}
