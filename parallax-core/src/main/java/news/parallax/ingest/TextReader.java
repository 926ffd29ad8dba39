package news.parallax.ingest;

import news.parallax.model.Page;

/**
 * Reads a plain-text page dump (a page flattened to text, chrome included) as one page. It
 * accepts any file the other readers left, so it comes last.
 */
final class TextReader implements PageReader {

  @Override
  public String name() {
    return "text";
  }

  @Override
  public boolean accepts(InputFile file) {
    return true;
  }

  @Override
  public void read(InputFile file, PageSink sink) {
    sink.page(new Page(file.source(), Page.Format.TEXT_DUMP, file.bytes(), null, null));
  }
}
