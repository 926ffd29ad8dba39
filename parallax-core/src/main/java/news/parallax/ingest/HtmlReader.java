package news.parallax.ingest;

import java.util.Locale;
import news.parallax.model.Page;

/** Reads an HTML file as one page. */
final class HtmlReader implements PageReader {

  @Override
  public String name() {
    return "html";
  }

  @Override
  public boolean accepts(InputFile file) {
    if (file.nameEndsWith(".html", ".htm", ".xhtml", ".shtml")) {
      return true;
    }
    return looksLikeHtml(file.head(1024));
  }

  static boolean looksLikeHtml(String head) {
    String h = head.stripLeading().toLowerCase(Locale.ROOT);
    return h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<head")
        || h.startsWith("<?xml") && h.contains("<html") || h.contains("<body");
  }

  @Override
  public void read(InputFile file, PageSink sink) {
    sink.page(new Page(file.source(), Page.Format.HTML, file.bytes(), null, null));
  }
}
