package news.parallax.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import news.parallax.ingest.Inputs;
import news.parallax.ingest.PageSink;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FetcherTest {
  static final Duration GAP = Duration.ofMillis(150);

  LocalSite site;
  final List<Page> pages = new ArrayList<>();
  final List<InputError> errors = new ArrayList<>();
  final List<Duration> slept = new ArrayList<>();
  final PageSink sink = new PageSink() {
    @Override
    public void page(Page p) {
      pages.add(p);
    }

    @Override
    public void error(InputError e) {
      errors.add(e);
    }
  };

  @BeforeEach
  void start() throws Exception {
    site = new LocalSite();
  }

  @AfterEach
  void stop() {
    site.close();
  }

  Fetcher fetcher(FetchSettings s) {
    return new Fetcher(s, FetchMemory.inMemory(), null, d -> slept.add(d));
  }

  FetchSettings settings() {
    return FetchSettings.defaults().withMinDelay(GAP).withContact("https://example.org/contact")
        .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20));
  }

  static String article(String title, String body) {
    return "<html><head><title>" + title + "</title></head><body><article><h1>" + title
        + "</h1><p>" + body + "</p><p>" + body + " Again, in other words, at some length.</p></article></body></html>";
  }

  @Test
  void oneRequestAtATimePerHostAndAtLeastTheDelayApart() throws Exception {
    for (int i = 0; i < 5; i++) {
      site.html("/a" + i, article("Page " + i, "Text of page number " + i + "."));
    }
    List<Target> targets = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      targets.add(Target.of(site.url("/a" + i)));
    }
    try (Fetcher f = fetcher(settings())) {
      FetchSummary s = f.fetch(targets, sink);
      assertEquals(5, s.pages());
    }
    site.awaitHits(6);
    assertEquals(List.of("/robots.txt", "/a0", "/a1", "/a2", "/a3", "/a4"), site.paths(1));
    List<LocalSite.Hit> hits = site.snapshot();
    for (int i = 1; i < hits.size(); i++) {
      long gap = hits.get(i).startNanos() - hits.get(i - 1).startNanos();
      assertTrue(gap >= GAP.toNanos() * 95 / 100, "gap " + gap / 1_000_000 + " ms before " + hits.get(i).path());
    }
    // pages come in the order asked, each with its address and the User-Agent sent
    assertEquals(site.url("/a0"), pages.get(0).source());
    assertTrue(hits.get(1).headers().get("User-agent").get(0).startsWith("Parallax/"));
    assertTrue(hits.get(1).headers().get("User-agent").get(0).contains("+https://example.org/contact"));
  }

  @Test
  void robotsTxtIsObeyedWithItsCrawlDelay() throws Exception {
    site.page("/robots.txt", 200, "text/plain",
        "User-agent: *\nDisallow: /private/\nCrawl-delay: 1\n".getBytes(StandardCharsets.UTF_8));
    site.html("/ok1", article("One", "First page text."));
    site.html("/ok2", article("Two", "Second page text."));
    site.html("/private/x", article("Secret", "Not to be fetched."));
    try (Fetcher f = fetcher(settings())) {
      f.fetch(List.of(Target.of(site.url("/ok1")), Target.of(site.url("/private/x")),
          Target.of(site.url("/ok2"))), sink);
    }
    site.awaitHits(3);
    assertEquals(List.of("/robots.txt", "/ok1", "/ok2"), site.paths(1));
    assertEquals(1, errors.size());
    assertEquals("disallowed by robots.txt", errors.get(0).reason());
    long gap = site.snapshot().get(2).startNanos() - site.snapshot().get(1).startNanos();
    assertTrue(gap >= 950_000_000L, "Crawl-delay: 1 honoured, gap " + gap / 1_000_000 + " ms");
  }

  @Test
  void conditionalRequestsAndRevisions() throws Exception {
    AtomicInteger version = new AtomicInteger(1);
    site.route("/changing", x -> {
      String etag = "\"v" + version.get() + "\"";
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        return;
      }
      x.getResponseHeaders().set("ETag", etag);
      LocalSite.send(x, 200, "text/html; charset=utf-8",
          article("Changing", "Version " + version.get() + " of the text.").getBytes(StandardCharsets.UTF_8));
    });
    try (Fetcher f = fetcher(settings())) {
      assertEquals(1, f.fetch(List.of(Target.of(site.url("/changing"))), sink).pages());
      assertEquals(1, f.fetch(List.of(Target.of(site.url("/changing"))), sink).unchanged());
      version.set(2);
      assertEquals(1, f.fetch(List.of(Target.of(site.url("/changing"))), sink).pages());
    }
    assertEquals(2, pages.size());
    assertTrue(new String(pages.get(1).body(), StandardCharsets.UTF_8).contains("Version 2"));
  }

  @Test
  void tooManyRequestsIsRetriedAsRetryAfterAsks() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    site.route("/busy", x -> {
      if (calls.incrementAndGet() < 3) {
        x.getResponseHeaders().set("Retry-After", "7");
        LocalSite.send(x, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
      } else {
        LocalSite.send(x, 200, "text/html", article("Busy", "Finally some text.").getBytes(StandardCharsets.UTF_8));
      }
    });
    site.route("/down", x -> LocalSite.send(x, 503, "text/plain", new byte[0]));
    try (Fetcher f = fetcher(settings())) {
      f.fetch(List.of(Target.of(site.url("/busy")), Target.of(site.url("/down"))), sink);
    }
    assertEquals(1, pages.size());
    assertEquals(3, calls.get());
    assertEquals(Duration.ofSeconds(7), slept.get(0));
    assertEquals("HTTP 503 after 4 tries", errors.get(0).reason());
    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(7), Duration.ofSeconds(1),
        Duration.ofSeconds(2), Duration.ofSeconds(4)), slept);
  }

  @Test
  void redirectsAreFollowedWithALimitAndLoopsDetected() throws Exception {
    site.route("/moved", x -> {
      x.getResponseHeaders().set("Location", "/final?utm_source=feed");
      x.sendResponseHeaders(301, -1);
    });
    site.html("/final", article("Final", "The page after a redirect."));
    site.route("/loop-a", x -> {
      x.getResponseHeaders().set("Location", site.url("/loop-b"));
      x.sendResponseHeaders(302, -1);
    });
    site.route("/loop-b", x -> {
      x.getResponseHeaders().set("Location", "/loop-a");
      x.sendResponseHeaders(302, -1);
    });
    site.route("/ftp", x -> {
      x.getResponseHeaders().set("Location", "ftp://127.0.0.1/file");
      x.sendResponseHeaders(302, -1);
    });
    try (Fetcher f = fetcher(settings())) {
      f.fetch(List.of(Target.of(site.url("/moved")), Target.of(site.url("/loop-a")),
          Target.of(site.url("/ftp")), Target.of("file:///etc/passwd")), sink);
    }
    assertEquals(1, pages.size());
    assertEquals(site.url("/final?utm_source=feed"), pages.get(0).hints().url());
    java.util.Map<String, String> reasons = new java.util.HashMap<>();
    errors.forEach(e -> reasons.put(e.source(), e.reason()));
    assertTrue(reasons.get(site.url("/loop-a")).startsWith("redirect loop"), reasons.toString());
    assertTrue(reasons.get(site.url("/ftp")).startsWith("only http and https"), reasons.toString());
    assertTrue(reasons.get("file:///etc/passwd").startsWith("only http and https"), reasons.toString());
  }

  @Test
  void sizeCapTypesEncodingsAndBadSources() throws Exception {
    site.route("/huge", x -> {
      x.getResponseHeaders().set("Content-Type", "text/html");
      x.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      try (OutputStream out = x.getResponseBody()) {
        for (int i = 0; i < 800; i++) { // 50 MB
          out.write(chunk);
        }
      }
    });
    site.page("/image", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    String chinese = "<html><head><title>新闻</title></head><body><article><p>特朗普与普京在阿拉斯加会晤，会谈持续约三小时。</p></article></body></html>";
    site.page("/gbk", 200, "text/html; charset=GBK", chinese.getBytes(Charset.forName("GBK")));
    site.route("/zipped", x -> {
      x.getResponseHeaders().set("Content-Encoding", "gzip");
      LocalSite.send(x, 200, "text/html; charset=utf-8",
          LocalSite.gzip(article("Zipped", "Sent compressed.").getBytes(StandardCharsets.UTF_8)));
    });
    site.route("/slow", x -> {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      LocalSite.send(x, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
    });
    site.page("/error", 500, "text/plain", "oops".getBytes(StandardCharsets.UTF_8));
    int closed;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    // a server that answers a TLS handshake in plain text: the client sees a TLS error
    java.net.ServerSocket plain = new java.net.ServerSocket(0, 10, java.net.InetAddress.getByName("127.0.0.1"));
    Thread t = new Thread(() -> {
      while (!plain.isClosed()) {
        try (java.net.Socket c = plain.accept()) {
          c.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (java.io.IOException e) {
          return;
        }
      }
    });
    t.setDaemon(true);
    t.start();
    try (plain; Fetcher f = fetcher(settings().withMaxBytes(1024 * 1024)
        .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(15)))) {
      f.fetch(List.of(Target.of(site.url("/huge")), Target.of(site.url("/image")),
          Target.of(site.url("/gbk")), Target.of(site.url("/zipped")),
          Target.of(site.url("/slow")), Target.of(site.url("/missing")), Target.of(site.url("/error")),
          Target.of("http://127.0.0.1:" + closed + "/x"), Target.of("http://nonexistent.invalid/x"),
          Target.of("https://127.0.0.1:" + plain.getLocalPort() + "/tls")), sink);
    }
    java.util.Map<String, String> reasons = new java.util.LinkedHashMap<>();
    errors.forEach(e -> reasons.put(e.source().replaceFirst("^http://127\\.0\\.0\\.1:" + site.port, ""), e.reason()));
    assertEquals(8, errors.size(), reasons.toString());
    assertTrue(reasons.get("/huge").startsWith("response too large"), reasons.toString());
    assertEquals("not a page: content type image/png", reasons.get("/image"));
    assertTrue(reasons.get("/slow").startsWith("timed out"), reasons.toString());
    assertEquals("HTTP 404", reasons.get("/missing"));
    assertEquals("HTTP 500", reasons.get("/error"));
    assertEquals("robots.txt could not be read (connection refused), so nothing is fetched from this host",
        reasons.get("http://127.0.0.1:" + closed + "/x"));
    assertEquals("robots.txt could not be read (DNS lookup failed for nonexistent.invalid), so nothing "
        + "is fetched from this host", reasons.get("http://nonexistent.invalid/x"));
    assertTrue(reasons.get("https://127.0.0.1:" + plain.getLocalPort() + "/tls")
        .startsWith("robots.txt could not be read (TLS error"), reasons.toString());
    // one of each host first, then the rest of the first host in the order given
    assertEquals(List.of("/huge", "http://127.0.0.1:" + closed + "/x", "http://nonexistent.invalid/x",
        "https://127.0.0.1:" + plain.getLocalPort() + "/tls", "/image", "/slow", "/missing", "/error"),
        List.copyOf(reasons.keySet()));
    assertEquals(2, pages.size());
    Page gbk = pages.get(0);
    assertEquals("GB18030", gbk.charset().name());
    assertTrue(new String(gbk.body(), gbk.charset()).contains("特朗普与普京"));
    assertTrue(new String(pages.get(1).body(), StandardCharsets.UTF_8).contains("Sent compressed."));
  }

  @Test
  void everyExchangeIsKeptInAWarcThatReadsBackToTheSamePages(@TempDir Path dir) throws Exception {
    site.html("/one", article("One", "The first article, kept in the archive."));
    site.html("/two", article("Two", "The second article, kept in the archive."));
    try (WarcCapture warc = new WarcCapture(dir.resolve("warc"));
         Fetcher f = new Fetcher(settings(), FetchMemory.inMemory(), warc)) {
      f.fetch(List.of(Target.of(site.url("/one")), Target.of(site.url("/two"))), sink);
    }
    List<Path> files;
    try (var s = Files.list(dir.resolve("warc"))) {
      files = s.toList();
    }
    assertEquals(1, files.size());
    assertTrue(files.get(0).getFileName().toString().endsWith(".warc.gz"));
    List<Page> archived = new ArrayList<>();
    Inputs.standard().read(files, new PageSink() {
      @Override
      public void page(Page p) {
        archived.add(p);
      }

      @Override
      public void error(InputError e) {
        throw new AssertionError(e.toString());
      }
    });
    assertEquals(2, archived.size(), "robots.txt (404) is kept too, but is no page");
    for (int i = 0; i < 2; i++) {
      assertEquals(pages.get(i).hints().url(), archived.get(i).hints().url());
      assertEquals(new String(pages.get(i).body(), StandardCharsets.UTF_8),
          new String(archived.get(i).body(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void feedsAndSitemapsListThePagesToFetch() throws Exception {
    site.page("/robots.txt", 200, "text/plain",
        ("User-agent: *\nAllow: /\nSitemap: " + site.url("/sitemap-index.xml") + "\n").getBytes(StandardCharsets.UTF_8));
    site.page("/feed.xml", 200, "application/rss+xml", ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
        + "<title>Local Times</title><item><title>Summit ends</title><link>" + site.url("/news/1")
        + "</link><pubDate>Sat, 16 Aug 2025 08:00:00 GMT</pubDate></item>"
        + "<item><title>Only a body</title><description>&lt;p&gt;Text carried in the feed itself, long enough.&lt;/p&gt;</description></item>"
        + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
    site.page("/sitemap-index.xml", 200, "application/xml", ("<?xml version=\"1.0\"?>"
        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>"
        + site.url("/news-sitemap.xml") + "</loc></sitemap></sitemapindex>").getBytes(StandardCharsets.UTF_8));
    site.page("/news-sitemap.xml", 200, "application/xml", ("<?xml version=\"1.0\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" "
        + "xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>" + site.url("/news/2")
        + "</loc><news:news><news:publication><news:name>Local Times</news:name><news:language>en</news:language>"
        + "</news:publication><news:publication_date>2025-08-16T10:00:00Z</news:publication_date>"
        + "<news:title>Talks last three hours</news:title></news:news></url></urlset>").getBytes(StandardCharsets.UTF_8));
    try (Fetcher f = fetcher(settings())) {
      List<Target> fromFeed = f.feed(site.url("/feed.xml"), sink);
      assertEquals(1, fromFeed.size());
      assertEquals(site.url("/news/1"), fromFeed.get(0).url());
      assertEquals("Summit ends", fromFeed.get(0).hints().title());
      assertEquals(null, fromFeed.get(0).hints().outlet(), "the page names its outlet");
      assertEquals("Local Times", pages.get(0).hints().outlet(), "an item read from the feed");
      assertEquals("2025-08-16T08:00Z", fromFeed.get(0).hints().published());
      assertEquals(1, pages.size(), "the item with a body and no link is a page at once");
      List<Target> fromRobots = f.sitemap(site.url("/robots.txt"), sink);
      assertEquals(1, fromRobots.size());
      assertEquals(site.url("/news/2"), fromRobots.get(0).url());
      assertEquals("Talks last three hours", fromRobots.get(0).hints().title());
      assertNotNull(fromRobots.get(0).hints().published());
      assertEquals(fromRobots.size(), f.sitemap(site.url("/sitemap-index.xml"), sink).size());
    }
    assertTrue(errors.isEmpty(), errors.toString());
  }

  @Test
  void pagesComeInRoundsOfOneAHostWithoutRepeats() {
    List<Target> in = List.of(Target.of("http://a.example/1"), Target.of("http://a.example/2"),
        Target.of("http://a.example/1#top"), Target.of("http://b.example/1"), Target.of("http://a.example/3"),
        Target.of("http://c.example/1?utm_source=x"), Target.of("http://c.example/1"));
    assertEquals(List.of("http://a.example/1", "http://b.example/1", "http://c.example/1?utm_source=x",
        "http://a.example/2", "http://a.example/3"), Fetcher.interleaved(in).stream().map(Target::url).toList());
  }

  @Test
  void everyRequestStaysOnTheLocalSite() throws Exception {
    site.html("/a", article("A", "Text."));
    try (Fetcher f = fetcher(settings())) {
      f.fetch(List.of(Target.of(site.url("/a"))), sink);
    }
    site.awaitHits(2);
    assertFalse(site.hits.isEmpty());
    for (LocalSite.Hit h : site.snapshot()) {
      assertTrue(h.host().startsWith("127."), h.toString());
    }
  }
}
