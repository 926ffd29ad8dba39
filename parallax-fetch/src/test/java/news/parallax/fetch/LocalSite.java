package news.parallax.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A web site on loopback for fetching tests: fixed answers per path, answers computed per
 * request, and a log of every request with its arrival and completion time.
 */
final class LocalSite implements AutoCloseable {
  /** One logged request. */
  record Hit(String host, String path, long startNanos, long endNanos, Map<String, List<String>> headers) {}

  /** Computes an answer. */
  interface Handler {
    void handle(HttpExchange x) throws IOException;
  }

  private final List<HttpServer> servers = new ArrayList<>();
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  final List<Hit> hits = Collections.synchronizedList(new ArrayList<>());
  final int port;

  /** A site answering on 127.0.0.1 and, for {@code hosts} > 1, on 127.0.0.2 ... too. */
  LocalSite(int hosts) throws IOException {
    HttpServer first = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 64);
    port = first.getAddress().getPort();
    servers.add(first);
    for (int i = 2; i <= hosts; i++) {
      servers.add(HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0." + i), port), 64));
    }
    for (HttpServer s : servers) {
      s.createContext("/", this::dispatch);
      s.setExecutor(Executors.newFixedThreadPool(4));
      s.start();
    }
  }

  LocalSite() throws IOException {
    this(1);
  }

  /** The base URL of host {@code n} (1-based). */
  String base(int n) {
    return "http://127.0.0." + n + ":" + port;
  }

  String url(String path) {
    return base(1) + path;
  }

  void route(String path, Handler h) {
    routes.put(path, h);
  }

  /** A fixed answer. */
  void page(String path, int status, String type, byte[] body) {
    route(path, x -> send(x, status, type, body));
  }

  void html(String path, String html) {
    page(path, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** A page that answers "304 Not Modified" to its own ETag, so its text can change. */
  void versioned(String path, java.util.function.Supplier<String> html) {
    route(path, x -> {
      String body = html.get();
      String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
      if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
        x.sendResponseHeaders(304, -1);
        return;
      }
      x.getResponseHeaders().set("ETag", etag);
      send(x, 200, "text/html; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
    });
  }

  static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
    if (type != null) {
      x.getResponseHeaders().set("Content-Type", type);
    }
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  static byte[] gzip(byte[] b) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(bos)) {
      g.write(b);
    }
    return bos.toByteArray();
  }

  /** Waits (up to 5 s) until the server has logged {@code n} requests. */
  void awaitHits(int n) throws InterruptedException {
    for (int i = 0; i < 500 && hits.size() < n; i++) {
      Thread.sleep(10);
    }
  }

  /** A copy of the request log. */
  List<Hit> snapshot() {
    synchronized (hits) {
      return List.copyOf(hits);
    }
  }

  /** The paths requested from a host, in order. */
  List<String> paths(int host) {
    String h = "127.0.0." + host;
    synchronized (hits) {
      return hits.stream().filter(x -> x.host().equals(h)).map(Hit::path).toList();
    }
  }

  private void dispatch(HttpExchange x) throws IOException {
    long start = System.nanoTime();
    String path = x.getRequestURI().getRawPath()
        + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
    Handler h = routes.get(path);
    try {
      if (h == null) {
        h = routes.get(x.getRequestURI().getRawPath());
      }
      if (h == null) {
        send(x, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
      } else {
        h.handle(x);
      }
    } catch (IOException e) {
      // the client went away (a size cap, a timeout): that is what some tests want
    } finally {
      x.close();
      hits.add(new Hit(x.getLocalAddress().getAddress().getHostAddress(), path, start,
          System.nanoTime(), Map.copyOf(x.getRequestHeaders())));
    }
  }

  @Override
  public void close() {
    for (HttpServer s : servers) {
      s.stop(0);
      ((java.util.concurrent.ExecutorService) s.getExecutor()).shutdownNow();
    }
  }
}
