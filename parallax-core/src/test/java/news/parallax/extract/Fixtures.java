package news.parallax.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import news.parallax.model.Page;
import news.parallax.model.PageHints;

/** Test pages under {@code src/test/resources/extract/}. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/extract/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource extract/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Page html(String name) {
    return new Page(name, Page.Format.HTML, bytes(name), null, PageHints.NONE);
  }
}
