package news.parallax.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

  /**
   * Reads the stories as {@link #stories()} does and gives what changed since the last call
   * (the first call gives every story).
   */
  StoryChanges changes();

  /**
   * Lets go of the closed stories {@link #changes} has given out (they can change no more), so
   * that memory follows the open window; {@link #stories()} then leaves them out. For a caller
   * that keeps the stories elsewhere, as a store does.
   */
  void forgetClosed();

  /**
   * Writes the clusterer's whole state, so that {@link #restore} continues exactly where this
   * one stands: the same further articles give the same stories.
   */
  void save(OutputStream out) throws IOException;

  /** A clusterer in the state {@link #save} wrote, with the given settings. */
  static StoryClusterer restore(ClusterSettings settings, InputStream in) throws IOException {
    return CentroidClusterer.read(settings, in);
  }

  /** Concept-vector centroid clustering with the default settings (see {@link ClusterSettings}). */
  static StoryClusterer standard() {
    return with(standardSettings());
  }

  /** The settings of {@link #standard()}: the defaults, with an embedder when one is found. */
  static ClusterSettings standardSettings() {
    return ClusterSettings.DEFAULT.withEmbedder(Embedder.discover().orElse(null));
  }

  /** Concept-vector centroid clustering with the given settings. */
  static StoryClusterer with(ClusterSettings settings) {
    return new CentroidClusterer(settings);
  }
}
