package news.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import news.parallax.model.InputError;
import news.parallax.model.Page;

/** A sink that keeps what it is given, for tests. */
final class Collected implements PageSink {
  final List<Page> pages = new ArrayList<>();
  final List<InputError> errors = new ArrayList<>();

  @Override
  public void page(Page page) {
    pages.add(page);
  }

  @Override
  public void error(InputError error) {
    errors.add(error);
  }

  String errorFor(String sourceSuffix) {
    return errors.stream().filter(e -> e.source().endsWith(sourceSuffix)).map(InputError::reason)
        .findFirst().orElse(null);
  }
}
