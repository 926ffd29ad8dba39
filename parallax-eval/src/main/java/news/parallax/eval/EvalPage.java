package news.parallax.eval;

import java.util.List;
import news.parallax.model.Page;

/**
 * One page of an extraction dataset with its gold labels.
 *
 * @param page the page as the extractor receives it
 * @param with snippets that must appear in the output (snippet datasets), else empty
 * @param without snippets that must not appear in the output (snippet datasets), else empty
 * @param goldText the gold article body (shingle datasets), else null
 * @param goldDate the gold publication date as YYYY-MM-DD, or null when unknown
 */
public record EvalPage(Page page, List<String> with, List<String> without, String goldText,
    String goldDate) {
  public EvalPage {
    with = List.copyOf(with);
    without = List.copyOf(without);
  }
}
