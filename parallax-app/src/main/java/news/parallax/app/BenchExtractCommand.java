package news.parallax.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.eval.EvalPage;
import news.parallax.eval.ExtractionDatasets;
import news.parallax.extract.ExtractionException;
import news.parallax.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench extract}: pages per second per core and peak heap of extraction, looping
 * over a dataset's pages, with the heap after each round so a leak shows as a rising line.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Measure extraction: pages per second per core (CPU time of one thread) and "
        + "peak heap, looping over the dataset's pages; prints the live heap after each round.")
final class BenchExtractCommand implements Callable<Integer> {
  @Option(names = "--dataset", required = true, paramLabel = "DIR", description = "Dataset folder.")
  Path dataset;

  @Option(names = "--pages", defaultValue = "20000", paramLabel = "N",
      description = "Pages to extract in total (default: ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--warmup", defaultValue = "300", paramLabel = "N",
      description = "Pages extracted before timing starts (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() {
    if (!Files.isDirectory(dataset)) {
      Terminal.ERR.println("parallax bench extract: " + dataset + ": not a folder");
      return Main.USAGE;
    }
    List<EvalPage> data;
    try {
      data = ExtractionDatasets.load(dataset);
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      Terminal.ERR.println("parallax bench extract: " + e.getMessage());
      return Main.USAGE;
    }
    if (data.isEmpty()) {
      Terminal.ERR.println("parallax bench extract: " + dataset + ": no pages");
      return Main.USAGE;
    }
    Extractor extractor = Extractor.standard();
    for (int i = 0; i < warmup; i++) {
      run(extractor, data.get(i % data.size()));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<MemoryPoolMXBean> heapPools = new ArrayList<>();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        p.resetPeakUsage();
        heapPools.add(p);
      }
    }
    long bytes = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    int failed = 0;
    int round = 0;
    for (int i = 0; i < pages; i++) {
      EvalPage p = data.get(i % data.size());
      bytes += p.page().body().length;
      if (!run(extractor, p)) {
        failed++;
      }
      if ((i + 1) % data.size() == 0 || i + 1 == pages) {
        round++;
        Runtime rt = Runtime.getRuntime();
        System.out.println(String.format(Locale.ROOT, "round %d: %d pages, heap in use %d MB",
            round, i + 1, (rt.totalMemory() - rt.freeMemory()) >> 20));
      }
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean p : heapPools) {
      peak += p.getPeakUsage().getUsed();
    }
    System.out.println(String.format(Locale.ROOT,
        "%s: %d pages (%d distinct, %.1f MB of HTML), %d without article; %.1f pages/s per core "
            + "(CPU time), %.1f pages/s wall on one thread, %.1f MB/s; peak heap %d MB (max %d MB)",
        dataset.getFileName(), pages, data.size(), bytes / 1e6, failed, pages / cpuSeconds,
        pages / wallSeconds, bytes / 1e6 / cpuSeconds, peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20));
    return Main.OK;
  }

  private static boolean run(Extractor extractor, EvalPage p) {
    try {
      extractor.extract(p.page());
      return true;
    } catch (ExtractionException | RuntimeException e) {
      return false;
    }
  }
}
