package news.parallax.serve;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code rate} requests a second, bursts of up to
 * {@code rate} more; past that a request is refused with the seconds until one is allowed.
 */
final class RateLimiter {
  /** Buckets kept before idle ones are dropped (bounds memory under many addresses). */
  private static final int MAX_CLIENTS = 10_000;
  private final double rate;
  private final double burst;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  private static final class Bucket {
    double tokens;
    long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }
  }

  RateLimiter(double rate) {
    if (!(rate > 0)) {
      throw new IllegalArgumentException("rate must be above 0 requests a second, got " + rate);
    }
    this.rate = rate;
    this.burst = Math.max(1, rate);
  }

  /** 0 when the request may go on, else the whole seconds to wait before the next is allowed. */
  long acquire(String client, long nanoTime) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(b -> nanoTime - b.last > 60_000_000_000L);
    }
    Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, nanoTime));
    synchronized (b) {
      b.tokens = Math.min(burst, b.tokens + (nanoTime - b.last) / 1e9 * rate);
      b.last = nanoTime;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
      }
      return Math.max(1, (long) Math.ceil((1 - b.tokens) / rate));
    }
  }
}
