package news.parallax.cluster;

import java.util.Optional;
import java.util.ServiceLoader;
import news.parallax.model.AnalyzedArticle;

/**
 * An optional dense-vector signal for clustering, such as a multilingual sentence-embedding
 * model the user supplies; Parallax works without one. Implementations are found with
 * {@link ServiceLoader} or passed in {@link ClusterSettings#withEmbedder}.
 *
 * <pre>{@code
 * StoryClusterer c = StoryClusterer.with(ClusterSettings.DEFAULT.withEmbedder(a -> model.encode(a)));
 * }</pre>
 */
@FunctionalInterface
public interface Embedder {

  /** The article's embedding (any length, the same for every article), or null to abstain. */
  float[] embed(AnalyzedArticle article);

  /** The first embedder registered as a service on the class path, if any. */
  static Optional<Embedder> discover() {
    return ServiceLoader.load(Embedder.class).findFirst();
  }
}
