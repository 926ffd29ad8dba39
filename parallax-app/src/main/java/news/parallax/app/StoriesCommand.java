package news.parallax.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import news.parallax.Analysis;
import news.parallax.report.HtmlReport;
import news.parallax.report.MarkdownReport;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import news.parallax.store.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax stories}: the stories of a store, as {@code analyze} reports them. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "Report the stories of a store as analyze does: articles, entities, quotes, "
        + "where the outlets differ, and a cited brief.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Option(names = "--since", paramLabel = "T",
      description = "Only stories with an article published (undated: received) at or after T, "
          + "an ISO-8601 date or date-time.")
  String since;

  @Option(names = "--language", paramLabel = "L", description = "Only stories with an article in L.")
  String language;

  @Option(names = "--outlet", paramLabel = "O", description = "Only stories with an article from O.")
  String outlet;

  @Option(names = "--format", defaultValue = "md",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  AnalyzeCommand.Format format;

  @Override
  public Integer call() throws IOException {
    StoryQuery q = since == null && language == null && outlet == null ? StoryQuery.ALL
        : new StoryQuery(since, language, outlet, 0);
    try (Store s = store.open(null)) {
      if (s == null) {
        return Main.STORE_FAILED;
      }
      OutputStream o = new BufferedOutputStream(System.out);
      if (format == AnalyzeCommand.Format.json) {
        s.writeJson(q, o);
      } else {
        Analysis run = s.analysis(q);
        Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
        if (format == AnalyzeCommand.Format.md) {
          MarkdownReport.write(run, w);
        } else {
          HtmlReport.write(run, w);
        }
        w.flush();
      }
      o.flush();
      return Main.OK;
    } catch (StoreException e) {
      Terminal.ERR.println("parallax: " + e.getMessage());
      return Main.STORE_FAILED;
    }
  }
}
