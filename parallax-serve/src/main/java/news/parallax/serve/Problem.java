package news.parallax.serve;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import news.parallax.report.Untrusted;

/**
 * An error answered as RFC 9457 problem details: {@code application/problem+json} with
 * {@code type}, {@code title}, {@code status}, {@code detail} and {@code instance}.
 *
 * <pre>{@code
 * throw Problem.notFound("no story 1234");
 * }</pre>
 */
final class Problem extends RuntimeException {
  private static final Map<Integer, String> TITLES = Map.of(
      400, "Bad Request",
      404, "Not Found",
      405, "Method Not Allowed",
      413, "Content Too Large",
      415, "Unsupported Media Type",
      429, "Too Many Requests",
      500, "Internal Server Error");

  final int status;
  final String slug;

  Problem(int status, String slug, String detail) {
    super(detail);
    this.status = status;
    this.slug = slug;
  }

  static Problem notFound(String detail) {
    return new Problem(404, "not-found", detail);
  }

  static Problem badRequest(String detail) {
    return new Problem(400, "bad-request", detail);
  }

  static String title(int status) {
    return TITLES.getOrDefault(status, "Error " + status);
  }

  /** The problem document; {@code type} names the kind of problem, documented in the OpenAPI file. */
  static byte[] json(int status, String slug, String detail, String instance) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = new JsonFactory().setCharacterEscapes(Untrusted.JSON_ESCAPES)
        .createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("type", "/api/problems/" + slug);
      g.writeStringField("title", title(status));
      g.writeNumberField("status", status);
      g.writeStringField("detail", detail);
      g.writeStringField("instance", instance);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
