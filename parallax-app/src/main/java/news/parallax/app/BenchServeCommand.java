package news.parallax.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.Parallax;
import news.parallax.serve.LoadTest;
import news.parallax.serve.StoreStoryData;
import news.parallax.store.Store;
import news.parallax.serve.ServeSettings;
import news.parallax.serve.Server;
import news.parallax.serve.StoryData;
import news.parallax.serve.StoryData.StoryPage;
import news.parallax.serve.StoryData.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;

/**
 * {@code parallax bench serve}: requests a second and latency of the API under concurrent load
 * on loopback, with a static file of the same server as the unit, and the server-side render
 * time of the largest story's page.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Start the server on loopback over a store, then load it from "
        + "--connections keep-alive connections: GET /api/stories, its later pages by cursor "
        + "(in turn), GET /api/stories/{id} (ids in turn), and a static file as the unit; report "
        + "requests/s, p50 and p99. Also time the render of the largest story's page (or --story's;"
        + " median of --renders).")
final class BenchServeCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Option(names = "--connections", defaultValue = "32", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(names = "--requests", defaultValue = "20000", description = "Requests per target at most (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--seconds", defaultValue = "30", description = "Seconds per target at most (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--renders", defaultValue = "50", description = "Story page renders timed (default: ${DEFAULT-VALUE}).")
  int renders;

  @Option(names = "--story", paramLabel = "ID", description = "The story whose page render is timed (default: the largest).")
  String story;

  @Override
  public Integer call() throws InterruptedException {
    Store s = store.open(Parallax.create().recipe());
    if (s == null) {
      return Main.STORE_FAILED;
    }
    try (StoreStoryData data = new StoreStoryData(s)) {
      return run(data);
    }
  }

  int run(StoryData data) throws InterruptedException {
    List<String> cursors = new ArrayList<>();
    List<String> ids = storyIds(data, 10_000, cursors);
    if (ids.isEmpty()) {
      Terminal.ERR.println("parallax: no stories to serve");
      return Main.USAGE;
    }
    ServeSettings settings = ServeSettings.defaults().withPort(0).withRate(0);
    try (Server warm = Server.start(data, settings)) {
      // the JIT warms up on a first server; the measured one starts with an empty answer cache
      LoadTest.run("127.0.0.1", warm.port(), i -> "/api/stories/" + ids.get(i % ids.size()),
          connections, Math.min(requests, 2000), seconds);
    }
    try (Server server = Server.start(data, settings)) {
      int port = server.port();
      System.out.printf(Locale.ROOT, "%d stories (%d ids and %d list pages of 20 read in turn), %d"
          + " articles; %d connections, at most %d requests or %.0f s per target%n",
          data.health().stories(), ids.size(), cursors.size(), data.health().articles(), connections,
          requests, seconds);
      System.out.println("target                        requests   req/s     p50 ms   p99 ms   max ms  failed");
      report("GET /static/parallax.css", LoadTest.run("127.0.0.1", port, i -> "/static/parallax.css",
          connections, requests, seconds));
      report("GET /api/stories", LoadTest.run("127.0.0.1", port, i -> "/api/stories", connections,
          requests, seconds));
      report("GET /api/stories?cursor=", LoadTest.run("127.0.0.1", port,
          i -> "/api/stories?cursor=" + cursors.get(i % cursors.size()), connections, requests, seconds));
      report("GET /api/stories/{id}", LoadTest.run("127.0.0.1", port,
          i -> "/api/stories/" + ids.get(i % ids.size()), connections, requests, seconds));
      String largest = story != null ? story : data.stories(new StoryQuery(null, null, null, null,
          null, null, StoryData.Order.LARGEST, null, 1)).stories().get(0).id();
      if (data.story(largest).isEmpty()) {
        Terminal.ERR.println("parallax: no story " + largest);
        return Main.USAGE;
      }
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      double[] ms = new double[renders];
      double[] cpu = new double[renders];
      for (int i = 0; i < 10 + renders; i++) {
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        server.storyPage(largest);
        if (i >= 10) {
          ms[i - 10] = (System.nanoTime() - t0) / 1e6;
          cpu[i - 10] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
      }
      Arrays.sort(ms);
      Arrays.sort(cpu);
      System.out.printf(Locale.ROOT, "story page %s (%d articles) rendered server-side (no cache):"
          + " median %.2f ms (CPU %.2f ms), max %.2f ms, of %d%n", largest,
          data.story(largest).orElseThrow().articles().size(), ms[ms.length / 2], cpu[cpu.length / 2],
          ms[ms.length - 1], renders);
    }
    return Main.OK;
  }

  private static void report(String target, LoadTest.Result r) {
    System.out.printf(Locale.ROOT, "%-28s %9d %8.0f %9.2f %8.2f %8.2f %7d%n", target, r.requests(),
        r.perSecond(), r.p50(), r.p99(), r.max(), r.failures());
  }

  /** Story ids newest first, up to max, and the cursor of each list page after the first. */
  private static List<String> storyIds(StoryData data, int max, List<String> cursors) {
    List<String> ids = new ArrayList<>();
    String cursor = null;
    do {
      StoryPage page = data.stories(new StoryQuery(null, null, null, null, null, null,
          StoryData.Order.NEWEST, cursor, 20));
      page.stories().forEach(s -> ids.add(s.id()));
      cursor = page.next();
      if (cursor != null) {
        cursors.add(cursor);
      }
    } while (cursor != null && ids.size() < max);
    if (cursors.isEmpty()) {
      cursors.add("");
    }
    return ids;
  }
}
