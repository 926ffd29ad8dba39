package news.parallax.flink;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import news.parallax.model.Page;
import news.parallax.model.PageHints;

/**
 * The bytes the job's records carry: pages in a small binary form, analyses, articles and
 * stories as JSON (the form the store keeps them in), so that Flink never falls back to a
 * generic serializer.
 */
final class Payloads {
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private Payloads() {}

  static byte[] json(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T json(byte[] bytes, Class<T> type) {
    try {
      return JSON.readValue(bytes, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] page(Page p) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(p.body().length + 256);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeUTF(p.source());
      out.writeUTF(p.format().name());
      text(out, p.charset() == null ? null : p.charset().name());
      PageHints h = p.hints();
      text(out, h.url());
      text(out, h.title());
      text(out, h.outlet());
      text(out, h.published());
      text(out, h.fetched());
      out.writeInt(p.body().length);
      out.write(p.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Page page(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      String source = in.readUTF();
      Page.Format format = Page.Format.valueOf(in.readUTF());
      String charset = text(in);
      PageHints hints = new PageHints(text(in), text(in), text(in), text(in), text(in));
      byte[] body = in.readNBytes(in.readInt());
      return new Page(source, format, body, charset == null ? null : Charset.forName(charset),
          hints);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A string that may be null or longer than writeUTF takes. */
  private static void text(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String text(DataInputStream in) throws IOException {
    int n = in.readInt();
    return n < 0 ? null : new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
  }
}
