package news.parallax.ingest;

import news.parallax.model.InputError;
import news.parallax.model.Page;

/** Receives the pages read from inputs, and the inputs that could not be read. */
public interface PageSink {
  void page(Page page);

  void error(InputError error);
}
