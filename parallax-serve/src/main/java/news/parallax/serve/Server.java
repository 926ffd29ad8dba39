package news.parallax.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.parallax.ingest.Inputs;
import news.parallax.ingest.PageSink;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.serve.StoryData.IngestReport;
import news.parallax.serve.StoryData.Order;
import news.parallax.serve.StoryData.StoryEntry;
import news.parallax.serve.StoryData.StoryQuery;

/**
 * The HTTP API and web UI of {@code parallax serve}, one Javalin (Jetty 12) server over a
 * {@link StoryData}.
 *
 * <pre>{@code
 * try (Server s = Server.start(data, ServeSettings.defaults().withPort(0))) {
 *   System.out.println("http://127.0.0.1:" + s.port() + "/");
 * }
 * }</pre>
 */
public final class Server implements AutoCloseable {
  /**
   * The Content-Security-Policy of every response: scripts, styles and connections only from
   * this server, no inline script or style, no plugins, no framing.
   */
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
      + " connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  private static final byte[] OPENAPI = resource("openapi.json");
  /** The files under /static/, read once: the style sheet, the page script, htmx and its licence. */
  private static final java.util.Map<String, ResponseCache.Body> STATIC = java.util.Map.of(
      "parallax.css", ResponseCache.Body.of("text/css; charset=utf-8", resource("static/parallax.css")),
      "parallax.js", ResponseCache.Body.of("text/javascript; charset=utf-8", resource("static/parallax.js")),
      "htmx.min.js", ResponseCache.Body.of("text/javascript; charset=utf-8", resource("static/htmx.min.js")),
      "htmx.LICENSE.txt", ResponseCache.Body.of("text/plain; charset=utf-8", resource("static/htmx.LICENSE.txt")));

  private final Javalin app;
  private final LiveUpdates live;
  private final WebPages web;

  private Server(Javalin app, LiveUpdates live, WebPages web) {
    this.app = app;
    this.live = live;
    this.web = web;
  }

