package news.parallax;

import java.util.List;
import news.parallax.cluster.StoryChanges;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;

/**
 * The state the corpus stages keep across articles: what each site repeats on its pages, the
 * ids already given, and the story clusterer. {@link Recipe#run} feeds it one batch at a time;
 * {@link Recipe#corpus()} keeps it in memory, a store keeps it on disk.
 *
 * <pre>{@code
 * Corpus corpus = recipe.corpus();
 * Recipe.Batch day1 = recipe.run(pagesOfDay1, corpus, Progress.NONE);
 * Recipe.Batch day2 = recipe.run(pagesOfDay2, corpus, Progress.NONE); // only changed stories
 * }</pre>
 */
public interface Corpus {

  /**
   * The extracted articles of a batch, cleared of the chrome their sites repeat (learnt from
   * this batch and every one before), with the ids the corpus gives them; articles the corpus
   * already holds unchanged are left out. In input order.
   */
  List<Article> admit(List<Article> extracted);

  /** Adds an analyzed article of the batch to the corpus stages (the story clusterer). */
  void add(AnalyzedArticle article);

  /** The stories changed since the last read. */
  StoryChanges read();

  /** A story member for the per-story stages: an article of this batch or of one before. */
  AnalyzedArticle member(String id);
}
