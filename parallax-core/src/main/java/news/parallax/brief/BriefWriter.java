package news.parallax.brief;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.BriefSentence;
import news.parallax.model.Comparison;
import news.parallax.model.QuoteGroup;

/** Writes a story's brief; every sentence cites the articles that support it. */
public interface BriefWriter {

  List<BriefSentence> write(List<AnalyzedArticle> articles, List<QuoteGroup> quotes,
      List<Comparison> comparisons);

  /** Extractive lead sentences, the most widely carried quotes, and the differences. */
  static BriefWriter standard() {
    return new ExtractiveBriefWriter();
  }
}
