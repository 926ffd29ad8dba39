package news.parallax.dedup;

import java.util.Comparator;
import news.parallax.model.AnalyzedArticle;
import news.parallax.text.WireDatelines;

/**
 * The order in which articles that share text are taken as originals, on evidence rather than
 * input order: a wire agency's dateline first ("(AFP) –", "新华社...电"), then the earlier
 * publication time, then the shorter text (an outlet that copies wire text adds its own
 * paragraphs and credit lines: the copy is the superset), then the article id; so the same
 * pages in any order and under any names give the same direction. Where the dateline and the
 * time say nothing, the length of a whole article is weak evidence, and a shared paragraph
 * decides for itself ({@link #EVIDENCE}): the text that adds to it is the copy.
 *
 * <pre>{@code
 * articles.stream().sorted(Originality.ORDER)
 * }</pre>
 */
final class Originality {
  /** The evidence on an article as a whole: a wire dateline first, then the earlier time. */
  static final Comparator<AnalyzedArticle> EVIDENCE = Comparator
      .comparing((AnalyzedArticle a) -> !WireDatelines.opens(a.article().text()))
      .thenComparing(a -> a.article().published() == null ? "\uFFFF" : a.article().published());

  /** Wire originals first, then earlier, then shorter, then by id. */
  static final Comparator<AnalyzedArticle> ORDER = EVIDENCE
      .thenComparing(a -> a.article().text().length())
      .thenComparing(AnalyzedArticle::id);

  private Originality() {}
}
