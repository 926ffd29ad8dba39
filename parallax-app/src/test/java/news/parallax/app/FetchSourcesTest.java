package news.parallax.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URLs, feeds and standard input as sources of the commands, against a site on loopback. */
class FetchSourcesTest {
  static final String ARTICLE = "<html><head><title>Talks end without a deal</title>"
      + "<meta property=\"og:site_name\" content=\"Loopback News\"></head><body><article>"
      + "<h1>Talks end without a deal</h1><p>The leaders met in Anchorage for about three hours on Friday "
      + "and left without an agreement on a ceasefire, officials said.</p><p>Both sides described the "
      + "talks as useful and said they would meet again, possibly in Moscow.</p></article></body></html>";

  @Test
  void urlsAndFeedsAreFetchedAndFailuresReported(@TempDir Path dir) throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", x -> {
      String path = x.getRequestURI().getPath();
      byte[] body;
      int status = 200;
      String type = "text/html; charset=utf-8";
      if (path.equals("/talks")) {
        body = ARTICLE.getBytes(StandardCharsets.UTF_8);
      } else if (path.equals("/feed.xml")) {
        type = "application/rss+xml";
        body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback</title><item><title>Talks</title>"
            + "<link>" + base + "/talks?utm_source=rss</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
      } else {
        status = 404;
        body = "missing".getBytes(StandardCharsets.UTF_8);
      }
      x.getResponseHeaders().set("Content-Type", type);
      x.sendResponseHeaders(status, body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      Cli.Result r = Cli.run("extract", "--min-delay", "0", "--warc", dir.toString(), base + "/talks",
          base + "/gone", "--feed", base + "/feed.xml");
      assertEquals(Main.SOME_INPUTS_FAILED, r.exit(), r.err());
      assertTrue(r.err().contains("parallax: " + base + "/gone: HTTP 404"), r.err());
      String[] lines = r.out().strip().split("\n");
      assertEquals(1, lines.length, "the feed's item is the same article by its canonical URL: " + r.out());
      assertTrue(lines[0].contains("\"url\":\"" + base + "/talks\""), lines[0]);
      assertTrue(lines[0].contains("\"outlet\":\"Loopback News\""), lines[0]);
      try (var files = Files.list(dir)) {
        assertEquals(1, files.filter(f -> f.toString().endsWith(".warc.gz")).count());
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  void ingestAndWatchRememberWhatServersSaidAndKeepRevisions(@TempDir Path dir) throws Exception {
    java.util.concurrent.atomic.AtomicInteger version = new java.util.concurrent.atomic.AtomicInteger(1);
    java.util.concurrent.atomic.AtomicInteger conditional = new java.util.concurrent.atomic.AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    server.createContext("/", x -> {
      String path = x.getRequestURI().getPath();
      byte[] body;
      String type = "text/html; charset=utf-8";
      String etag = null;
      if (path.equals("/talks")) {
        String html = version.get() == 1 ? ARTICLE : ARTICLE.replace("about three hours", "nearly three hours");
        etag = "\"v" + version.get() + "\"";
        body = html.getBytes(StandardCharsets.UTF_8);
      } else if (path.equals("/feed.xml")) {
        type = "application/rss+xml";
        etag = "\"feed\"";
        body = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback</title><item><title>Talks</title>"
            + "<link>" + base + "/talks</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
      } else {
        x.sendResponseHeaders(404, -1);
        x.close();
        return;
      }
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        conditional.incrementAndGet();
        x.sendResponseHeaders(304, -1);
        x.close();
        return;
      }
      x.getResponseHeaders().set("ETag", etag);
      x.getResponseHeaders().set("Content-Type", type);
      x.sendResponseHeaders(200, body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    Path db = dir.resolve("store");
    try {
      Cli.Result first = Cli.run("ingest", "--db", db.toString(), "--min-delay", "0", base + "/talks");
      assertEquals(Main.OK, first.exit(), first.err());
      assertTrue(first.err().contains("1 new articles"), first.err());
      Cli.Result again = Cli.run("ingest", "--db", db.toString(), "--min-delay", "0", base + "/talks");
      assertEquals(Main.OK, again.exit(), again.err());
      assertEquals(1, conditional.get(), "the second run sent the ETag the store kept: " + again.err());
      version.set(2);
      Path feeds = dir.resolve("feeds.txt");
      Files.writeString(feeds, "# one feed\n" + base + "/feed.xml\n");
      Cli.Result watch = Cli.run("watch", "--db", db.toString(), "--feeds", feeds.toString(), "--every", "0s",
          "--rounds", "2", "--min-delay", "0");
      assertEquals(Main.OK, watch.exit(), watch.err());
      assertTrue(watch.err().contains("round 1") && watch.err().contains("1 new revisions"), watch.err());
      assertTrue(watch.err().contains("round 2") && watch.err().contains("0 pages, 1 unchanged (304)"), watch.err());
      try (var files = Files.list(db.resolve("warc"))) {
        assertEquals(3, files.count(), "one WARC a run");
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aPageOnStandardInput() {
    InputStream old = System.in;
    try {
      System.setIn(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
      Cli.Result r = Cli.run("extract", "-");
      assertEquals(Main.OK, r.exit(), r.err());
      assertTrue(r.out().contains("\"source\":\"-\""), r.out());
      assertTrue(r.out().contains("about three hours"), r.out());
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void noSourceIsAUsageError() {
    Cli.Result r = Cli.run("extract");
    assertEquals(Main.USAGE, r.exit());
    assertTrue(r.err().contains("Missing source"), r.err());
  }
}
