package news.parallax.app;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import news.parallax.Analysis;
import news.parallax.Parallax;
import news.parallax.Progress;
import news.parallax.Recipe;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.store.IngestReport;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax bench ingest}: articles per second per core of {@code ingest} against
 * {@code analyze} on the same pages, side by side in one process.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Analyze the pages in memory, then ingest them into an empty store, and report "
        + "articles per second per core (process CPU time) of each and their ratio.")
final class BenchIngestCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Pages to analyze and ingest.")
  List<Path> paths;

  @Option(names = "--db", paramLabel = "DB", description = "An empty store to ingest into: a "
      + "directory or postgresql://... (default: a temporary directory, removed after).")
  String db;

  @Option(names = "--batch", defaultValue = "" + Store.DEFAULT_BATCH,
      description = "Pages a transaction holds (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--limit", defaultValue = "0", description = "Use at most N pages (0: all).")
  int limit;

  @Override
  public Integer call() throws IOException {
    Parallax parallax = Parallax.create();
    List<InputError> errors = new ArrayList<>();
    List<Page> pages = parallax.read(paths, errors);
    if (limit > 0 && pages.size() > limit) {
      pages = pages.subList(0, limit);
    }
    if (pages.isEmpty()) {
      Terminal.ERR.println("parallax bench ingest: no page to read");
      return Main.USAGE;
    }
    Path temp = null;
    String location = db;
    if (location == null) {
      temp = Files.createTempDirectory("parallax-bench");
      location = temp.toString();
    }
    try {
      // warm up: resources loaded, code compiled
      parallax.analyzePages(pages.subList(0, Math.min(pages.size(), 40)), List.of(), Progress.NONE);
      OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      Analysis run = parallax.analyzePages(pages, List.of(), Progress.NONE);
      double analyzeCpu = (os.getProcessCpuTime() - cpu0) / 1e9;
      double analyzeWall = (System.nanoTime() - wall0) / 1e9;
      int n = run.articles().size();

      long cpu1 = os.getProcessCpuTime();
      long wall1 = System.nanoTime();
      IngestReport r;
      try (Store store = Store.open(location, Recipe.standard())) {
        if (store.count("batches") > 0) {
          Terminal.ERR.println("parallax bench ingest: " + store.location() + " is not empty");
          return Main.USAGE;
        }
        r = store.ingestPages(pages, batch, Progress.NONE);
      }
      double ingestCpu = (os.getProcessCpuTime() - cpu1) / 1e9;
      double ingestWall = (System.nanoTime() - wall1) / 1e9;
      System.out.printf(Locale.ROOT, "pages %d, articles %d (ingest: %d), %d cores%n",
          pages.size(), n, r.articles(), Runtime.getRuntime().availableProcessors());
      System.out.printf(Locale.ROOT, "analyze: %.1f articles/s per core (%.2f s CPU, %.2f s wall)%n",
          n / analyzeCpu, analyzeCpu, analyzeWall);
      System.out.printf(Locale.ROOT, "ingest:  %.1f articles/s per core (%.2f s CPU, %.2f s wall)"
          + " into %s%n", r.articles() / ingestCpu, ingestCpu, ingestWall, Store.redacted(location));
      System.out.printf(Locale.ROOT, "ingest / analyze: %.2f%n",
          (r.articles() / ingestCpu) / (n / analyzeCpu));
      if (location.startsWith("postgres")) {
        System.out.println("(the PostgreSQL server's own CPU time is not counted)");
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
}
