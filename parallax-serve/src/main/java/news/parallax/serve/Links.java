package news.parallax.serve;

import java.net.URI;
import java.util.Locale;

/** Which page URLs may become links: only absolute http and https URLs with a host. */
final class Links {
  private Links() {}

  /** The URL when it is a plain http(s) URL, else null (shown as text, never as a link). */
  static String safeUrl(String url) {
    if (url == null || url.length() > 4096) {
      return null;
    }
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        return u.toASCIIString();
      }
    } catch (java.net.URISyntaxException e) {
      // not a URL: shown as text
    }
    return null;
  }
}
