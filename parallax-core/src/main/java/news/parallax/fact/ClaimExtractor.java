package news.parallax.fact;

import java.util.List;
import news.parallax.model.Article;
import news.parallax.model.Claim;
import news.parallax.model.Sentence;

/** Finds the checkable values an article states and what each is about. */
public interface ClaimExtractor {

  List<Claim> extract(Article article, List<Sentence> sentences);

  /** Durations in English and Chinese, tied to attributes by head words. */
  static ClaimExtractor standard() {
    return new DurationClaimExtractor();
  }
}
