package news.parallax.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How politely and how far the fetcher goes.
 *
 * @param contact a URL or e-mail address where a site's operator can reach the user; it is sent
 *     in the User-Agent, and a crawl without one says so there
 * @param minDelay the least time between the end of one request to a host and the start of the
 *     next; robots.txt's Crawl-delay lengthens it, never shortens it
 * @param maxCrawlDelay the longest Crawl-delay honoured; a host asking for more is skipped
 * @param obeyRobots whether robots.txt is read and obeyed
 * @param connectTimeout how long to wait for a connection
 * @param requestTimeout how long to wait for a whole response
 * @param maxBytes the largest response body kept, after decompression
 * @param maxRedirects how many redirects one request follows
 * @param maxRetries how many times a 429 or 503 answer is retried
 * @param maxRetryWait the longest wait before a retry; a Retry-After asking for more gives up
 * @param workers how many hosts are fetched from at once
 */
public record FetchSettings(
    String contact,
    Duration minDelay,
    Duration maxCrawlDelay,
    boolean obeyRobots,
    Duration connectTimeout,
    Duration requestTimeout,
    long maxBytes,
    int maxRedirects,
    int maxRetries,
    Duration maxRetryWait,
    int workers) {

  /** The product token sent in the User-Agent and matched in robots.txt. */
  public static final String AGENT = "Parallax";

  public FetchSettings {
    Objects.requireNonNull(minDelay, "minDelay");
    Objects.requireNonNull(maxCrawlDelay, "maxCrawlDelay");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(maxRetryWait, "maxRetryWait");
    if (minDelay.isNegative()) {
      throw new IllegalArgumentException("minDelay must not be negative, was " + minDelay);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    if (maxRedirects < 0 || maxRetries < 0) {
      throw new IllegalArgumentException("maxRedirects and maxRetries must not be negative");
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, was " + workers);
    }
  }

  /**
   * The defaults: one request at a time per host, a second apart; robots.txt obeyed with a
   * Crawl-delay up to a minute; 10 s to connect, 60 s for a response; 32 MB a response; 10
   * redirects; 3 retries waiting up to 2 minutes; 16 hosts at once.
   */
  public static FetchSettings defaults() {
    return new FetchSettings(null, Duration.ofSeconds(1), Duration.ofSeconds(60), true,
        Duration.ofSeconds(10), Duration.ofSeconds(60), 32L * 1024 * 1024, 10, 3,
        Duration.ofMinutes(2), 16);
  }

  /** The User-Agent header: product, version, and where to reach the user. */
  public String userAgent() {
    String reach = contact == null || contact.isBlank() ? "no contact given" : "+" + contact.strip();
    return AGENT + "/0.1 (news analysis; " + reach + ")";
  }

  public FetchSettings withContact(String v) {
    return new FetchSettings(v, minDelay, maxCrawlDelay, obeyRobots, connectTimeout,
        requestTimeout, maxBytes, maxRedirects, maxRetries, maxRetryWait, workers);
  }

  public FetchSettings withMinDelay(Duration v) {
    return new FetchSettings(contact, v, maxCrawlDelay, obeyRobots, connectTimeout,
        requestTimeout, maxBytes, maxRedirects, maxRetries, maxRetryWait, workers);
  }

  public FetchSettings withObeyRobots(boolean v) {
    return new FetchSettings(contact, minDelay, maxCrawlDelay, v, connectTimeout,
        requestTimeout, maxBytes, maxRedirects, maxRetries, maxRetryWait, workers);
  }

  public FetchSettings withTimeouts(Duration connect, Duration request) {
    return new FetchSettings(contact, minDelay, maxCrawlDelay, obeyRobots, connect, request,
        maxBytes, maxRedirects, maxRetries, maxRetryWait, workers);
  }

  public FetchSettings withMaxBytes(long v) {
    return new FetchSettings(contact, minDelay, maxCrawlDelay, obeyRobots, connectTimeout,
        requestTimeout, v, maxRedirects, maxRetries, maxRetryWait, workers);
  }

  public FetchSettings withRetries(int retries, Duration maxWait) {
    return new FetchSettings(contact, minDelay, maxCrawlDelay, obeyRobots, connectTimeout,
        requestTimeout, maxBytes, maxRedirects, retries, maxWait, workers);
  }

  public FetchSettings withWorkers(int v) {
    return new FetchSettings(contact, minDelay, maxCrawlDelay, obeyRobots, connectTimeout,
        requestTimeout, maxBytes, maxRedirects, maxRetries, maxRetryWait, v);
  }
}
