package news.parallax.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import news.parallax.fetch.FetchMemory;
import news.parallax.fetch.FetchSettings;
import news.parallax.fetch.Fetcher;
import news.parallax.fetch.Target;
import news.parallax.fetch.WarcCapture;
import news.parallax.ingest.PageSink;
import news.parallax.model.InputError;
import picocli.CommandLine.Option;

/** Where to fetch pages from, and how politely. */
final class FetchOptions {
  @Option(names = "--urls", paramLabel = "FILE",
      description = "A file of URLs to fetch, one a line (# starts a comment).")
  List<Path> urlFiles = new ArrayList<>();

  @Option(names = "--feed", paramLabel = "URL",
      description = "An RSS or Atom feed: its items are fetched (an item without a link is read from the feed).")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--sitemap", paramLabel = "URL",
      description = "A sitemap, news sitemap, sitemap index, or a site's robots.txt (its Sitemap: lines): the pages it lists are fetched.")
  List<String> sitemaps = new ArrayList<>();

  @Option(names = "--contact", paramLabel = "URL|EMAIL",
      description = "Where a site's operator can reach you; sent in the User-Agent. Please set it.")
  String contact;

  @Option(names = "--min-delay", paramLabel = "SECONDS", defaultValue = "1",
      description = "Least time between two requests to one host (default: ${DEFAULT-VALUE} s); robots.txt's Crawl-delay can only lengthen it.")
  double minDelaySeconds;

  @Option(names = "--ignore-robots",
      description = "Do not read robots.txt. Only for sites you run or may crawl without it.")
  boolean ignoreRobots;

  @Option(names = "--max-response", paramLabel = "MB", defaultValue = "32",
      description = "Largest response kept, in MB after decompression (default: ${DEFAULT-VALUE}).")
  long maxResponseMb;

  @Option(names = "--warc", paramLabel = "DIR",
      description = "Keep every fetched request and response in a WARC file in DIR.")
  Path warc;

  private WarcCapture capture;

  boolean isEmpty() {
    return urlFiles.isEmpty() && feeds.isEmpty() && sitemaps.isEmpty();
  }

  FetchSettings settings() {
    if (minDelaySeconds < 0) {
      throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
          "--min-delay must not be negative, was " + minDelaySeconds);
    }
    return FetchSettings.defaults().withContact(contact)
        .withMinDelay(Duration.ofMillis(Math.round(minDelaySeconds * 1000)))
        .withObeyRobots(!ignoreRobots)
        .withMaxBytes(Math.max(1, maxResponseMb) * 1024 * 1024);
  }

  /**
   * A fetcher archiving into {@code --warc}, else into {@code defaultWarcDir}, else nowhere.
   */
  Fetcher fetcher(Path defaultWarcDir, FetchMemory memory) {
    Path dir = warc != null ? warc : defaultWarcDir;
    capture = dir == null ? null : new WarcCapture(dir);
    return new Fetcher(settings(), memory, capture);
  }

  void closeCapture() {
    if (capture != null) {
      try {
        capture.close();
      } catch (IOException e) {
        Terminal.ERR.println("parallax: cannot finish the WARC file: " + e.getMessage());
      }
    }
  }

  /** Adds the pages of the URL files, feeds and sitemaps to {@code targets}. */
  void addListed(Fetcher fetcher, List<Target> targets, PageSink sink) {
    for (Path f : urlFiles) {
      try {
        InputOptions.urlLines(f).forEach(u -> targets.add(Target.of(u)));
      } catch (IOException e) {
        sink.error(new InputError(f.toString(), "cannot read the URL list: " + e.getMessage()));
      }
    }
    targets.addAll(fetcher.feeds(feeds, sink));
    for (String sitemap : sitemaps) {
      targets.addAll(fetcher.sitemap(sitemap, sink));
    }
  }
}
