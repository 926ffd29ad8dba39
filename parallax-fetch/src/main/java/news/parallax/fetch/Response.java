package news.parallax.fetch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one fetch gave: a body, "not modified", or a failure with its reason.
 *
 * @param requested the URL asked for
 * @param url the URL that answered, after redirects
 * @param status the final HTTP status, or 0 when no answer came
 * @param headers the final response's headers (names lower-cased)
 * @param body the body, decompressed, or null
 * @param fetched when the final response arrived
 * @param failure why there is no body, or null
 */
public record Response(
    String requested,
    String url,
    int status,
    Map<String, List<String>> headers,
    byte[] body,
    Instant fetched,
    String failure) {

  public Response {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  /** Whether a body arrived (status 200). */
  public boolean ok() {
    return failure == null && body != null;
  }

  /** Whether the server said the page has not changed since the validators sent. */
  public boolean notModified() {
    return status == 304;
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    List<String> v = headers.get(name.toLowerCase(java.util.Locale.ROOT));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  static Response failed(String requested, String url, int status, String reason) {
    return new Response(requested, url, status, Map.of(), null, Instant.now(), reason);
  }
}
