package news.parallax.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.eval.ClaimEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax eval claims}: claim precision, recall and attribute accuracy on the gold set. */
@Command(name = "claims", mixinStandardHelpOptions = true,
    description = "Score claim extraction against the annotated gold set: claim precision, "
        + "recall, attribute accuracy, and the time claims and comparison add to the analysis.")
final class EvalClaimsCommand implements Callable<Integer> {
  @Option(names = "--dataset", required = true, paramLabel = "DIR",
      description = "The shared evaluation data folder (holding multinews/, ecbplus/, "
          + "semeval22-pairs/).")
  Path dataset;

  @Option(names = "--gold", paramLabel = "FILE",
      defaultValue = "parallax-eval/src/test/resources/fact/claims-gold.tsv",
      description = "The annotated claims (default: ${DEFAULT-VALUE}).")
  Path gold;

  @Option(names = "--errors", description = "Also list every missed and every spurious claim.")
  boolean errors;

  @Option(names = "--pages", paramLabel = "PATH",
      description = "Also time the whole per-article pipeline from raw pages (HTML, text dumps) "
          + "under PATH against claim extraction alone.")
  java.util.List<Path> pages;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dataset)) {
      Terminal.ERR.println("parallax eval claims: --dataset " + dataset + " is not a directory");
      return Main.USAGE;
    }
    ClaimEvaluation.Result r;
    try {
      java.util.List<String> stale = ClaimEvaluation.checkGold(dataset, gold);
      if (!stale.isEmpty()) {
        Terminal.ERR.println("parallax eval claims: " + gold + " does not match the articles under "
            + dataset + " (" + stale.size() + " claims), first: " + stale.get(0));
        return Main.USAGE;
      }
      r = ClaimEvaluation.run(dataset, gold);
    } catch (IOException e) {
      Terminal.ERR.println("parallax eval claims: " + e.getMessage());
      return Main.USAGE;
    }
    if (errors) {
      for (ClaimEvaluation.Match m : r.matches()) {
        if (m.gold() == null) {
          System.out.println("spurious\t" + m.article() + "\t" + m.found().text() + "\t"
              + m.found().attribute() + "\t" + m.found().normalized());
        } else if (m.found() == null) {
          System.out.println("missed\t" + m.article() + "\t" + m.gold().text() + "\t"
              + m.gold().attribute());
        } else if (!m.found().attribute().equals(m.gold().attribute())) {
          System.out.println("attribute\t" + m.article() + "\t" + m.gold().text() + "\t"
              + m.found().attribute() + " (gold " + m.gold().attribute() + ")");
        }
      }
    }
    long heap = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        heap += p.getPeakUsage().getUsed();
      }
    }
    System.out.printf(Locale.ROOT, "articles %d, gold claims %d, found %d, matched %d%n",
        r.articles(), r.gold(), r.found(), r.matched());
    System.out.printf(Locale.ROOT, "claim precision %.3f  recall %.3f  attribute accuracy %.3f%n",
        r.precision(), r.recall(), r.attributeAccuracy());
    System.out.printf(Locale.ROOT, "analysis %.1f ms/article, claims %.2f ms/article, comparison "
            + "%.2f ms; claims + comparison add %.1f%% to the analysis without them%n",
        r.analyzeMillis() / r.articles(), r.claimMillis() / r.articles(), r.compareMillis(),
        100 * r.addedTime());
    if (pages != null && !pages.isEmpty()) {
      ClaimEvaluation.PageTiming p = ClaimEvaluation.timePages(pages);
      System.out.printf(Locale.ROOT, "pages %d: pipeline %.1f ms/page, claims %.2f ms/page; claims "
              + "add %.1f%% to the per-page pipeline without them%n", p.pages(),
          p.pipelineMillis() / Math.max(1, p.pages()), p.claimMillis() / Math.max(1, p.pages()),
          100 * p.addedTime());
    }
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap = Math.max(heap, pool.getPeakUsage().getUsed());
      }
    }
    System.out.printf(Locale.ROOT, "claim extraction %.0f articles/s on one core; peak heap %d MB%n",
        r.articles() / (r.claimMillis() / 1000), heap >> 20);
    return Main.OK;
  }
}
