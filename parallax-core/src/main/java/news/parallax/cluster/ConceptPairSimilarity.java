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

  @Override
  public synchronized double cosine(AnalyzedArticle a, AnalyzedArticle b) {
    return vector(a).cosine(vector(b));
  }

  private ConceptVector vector(AnalyzedArticle a) {
    Map<String, Double> raw = Concepts.of(a);
    return ConceptVector.of(raw, vocabulary, false);
  }
}
