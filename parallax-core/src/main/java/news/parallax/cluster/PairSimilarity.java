package news.parallax.cluster;

import java.util.Collection;
import news.parallax.model.AnalyzedArticle;

/**
 * How alike two articles are: built on the clusterer's concept vectors (see
 * {@link StoryClusterer}), with inverse document frequencies taken from a background
 * collection; {@link #similarity} also weighs in character runs of the words.
 *
 * <pre>{@code
 * PairSimilarity sim = PairSimilarity.over(articles);
 * double s = sim.similarity(a, b); // 0 = nothing shared, 1 = the same concepts
 * }</pre>
 */
public interface PairSimilarity {

  /**
   * A similarity in [0, 1] for judging a pair: the square root (a scale on which the human
   * Overall judgements of SemEval-2022 Task 8 are closer to linear) of a blend of the concept
   * cosine, with square-root instead of logarithmic term weights, and the cosine of character
   * 4-grams of the words (dropped when the two articles are written in different scripts).
   * Not a monotone function of {@link #cosine}: the clusterer thresholds that one.
   */
  double similarity(AnalyzedArticle a, AnalyzedArticle b);

  /** The raw cosine of the two concept vectors, the quantity the clusterer thresholds. */
  double cosine(AnalyzedArticle a, AnalyzedArticle b);

  /** Concept-vector cosine with document frequencies counted over {@code background}. */
  static PairSimilarity over(Collection<AnalyzedArticle> background) {
    return new ConceptPairSimilarity(background);
  }
}
