package news.parallax.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.Parallax;
import news.parallax.entity.EntityRecognizer;
import news.parallax.eval.EcbPlusMentions;
import news.parallax.extract.ExtractionException;
import news.parallax.model.Article;
import news.parallax.model.InputError;
import news.parallax.model.Mention;
import news.parallax.model.Page;
import news.parallax.model.Sentence;
import news.parallax.text.TextAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax bench analyze}: per-article analysis (language per paragraph, sentences,
 * tokens, entities) on one thread, after the resources are loaded and the code warmed up. Peak
 * heap counts garbage too, so it follows the collector's sizing; the live heap after a full
 * collection is what the loaded resources (and the articles) keep.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Measure the per-article analysis (language, sentences, tokens, entities): "
        + "articles per second per core (thread CPU time), peak heap and live heap.")
final class BenchAnalyzeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "0..*", description = "Pages to extract and analyze.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--ecbplus", paramLabel = "DIR", description = "Also analyze the documents of an ECB+ folder.")
  Path ecbplus;

  @Option(names = "--warmup", defaultValue = "2", description = "Unmeasured passes first (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--rounds", defaultValue = "3", description = "Measured passes (default ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() {
    if (paths.isEmpty() && ecbplus == null) {
      Terminal.ERR.println("parallax bench analyze: give pages to analyze or --ecbplus DIR");
      return Main.USAGE;
    }
    if (warmup < 0 || rounds < 1) {
      Terminal.ERR.println("parallax bench analyze: --warmup must be >= 0 and --rounds >= 1");
      return Main.USAGE;
    }
    List<Article> articles = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    Parallax parallax = Parallax.create();
    if (!paths.isEmpty()) {
      for (Page p : parallax.read(paths, errors)) {
        try {
          articles.add(parallax.extract(p));
        } catch (ExtractionException e) {
          errors.add(new InputError(p.source(), e.getMessage()));
        }
      }
    }
    if (ecbplus != null) {
      try {
        EcbPlusMentions.read(ecbplus).forEach(d -> articles.add(d.article()));
      } catch (IOException e) {
        Terminal.ERR.println("parallax bench analyze: " + e.getMessage());
        return Main.USAGE;
      }
    }
    Terminal.report(errors);
    if (articles.isEmpty()) {
      Terminal.ERR.println("parallax bench analyze: no article to analyze");
      return Main.USAGE;
    }
    TextAnalyzer text = TextAnalyzer.standard();
    EntityRecognizer recognizer = EntityRecognizer.standard();
    long[] counts = new long[3];
    for (int i = 0; i < warmup; i++) {
      pass(articles, text, recognizer, counts);
    }
    // what stays after a full collection: the loaded models and dictionaries, the articles
    System.gc();
    long resident = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    counts = new long[3];
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      pass(articles, text, recognizer, counts);
    }
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long n = (long) articles.size() * rounds;
    System.out.printf(Locale.ROOT, "articles %d x %d rounds (after %d warm-up)%n", articles.size(), rounds, warmup);
    System.out.printf(Locale.ROOT, "sentences %d, tokens %d, mentions %d a round%n", counts[0] / rounds,
        counts[1] / rounds, counts[2] / rounds);
    System.out.printf(Locale.ROOT, "per core: %.1f articles/s (%.0f tokens/s), thread CPU %.2f s%n", n / cpu,
        counts[1] / cpu, cpu);
    System.out.printf(Locale.ROOT, "wall: %.1f articles/s, %.2f s%n", n / wall, wall);
    System.out.printf(Locale.ROOT, "peak heap: %d MB, live after warm-up and a full GC: %d MB%n",
        peak / (1024 * 1024), resident / (1024 * 1024));
    return Main.OK;
  }

  private static void pass(List<Article> articles, TextAnalyzer text,
      EntityRecognizer recognizer, long[] counts) {
    for (Article a : articles) {
      // the text analyzer identifies the language of each paragraph itself
      List<Sentence> sentences = text.analyze(a);
      List<Mention> mentions = recognizer.recognize(a, sentences);
      counts[0] += sentences.size();
      for (Sentence s : sentences) {
        counts[1] += s.tokens().size();
      }
      counts[2] += mentions.size();
    }
  }
}
