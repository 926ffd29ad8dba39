package news.parallax.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.parallax.internal.Resources;

/**
 * Canonical forms of web addresses, so that one article reached by several links is one
 * article.
 *
 * <p>An {@code http} or {@code https} URL loses its fragment, its default port, its dot segments
 * and the query parameters that only track a click or a campaign (listed in
 * {@code ingest/tracking-parameters.txt}); its scheme and host are lower-cased and an empty path
 * becomes {@code /}. Other parameters keep their order, since sites differ in whether it
 * matters. Anything else (another scheme, a relative or malformed address) is returned trimmed.
 *
 * <pre>{@code
 * Urls.canonical("HTTPS://Example.com:443/a/../news?id=7&utm_source=x#top")
 *     // "https://example.com/news?id=7"
 * }</pre>
 */
public final class Urls {
  private static final List<String> EXACT = new ArrayList<>();
  private static final List<String> PREFIXES = new ArrayList<>();

  static {
    for (String name : Resources.lines("news/parallax/ingest/tracking-parameters.txt")) {
      if (name.endsWith("*")) {
        PREFIXES.add(name.substring(0, name.length() - 1).toLowerCase(Locale.ROOT));
      } else {
        EXACT.add(name.toLowerCase(Locale.ROOT));
      }
    }
  }

  private Urls() {}

  /** Whether {@code url} is an absolute {@code http} or {@code https} address. */
  public static boolean isWeb(String url) {
    if (url == null) {
      return false;
    }
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://");
  }

  /** The canonical form of {@code url}, or null for null. */
  public static String canonical(String url) {
    if (url == null) {
      return null;
    }
    String trimmed = url.strip();
    if (!isWeb(trimmed)) {
      return trimmed;
    }
    URI uri;
    try {
      uri = new URI(trimmed.replace(" ", "%20")).normalize();
    } catch (URISyntaxException e) {
      return trimmed;
    }
    String host = uri.getHost();
    if (host == null) {
      return trimmed;
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    if (scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443) {
      port = -1;
    }
    StringBuilder out = new StringBuilder(trimmed.length());
    out.append(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
    if (port != -1) {
      out.append(':').append(port);
    }
    String path = uri.getRawPath();
    out.append(path == null || path.isEmpty() ? "/" : path);
    String query = withoutTracking(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  /** The host of a web address, lower-cased, or null. */
  public static String host(String url) {
    if (!isWeb(url)) {
      return null;
    }
    try {
      String host = new URI(url.strip().replace(" ", "%20")).getHost();
      return host == null ? null : host.toLowerCase(Locale.ROOT);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String withoutTracking(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    StringBuilder kept = new StringBuilder(query.length());
    for (String part : query.split("&")) {
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = (eq < 0 ? part : part.substring(0, eq)).toLowerCase(Locale.ROOT);
      if (isTracking(name)) {
        continue;
      }
      if (kept.length() > 0) {
        kept.append('&');
      }
      kept.append(part);
    }
    return kept.toString();
  }

  private static boolean isTracking(String name) {
    if (EXACT.contains(name)) {
      return true;
    }
    for (String p : PREFIXES) {
      if (name.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
