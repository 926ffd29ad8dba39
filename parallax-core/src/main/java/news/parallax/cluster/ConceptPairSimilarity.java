package news.parallax.cluster;

import java.util.Collection;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;

/** Concept-vector cosine under document frequencies fixed by a background collection. */
final class ConceptPairSimilarity implements PairSimilarity {
  private final Vocabulary vocabulary = new Vocabulary();

  ConceptPairSimilarity(Collection<AnalyzedArticle> background) {
    for (AnalyzedArticle a : background) {
      ConceptVector.of(Concepts.of(a), vocabulary, true);
    }
  }

  @Override
  public synchronized double similarity(AnalyzedArticle a, AnalyzedArticle b) {
    return Math.sqrt(Math.max(0, cosine(a, b)));
  }

  /**
   * The cosine on the clusterer's scale: articles in different languages are compared through
   * their interlingual concepts and their cosine is divided by
   * {@link CentroidClusterer#CROSS_LINGUAL_FACTOR} (capped at 1), as the clusterer does when it
   * lowers its threshold for them.
   */
  @Override
  public synchronized double cosine(AnalyzedArticle a, AnalyzedArticle b) {
    if (java.util.Objects.equals(a.language(), b.language())) {
      return vector(a, false).cosine(vector(b, false));
    }
    return Math.min(1, vector(a, true).cosine(vector(b, true))
        / CentroidClusterer.CROSS_LINGUAL_FACTOR);
  }

  private ConceptVector vector(AnalyzedArticle a, boolean interlingual) {
    Map<String, Double> raw = Concepts.of(a);
    return ConceptVector.of(raw, vocabulary, false, interlingual);
  }
}
