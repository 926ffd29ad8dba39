package news.parallax.app;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import news.parallax.Parallax;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.InputError;

/**
 * Runs the per-article recipe over the inputs and prints JSON lines, as many per article as
 * the item lister gives; failed inputs are reported and set the exit code.
 */
final class ArticleLines {
  private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(
      news.parallax.report.Untrusted.JSON_ESCAPES);

  /** Writes one item of an article as one JSON object. */
  interface ItemWriter<T> {
    void write(JsonGenerator g, AnalyzedArticle article, T item) throws IOException;
  }

  /** Lists the items of an article to print. */
  interface Items<T> {
    List<T> of(AnalyzedArticle article);
  }

  private ArticleLines() {}

  static <T> int print(InputOptions input, Items<T> items, ItemWriter<T> writer) throws IOException {
    Parallax parallax = Parallax.create();
    List<InputError> errors = new ArrayList<>();
    List<AnalyzedArticle> articles =
        parallax.analyzeAll(input.read(errors), errors, Terminal.progress());
    OutputStream out = new BufferedOutputStream(System.out);
    for (AnalyzedArticle a : articles) {
      for (T item : items.of(a)) {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
          g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
          writer.write(g, a, item);
        }
        out.write('\n');
      }
    }
    out.flush();
    Terminal.report(errors);
    return errors.isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }
}
