package news.parallax.dedup;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import news.parallax.internal.Resources;
import news.parallax.model.AnalyzedArticle;

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
  /** Characters at the start of an article where a dateline stands. */
  static final int DATELINE_CHARS = 200;
  private static final Pattern DATELINE = dateline(Resources.lines("news/parallax/dedup/wire-agencies.txt"));

  /** The evidence on an article as a whole: a wire dateline first, then the earlier time. */
  static final Comparator<AnalyzedArticle> EVIDENCE = Comparator
      .comparing((AnalyzedArticle a) -> !hasWireDateline(a.article().text()))
      .thenComparing(a -> a.article().published() == null ? "\uFFFF" : a.article().published());

  /** Wire originals first, then earlier, then shorter, then by id. */
  static final Comparator<AnalyzedArticle> ORDER = EVIDENCE
      .thenComparing(a -> a.article().text().length())
      .thenComparing(AnalyzedArticle::id);

  private Originality() {}

  /** Whether the text opens with a news agency's dateline. */
  static boolean hasWireDateline(String text) {
    return DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_CHARS))).find();
  }

  /** An agency in brackets after a place ("(AFP)", "（新华社）"), or a Chinese "新华社...电" dateline. */
  private static Pattern dateline(List<String> agencies) {
    StringBuilder names = new StringBuilder();
    for (String a : agencies) {
      if (names.length() > 0) {
        names.append('|');
      }
      names.append(Pattern.quote(a));
    }
    return Pattern.compile("[(（\\[]\\s*(?:" + names + ")\\s*[)）\\]]|(?:" + names + ")[^。\\n]{0,20}电");
  }
}
