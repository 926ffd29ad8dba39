package news.parallax.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.fetch.FetchMemory;
import news.parallax.fetch.FetchSummary;
import news.parallax.fetch.Fetcher;
import news.parallax.fetch.Target;
import news.parallax.ingest.Inputs;
import news.parallax.ingest.PageSink;
import news.parallax.ingest.Urls;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Parameters;

/**
 * The sources shared by the commands that read pages: files and directories, web addresses
 * (fetched politely), {@code -} for standard input, and the URL lists, feeds and sitemaps of the
 * fetching options.
 */
final class InputOptions {
  /** The files and directories among the sources, in the order given. */
  final List<Path> paths = new ArrayList<>();
  private final List<String> sources = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "SOURCE",
      description = "HTML files, text dumps, JSON lines, WARC (.warc, .warc.gz), any of them "
          + "gzipped, directories of them (read recursively, in name order), http(s) URLs "
          + "(fetched politely), or - for one page on standard input.")
  void sources(List<String> values) {
    for (String v : values) {
      sources.add(v);
      if (!v.equals("-") && !Urls.isWeb(v)) {
        paths.add(Path.of(v));
      }
    }
  }

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @ArgGroup(validate = false, heading = "Fetching:%n")
  FetchOptions fetch = new FetchOptions();

  /** Whether any source was named. */
  boolean isEmpty() {
    return sources.isEmpty() && fetch.isEmpty();
  }

  /** Reads every source into a list, failures into {@code errors}. */
  List<Page> read(List<InputError> errors) {
    List<Page> pages = new ArrayList<>();
    read(new PageSink() {
      @Override
      public void page(Page page) {
        pages.add(page);
      }

      @Override
      public void error(InputError error) {
        errors.add(error);
      }
    }, null, FetchMemory.inMemory());
    return pages;
  }

  /**
   * Reads every source in the order given, a page at a time: files and standard input through
   * the standard readers, then web addresses, URL lists, feeds and sitemaps through one polite fetcher.
   *
   * @param warcDir where fetched responses are archived, or null for {@code --warc} or nowhere
   * @param memory the validators of earlier fetches, for conditional requests
   */
  FetchSummary read(PageSink sink, Path warcDir, FetchMemory memory) {
    if (isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "Missing source: name files, directories, URLs, - (standard input), --urls, --feed or --sitemap");
    }
    List<Target> targets = new ArrayList<>();
    for (String s : sources) {
      if (s.equals("-")) {
        readStdin(sink);
      } else if (Urls.isWeb(s)) {
        targets.add(Target.of(s));
      } else {
        Inputs.standard().read(List.of(Path.of(s)), sink); // streamed, a page at a time
      }
    }
    if (targets.isEmpty() && fetch.isEmpty()) {
      return new FetchSummary(0, 0, 0);
    }
    try (Fetcher fetcher = fetch.fetcher(warcDir, memory)) {
      fetch.addListed(fetcher, targets, sink);
      return fetcher.fetch(targets, sink);
    } finally {
      fetch.closeCapture();
    }
  }

  private static void readStdin(PageSink sink) {
    long max = Inputs.DEFAULT_MAX_BYTES;
    try {
      InputStream in = System.in;
      byte[] bytes = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > max) {
        sink.error(new InputError("-", "standard input too large: over " + max + " bytes, limit " + max));
        return;
      }
      Inputs.standard().read("-", "stdin", bytes, sink);
    } catch (IOException e) {
      sink.error(new InputError("-", "cannot read standard input: " + e.getMessage()));
    }
  }

  /** The lines of a URL list: one address a line, blank lines and # comments skipped. */
  static List<String> urlLines(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#")) {
        out.add(t);
      }
    }
    return out;
  }
}
