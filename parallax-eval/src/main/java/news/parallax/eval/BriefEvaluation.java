package news.parallax.eval;

import java.util.List;
import java.util.function.Function;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.BriefSentence;
import news.parallax.model.Story;

/**
 * Scores briefs against the human summaries of Multi-News: ROUGE-1 and ROUGE-2 F1 of the brief
 * and of {@link LexRank} at the same length (each row's LexRank summary cut to the number of
 * words of its brief), with one scorer ({@link Rouge}), over all rows and over odd and even
 * rows.
 *
 * <pre>{@code
 * BriefScores s = BriefEvaluation.multiNews(rows, parallax::analyze,
 *     (story, members) -> parallax.view(story, members).brief());
 * }</pre>
 */
public final class BriefEvaluation {
  /** Mean ROUGE F1 of the brief and of LexRank, by rows. */
  public record Figures(int rows, double rouge1, double rouge2, double lexRank1,
      double lexRank2, double words) {}

  /** The figures over all rows, odd rows and even rows. */
  public record BriefScores(Figures all, Figures odd, Figures even) {}

  /** One row's brief as written. */
  public record RowBrief(int row, List<BriefSentence> sentences, String summary) {}

  /** Writes a story's brief from its members. */
  public interface Writer {
    List<BriefSentence> write(Story story, List<AnalyzedArticle> members);
  }

  private BriefEvaluation() {}

  /** Analyzes each row's articles, writes the row's brief and scores it. */
  public static BriefScores multiNews(List<MultiNews.Event> rows,
      Function<Article, AnalyzedArticle> analyzer, Writer writer) {
    List<double[]> scores = rows.parallelStream().map(e -> {
      List<AnalyzedArticle> members = e.articles().stream().map(analyzer).toList();
      Story story = new Story("multinews/" + e.row(),
          members.stream().map(AnalyzedArticle::id).toList());
      List<BriefSentence> brief = writer.write(story, members);
      StringBuilder text = new StringBuilder();
      brief.forEach(b -> text.append(b.text()).append(' '));
      int words = Rouge.words(text.toString()).size();
      String lex = Rouge.truncate(LexRank.summarize(members, words), words);
      return new double[] {e.row(), Rouge.score(text.toString(), e.summary(), 1).f1(),
          Rouge.score(text.toString(), e.summary(), 2).f1(), Rouge.score(lex, e.summary(), 1).f1(),
          Rouge.score(lex, e.summary(), 2).f1(), words};
    }).toList();
    return new BriefScores(mean(scores, -1), mean(scores, 1), mean(scores, 0));
  }

  /**
   * Each row's brief, for reading by hand (the first bullet should state the event).
   */
  public static List<RowBrief> briefs(List<MultiNews.Event> rows,
      Function<Article, AnalyzedArticle> analyzer, Writer writer) {
    return rows.parallelStream().map(e -> {
      List<AnalyzedArticle> members = e.articles().stream().map(analyzer).toList();
      Story story = new Story("multinews/" + e.row(),
          members.stream().map(AnalyzedArticle::id).toList());
      return new RowBrief(e.row(), writer.write(story, members), e.summary());
    }).toList();
  }

  private static Figures mean(List<double[]> scores, int parity) {
    double[] sum = new double[6];
    int n = 0;
    for (double[] s : scores) {
      if (parity >= 0 && ((int) s[0]) % 2 != parity) {
        continue;
      }
      for (int k = 1; k < 6; k++) {
        sum[k] += s[k];
      }
      n++;
    }
    int d = Math.max(1, n);
    return new Figures(n, sum[1] / d, sum[2] / d, sum[3] / d, sum[4] / d, sum[5] / d);
  }
}
