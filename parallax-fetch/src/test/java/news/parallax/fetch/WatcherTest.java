package news.parallax.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.parallax.ingest.PageSink;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import org.junit.jupiter.api.Test;

class WatcherTest {
  static final int HOSTS = 10;
  static final int ITEMS = 3;
  static final Duration GAP = Duration.ofMillis(100);

  @Test
  void newItemsAndChangedPagesComeInUnchangedOnesDoNot() throws Exception {
    Map<String, String> texts = new ConcurrentHashMap<>();
    try (LocalSite site = new LocalSite(HOSTS)) {
      List<String> feeds = new ArrayList<>();
      for (int h = 1; h <= HOSTS; h++) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Host " + h + "</title>");
        for (int i = 0; i < ITEMS; i++) {
          String path = "/h" + h + "/item" + i;
          String key = site.base(h) + path;
          texts.put(key, "Story " + i + " of host " + h + ", first version.");
          site.versioned(path, () -> FetcherTest.article("Item", texts.get(key)));
          rss.append("<item><title>Item ").append(i).append("</title><link>").append(key).append("</link></item>");
        }
        rss.append("</channel></rss>");
        String feed = rss.toString();
        site.versioned("/h" + h + "/feed.xml", () -> feed);
        feeds.add(site.base(h) + "/h" + h + "/feed.xml");
      }
      List<Page> pages = new ArrayList<>();
      List<InputError> errors = new ArrayList<>();
      PageSink sink = new PageSink() {
        @Override
        public void page(Page p) {
          pages.add(p);
        }

        @Override
        public void error(InputError e) {
          errors.add(e);
        }
      };
      List<FetchSummary> rounds = new ArrayList<>();
      FetchSettings settings = FetchSettings.defaults().withMinDelay(GAP);
      try (Fetcher f = new Fetcher(settings, FetchMemory.inMemory(), null)) {
        Watcher w = new Watcher(f, Duration.ZERO);
        w.run(feeds, sink, 2, (r, s, t) -> rounds.add(s));
        texts.put(site.base(4) + "/h4/item1", "Story 1 of host 4, second version: edited after publication.");
        w.run(feeds, sink, 1, (r, s, t) -> rounds.add(s));
      }
      assertTrue(errors.isEmpty(), errors.toString());
      assertEquals(new FetchSummary(HOSTS * ITEMS, 0, 0), rounds.get(0));
      assertEquals(new FetchSummary(0, HOSTS * ITEMS, 0), rounds.get(1), "all unchanged: 304s");
      assertEquals(new FetchSummary(1, HOSTS * ITEMS - 1, 0), rounds.get(2), "one page edited");
      assertEquals(HOSTS * ITEMS + 1, pages.size());
      assertTrue(new String(pages.get(pages.size() - 1).body(), java.nio.charset.StandardCharsets.UTF_8)
          .contains("second version"));
      // politeness held on every host: the server sees each request at least the gap after the
      // one before began (the client waits the gap after the answer, which follows that start)
      site.awaitHits(HOSTS * (1 + 3 * (1 + ITEMS)));
      for (int h = 1; h <= HOSTS; h++) {
        String host = "127.0.0." + h;
        List<LocalSite.Hit> hits;
        synchronized (site.hits) {
          hits = site.hits.stream().filter(x -> x.host().equals(host))
              .sorted(java.util.Comparator.comparingLong(LocalSite.Hit::startNanos)).toList();
        }
        assertEquals(1 + 3 * (1 + ITEMS), hits.size(), "robots once, then feed and items each round");
        // measured start to start: the site stamps a hit's end after closing the exchange, which
        // on a loaded machine comes tens of milliseconds after the fetcher had the last byte
        for (int i = 1; i < hits.size(); i++) {
          long gap = hits.get(i).startNanos() - hits.get(i - 1).startNanos();
          assertTrue(gap >= GAP.toNanos() * 95 / 100, host + " gap " + gap / 1_000_000 + " ms");
        }
      }
    }
  }
}
