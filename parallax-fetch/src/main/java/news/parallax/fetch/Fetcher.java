package news.parallax.fetch;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import news.parallax.ingest.PageSink;
import news.parallax.ingest.Urls;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.model.PageHints;

/**
 * Fetches pages, feeds and sitemaps politely and hands what it gets on as pages.
 *
 * <p>Polite by default ({@link FetchSettings#defaults()}): robots.txt is read first from each
 * host and obeyed, with its Crawl-delay; one request at a time per host, at least a second
 * apart; conditional requests with the validators the {@link FetchMemory} kept; 429 and 503
 * retried as Retry-After asks; a User-Agent that names Parallax and the user's contact. Every
 * exchange goes to the {@link WarcCapture}, when there is one.
 *
 * <pre>{@code
 * try (Fetcher f = new Fetcher(FetchSettings.defaults().withContact("https://example.org/me"),
 *     FetchMemory.inMemory(), new WarcCapture(Path.of("parallax-data/warc")))) {
 *   f.fetch(f.feed("https://example.com/rss.xml", sink), sink);
 * }
 * }</pre>
 */
public final class Fetcher implements AutoCloseable {
  /** How many sitemaps one sitemap index may lead to, against index loops and bombs. */
  static final int MAX_SITEMAPS = 1000;

  private final FetchSettings settings;
  private final FetchMemory memory;
  private final HttpFetcher http;
  private final HostScheduler scheduler;
  private final Map<String, BaseRobotRules> robots = new ConcurrentHashMap<>();
  private final Set<String> robotsAsked = ConcurrentHashMap.newKeySet();
  private final Map<String, String> robotsFailures = new ConcurrentHashMap<>();
  private final Map<String, List<Target>> lastItems = new ConcurrentHashMap<>();

  /** A fetcher; {@code capture} may be null to keep no WARC. */
  public Fetcher(FetchSettings settings, FetchMemory memory, WarcCapture capture) {
    this(settings, memory, capture, d -> Thread.sleep(d.toMillis()));
  }

  Fetcher(FetchSettings settings, FetchMemory memory, WarcCapture capture, HttpFetcher.Sleeper sleeper) {
    this.settings = settings;
    this.memory = memory;
    this.http = new HttpFetcher(settings, capture == null ? HttpFetcher.Exchanges.NONE : capture, sleeper);
    this.scheduler = new HostScheduler(settings.workers(), settings.minDelay());
  }

  /**
   * Fetches the targets, each URL once (by its canonical form), and hands each page or failure
   * to the sink in a fixed order whatever order the hosts answer in: the first target of each
   * host (hosts in the order they first appear), then the second of each, and so on. That is
   * the order in which polite fetching completes them, so few pages wait in memory for an
   * earlier one.
   */
  public FetchSummary fetch(List<Target> targets, PageSink sink) {
    List<Target> list = interleaved(targets);
    Ordered ordered = new Ordered(list.size(), sink);
    for (int i = 0; i < list.size(); i++) {
      int index = i;
      Target t = list.get(i);
      submit(t.url(), true, r -> ordered.put(index, toPage(t, r)));
    }
    ordered.await();
    return ordered.summary();
  }

  /** The targets without repeats, in rounds of one target a host. */
  static List<Target> interleaved(List<Target> targets) {
    Map<String, Target> unique = new LinkedHashMap<>();
    for (Target t : targets) {
      unique.putIfAbsent(Urls.canonical(t.url()), t);
    }
    Map<String, Deque<Target>> byHost = new LinkedHashMap<>();
    for (Target t : unique.values()) {
      String host = HttpFetcher.refusal(t.url()) == null ? hostKey(t.url()) : "";
      byHost.computeIfAbsent(host, k -> new ArrayDeque<>()).add(t);
    }
    List<Target> out = new ArrayList<>(unique.size());
    while (out.size() < unique.size()) {
      for (Deque<Target> q : byHost.values()) {
        if (!q.isEmpty()) {
          out.add(q.poll());
        }
      }
    }
    return out;
  }

