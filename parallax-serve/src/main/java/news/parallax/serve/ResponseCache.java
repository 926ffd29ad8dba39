package news.parallax.serve;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The bodies of GET answers (with their ETags) kept until the data's version changes, so a
 * story read by many is written once. Bounded: past {@link #MAX_BYTES} it starts afresh.
 */
final class ResponseCache {
  /** At most this many bytes of bodies are kept (64 MB). */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  /** A body as sent: its content type, bytes and entity tag. */
  record Body(String type, byte[] bytes, String etag) {
    static Body of(String type, byte[] bytes) {
      return new Body(type, bytes, ETags.of(bytes));
    }
  }

  private final ConcurrentHashMap<String, Body> bodies = new ConcurrentHashMap<>();
  private long version = Long.MIN_VALUE;
  private long bytes;

  /** The body cached for the key under the version, else one made now (and kept). */
  Body get(String key, long dataVersion, Supplier<Body> make) {
    synchronized (this) {
      if (dataVersion != version || bytes > MAX_BYTES) {
        bodies.clear();
        bytes = 0;
        version = dataVersion;
      }
    }
    Body b = bodies.get(key);
    if (b != null) {
      return b;
    }
    b = make.get();
    synchronized (this) {
      if (version == dataVersion && bodies.putIfAbsent(key, b) == null) {
        bytes += b.bytes().length + key.length();
      }
    }
    return b;
  }
}
