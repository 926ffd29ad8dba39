package news.parallax.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import news.parallax.Analysis;
import news.parallax.Parallax;
import news.parallax.Recipe;
import news.parallax.cluster.ClusterSettings;
import news.parallax.report.HtmlReport;
import news.parallax.report.JsonReport;
import news.parallax.report.MarkdownReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax analyze}: pages in, stories out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "Group the pages into stories and report each story: articles, entities, quotes, "
        + "where the outlets differ, and a cited brief.")
final class AnalyzeCommand implements Callable<Integer> {
  enum Format { json, md, html }

  @Mixin
  InputOptions input;

  @Option(names = "--format", defaultValue = "md",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
  Path out;

  @Option(names = "--max-article-chars", paramLabel = "N", defaultValue = "" + Recipe.DEFAULT_MAX_ARTICLE_CHARS,
      description = "Keep at most N characters of one article's text; a longer one is cut, with a "
          + "warning (default: ${DEFAULT-VALUE}).")
  int maxArticleChars;

  @Mixin
  EmbeddingOptions embedding;

  @Override
  public Integer call() throws IOException {
    ClusterSettings settings;
    try {
      settings = embedding.apply(ClusterSettings.DEFAULT);
    } catch (EmbeddingOptions.Unloadable e) {
      return Main.USAGE;
    }
    if (out != null) {
      String problem = AtomicOutput.problem(out);
      if (problem != null) {
        Terminal.ERR.println("parallax: --out " + news.parallax.report.Untrusted.oneLine(out.toString()) + ": " + problem);
        return Main.USAGE;
      }
    }
    if (maxArticleChars <= 0) {
      Terminal.ERR.println("parallax: --max-article-chars must be positive, was " + maxArticleChars);
      return Main.USAGE;
    }
    Recipe.Builder recipe = Recipe.builder().maxArticleChars(maxArticleChars);
    Parallax parallax = Parallax.with(
        (embedding.model() == null ? recipe : recipe.clusterSettings(settings)).build());
    java.util.List<news.parallax.model.InputError> errors = new java.util.ArrayList<>();
    Analysis run = parallax.analyzePages(input.read(errors), errors, Terminal.progress());
    AtomicOutput target = out == null ? null : new AtomicOutput(out);
    OutputStream stream = target == null ? System.out : target.stream();
    try (OutputStream o = new BufferedOutputStream(stream)) {
      switch (format) {
        case json -> JsonReport.write(run, o);
        case md, html -> {
          Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
          if (format == Format.md) {
            MarkdownReport.write(run, w);
          } else {
            HtmlReport.write(run, w);
          }
          w.flush();
        }
      }
    } catch (IOException | RuntimeException e) {
      if (target != null) {
        target.abandon();
      }
      throw e;
    } finally {
      if (out == null) {
        System.out.flush();
      }
    }
    if (target != null) {
      target.commit(); // the previous report stays whole until the new one is complete
    }
    Terminal.report(run.errors());
    return run.errors().isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }
}
