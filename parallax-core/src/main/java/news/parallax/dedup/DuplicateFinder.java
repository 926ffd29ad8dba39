package news.parallax.dedup;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.DuplicateGroup;

/** Finds text shared between articles: whole syndicated copies and copied paragraphs. */
public interface DuplicateFinder {

  /** The shared text among the articles, originals first by input order. */
  List<DuplicateGroup> find(List<AnalyzedArticle> articles);

  /** MinHash/LSH for whole documents, a shingle index for copied paragraphs. */
  static DuplicateFinder standard() {
    return new NearDuplicateFinder();
  }
}
