package news.parallax.flink;

import com.sun.management.OperatingSystemMXBean;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import news.parallax.Progress;
import news.parallax.ingest.Inputs;
import news.parallax.ingest.PageSink;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.store.IngestReport;
import news.parallax.store.Store;
import news.parallax.store.StoryQuery;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax bench flink}: the job at parallelism 1 and 2 on the same pages, side by side
 * with {@code ingest} in one process, with where the job's time goes.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Ingest the pages into an empty store, then run the job over them at "
        + "parallelism 1 and at 2 (local mini cluster, each into an empty store); report "
        + "articles per second (wall) of each job and their ratio, articles per second per core "
        + "(process CPU time) of the job at 1 against ingest, the time of each stage, and "
        + "whether the three stores hold the same stories.")
final class BenchFlinkCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Pages to ingest and to run the job over.")
  List<Path> paths;

  @Option(names = "--batch", defaultValue = "" + JobSettings.DEFAULT_BATCH,
      description = "Pages a batch holds, for ingest and the job (default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--repeat", defaultValue = "1",
      description = "Run each job this many times and keep the fastest (default: ${DEFAULT-VALUE}).")
  int repeat;

  private URI rest;
  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  /** One measured run: articles written, wall and CPU seconds, and the stage times. */
  private record Run(long articles, double wall, double cpu, Map<StageClock.Stage, Double> stages,
      String json) {}

  @Override
  public Integer call() throws Exception {
    List<InputError> errors = new ArrayList<>();
    List<Page> pages = new ArrayList<>();
    Inputs.standard().read(paths, new PageSink() {
      @Override
      public void page(Page page) {
        pages.add(page);
      }

      @Override
      public void error(InputError error) {
        errors.add(error);
      }
    });
    if (pages.isEmpty()) {
      FlinkMain.ERR.println("parallax bench flink: no page to read");
      return FlinkMain.USAGE;
    }
    Path temp = Files.createTempDirectory("parallax-bench-flink");
    // one mini cluster with two slots for every job, so that its start is not measured
    Configuration conf = new Configuration();
    conf.set(RestOptions.BIND_PORT, "0");
    MiniClusterConfiguration cc = new MiniClusterConfiguration.Builder().setConfiguration(conf)
        .setNumTaskManagers(1).setNumSlotsPerTaskManager(2).build();
    try (MiniCluster cluster = new MiniCluster(cc)) {
      cluster.start();
      rest = cluster.getRestAddress().get();
      // warm up: models loaded, code compiled
      Recipes.standard().extractEach(pages.subList(0, Math.min(20, pages.size())), new ArrayList<>());
      job(temp.resolve("warm"), 1);
      Run ingest = ingest(temp.resolve("ingest"));
      Run p1 = null;
      Run p2 = null;
      for (int i = 0; i < repeat; i++) {
        Run a = job(temp.resolve("p1-" + i), 1);
        Run b = job(temp.resolve("p2-" + i), 2);
        p1 = p1 == null || a.wall() < p1.wall() ? a : p1;
        p2 = p2 == null || b.wall() < p2.wall() ? b : p2;
      }
      int cores = Runtime.getRuntime().availableProcessors();
      System.out.printf(Locale.ROOT, "pages %d, articles %d, batch %d, %d cores%n", pages.size(),
          ingest.articles(), batch, cores);
      print("ingest     ", ingest);
      print("flink p=1  ", p1);
      print("flink p=2  ", p2);
      System.out.printf(Locale.ROOT, "p2 / p1 (articles/s, wall): %.2f%n",
          (p2.articles() / p2.wall()) / (p1.articles() / p1.wall()));
      System.out.printf(Locale.ROOT, "flink p=1 / ingest (articles/s per core): %.2f%n",
          (p1.articles() / p1.cpu()) / (ingest.articles() / ingest.cpu()));
      System.out.println("where the time goes (seconds in each stage, summed over parallel tasks):");
      System.out.printf(Locale.ROOT, "  %-8s %8s %8s%n", "stage", "p=1", "p=2");
      for (StageClock.Stage s : StageClock.Stage.values()) {
        System.out.printf(Locale.ROOT, "  %-8s %8.2f %8.2f%n", s.name().toLowerCase(Locale.ROOT),
            p1.stages().get(s), p2.stages().get(s));
      }
      System.out.println("stories of the jobs equal ingest's (parallax/1 JSON): "
          + (ingest.json().equals(p1.json()) && ingest.json().equals(p2.json()) ? "yes" : "NO"));
      return FlinkMain.OK;
    } finally {
      try (Stream<Path> files = Files.walk(temp)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void print(String label, Run r) {
    System.out.printf(Locale.ROOT, "%s %7.1f articles/s wall, %6.1f per core (%.2f s wall, %.2f s"
        + " CPU)%n", label, r.articles() / r.wall(), r.articles() / r.cpu(), r.wall(), r.cpu());
  }

  private Run ingest(Path db) throws IOException {
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    IngestReport r;
    try (Store s = Store.open(db.toString(), Recipes.standard())) {
      r = s.ingest(paths, batch, Progress.NONE);
    }
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    double wall = (System.nanoTime() - wall0) / 1e9;
    return new Run(r.articles(), wall, cpu, Map.of(), json(db));
  }

  private Run job(Path db, int parallelism) throws Exception {
    JobSettings s = JobSettings.of(db.toString()).withParallelism(parallelism).withBatch(batch)
        .withCheckpoints(10_000, "hashmap", db.resolveSibling(db.getFileName() + "-checkpoints")
            .toUri().toString());
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createRemoteEnvironment(
        rest.getHost(), rest.getPort(), s.configuration());
    env.setParallelism(parallelism);
    PipelineJob.build(env, PipelineJob.files(env, paths), s);
    StageClock.reset();
    long cpu0 = os.getProcessCpuTime();
    JobExecutionResult r = env.execute("parallax bench p=" + parallelism);
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    Map<StageClock.Stage, Double> stages = StageClock.seconds();
    long articles;
    try (Store store = Store.open(db.toString())) {
      articles = store.count("articles");
    }
    return new Run(articles, r.getNetRuntime() / 1e3, cpu, stages, json(db));
  }

  private static String json(Path db) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Store s = Store.open(db.toString())) {
      s.writeJson(StoryQuery.ALL, out);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
