package news.parallax.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.Parallax;
import news.parallax.eval.QuoteEvaluation;
import news.parallax.eval.QuoteScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval quotes}: quote and speaker scores on a brat attribution corpus. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Score quote extraction on an attribution corpus (text/*.txt and "
        + "attributions/*.ann in brat standoff, as PolNeAR): content precision, recall and F1 "
        + "for direct quotes and for all attributions, and speaker accuracy on matched quotes.")
final class EvalQuotesCommand implements Callable<Integer> {
  @Option(names = "--dataset", required = true, paramLabel = "DIR",
      description = "Folder with text/ and attributions/ (e.g. polnear/dev).")
  Path dataset;

  @Option(names = "--details", description = "Also print each missed, spurious or misattributed quote.")
  boolean details;

  @Override
  public Integer call() {
    QuoteEvaluation.Report r;
    try {
      r = QuoteEvaluation.run(dataset, Parallax.create(), details ? System.out : null);
    } catch (IOException e) {
      Terminal.ERR.println("parallax eval quotes: " + e.getMessage());
      return Main.USAGE;
    }
    r.errors().forEach(e -> Terminal.ERR.println("parallax eval quotes: " + e));
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(Locale.ROOT, "documents %d (match: Dice >= %.2f on letters and digits)%n",
        r.documents(), QuoteScorer.MATCH_DICE);
    line("direct", r.scores().direct());
    line("all", r.scores().all());
    System.out.printf(Locale.ROOT, "throughput %.2f documents/s/core (%d cores, %.1f s), peak heap %d MB%n",
        r.documents() / r.seconds() / cores, cores, r.seconds(), peakHeap() >> 20);
    return r.errors().isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }

  private static void line(String name, QuoteScorer.Counts c) {
    System.out.printf(Locale.ROOT,
        "%-6s gold %4d predicted %4d matched %4d  P %.3f R %.3f F1 %.3f  exact-F1 %.3f  speaker %.3f (%d/%d)%n",
        name, c.gold(), c.predicted(), c.matched(), c.precision(), c.recall(), c.f1(), c.exactF1(),
        c.speakerAccuracy(), c.speakerRight(), c.speakerJudged());
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
