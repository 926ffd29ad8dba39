package news.parallax.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.model.PageHints;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the HTML and text payloads of a WARC file's response and resource records, one page a
 * record, named {@code path#n} by the record's position (1-based) in the file. Records of other
 * types and payloads of other media types are skipped; a malformed record ends the file with an
 * error naming the record, and the pages read before it are kept.
 */
final class WarcFileReader implements PageReader {

  @Override
  public String name() {
    return "warc";
  }

  @Override
  public boolean accepts(InputFile file) {
    return file.nameEndsWith(".warc", ".arc") || file.head(5).equals("WARC/");
  }

  @Override
  public void read(InputFile file, PageSink sink) throws IOException {
    int number = 0;
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(file.bytes()))) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (ParsingException | IllegalArgumentException e) {
          sink.error(new InputError(file.source() + "#" + (number + 1),
              "malformed WARC record: " + e.getMessage()));
          return;
        }
        if (next.isEmpty()) {
          break;
        }
        number++;
        WarcRecord record = next.get();
        if (record instanceof WarcResponse || record instanceof WarcResource) {
          readPayload((WarcTargetRecord) record, file.source() + "#" + number, sink);
        }
      }
    }
    if (number == 0) {
      throw new IOException("no WARC records");
    }
  }

  private static void readPayload(WarcTargetRecord record, String source, PageSink sink) {
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
      byte[] body;
      try (InputStream in = payload.get().body().stream()) {
        body = in.readAllBytes();
      }
      if (body.length == 0) {
        sink.error(new InputError(source, "empty payload"));
        return;
      }
      String charsetName = type.parameters().get("charset");
      Charset charset = charsetName == null ? null : Charsets.forName(charsetName);
      sink.page(new Page(source, format, body, charset,
          new PageHints(record.target(), null, null, null)));
    } catch (IOException | RuntimeException e) {
      sink.error(new InputError(source, "unreadable WARC payload: " + e.getMessage()));
    }
  }
}
