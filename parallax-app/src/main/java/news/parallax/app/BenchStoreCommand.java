package news.parallax.app;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import news.parallax.Parallax;
import news.parallax.Progress;
import news.parallax.Recipe;
import news.parallax.eval.EcbPlus;
import news.parallax.eval.SemEvalPairs;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import news.parallax.store.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench store}: a store of many articles built from the evaluation articles
 * (as {@code bench cluster} builds its stream): heap while it grows, time to open and resume,
 * and the time of a listing and a search against a plain count.
 */
@Command(name = "store", mixinStandardHelpOptions = true,
    description = "Build a store from the evaluation articles (analyzed once, repeated with new "
        + "ids and dates over --days), reporting heap after GC as it grows, then time to open "
        + "and resume, and median times of stories of the latest day, a search and a plain count.")
final class BenchStoreCommand implements Callable<Integer> {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/eval",
      description = "Folder holding ecbplus/ and semeval22-pairs/ (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--db", paramLabel = "DB", description = "An empty store to build: a "
      + "directory or postgresql://... (default: a temporary directory, removed after).")
  String db;

  @Option(names = "--articles", defaultValue = "100000", description = "Articles (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--days", defaultValue = "60", description = "Days they span (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--batch", defaultValue = "1000", description = "Articles a batch (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--query", defaultValue = "earthquake", description = "Word to search (default: ${DEFAULT-VALUE}).")
  String query;

  @Override
  public Integer call() throws IOException {
    List<Article> base = new ArrayList<>();
    if (Files.isDirectory(data.resolve("ecbplus"))) {
      EcbPlus.read(data.resolve("ecbplus")).forEach(d -> base.add(d.article()));
    }
    Path csv = data.resolve("semeval22-pairs/training_set.csv");
    if (Files.isRegularFile(csv)) {
      SemEvalPairs.read(csv).forEach(p -> {
        base.add(p.first());
        base.add(p.second());
      });
    }
    if (base.isEmpty() || articles < 1 || days < 1 || batch < 1) {
      Terminal.ERR.println("parallax bench store: need " + data + "/ecbplus or semeval22-pairs,"
          + " and --articles, --days, --batch at least 1");
      return Main.USAGE;
    }
    Parallax parallax = Parallax.create();
    List<AnalyzedArticle> pool = base.parallelStream().map(parallax::analyze).toList();
    System.out.printf(Locale.ROOT, "pool: %d distinct articles analyzed%n", pool.size());
    Path temp = null;
    String location = db;
    if (location == null) {
      temp = Files.createTempDirectory("parallax-bench");
      location = temp.toString();
    }
    Random rnd = new Random(1);
    LocalDate start = LocalDate.of(2024, 1, 1);
    String lastDay = null;
    try {
      long t0 = System.nanoTime();
      try (Store store = Store.open(location, Recipe.standard())) {
        if (store.count("batches") > 0) {
          Terminal.ERR.println("parallax bench store: " + store.location() + " is not empty");
          return Main.USAGE;
        }
        List<AnalyzedArticle> pending = new ArrayList<>(batch);
        int report = Math.max(batch, articles / 10);
        for (int i = 0; i < articles; i++) {
          AnalyzedArticle a = pool.get(rnd.nextInt(pool.size()));
          lastDay = start.plusDays((long) i * days / articles).toString();
          Article x = a.article();
          Article y = new Article("b" + i, x.source(), null, null, x.title(), null, lastDay,
              x.language(), x.paragraphs(), x.evidence(), 0);
          pending.add(new AnalyzedArticle(y, a.sentences(), a.mentions(), a.quotes(), a.claims()));
          if (pending.size() == batch || i + 1 == articles) {
            store.ingestAnalyzed(pending, Progress.NONE);
            pending.clear();
          }
          if ((i + 1) % report == 0) {
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "  %,d articles: heap after GC %,d MB, %.0f s%n", i + 1,
                heap >> 20, (System.nanoTime() - t0) / 1e9);
          }
        }
      }
      System.out.printf(Locale.ROOT, "built %,d articles in %.0f s%n", articles,
          (System.nanoTime() - t0) / 1e9);

      long o0 = System.nanoTime();
      try (Store store = Store.open(location, Recipe.standard())) {
        store.resume();
        System.out.printf(Locale.ROOT, "open and resume: %.2f s (%d articles replayed)%n",
            (System.nanoTime() - o0) / 1e9, store.replayed());
        StoryQuery day = new StoryQuery(lastDay, null, null, 0);
        long stories = store.stories(day).size();
        double count = median(() -> store.count("stories"));
        double list = median(() -> store.stories(day).size());
        double json = median(() -> {
          try {
            store.writeJson(day, OutputStream.nullOutputStream());
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          return 0;
        });
        long hits = store.search(query, 20).size();
        double search = median(() -> store.search(query, 20).size());
        System.out.printf(Locale.ROOT, "plain count of stories (%,d): %.1f ms (median of 20)%n",
            store.count("stories"), count);
        System.out.printf(Locale.ROOT, "stories of the latest day (%s, %d stories): list %.1f ms,"
            + " as JSON %.1f ms (medians of 20)%n", lastDay, stories, list, json);
        System.out.printf(Locale.ROOT, "search \"%s\" (%d results): %.1f ms (median of 20)%n", query,
            hits, search);
      }
      return Main.OK;
    } catch (StoreException e) {
      Terminal.ERR.println("parallax: " + e.getMessage());
      return Main.STORE_FAILED;
    } finally {
      if (temp != null) {
        try (Stream<Path> files = Files.walk(temp)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  /** The median time of 20 runs, in milliseconds. */
  private static double median(Supplier<Object> run) {
    double[] t = new double[20];
    for (int i = 0; i < t.length; i++) {
      long t0 = System.nanoTime();
      run.get();
      t[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(t);
    return (t[9] + t[10]) / 2;
  }
}
