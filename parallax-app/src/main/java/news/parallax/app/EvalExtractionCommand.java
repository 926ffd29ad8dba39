package news.parallax.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.eval.EvalPage;
import news.parallax.eval.ExtractionDatasets;
import news.parallax.eval.ExtractionScore;
import news.parallax.eval.ExtractionScorer;
import news.parallax.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval extraction}: precision, recall, F1 and date accuracy of extraction. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
    description = "Score main-text extraction on a dataset with gold labels: trafilatura's "
        + "with/without snippets (evaldata.json), or 4-token shingles with each Han character one "
        + "token (original/ and cleaned/ folders), or a bag of words (WCXB's html/ and ground-truth/"
        + " folders). Prints precision, recall, F1 and date accuracy for all pages, then for the"
        + " pages with odd ids and those with even ids (rules are tuned on the odd half).")
final class EvalExtractionCommand implements Callable<Integer> {
  @Option(names = "--dataset", required = true, paramLabel = "DIR",
      description = "Dataset folder; repeat for several.")
  List<Path> datasets;

  @Option(names = "--details", description = "Also print each page's missed and leaked snippets, "
      + "shingle scores and wrong dates, one a line.")
  boolean details;

  @Override
  public Integer call() {
    for (Path d : datasets) {
      if (!Files.isDirectory(d)) {
        Terminal.ERR.println("parallax eval extraction: " + d + ": not a folder");
        return Main.USAGE;
      }
    }
    Extractor extractor = Extractor.standard();
    for (Path d : datasets) {
      String metric;
      List<EvalPage> pages;
      try {
        metric = ExtractionDatasets.metric(d);
        pages = ExtractionDatasets.load(d);
      } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
        Terminal.ERR.println("parallax eval extraction: " + e.getMessage());
        return Main.USAGE;
      }
      String name = d.getFileName().toString();
      print(ExtractionScorer.score(name, metric, pages, extractor,
          details ? System.out::println : line -> { }), "all");
      print(ExtractionScorer.score(name, metric, ExtractionDatasets.half(pages, true), extractor,
          line -> { }), "odd");
      print(ExtractionScorer.score(name, metric, ExtractionDatasets.half(pages, false), extractor,
          line -> { }), "even");
    }
    return Main.OK;
  }

  private static void print(ExtractionScore s, String half) {
    System.out.println(String.format(Locale.ROOT,
        "%s  %-4s  metric=%s  pages=%d  failed=%d  precision=%.4f  recall=%.4f  F1=%.4f  %s",
        s.dataset(), half, s.metric(), s.documents(), s.failures(), s.precision(), s.recall(),
        s.f1(), s.datesGold() == 0 ? "dates: no gold"
            : String.format(Locale.ROOT, "date-accuracy=%.4f (%d/%d)", s.dateAccuracy(),
                s.datesCorrect(), s.datesGold())));
  }
}
