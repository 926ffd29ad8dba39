package news.parallax.model;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * One input document as received: raw bytes, where it came from, and what the container said
 * about it.
 *
 * @param source where the page came from: the input path as given, or {@code path#record}
 * @param format how the bytes are to be read
 * @param body the bytes as received (already un-gzipped)
 * @param charset the charset a container declared (HTTP header, JSON lines), or null to detect
 * @param hints metadata the container supplied
 */
public record Page(String source, Format format, byte[] body, Charset charset, PageHints hints) {

  /** How a page's bytes are to be read. */
  public enum Format {
    /** An HTML document, to be cleaned of site chrome. */
    HTML,
    /** A page already flattened to plain text, chrome included, to be cleaned like HTML. */
    TEXT_DUMP,
    /** An article body already extracted: kept as given apart from whitespace. */
    ARTICLE_TEXT
  }

  public Page {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(body, "body");
    hints = hints == null ? PageHints.NONE : hints;
  }
}
