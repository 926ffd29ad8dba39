package news.parallax.flink;

import java.nio.file.Path;
import java.util.List;
import news.parallax.ingest.Inputs;
import news.parallax.ingest.PageSink;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/**
 * The bounded source of a backfill: element 0 gives the inputs that could not be listed, element
 * i the pages of the i-th file (HTML, text, JSON lines, WARC, as {@code ingest} reads them).
 */
final class ReadFiles implements FlatMapFunction<Long, PageInput> {
  private final List<String> files;
  private final List<InputError> unlisted;

  ReadFiles(List<Path> files, List<InputError> unlisted) {
    this.files = files.stream().map(Path::toString).toList();
    this.unlisted = List.copyOf(unlisted);
  }

  @Override
  public void flatMap(Long i, Collector<PageInput> out) {
    if (i == 0) {
      unlisted.forEach(e -> out.collect(PageInput.failed(e)));
      return;
    }
    long t = System.nanoTime();
    Inputs.standard().readFile(Path.of(files.get((int) (i - 1))), collector(out));
    StageClock.since(StageClock.Stage.READ, t);
  }

  static PageSink collector(Collector<PageInput> out) {
    return new PageSink() {
      @Override
      public void page(Page page) {
        out.collect(PageInput.of(page));
      }

      @Override
      public void error(InputError error) {
        out.collect(PageInput.failed(error));
      }
    };
  }
}
