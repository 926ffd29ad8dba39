package news.parallax.dedup;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.DuplicateGroup;

/** Finds text shared between articles: whole syndicated copies and copied paragraphs. */
public interface DuplicateFinder {

  /** The shared text among the articles, originals first by input order. */
  List<DuplicateGroup> find(List<AnalyzedArticle> articles);

  /** Shingle-overlap comparison of documents and paragraphs. */
  static DuplicateFinder standard() {
    return new ShingleDuplicateFinder();
  }
}
