package news.parallax.quote;

import java.util.List;
import news.parallax.entity.LinkedEntities;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.QuoteGroup;

/** Groups the same statement by the same speaker across a story's articles. */
public interface QuoteGrouper {

  List<QuoteGroup> group(List<AnalyzedArticle> articles, LinkedEntities entities);

  /** Word-overlap grouping within one speaker. */
  static QuoteGrouper standard() {
    return new OverlapQuoteGrouper();
  }
}