  /**
   * Reads a feed (RSS 0.9x to 2.0, RDF, Atom): its items' links as targets, with the item's
   * title and date as hints. An item with a body but no link is handed to the sink as a page at
   * once, with the feed's title as its outlet; a feed that cannot be fetched or read is an error
   * in the sink. A feed unchanged since this fetcher last read it (a conditional request) lists
   * the items it listed then, so their pages are checked for changes too.
   */
  public List<Target> feed(String url, PageSink sink) {
    return feeds(List.of(url), sink);
  }

  /** As {@link #feed}, for several feeds fetched at once (politely per host), in order. */
  public List<Target> feeds(List<String> urls, PageSink sink) {
    List<Response> responses = getAll(urls, true);
    List<Target> out = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      String url = urls.get(i);
      Response r = responses.get(i);
      if (r.notModified()) {
        out.addAll(lastItems.getOrDefault(url, List.of()));
      } else {
        List<Target> items = items(url, r, sink);
        if (r.ok()) {
          lastItems.put(url, items);
        }
        out.addAll(items);
      }
    }
    return out;
  }

  private static List<Target> items(String url, Response r, PageSink sink) {
    if (r.notModified()) {
      return List.of();
    }
    if (!r.ok()) {
      sink.error(new InputError(url, r.failure()));
      return List.of();
    }
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(r.body()), r.header("content-type"), true));
    } catch (FeedException | IOException | IllegalArgumentException e) {
      sink.error(new InputError(url, "not a readable feed: " + e.getMessage()));
      return List.of();
    }
    String outlet = blankToNull(feed.getTitle());
    List<Target> out = new ArrayList<>();
    int n = 0;
    for (SyndEntry e : feed.getEntries()) {
      n++;
      String link = link(e, r.url());
      String title = blankToNull(e.getTitle());
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      String published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toString();
      if (link != null) {
        // the page names its own outlet; the feed's title is not the page's word for it
        out.add(new Target(link, new PageHints(null, title, null, published)));
        continue;
      }
      String body = body(e);
      if (body == null) {
        sink.error(new InputError(url + "#" + n, "feed item without a link or content"));
        continue;
      }
      String html = "<html><body><article>" + body + "</article></body></html>";
      sink.page(new Page(url + "#" + n, Page.Format.HTML, html.getBytes(StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, new PageHints(null, title, outlet, published)));
    }
    return out;
  }

  /**
   * The pages a sitemap lists: a sitemap, a news sitemap (its titles and publication dates as
   * hints), a sitemap index (followed, at most {@value #MAX_SITEMAPS} sitemaps), or a site's
   * robots.txt (its {@code Sitemap:} lines followed). Failures go to the sink.
   */
  public List<Target> sitemap(String url, PageSink sink) {
    Deque<String> todo = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    if (url.toLowerCase(Locale.ROOT).endsWith("/robots.txt")) {
      Response r = get(url, false);
      if (!r.ok()) {
        sink.error(new InputError(url, r.failure() == null ? "HTTP " + r.status() : r.failure()));
        return List.of();
      }
      BaseRobotRules rules = new SimpleRobotRulesParser().parseContent(url, r.body(),
          r.header("content-type"), List.of(FetchSettings.AGENT.toLowerCase(Locale.ROOT)));
      todo.addAll(rules.getSitemaps());
      if (todo.isEmpty()) {
        sink.error(new InputError(url, "robots.txt names no sitemap"));
      }
    } else {
      todo.add(url);
    }
    SiteMapParser parser = new SiteMapParser(false);
    parser.enableExtension(Extension.NEWS);
    List<Target> out = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    while (!todo.isEmpty()) {
      String next = todo.poll();
      if (!seen.add(next)) {
        continue;
      }
      if (seen.size() > MAX_SITEMAPS) {
        sink.error(new InputError(url, "more than " + MAX_SITEMAPS + " sitemaps; the rest skipped"));
        break;
      }
      Response r = get(next, false);
      if (!r.ok()) {
        sink.error(new InputError(next, r.failure() == null ? "HTTP " + r.status() : r.failure()));
        continue;
      }
      AbstractSiteMap map;
      try {
        map = parser.parseSiteMap(r.header("content-type"), r.body(), new URL(r.url()));
      } catch (UnknownFormatException | IOException | RuntimeException e) {
        sink.error(new InputError(next, "not a readable sitemap: " + e.getMessage()));
        continue;
      }
      if (map.isIndex()) {
        for (AbstractSiteMap child : ((SiteMapIndex) map).getSitemaps()) {
          todo.add(child.getUrl().toString());
        }
        continue;
      }
      for (SiteMapURL u : ((SiteMap) map).getSiteMapUrls()) {
        String page = u.getUrl().toString();
        if (!listed.add(Urls.canonical(page))) {
          continue;
        }
        String title = null;
        String published = null;
        ExtensionMetadata[] news = u.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes na) {
          title = blankToNull(na.getTitle());
          published = na.getPublicationDateTime() == null ? null
              : na.getPublicationDateTime().toOffsetDateTime().toString();
        }
        out.add(new Target(page, new PageHints(null, title, null, published)));
      }
    }
    return out;
  }

  /** Fetches URLs politely, all hosts at once, and waits for all of them. */
  List<Response> getAll(List<String> urls, boolean conditional) {
    Response[] out = new Response[urls.size()];
    CountDownLatch done = new CountDownLatch(urls.size());
    for (int i = 0; i < urls.size(); i++) {
      int index = i;
      submit(urls.get(i), conditional, r -> {
        out[index] = r;
        done.countDown();
      });
    }
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    List<Response> list = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      list.add(out[i] != null ? out[i] : Response.failed(urls.get(i), urls.get(i), 0, "interrupted"));
    }
    return list;
  }

  /** Fetches one URL politely and waits for it. */
  Response get(String url, boolean conditional) {
    AtomicReference<Response> result = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    submit(url, conditional, r -> {
      result.set(r);
      done.countDown();
    });
    try {
      done.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.failed(url, url, 0, "interrupted");
    }
    return result.get();
  }

  private void submit(String url, boolean conditional, java.util.function.Consumer<Response> then) {
    String refused = HttpFetcher.refusal(url);
    if (refused != null) {
      then.accept(Response.failed(url, url, 0, refused));
      return;
    }
    String host = hostKey(url);
    if (settings.obeyRobots() && robotsAsked.add(host)) {
      scheduler.submit(host, () -> readRobots(host));
    }
    scheduler.submit(host, () -> {
      Response r;
      try {
        Validators v = conditional ? memory.validators(Urls.canonical(url)) : Validators.NONE;
        r = http.fetch(url, v, this::robotsRefusal);
        if (r.ok() && conditional) {
          memory.remember(Urls.canonical(url),
              new Validators(r.header("etag"), r.header("last-modified")));
        }
      } catch (RuntimeException e) {
        r = Response.failed(url, url, 0, "fetch failed: " + e.getMessage());
      }
      then.accept(r);
    });
  }

  private void readRobots(String host) {
    String url = host + "/robots.txt";
    Response r = http.fetch(url, Validators.NONE, u -> null);
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    BaseRobotRules rules;
    if (r.ok()) {
      rules = parser.parseContent(url, r.body(), r.header("content-type"),
          List.of(FetchSettings.AGENT.toLowerCase(Locale.ROOT)));
    } else {
      // 4xx: no rules, all allowed; 5xx or no answer: nothing allowed for now (RFC 9309)
      rules = parser.failedFetch(r.status() == 0 ? 503 : r.status());
      if (r.status() == 0 || r.status() >= 500) {
        robotsFailures.put(host, r.failure() == null ? "HTTP " + r.status() : r.failure());
      }
    }
    robots.put(host, rules);
    long delayMs = rules.getCrawlDelay();
    if (delayMs != BaseRobotRules.UNSET_CRAWL_DELAY && delayMs > 0) {
      scheduler.delay(host, Duration.ofMillis(Math.min(delayMs, settings.maxCrawlDelay().toMillis())));
    }
  }

  /** Why robots.txt forbids a URL, or null when it may be fetched. */
  private String robotsRefusal(String url) {
    if (!settings.obeyRobots()) {
      return null;
    }
    BaseRobotRules rules = robots.get(hostKey(url));
    if (rules == null) {
      return null; // a host reached by a redirect: its robots.txt is read on its next request
    }
    if (rules.getCrawlDelay() != BaseRobotRules.UNSET_CRAWL_DELAY
        && rules.getCrawlDelay() > settings.maxCrawlDelay().toMillis()) {
      return "robots.txt asks for a crawl delay of " + rules.getCrawlDelay() / 1000
          + " s, over the limit of " + settings.maxCrawlDelay().toSeconds() + " s";
    }
    if (rules.isAllowNone() && !rules.isAllowAll()) {
      return "robots.txt could not be read (" + robotsFailures.getOrDefault(hostKey(url), "server error")
          + "), so nothing is fetched from this host";
    }
    return rules.isAllowed(url) ? null : "disallowed by robots.txt";
  }

  /** scheme://host[:port], the unit of politeness and of robots.txt. */
  static String hostKey(String url) {
    URI u = URI.create(url.strip());
    String scheme = u.getScheme().toLowerCase(Locale.ROOT);
    int port = u.getPort();
    boolean dflt = port == -1 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (dflt ? "" : ":" + port);
  }

  /** The page a response gives, or the reason it gives none. */
  private static Object toPage(Target t, Response r) {
    if (r.notModified()) {
      return Unchanged.INSTANCE;
    }
    if (!r.ok()) {
      return new InputError(t.url(), r.failure());
    }
    String type = r.header("content-type");
    String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    Page.Format format;
    if (base.equals("text/html") || base.equals("application/xhtml+xml") || base.isEmpty()) {
      format = Page.Format.HTML;
    } else if (base.equals("text/plain")) {
      format = Page.Format.TEXT_DUMP;
    } else {
      return new InputError(t.url(), "not a page: content type " + base);
    }
    if (r.body().length == 0) {
      return new InputError(t.url(), "empty response");
    }
    Charset charset = charset(type);
    PageHints h = t.hints();
    return new Page(t.url(), format, r.body(), charset,
        new PageHints(r.url(), h.title(), h.outlet(), h.published(), r.fetched().toString()));
  }

  private static Charset charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name = p.substring(8).replace("\"", "").strip();
        try {
          Charset c = Charset.forName(name);
          String n = c.name().toUpperCase(Locale.ROOT);
          return n.equals("GBK") || n.equals("GB2312") ? Charset.forName("GB18030") : c;
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  private static String link(SyndEntry e, String base) {
    String link = blankToNull(e.getLink());
    if (link == null && e.getLinks() != null) {
      for (SyndLink l : e.getLinks()) {
        if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
          link = l.getHref();
          break;
        }
      }
    }
    if (link == null) {
      return null;
    }
    try {
      return URI.create(base).resolve(link.strip()).toString();
    } catch (IllegalArgumentException ex) {
      return link.strip();
    }
  }

  private static String body(SyndEntry e) {
    if (e.getContents() != null) {
      for (SyndContent c : e.getContents()) {
        if (c.getValue() != null && !c.getValue().isBlank()) {
          return c.getValue();
        }
      }
    }
    SyndContent d = e.getDescription();
    return d == null || d.getValue() == null || d.getValue().isBlank() ? null : d.getValue();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public void close() {
    scheduler.close();
  }

  private enum Unchanged { INSTANCE }

  /** Hands results to the sink in target order as they complete. */
  private static final class Ordered {
    private final Object[] results;
    private final PageSink sink;
    private int next;
    private int pages;
    private int unchanged;
    private int failed;

    Ordered(int size, PageSink sink) {
      this.results = new Object[size];
      this.sink = sink;
    }

    synchronized void put(int index, Object result) {
      results[index] = result;
      while (next < results.length && results[next] != null) {
        Object r = results[next];
        results[next] = Boolean.TRUE; // released; keep no page bytes
        next++;
        if (r instanceof Page p) {
          pages++;
          sink.page(p);
        } else if (r instanceof InputError e) {
          failed++;
          sink.error(e);
        } else {
          unchanged++;
        }
      }
      notifyAll();
    }

    synchronized void await() {
      while (next < results.length) {
        try {
          wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    synchronized FetchSummary summary() {
      return new FetchSummary(pages, unchanged, failed);
    }
  }
}
