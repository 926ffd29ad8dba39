package news.parallax.serve;

import java.util.List;

/**
 * How the server listens and what it allows.
 *
 * <pre>{@code
 * ServeSettings s = ServeSettings.defaults().withPort(0).withRate(0);
 * }</pre>
 *
 * @param host the address to bind ({@code 127.0.0.1}: this machine only)
 * @param port the TCP port, or 0 for any free one
 * @param maxUploadBytes the largest body {@code POST /api/pages} takes
 * @param rate requests a second allowed per client address (bursts of as many again), 0 for no limit
 * @param corsOrigins origins allowed to call the API from a browser; empty: CORS off
 */
public record ServeSettings(String host, int port, long maxUploadBytes, double rate,
    List<String> corsOrigins) {

  /** Default upload limit: 32 MB, enough for a WARC of a few hundred pages. */
  public static final long DEFAULT_MAX_UPLOAD = 32L * 1024 * 1024;

  public ServeSettings {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("bind address is empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    if (maxUploadBytes < 1) {
      throw new IllegalArgumentException("upload limit must be at least 1 byte, got " + maxUploadBytes);
    }
    if (rate < 0 || Double.isNaN(rate)) {
      throw new IllegalArgumentException("rate must be 0 (no limit) or more, got " + rate);
    }
    corsOrigins = List.copyOf(corsOrigins);
  }

  /** Loopback, port 8080, 32 MB uploads, 50 requests a second per client, CORS off. */
  public static ServeSettings defaults() {
    return new ServeSettings("127.0.0.1", 8080, DEFAULT_MAX_UPLOAD, 50, List.of());
  }

  public ServeSettings withHost(String v) {
    return new ServeSettings(v, port, maxUploadBytes, rate, corsOrigins);
  }

  public ServeSettings withPort(int v) {
    return new ServeSettings(host, v, maxUploadBytes, rate, corsOrigins);
  }

  public ServeSettings withMaxUploadBytes(long v) {
    return new ServeSettings(host, port, v, rate, corsOrigins);
  }

  public ServeSettings withRate(double v) {
    return new ServeSettings(host, port, maxUploadBytes, v, corsOrigins);
  }

  public ServeSettings withCorsOrigins(List<String> v) {
    return new ServeSettings(host, port, maxUploadBytes, rate, v);
  }
}
