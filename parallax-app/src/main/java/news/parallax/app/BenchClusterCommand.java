package news.parallax.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import news.parallax.Parallax;
import news.parallax.cluster.ClusterSettings;
import news.parallax.cluster.StoryClusterer;
import news.parallax.eval.EcbPlus;
import news.parallax.eval.SemEvalPairs;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench cluster}: articles per second per core and peak heap of story
 * clustering over a long stream built from the evaluation articles.
 */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Cluster a large stream built from the evaluation articles (ECB+ and SemEval "
        + "texts, analyzed once, then repeated with new ids and dates spread over --days) and "
        + "report articles per second per core and peak heap.")
final class BenchClusterCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval",
      description = "Folder holding ecbplus/ and semeval22-pairs/ (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--articles", paramLabel = "N", defaultValue = "200000",
      description = "Articles in the stream (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--days", paramLabel = "D", defaultValue = "60",
      description = "Days the stream spans (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--read-every", paramLabel = "N", defaultValue = "0",
      description = "Also read the stories after every N articles, as a live view would, and "
          + "report what a read costs (default: ${DEFAULT-VALUE}, read once at the end).")
  int readEvery;

  @Mixin
  EmbeddingOptions embedding;

  @Override
  public Integer call() {
    ClusterSettings settings;
    try {
      settings = embedding.apply(ClusterSettings.DEFAULT);
    } catch (EmbeddingOptions.Unloadable e) {
      return Main.USAGE;
    }
    List<Article> base = new ArrayList<>();
    Path ecb = data.resolve("ecbplus");
    Path csv = data.resolve("semeval22-pairs/training_set.csv");
    if (Files.isDirectory(ecb)) {
      EcbPlus.read(ecb).forEach(d -> base.add(d.article()));
    }
    if (Files.isRegularFile(csv)) {
      SemEvalPairs.read(csv).forEach(p -> {
        base.add(p.first());
        base.add(p.second());
      });
    }
    if (base.isEmpty()) {
      Terminal.ERR.println("parallax: " + data + ": no ecbplus/ or semeval22-pairs/training_set.csv"
          + " to build the stream from");
      return Main.USAGE;
    }
    if (articles < 1 || days < 1 || readEvery < 0) {
      Terminal.ERR.println("parallax: --articles and --days must be at least 1, --read-every at"
          + " least 0");
      return Main.USAGE;
    }
    Parallax parallax = Parallax.create();
    long t0 = System.nanoTime();
    List<AnalyzedArticle> pool = base.parallelStream().map(parallax::analyze).toList();
    System.out.printf(Locale.ROOT, "pool: %d distinct articles analyzed in %.1f s%n", pool.size(),
        (System.nanoTime() - t0) / 1e9);
    if (embedding.model() != null) {
      // embedded once per distinct article, like the analysis (the stream's articles have no
      // title); the model keeps the vectors, so the timed run measures the clustering
      long t1 = System.nanoTime();
      pool.parallelStream().forEach(a -> embedding.embed(a.article().paragraphs()));
      System.out.printf(Locale.ROOT, "pool: %d articles embedded in %.1f s%n", pool.size(),
          (System.nanoTime() - t1) / 1e9);
    }

    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Random rnd = new Random(seed);
    LocalDate start = LocalDate.of(2024, 1, 1);
    StoryClusterer clusterer = embedding.model() == null ? StoryClusterer.standard()
        : StoryClusterer.with(settings);
    int reads = 0;
    long readCpu = 0;
    long slowestRead = 0;
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    for (int i = 0; i < articles; i++) {
      AnalyzedArticle a = pool.get(rnd.nextInt(pool.size()));
      String day = start.plusDays((long) i * days / articles).toString();
      Article x = a.article();
      Article y = new Article("b" + i, x.source(), null, null, null, null, day, x.language(),
          x.paragraphs(), x.evidence(), 0);
      clusterer.add(new AnalyzedArticle(y, a.sentences(), a.mentions(), a.quotes(), a.claims()));
      if (readEvery > 0 && (i + 1) % readEvery == 0 && i + 1 < articles) {
        long r0 = threads.getCurrentThreadCpuTime();
        clusterer.stories();
        long r = threads.getCurrentThreadCpuTime() - r0;
        reads++;
        readCpu += r;
        slowestRead = Math.max(slowestRead, r);
      }
      if ((i + 1) % 100_000 == 0) {
        System.out.printf(Locale.ROOT, "  %,d articles, %.1f s%n", i + 1,
            (System.nanoTime() - wall0) / 1e9);
      }
    }
    long last0 = threads.getCurrentThreadCpuTime();
    int stories = clusterer.stories().size();
    long lastRead = threads.getCurrentThreadCpuTime() - last0;
    long cpu = threads.getCurrentThreadCpuTime() - cpu0;
    long wall = System.nanoTime() - wall0;
    long peak = 0;
    for (MemoryPoolMXBean p : heap) {
      peak += p.getPeakUsage().getUsed();
    }
    System.out.printf(Locale.ROOT, "clustered %,d articles over %d days into %,d stories%n",
        articles, days, stories);
    System.out.printf(Locale.ROOT, "throughput: %,.0f articles/s per core (%.1f s CPU on one"
        + " thread, %.1f s wall)%n", articles / (cpu / 1e9), cpu / 1e9, wall / 1e9);
    if (reads > 0) {
      System.out.printf(Locale.ROOT, "reads: %,d every %,d articles, mean %.1f ms CPU, slowest"
          + " %.1f ms; %.1f s in all, inside the figure above%n", reads, readEvery,
          readCpu / 1e6 / reads, slowestRead / 1e6, readCpu / 1e9);
    }
    System.out.printf(Locale.ROOT, "final read: %.1f s CPU (inside the figure above)%n",
        lastRead / 1e9);
    System.out.printf(Locale.ROOT, "peak heap: %,d MB (max heap %,d MB; includes the analyzed"
        + " pool and the dictionaries)%n", peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
    return Main.OK;
  }
}
