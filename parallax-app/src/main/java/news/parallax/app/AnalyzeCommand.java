package news.parallax.app;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    Parallax parallax = embedding.model() == null ? Parallax.create()
        : Parallax.with(Recipe.builder().clusterSettings(settings).build());
    java.util.List<news.parallax.model.InputError> errors = new java.util.ArrayList<>();
    Analysis run = parallax.analyzePages(input.read(errors), errors, Terminal.progress());
    OutputStream stream = out == null ? System.out : Files.newOutputStream(out);
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
    } finally {
      if (out == null) {
        System.out.flush();
      }
    }
    Terminal.report(run.errors());
    return run.errors().isEmpty() ? Main.OK : Main.SOME_INPUTS_FAILED;
  }
}
