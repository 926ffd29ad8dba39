package news.parallax.extract;

import java.net.URI;
import java.util.Locale;

/** Outlet names from URLs. */
final class Outlets {
  private Outlets() {}

  /** The host of {@code url} without a leading "www.", or null when it has none. */
  static String fromUrl(String url) {
    try {
      String host = URI.create(url.trim().replace(" ", "%20")).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
