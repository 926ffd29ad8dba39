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
