package news.parallax.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipException;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.model.PageHints;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the HTML and text payloads of a WARC file's response and resource records, one page a
 * record, named {@code path#n} by the record's position (1-based) in the file.
 *
 * <p>The file is read as a stream, record by record, plain or gzip-compressed (one gzip member
 * per record, as crawlers write them, or one member for the whole file), so memory is bounded
 * by the largest payload kept, not by the file. Records of other types and payloads of other
 * media types are skipped unread. A payload over the size limit is reported by its record and
 * skipped. A malformed record, or a file cut short inside a record, ends the file with an error
 * naming the record; the pages read before it are kept.
 *
 * <pre>{@code
 * try (FileChannel in = FileChannel.open(path)) {
 *   new WarcFileReader().read(path.toString(), in, Inputs.DEFAULT_MAX_BYTES, sink);
 * }
 * }</pre>
 */
final class WarcFileReader {
  /** Largest payload a Java array can hold, whatever limit is asked for. */
  private static final long ARRAY_LIMIT = Integer.MAX_VALUE - 8;

  /**
   * Whether a file is read as a web archive: by its name without a compression suffix, or by
   * its first (decompressed) bytes.
   *
   * @param name the lower-cased file name, {@code .gz} removed
   * @param head the first bytes of the decompressed content, at least 5 when there are that many
   */
  static boolean accepts(String name, byte[] head) {
    return name.endsWith(".warc") || name.endsWith(".arc")
        || head.length >= 5 && new String(head, 0, 5, StandardCharsets.ISO_8859_1).equals("WARC/");
  }

  /**
   * Reads every record from the channel, handing pages and bad records to the sink.
   *
   * @param source the input path, prefix of the page names
   * @param channel the file's raw (possibly gzip-compressed) bytes from the start
   * @param maxPayloadBytes the largest payload read into a page
   * @throws IOException when the channel holds no WARC record at all ("no WARC records"), or
   *     cannot be read for a reason other than a fault in one record
   */
  void read(String source, ReadableByteChannel channel, long maxPayloadBytes, PageSink sink)
      throws IOException {
    long limit = Math.min(maxPayloadBytes, ARRAY_LIMIT);
    int number = 0;
    try (WarcReader reader = new WarcReader(channel)) {
      boolean gzip = reader.compression() == WarcCompression.GZIP;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (ParsingException | IllegalArgumentException e) {
          sink.error(new InputError(source + "#" + (number + 1),
              "malformed WARC record: " + e.getMessage()));
          return;
        } catch (EOFException | ZipException e) {
          sink.error(new InputError(source + "#" + (number + 1), cutShort(gzip, e)));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        number++;
        String name = source + "#" + number;
        WarcRecord record = next.get();
        try {
          if ((record instanceof WarcResponse || record instanceof WarcResource) && isPage((WarcTargetRecord) record)) {
            readPayload((WarcTargetRecord) record, name, limit, sink);
          }
          record.body().consume();
        } catch (EOFException | ZipException e) {
          sink.error(new InputError(name, cutShort(gzip, e)));
          return;
        }
      }
    }
    if (number == 0) {
      throw new IOException("no WARC records");
    }
  }

  /**
   * Whether a record can hold an article: not a site's robots.txt, and for an HTTP response, a
   * success (a 404 page, a redirect or an error page is not the article asked for).
   */
  private static boolean isPage(WarcTargetRecord record) throws IOException {
    String target = record.target();
    if (target != null && target.toLowerCase(Locale.ROOT).matches("https?://[^/]+/robots\\.txt")) {
      return false;
    }
    if (record instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)) {
      try {
        int status = response.http().status();
        return status >= 200 && status < 300;
      } catch (ParsingException e) {
        return true; // not HTTP after all: the payload reader says what it is
      }
    }
    return true;
  }

  /** The reason for a record that the end of the file or a gzip fault cut short. */
  private static String cutShort(boolean gzip, IOException e) {
    if (e instanceof ZipException) {
      return "corrupt gzip: " + e.getMessage();
    }
    return gzip ? "truncated gzip: the file ends inside this record"
        : "truncated WARC: the file ends inside this record";
  }

  /**
   * Hands the record's payload to the sink as a page when it is HTML or text and within the
   * limit; other faults are reported for the record.
   *
   * @throws EOFException when the file ends inside the payload
   * @throws ZipException when the gzip data inside the payload is corrupt
   */
  private static void readPayload(WarcTargetRecord record, String source, long limit,
      PageSink sink) throws EOFException, ZipException {
    try {
      Optional<WarcPayload> payload = record.payload();
      if (payload.isEmpty()) {
        return;
      }
      MediaType type = payload.get().type();
      String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
      Page.Format format;
      if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
        format = Page.Format.HTML;
      } else if (base.equals("text/plain")) {
        format = Page.Format.TEXT_DUMP;
      } else {
        return;
      }
      long declared = payload.get().body().size();
      if (declared > limit) {
        sink.error(new InputError(source, tooLarge(declared, limit)));
        return;
      }
      byte[] body;
      try (InputStream in = payload.get().body().stream()) {
        body = in.readNBytes((int) limit + 1);
        if (body.length > limit) {
          long size = body.length + in.transferTo(OutputStream.nullOutputStream());
          sink.error(new InputError(source, tooLarge(size, limit)));
          return;
        }
      }
      if (body.length == 0) {
        sink.error(new InputError(source, "empty payload"));
        return;
      }
      String charsetName = type.parameters().get("charset");
      Charset charset = charsetName == null ? null : Charsets.forName(charsetName);
      sink.page(new Page(source, format, body, charset,
          new PageHints(record.target(), null, null, null, record.date().toString())));
    } catch (EOFException | ZipException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      sink.error(new InputError(source, "unreadable WARC payload: " + e.getMessage()));
    }
  }

  private static String tooLarge(long size, long limit) {
    return "record payload too large: " + size + " bytes, limit " + limit;
  }
}
