package news.parallax.cluster;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Story;

/**
 * Groups articles into stories as they arrive. Adding an article updates the stories without
 * recomputing them; the same articles in the same order always give the same stories.
 *
 * <pre>{@code
 * StoryClusterer c = StoryClusterer.standard();
 * articles.forEach(c::add);
 * List<Story> stories = c.stories();
 * }</pre>
 */
public interface StoryClusterer {

  void add(AnalyzedArticle article);

  /** The current stories, largest first, ties by earliest member. */
  List<Story> stories();

  /** Concept-vector centroid clustering with the default settings (see {@link ClusterSettings}). */
  static StoryClusterer standard() {
    return with(ClusterSettings.DEFAULT.withEmbedder(Embedder.discover().orElse(null)));
  }

  /** Concept-vector centroid clustering with the given settings. */
  static StoryClusterer with(ClusterSettings settings) {
    return new CentroidClusterer(settings);
  }
}
