package news.parallax.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import news.parallax.Parallax;
import news.parallax.fetch.FetchMemory;
import news.parallax.fetch.FetchSettings;
import news.parallax.fetch.FetchSummary;
import news.parallax.fetch.Fetcher;
import news.parallax.fetch.Target;
import news.parallax.fetch.Watcher;
import news.parallax.ingest.PageSink;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parallax bench fetch}: fetching from a web site on loopback. First politeness: a watch
 * round over many hosts, each with a feed of pages, against the bound that one request per host
 * every delay sets. Then overhead: ingesting the same pages into a new store, read from files
 * and fetched from the site with politeness off, side by side in one process.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Measure fetching on a loopback web site: a watch round over many hosts against "
        + "the politeness bound, and the ingest rate of fetched pages against the same pages read from files.")
final class BenchFetchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", arity = "1..*", description = "HTML pages the site serves (reused round-robin).")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--hosts", defaultValue = "200", description = "Hosts (127.0.0.1 ...), default ${DEFAULT-VALUE}.")
  int hosts;

  @Option(names = "--pages", defaultValue = "20", description = "Pages a host, default ${DEFAULT-VALUE}.")
  int pages;

  @Option(names = "--delay", defaultValue = "1", description = "Seconds between requests to a host, default ${DEFAULT-VALUE}.")
  double delay;

  @Option(names = "--overhead-pages", defaultValue = "1000", description = "Pages for the overhead run, default ${DEFAULT-VALUE}.")
  int overheadPages;

  @Override
  public Integer call() throws Exception {
    if (hosts < 1 || hosts > 250 || pages < 1 || delay < 0) {
      Terminal.ERR.println("parallax bench fetch: --hosts 1..250, --pages >= 1, --delay >= 0");
      return Main.USAGE;
    }
    Parallax parallax = Parallax.create();
    List<InputError> errors = new ArrayList<>();
    List<Page> source = parallax.read(paths, errors).stream()
        .filter(p -> p.format() == Page.Format.HTML).toList();
    Terminal.report(errors);
    if (source.isEmpty()) {
      Terminal.ERR.println("parallax bench fetch: no HTML page among the inputs");
      return Main.USAGE;
    }
    try (Site site = new Site(hosts)) {
      politeness(site, source);
      overhead(site, source);
    }
    return Main.OK;
  }

  private void politeness(Site site, List<Page> source) throws IOException {
    List<String> feeds = new ArrayList<>();
    int n = 0;
    for (int h = 1; h <= hosts; h++) {
      StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Host ")
          .append(h).append("</title>");
      for (int i = 0; i < pages; i++) {
        String path = "/p/" + i + ".html";
        site.put(h, path, "text/html", source.get(n++ % source.size()).body());
        rss.append("<item><title>Page ").append(i).append("</title><link>").append(site.base(h))
            .append(path).append("</link></item>");
      }
      site.put(h, "/feed.xml", "application/rss+xml", rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8));
      feeds.add(site.base(h) + "/feed.xml");
    }
    FetchSettings settings = FetchSettings.defaults().withMinDelay(Duration.ofMillis(Math.round(delay * 1000)))
        .withWorkers(32);
    long[] count = new long[2];
    System.gc();
    long heap0 = usedHeap();
    long[] heapMax = {0};
    PageSink sink = new PageSink() {
      @Override
      public void page(Page p) {
        count[0]++;
        if (count[0] % 500 == 0) {
          System.gc();
          heapMax[0] = Math.max(heapMax[0], usedHeap());
        }
      }

      @Override
      public void error(InputError e) {
        count[1]++;
      }
    };
    long t0 = System.nanoTime();
    try (Fetcher f = new Fetcher(settings, FetchMemory.inMemory(), null)) {
      new Watcher(f, Duration.ZERO).run(feeds, sink, 1, Watcher.Rounds.NONE);
    }
    double took = (System.nanoTime() - t0) / 1e9;
    // per host: robots.txt, the feed, then its pages, one request every delay
    double bound = (pages + 1) * delay;
    System.out.printf(Locale.ROOT, "politeness: %d hosts x %d pages, %.2f s apart: %d pages, %d failures in %.1f s; "
        + "bound %.1f s, ratio %.2f%n", hosts, pages, delay, count[0], count[1], took, bound, bound == 0 ? 0 : took / bound);
    System.out.printf(Locale.ROOT, "heap in use after GC: %d MB before, at most %d MB while fetching (every 500 pages)%n",
        heap0 >> 20, heapMax[0] >> 20);
    long gaps = site.minGapMillis();
    System.out.printf(Locale.ROOT, "least time between the arrivals of two requests to one host: %d ms%n", gaps);
  }

  private void overhead(Site site, List<Page> source) throws IOException {
    Path dir = Files.createTempDirectory("parallax-bench-fetch");
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < overheadPages; i++) {
      Page p = source.get(i % source.size());
      String name = String.format(Locale.ROOT, "%05d.html", i);
      Files.createDirectories(dir.resolve("pages"));
      Files.write(dir.resolve("pages").resolve(name), p.body());
      int h = 1 + i % hosts;
      site.put(h, "/o/" + name, "text/html", p.body());
      targets.add(Target.of(site.base(h) + "/o/" + name));
    }
    FetchSettings impolite = FetchSettings.defaults().withMinDelay(Duration.ZERO).withObeyRobots(false).withWorkers(8);
    double[] files = new double[2];
    double[] fetched = new double[2];
    for (int round = 0; round < 2; round++) {
      files[round] = ingestRate(dir.resolve("store-files-" + round), s -> {
        StoreBatches b = new StoreBatches(s, Store.DEFAULT_BATCH, news.parallax.Progress.NONE);
        news.parallax.ingest.Inputs.standard().read(List.of(dir.resolve("pages")), b);
        return b.flush().articles();
      });
      fetched[round] = ingestRate(dir.resolve("store-fetched-" + round), s -> {
        StoreBatches b = new StoreBatches(s, Store.DEFAULT_BATCH, news.parallax.Progress.NONE);
        try (Fetcher f = new Fetcher(impolite, FetchMemory.inMemory(), null)) {
          f.fetch(targets, b);
        }
        return b.flush().articles();
      });
    }
    double f = Math.max(files[0], files[1]);
    double w = Math.max(fetched[0], fetched[1]);
    System.out.printf(Locale.ROOT, "overhead: %d pages ingested into a new SQLite store: from files %.1f, %.1f articles/s; "
        + "fetched (politeness off) %.1f, %.1f articles/s; best fetched / best files = %.2f%n",
        overheadPages, files[0], files[1], fetched[0], fetched[1], w / f);
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private interface Ingest {
    int run(Store store) throws IOException;
  }

  /** Articles per second of an ingest into a new store (wall time, reading included). */
  private static double ingestRate(Path db, Ingest ingest) throws IOException {
    try (Store s = Store.open(db.toString(), news.parallax.Recipe.standard())) {
      long t0 = System.nanoTime();
      int n = ingest.run(s);
      return n / ((System.nanoTime() - t0) / 1e9);
    }
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** A web site on 127.0.0.1 ... 127.0.0.n, fixed answers, with the least time between two requests to a host. */
  private static final class Site implements AutoCloseable {
    private record Answer(String type, byte[] body) {}

    private final List<HttpServer> servers = new ArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, long[]> lastStart = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private volatile long minGap = Long.MAX_VALUE;
    private final int port;

    Site(int hosts) throws IOException {
      HttpServer first = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 256);
      port = first.getAddress().getPort();
      servers.add(first);
      for (int i = 2; i <= hosts; i++) {
        servers.add(HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0." + i), port), 256));
      }
      for (HttpServer s : servers) {
        s.createContext("/", x -> {
          String host = x.getLocalAddress().getAddress().getHostAddress();
          long start = System.nanoTime();
          long[] last = lastStart.computeIfAbsent(host, k -> new long[] {0});
          synchronized (last) {
            if (last[0] != 0) {
              minGap = Math.min(minGap, start - last[0]);
            }
            last[0] = start;
          }
          Answer a = answers.get(host + x.getRequestURI().getRawPath());
          byte[] body = a == null ? "not found".getBytes(StandardCharsets.UTF_8) : a.body();
          x.getResponseHeaders().set("Content-Type", a == null ? "text/plain" : a.type());
          x.sendResponseHeaders(a == null ? 404 : 200, body.length);
          try (OutputStream out = x.getResponseBody()) {
            out.write(body);
          }
        });
        s.setExecutor(pool);
        s.start();
      }
    }

    String base(int host) {
      return "http://127.0.0." + host + ":" + port;
    }

    void put(int host, String path, String type, byte[] body) {
      answers.put("127.0.0." + host + path, new Answer(type, body));
    }

    long minGapMillis() {
      return minGap == Long.MAX_VALUE ? -1 : minGap / 1_000_000;
    }

    @Override
    public void close() {
      servers.forEach(s -> s.stop(0));
      pool.shutdownNow();
    }
  }
}
