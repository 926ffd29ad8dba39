package news.parallax.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import news.parallax.Parallax;
import news.parallax.model.Article;
import news.parallax.model.InputError;
import news.parallax.report.JsonReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax extract}: the clean article of every page, as JSON lines. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the clean article of every page as JSON lines: id, source, url, outlet, "
        + "title, author, published, language, text.")
final class ExtractCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Option(names = "--format", defaultValue = "jsonl", description = "Output format: jsonl.")
  String format;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("jsonl")) {
      Terminal.ERR.println("parallax extract: unknown --format " + format + " (expected jsonl)");
      return Main.USAGE;
    }
    Parallax parallax = Parallax.create();
    List<InputError> errors = new ArrayList<>();
    List<Article> articles = parallax.extractAll(input.read(errors), errors);
    OutputStream out = new BufferedOutputStream(System.out);
    for (Article a : articles) {
      JsonReport.writeArticleLine(a, out);
      out.write('\n');
    }
    out.flush();
    Terminal.report(errors);
    return errors.isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }
}
