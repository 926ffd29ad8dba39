package news.parallax.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes every exchange to a gzipped WARC file: a request record and a response record,
 * linked, dated when the response arrived, so that a run can be analysed again offline and a
 * reader can show exactly what a page said and when.
 *
 * <p>Bodies are stored decoded: a gzip or deflate transfer is unpacked, and the response's
 * {@code Content-Encoding} header is kept under the name {@code X-Parallax-Original-Content-Encoding}
 * so the record says what was sent. The file is created with the first exchange.
 */
public final class WarcCapture implements HttpFetcher.Exchanges, AutoCloseable {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path dir;
  private Path file;
  private WarcWriter writer;

  /** A capture writing into {@code dir} (created when needed). */
  public WarcCapture(Path dir) {
    this.dir = dir;
  }

  /** The file written to, or null before the first exchange. */
  public synchronized Path file() {
    return file;
  }

  @Override
  public synchronized void exchange(URI uri, HttpRequest request, int status, HttpHeaders headers,
      byte[] body, Instant when) {
    try {
      if (writer == null) {
        Files.createDirectories(dir);
        String base = "parallax-" + STAMP.format(when) + "-" + ProcessHandle.current().pid();
        Path f = dir.resolve(base + ".warc.gz");
        for (int n = 2; Files.exists(f); n++) {
          f = dir.resolve(base + "-" + n + ".warc.gz");
        }
        file = f;
        writer = new WarcWriter(Files.newByteChannel(f,
            java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE),
            WarcCompression.GZIP);
      }
      org.netpreserve.jwarc.HttpRequest.Builder req =
          new org.netpreserve.jwarc.HttpRequest.Builder(request.method(), target(uri));
      req.addHeader("Host", uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
      request.headers().map().forEach((k, vs) -> vs.forEach(v -> req.addHeader(k, v)));
      WarcRequest warcRequest = new WarcRequest.Builder(uri).date(when).body(req.build()).build();
      HttpResponse.Builder res = new HttpResponse.Builder(status, reason(status));
      for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
        String name = e.getKey().toLowerCase(Locale.ROOT);
        if (name.equals("content-length") || name.equals("transfer-encoding") || name.startsWith(":")) {
          continue;
        }
        String stored = name.equals("content-encoding") ? "X-Parallax-Original-Content-Encoding" : e.getKey();
        e.getValue().forEach(v -> res.addHeader(stored, v));
      }
      String type = headers.firstValue("content-type").orElse("application/octet-stream");
      MediaType media;
      try {
        media = MediaType.parse(type);
      } catch (IllegalArgumentException bad) {
        media = MediaType.OCTET_STREAM;
      }
      res.body(media, body);
      WarcResponse warcResponse = new WarcResponse.Builder(uri).date(when)
          .concurrentTo(warcRequest.id()).body(res.build()).build();
      writer.write(warcRequest);
      writer.write(warcResponse);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the WARC file in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String target(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 302 -> "Found";
      case 303 -> "See Other";
      case 304 -> "Not Modified";
      case 307 -> "Temporary Redirect";
      case 308 -> "Permanent Redirect";
      case 404 -> "Not Found";
      case 429 -> "Too Many Requests";
      case 503 -> "Service Unavailable";
      default -> "Status " + status;
    };
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      writer.close();
      writer = null;
    }
  }
}
