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

  /** A similarity in [0, 1]. */
  double similarity(AnalyzedArticle a, AnalyzedArticle b);

  /** Concept-vector cosine with document frequencies counted over {@code background}. */
  static PairSimilarity over(Collection<AnalyzedArticle> background) {
    return new ConceptPairSimilarity(background);
  }
}
