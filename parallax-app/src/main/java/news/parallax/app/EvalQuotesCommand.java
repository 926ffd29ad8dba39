package news.parallax.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.Parallax;
import news.parallax.eval.NovelSpeakers;
import news.parallax.eval.QuoteEvaluation;
import news.parallax.eval.QuoteScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval quotes}: quote and speaker scores on a brat attribution corpus. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = "Score quote extraction on an attribution corpus (text/*.txt and "
        + "attributions/*.ann in brat standoff, as PolNeAR, or SpkAtt-2023 JSON files): content "
        + "precision, recall and F1 for direct quotes and for all attributions, speaker accuracy "
        + "(span or name) and person accuracy (resolved entity) on matched quotes, and the share "
        + "of speakers that are no source; or speaker accuracy on a novel speaker identification "
        + "set (a folder with name_list.txt and dev/dev_unsplit.txt).")
final class EvalQuotesCommand implements Callable<Integer> {
  @Option(names = "--dataset", required = true, paramLabel = "DIR",
      description = "Folder with text/ and attributions/ (e.g. polnear/dev).")
  Path dataset;

  @Option(names = "--details", description = "Also print each missed, spurious or misattributed quote.")
  boolean details;

  @Option(names = "--half", paramLabel = "HALF", defaultValue = "all",
      description = "Score only the documents with odd or even ids: odd, even or all (default).")
  String half;

  @Override
  public Integer call() {
    QuoteEvaluation.Half h;
    try {
      h = QuoteEvaluation.Half.valueOf(half.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      Terminal.ERR.println("parallax eval quotes: --half " + half + ": expected odd, even or all");
      return Main.USAGE;
    }
    if (java.nio.file.Files.isRegularFile(dataset.resolve("name_list.txt"))) {
      return novel(h);
    }
    QuoteEvaluation.Report r;
    try {
      r = QuoteEvaluation.run(dataset, Parallax.create(), h, details ? System.out : null);
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
    person("direct", r.scores().direct());
    person("all", r.scores().all());
    System.out.printf(Locale.ROOT, "throughput %.2f documents/s/core (%d cores, %.1f s), peak heap %d MB%n",
        r.documents() / r.seconds() / cores, cores, r.seconds(), peakHeap() >> 20);
    return r.errors().isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }

  private Integer novel(QuoteEvaluation.Half h) {
    NovelSpeakers.Report r;
    try {
      r = NovelSpeakers.run(dataset, Parallax.create(), h, details ? System.out : null);
    } catch (IOException e) {
      Terminal.ERR.println("parallax eval quotes: " + e.getMessage());
      return Main.USAGE;
    }
    System.out.printf(Locale.ROOT, "instances %d  with a speaker %d  right %d  speaker accuracy %.3f (%.1f s)%n",
        r.instances(), r.found(), r.right(), r.accuracy(), r.seconds());
    r.byCategory().forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-9s %.3f (%d/%d)%n", k,
        v[1] == 0 ? 0 : v[0] / (double) v[1], v[0], v[1]));
    return Main.OK;
  }

  private static void person(String name, QuoteScorer.Counts c) {
    System.out.printf(Locale.ROOT, "%-6s person %.3f (%d/%d)  non-person speakers %.3f (%d/%d)%n", name,
        c.personAccuracy(), c.personRight(), c.personJudged(), c.nonPersonRate(), c.nonPerson(), c.withSpeaker());
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
