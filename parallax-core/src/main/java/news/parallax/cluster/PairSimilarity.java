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

  /**
   * This similarity with an embedding blended in, as the clusterer blends it: both
   * {@link #similarity} and {@link #cosine} become {@code (1 - weight) × this + weight ×
   * max(0, embedding cosine)}. Where the embedder abstains for either article the lexical
   * figure stays alone. Embeddings are computed once per article (by id).
   */
  default PairSimilarity withEmbedder(Embedder embedder, double weight) {
    java.util.Objects.requireNonNull(embedder, "embedder");
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in [0, 1], got " + weight);
    }
    PairSimilarity lexical = this;
    java.util.Map<String, float[]> cache = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.function.ToDoubleBiFunction<AnalyzedArticle, AnalyzedArticle> dense = (a, b) -> {
      float[] x = cache.computeIfAbsent(a.id(), k -> embedding(embedder, a));
      float[] y = cache.computeIfAbsent(b.id(), k -> embedding(embedder, b));
      return x.length == 0 || x.length != y.length ? Double.NaN : Math.max(0, dot(x, y));
    };
    return new PairSimilarity() {
      @Override
      public double similarity(AnalyzedArticle a, AnalyzedArticle b) {
        return blend(lexical.similarity(a, b), dense.applyAsDouble(a, b), weight);
      }

      @Override
      public double cosine(AnalyzedArticle a, AnalyzedArticle b) {
        return blend(lexical.cosine(a, b), dense.applyAsDouble(a, b), weight);
      }
    };
  }

  private static float[] embedding(Embedder embedder, AnalyzedArticle a) {
    float[] e = CentroidClusterer.unit(embedder.embed(a));
    return e == null ? new float[0] : e;
  }

  private static double dot(float[] x, float[] y) {
    double d = 0;
    for (int i = 0; i < x.length; i++) {
      d += (double) x[i] * y[i];
    }
    return d;
  }

  private static double blend(double lexical, double dense, double weight) {
    return Double.isNaN(dense) ? lexical : (1 - weight) * lexical + weight * dense;
  }
}
