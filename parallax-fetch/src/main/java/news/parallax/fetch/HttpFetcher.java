package news.parallax.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLException;

/**
 * Fetches one URL with the JDK HTTP client: conditional, size-capped, following redirects with
 * a limit and loop detection, retrying 429 and 503 answers as Retry-After asks. Only {@code http}
 * and {@code https} are fetched. Every exchange is handed to the {@link Exchanges} listener (the
 * WARC capture).
 *
 * <p>It does not wait between requests; {@link HostScheduler} does.
 */
final class HttpFetcher {
  /** Receives each request and response as it completes, for provenance. */
  interface Exchanges {
    void exchange(URI uri, HttpRequest request, int status, HttpHeaders headers, byte[] body,
        Instant when);

    Exchanges NONE = (u, r, s, h, b, w) -> {};
  }

  /** Sleeps; a test can replace it to count retries without waiting. */
  interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final HttpClient client;
  private final FetchSettings settings;
  private final Exchanges exchanges;
  private final Sleeper sleeper;

  HttpFetcher(FetchSettings settings, Exchanges exchanges, Sleeper sleeper) {
    this.settings = settings;
    this.exchanges = exchanges;
    this.sleeper = sleeper;
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.connectTimeout())
        .build();
  }

  /** Whether a URL may be fetched at all: absolute http or https with a host. */
  static String refusal(String url) {
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      return "not a valid URL: " + e.getMessage();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "only http and https URLs are fetched, not " + (scheme.isEmpty() ? "a relative URL" : scheme + ":");
    }
    if (uri.getHost() == null) {
      return "URL has no host";
    }
    return null;
  }

  /**
   * Fetches a URL, following redirects.
   *
   * @param check called with each URL before it is requested (robots.txt); returns a reason to
   *     refuse it, or null
   */
  Response fetch(String url, Validators validators, java.util.function.Function<String, String> check) {
    String current = url.strip();
    Set<String> seen = new HashSet<>();
    for (int hop = 0; ; hop++) {
      String refused = refusal(current);
      if (refused != null) {
        return Response.failed(url, current, 0, refused);
      }
      if (!seen.add(current)) {
        return Response.failed(url, current, 0, "redirect loop: " + current + " was reached twice");
      }
      if (hop > settings.maxRedirects()) {
        return Response.failed(url, current, 0,
            "too many redirects (more than " + settings.maxRedirects() + ")");
      }
      String blocked = check.apply(current);
      if (blocked != null) {
        return Response.failed(url, current, 0, blocked);
      }
      Response r = withRetries(url, current, hop == 0 ? validators : Validators.NONE);
      String location = r.failure() == null && r.status() >= 300 && r.status() < 400
          && r.status() != 304 ? r.header("location") : null;
      if (location == null) {
        return r;
      }
      try {
        current = URI.create(current).resolve(location.strip().replace(" ", "%20")).toString();
      } catch (IllegalArgumentException e) {
        return Response.failed(url, current, r.status(), "bad redirect location: " + location);
      }
    }
  }

  private Response withRetries(String requested, String url, Validators validators) {
    for (int attempt = 0; ; attempt++) {
      Response r = once(requested, url, validators);
      if (r.status() != 429 && r.status() != 503) {
        return r;
      }
      if (attempt >= settings.maxRetries()) {
        return Response.failed(requested, url, r.status(),
            "HTTP " + r.status() + " after " + (attempt + 1) + " tries");
      }
      Duration wait = retryAfter(r.header("retry-after"), attempt);
      if (wait.compareTo(settings.maxRetryWait()) > 0) {
        return Response.failed(requested, url, r.status(), "HTTP " + r.status()
            + ": the server asks to wait " + wait.toSeconds() + " s, longer than the limit of "
            + settings.maxRetryWait().toSeconds() + " s");
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Response.failed(requested, url, r.status(), "interrupted while waiting to retry");
      }
    }
  }

  /**
   * The wait a Retry-After header asks for (seconds or an HTTP date); without one, an
   * exponential backoff of 1, 2, 4 ... seconds.
   */
  static Duration retryAfter(String header, int attempt) {
    Duration backoff = Duration.ofSeconds(1L << Math.min(attempt, 10));
    if (header == null || header.isBlank()) {
      return backoff;
    }
    String h = header.strip();
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(h)));
    } catch (NumberFormatException e) {
      try {
        Duration d = Duration.between(Instant.now(),
            ZonedDateTime.parse(h, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return d.isNegative() ? Duration.ZERO : d;
      } catch (DateTimeParseException e2) {
        return backoff;
      }
    }
  }

  private Response once(String requested, String url, Validators validators) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .timeout(settings.requestTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
        .header("Accept-Encoding", "gzip, deflate")
        .GET();
    if (validators.etag() != null) {
      b.header("If-None-Match", validators.etag());
    }
    if (validators.lastModified() != null) {
      b.header("If-Modified-Since", validators.lastModified());
    }
    HttpRequest request = b.build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpConnectTimeoutException e) {
      return Response.failed(requested, url, 0, "timed out connecting after "
          + settings.connectTimeout().toSeconds() + " s");
    } catch (HttpTimeoutException e) {
      return Response.failed(requested, url, 0, "timed out after "
          + settings.requestTimeout().toSeconds() + " s");
    } catch (ConnectException e) {
      return Response.failed(requested, url, 0, unresolved(e)
          ? "DNS lookup failed for " + URI.create(url).getHost() : "connection refused");
    } catch (UnknownHostException | UnresolvedAddressException e) {
      return Response.failed(requested, url, 0, "DNS lookup failed for " + URI.create(url).getHost());
    } catch (SSLException e) {
      return Response.failed(requested, url, 0, "TLS error: " + e.getMessage());
    } catch (IOException e) {
      return Response.failed(requested, url, 0, "network error: " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.failed(requested, url, 0, "interrupted");
    } catch (IllegalArgumentException e) {
      return Response.failed(requested, url, 0, "not a valid URL: " + e.getMessage());
    }
    Map<String, List<String>> headers = lowerCased(response.headers());
    int status = response.statusCode();
    byte[] body;
    String failure = null;
    try (InputStream raw = response.body()) {
      if (status == 200) {
        long declared = response.headers().firstValueAsLong("content-length").orElse(-1);
        String encoding = response.headers().firstValue("content-encoding").orElse("identity")
            .strip().toLowerCase(Locale.ROOT);
        if (declared > settings.maxBytes() && encoding.equals("identity")) {
          failure = tooLarge(declared);
          body = new byte[0];
        } else {
          body = readCapped(raw, encoding);
          if (body == null) {
            failure = "response too large: over " + settings.maxBytes() + " bytes (limit)";
            body = new byte[0];
          }
        }
      } else {
        // other statuses: the body is not kept (at most a little of it is read)
        body = raw.readNBytes(64 * 1024);
      }
    } catch (HttpTimeoutException e) {
      return Response.failed(requested, url, status, "timed out reading the body after "
          + settings.requestTimeout().toSeconds() + " s");
    } catch (IOException e) {
      return Response.failed(requested, url, status, "body cut short: " + describe(e));
    }
    Instant when = Instant.now();
    exchanges.exchange(URI.create(url), request, status, response.headers(),
        failure == null ? body : new byte[0], when);
    if (failure != null) {
      return new Response(requested, url, status, headers, null, when, failure);
    }
    if (status == 200 || status == 304 || status >= 300 && status < 400 || status == 429
        || status == 503) {
      return new Response(requested, url, status, headers, status == 200 ? body : null, when, null);
    }
    return new Response(requested, url, status, headers, null, when, "HTTP " + status);
  }

  private byte[] readCapped(InputStream raw, String encoding) throws IOException {
    InputStream in = switch (encoding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(raw, 8192);
      case "deflate" -> new InflaterInputStream(raw);
      default -> raw;
    };
    long cap = settings.maxBytes();
    byte[] body = in.readNBytes((int) Math.min(cap + 1, Integer.MAX_VALUE - 8));
    return body.length > cap ? null : body;
  }

  private String tooLarge(long size) {
    return "response too large: " + size + " bytes, limit " + settings.maxBytes();
  }

  private static boolean unresolved(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    return m == null ? root.getClass().getSimpleName() : m;
  }

  private static Map<String, List<String>> lowerCased(HttpHeaders h) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    h.map().forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
    return out;
  }
}
