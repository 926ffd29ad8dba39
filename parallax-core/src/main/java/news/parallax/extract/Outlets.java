package news.parallax.extract;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import news.parallax.internal.Resources;

/** Outlet names from URLs: the names of {@code extract/outlets.tsv}, else the host. */
final class Outlets {
  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    for (String line : Resources.lines("news/parallax/extract/outlets.tsv")) {
      String[] parts = line.split("\t");
      if (parts.length == 2) {
        NAMES.put(parts[0].strip().toLowerCase(Locale.ROOT), parts[1].strip());
      }
    }
  }

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

  /**
   * The listed name of the outlet at {@code url} (its host or a parent domain in the list), or
   * null when the list does not name it.
   */
  static String listed(String url) {
    String host = fromUrl(url);
    for (String h = host; h != null; ) {
      String name = NAMES.get(h);
      if (name != null) {
        return name;
      }
      int dot = h.indexOf('.');
      h = dot < 0 || h.indexOf('.', dot + 1) < 0 ? null : h.substring(dot + 1);
    }
    return null;
  }
}