  /** Starts a server over the data; it runs until {@link #close()}. */
  public static Server start(StoryData data, ServeSettings settings) {
    LiveUpdates live = new LiveUpdates(data);
    RateLimiter limiter = settings.rate() > 0 ? new RateLimiter(settings.rate()) : null;
    ResponseCache cache = new ResponseCache();
    WebPages web = new WebPages(data, cache);
    Javalin app = Javalin.create(cfg -> {
      cfg.jetty.host = settings.host();
      cfg.jetty.port = settings.port();
      cfg.http.maxRequestSize = settings.maxUploadBytes();
      cfg.startup.showJavalinBanner = false;
      cfg.routes.before(ctx -> {
        secure(ctx);
        cors(ctx, settings.corsOrigins());
        if (limiter != null && !ctx.path().startsWith("/static/")) {
          long wait = limiter.acquire(ctx.ip(), System.nanoTime());
          if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new Problem(429, "rate-limited", "more than " + fmt(settings.rate())
                + " requests a second from " + ctx.ip() + "; retry after " + wait + " s");
          }
        }
      });
      cfg.routes.get("/static/{name}", ctx -> {
        ResponseCache.Body b = STATIC.get(ctx.pathParam("name"));
        if (b == null) {
          throw Problem.notFound("no such file: " + ctx.path());
        }
        ctx.header("Cache-Control", "max-age=3600");
        send(ctx, b);
      });
      api(cfg.routes, data, live, settings, cache);
      web.routes(cfg.routes);
      cfg.routes.exception(Problem.class, (e, ctx) -> problem(ctx, e.status, e.slug, e.getMessage(), web));
      cfg.routes.exception(IllegalArgumentException.class,
          (e, ctx) -> problem(ctx, 400, "bad-request", e.getMessage(), web));
      cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
          problem(ctx, e.getStatus(), slug(e.getStatus()), e.getMessage(), web));
      cfg.routes.exception(Exception.class, (e, ctx) ->
          problem(ctx, 500, "internal", "internal error: " + e, web));
      cfg.routes.error(404, ctx -> {
        if (ctx.attribute("problem") == null) {
          problem(ctx, 404, "not-found", "no such page: " + ctx.path(), web);
        }
      });
      cfg.routes.error(413, ctx -> {
        if (ctx.attribute("problem") == null) {
          problem(ctx, 413, "too-large", "the body is over the limit of " + settings.maxUploadBytes()
              + " bytes", web);
        }
      });
    });
    app.start();
    return new Server(app, live, web);
  }

  private static void api(io.javalin.config.RoutesConfig r, StoryData data, LiveUpdates live,
      ServeSettings settings, ResponseCache cache) {
    Reads json = new Reads(r, data, cache, "application/json");
    json.get("/api/health", ctx -> ApiJson.health(data.health()));
    json.get("/api/openapi.json", ctx -> OPENAPI);
    json.get("/api/stories", ctx -> ApiJson.stories(data.stories(query(ctx))));
    json.get("/api/stories/{id}", ctx -> ApiJson.story(data.storyRecord(ctx.pathParam("id"))
        .orElseThrow(() -> Problem.notFound("no story " + ctx.pathParam("id")))));
    json.get("/api/stories/{id}/articles", ctx -> ApiJson.articles(story(data, ctx)));
    json.get("/api/stories/{id}/quotes", ctx -> ApiJson.quotes(story(data, ctx)));
    json.get("/api/stories/{id}/claims", ctx -> ApiJson.claims(story(data, ctx)));
    json.get("/api/stories/{id}/comparisons", ctx -> ApiJson.comparisons(story(data, ctx)));
    json.get("/api/stories/{id}/timeline", ctx -> ApiJson.timeline(story(data, ctx)));
    json.get("/api/articles/{id}", ctx -> ApiJson.article(data.article(ctx.pathParam("id"))
        .orElseThrow(() -> Problem.notFound("no article " + ctx.pathParam("id")))));
    json.get("/api/entities", ctx -> ApiJson.entities(
        data.entities(ctx.queryParam("q"), limit(ctx, 100, 1000))));
    json.get("/api/search", ctx -> {
      String q = required(ctx, "q");
      return ApiJson.search(q, data.search(q, limit(ctx, 20, 100)));
    });
    r.post("/api/pages", ctx -> {
      IngestReport report = ingest(data, ctx, settings);
      ctx.status(report.articles().isEmpty() && !report.errors().isEmpty() ? 422 : 200);
      send(ctx, ResponseCache.Body.of("application/json", ApiJson.ingest(report)));
    });
    r.sse("/api/events", live::add);
  }

  private static StoryEntry story(StoryData data, Context ctx) {
    String id = ctx.pathParam("id");
    return data.story(id).orElseThrow(() -> Problem.notFound("no story " + id));
  }

  static StoryQuery query(Context ctx) {
    String order = ctx.queryParam("order");
    Order o;
    if (order == null || order.isBlank() || order.equals("newest")) {
      o = Order.NEWEST;
    } else if (order.equals("largest")) {
      o = Order.LARGEST;
    } else {
      throw Problem.badRequest("order must be newest or largest, got '" + order + "'");
    }
    return new StoryQuery(ctx.queryParam("since"), ctx.queryParam("until"), ctx.queryParam("language"),
        ctx.queryParam("outlet"), ctx.queryParam("entity"), ctx.queryParam("q"), o,
        ctx.queryParam("cursor"), limit(ctx, 20, 100));
  }

  static int limit(Context ctx, int dflt, int max) {
    String v = ctx.queryParam("limit");
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.trim());
      if (n >= 1 && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Problem.badRequest("limit must be a whole number from 1 to " + max + ", got '" + v + "'");
  }

  private static String required(Context ctx, String param) {
    String v = ctx.queryParam(param);
    if (v == null || v.isBlank()) {
      throw Problem.badRequest("the query parameter '" + param + "' is required");
    }
    return v;
  }

  /**
   * Reads the body as the input kinds {@code ingest} reads; the file name (query parameter
   * {@code name}, else one made from the content type) says which.
   */
  private static IngestReport ingest(StoryData data, Context ctx, ServeSettings settings) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length > settings.maxUploadBytes()) {
      throw new Problem(413, "too-large", "the body has " + body.length + " bytes, over the limit of "
          + settings.maxUploadBytes());
    }
    if (body.length == 0) {
      throw Problem.badRequest("the body is empty; send a page (HTML, text, JSON lines, WARC, gzip)");
    }
    String name = ctx.queryParam("name");
    if (name == null || name.isBlank()) {
      name = "upload-" + ETags.hash(body) + extension(ctx.contentType());
    } else if (name.length() > 200 || name.contains("/") || name.contains("\\")) {
      throw Problem.badRequest("name must be a plain file name of at most 200 characters");
    }
    List<Page> pages = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    Inputs.standard().withMaxBytes(settings.maxUploadBytes()).read(name, name, body, new PageSink() {
      @Override
      public void page(Page page) {
        pages.add(page);
      }

      @Override
      public void error(InputError error) {
        errors.add(error);
      }
    });
    return data.ingest(pages, errors);
  }

  private static String extension(String contentType) {
    String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (t.startsWith("text/html") || t.startsWith("application/xhtml")) {
      return ".html";
    } else if (t.contains("ndjson") || t.contains("jsonl") || t.contains("json-lines")) {
      return ".jsonl";
    } else if (t.startsWith("application/warc")) {
      return ".warc";
    } else if (t.contains("gzip")) {
      return ".gz";
    } else if (t.contains("rss")) {
      return ".rss";
    } else if (t.contains("atom")) {
      return ".atom";
    }
    return ".txt";
  }

  /**
   * GET routes whose answers are cached until the data changes: each route makes its body from
   * the request, and every answer carries its ETag.
   */
  static final class Reads {
    private final io.javalin.config.RoutesConfig routes;
    private final StoryData data;
    private final ResponseCache cache;
    private final String type;

    /** What makes a body from a request. */
    interface Maker {
      byte[] make(Context ctx);
    }

    Reads(io.javalin.config.RoutesConfig routes, StoryData data, ResponseCache cache, String type) {
      this.routes = routes;
      this.data = data;
      this.cache = cache;
      this.type = type;
    }

    void get(String path, Maker maker) {
      routes.get(path, ctx -> {
        String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
        send(ctx, cache.get(key, data.version(), () -> ResponseCache.Body.of(type, maker.make(ctx))));
      });
    }
  }

  /** Sends a body with its ETag; a GET whose If-None-Match names it gets 304 and no body. */
  static void send(Context ctx, ResponseCache.Body body) {
    ctx.header("ETag", body.etag());
    if (ctx.status().getCode() == 200 && ctx.method().name().equals("GET")
        && ETags.matches(ctx.header("If-None-Match"), body.etag())) {
      ctx.status(304);
      return;
    }
    ctx.contentType(body.type());
    ctx.result(body.bytes());
  }

  private static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  private static void cors(Context ctx, List<String> origins) {
    String origin = ctx.header("Origin");
    if (origin != null && !origins.isEmpty() && ctx.path().startsWith("/api/")
        && (origins.contains("*") || origins.contains(origin))) {
      ctx.header("Access-Control-Allow-Origin", origins.contains("*") ? "*" : origin);
      ctx.header("Vary", "Origin");
      ctx.header("Access-Control-Expose-Headers", "ETag, Retry-After");
    }
  }

  private static void problem(Context ctx, int status, String slug, String detail, WebPages web) {
    ctx.attribute("problem", slug);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/problem+json");
      ctx.result(Problem.json(status, slug, detail, ctx.path()));
    } else {
      ctx.contentType("text/html; charset=utf-8");
      ctx.result(web.error(status, Problem.title(status), detail));
    }
  }

  private static String slug(int status) {
    return switch (status) {
      case 404 -> "not-found";
      case 405 -> "method-not-allowed";
      case 413 -> "too-large";
      case 415 -> "unsupported-media-type";
      default -> status < 500 ? "bad-request" : "internal";
    };
  }

  private static String fmt(double rate) {
    return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Server.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The HTML of a story's page, as {@code GET /stories/{id}} answers it. */
  public String storyPage(String id) {
    return web.story(id);
  }

  /** How many browsers listen for live updates. */
  int listeners() {
    return live.listeners();
  }

  @Override
  public void close() {
    live.closeAll();
    app.stop();
  }
}
