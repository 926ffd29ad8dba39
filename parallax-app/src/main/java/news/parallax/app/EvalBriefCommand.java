package news.parallax.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.Parallax;
import news.parallax.eval.BriefEvaluation;
import news.parallax.eval.MultiNews;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval brief}: ROUGE of the brief and of LexRank on Multi-News. */
@Command(name = "brief", mixinStandardHelpOptions = true,
    description = "Score the brief on a Multi-News folder: ROUGE-1/2 F1 against the human "
        + "summaries, beside LexRank at the same length, over all, odd and even rows.")
final class EvalBriefCommand implements Callable<Integer> {

  @Option(names = "--dataset", paramLabel = "DIR", required = true,
      description = "A Multi-News folder (holding sample_validation.csv) or the CSV file.")
  Path dataset;

  @Option(names = "--show", paramLabel = "N",
      description = "Also print the first bullet of the first N rows' briefs, with the start of"
          + " the human summary, for reading by hand.")
  int show;

  @Override
  public Integer call() {
    if (!Files.exists(dataset) || !MultiNews.isMultiNews(dataset)) {
      Terminal.ERR.println("parallax: " + dataset + ": not a Multi-News folder or CSV file");
      return Main.USAGE;
    }
    Parallax parallax = Parallax.create();
    List<MultiNews.Event> rows = MultiNews.read(dataset);
    BriefEvaluation.Writer writer = (story, members) -> parallax.view(story, members).brief();
    long t0 = System.nanoTime();
    BriefEvaluation.BriefScores s = BriefEvaluation.multiNews(rows, parallax::analyze, writer);
    System.out.printf(Locale.ROOT, "multinews %s: %d rows, brief against LexRank at the same"
        + " length (ROUGE F1)%n", dataset, s.all().rows());
    print("all rows", s.all());
    print("odd rows", s.odd());
    print("even rows", s.even());
    if (show > 0) {
      for (BriefEvaluation.RowBrief b : BriefEvaluation.briefs(rows.subList(0,
          Math.min(show, rows.size())), parallax::analyze, writer)) {
        String first = b.sentences().isEmpty() ? "(none)" : b.sentences().get(0).text();
        System.out.printf(Locale.ROOT, "%n[%d] %s%n    summary: %s%n", b.row(),
            plain(first), plain(b.summary().substring(0,
                Math.min(200, b.summary().length()))));
      }
    }
    System.out.printf(Locale.ROOT, "  (%.1f s including analysis)%n",
        (System.nanoTime() - t0) / 1e9);
    return Main.OK;
  }

  /** Page text with control characters shown as spaces, so it cannot drive the terminal. */
  private static String plain(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return b.toString();
  }

  private static void print(String label, BriefEvaluation.Figures f) {
    System.out.printf(Locale.ROOT, "  %-10s brief R-1 %.4f R-2 %.4f | LexRank R-1 %.4f R-2 %.4f"
        + " | %.0f words a brief%n", label, f.rouge1(), f.rouge2(), f.lexRank1(), f.lexRank2(),
        f.words());
  }

}
