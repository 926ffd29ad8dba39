package news.parallax.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.Recipe;
import news.parallax.fetch.Fetcher;
import news.parallax.fetch.Watcher;
import news.parallax.store.IngestReport;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax watch}: keeps polling feeds into a store. */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Keep polling feeds into a store: each round fetches every feed and every item it "
        + "lists, conditionally, so new items join stories and pages edited after publication "
        + "become new revisions. Stops after --rounds, or when interrupted (Ctrl-C).")
final class WatchCommand implements Callable<Integer> {
  @Option(names = "--feeds", paramLabel = "FILE", required = true,
      description = "A file of feed URLs, one a line (# starts a comment).")
  Path feeds;

  @Option(names = "--every", paramLabel = "DURATION", defaultValue = "10m",
      description = "Time from the start of one round to the next: 90s, 10m, 1h (default: ${DEFAULT-VALUE}).")
  String every;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "-1",
      description = "Stop after N rounds (default: keep going).")
  int rounds;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Store.DEFAULT_BATCH,
      description = "Pages a transaction holds (default: ${DEFAULT-VALUE}).")
  int batch;

  @Mixin
  StoreOptions store;

  @ArgGroup(validate = false, heading = "Fetching:%n")
  FetchOptions fetch = new FetchOptions();

  @Override
  public Integer call() {
    Duration interval;
    try {
      interval = parse(every);
    } catch (IllegalArgumentException e) {
      Terminal.ERR.println("parallax: --every " + every + ": " + e.getMessage());
      return Main.USAGE;
    }
    List<String> urls;
    try {
      urls = InputOptions.urlLines(feeds);
    } catch (IOException e) {
      Terminal.ERR.println("parallax: " + feeds + ": cannot read the feed list: " + e.getMessage());
      return Main.USAGE;
    }
    if (urls.isEmpty() || batch < 1) {
      Terminal.ERR.println("parallax: " + (urls.isEmpty() ? feeds + ": no feed URL in the file" : "--batch must be at least 1"));
      return Main.USAGE;
    }
    boolean[] failed = {false};
    try (Store s = store.open(Recipe.standard())) {
      if (s == null) {
        return Main.STORE_FAILED;
      }
      StoreBatches batches = new StoreBatches(s, batch, news.parallax.Progress.NONE);
      try (Fetcher fetcher = fetch.fetcher(StoreBatches.warcDirectory(s), StoreBatches.memory(s))) {
        new Watcher(fetcher, interval).run(urls, batches, rounds == -1 ? Watcher.FOREVER : rounds,
            (round, summary, took) -> {
              IngestReport r = batches.flushRound();
              failed[0] |= !r.errors().isEmpty();
              Terminal.ERR.printf(Locale.ROOT, "parallax: round %d (%.1f s): %d pages, %d unchanged (304), "
                  + "%d failed; %d new articles, %d new revisions, %d stories changed%n", round,
                  took.toMillis() / 1000.0, summary.pages(), summary.unchanged(), summary.failed(),
                  r.articles(), r.revisions(), r.storiesChanged());
              Terminal.report(r.errors());
            });
      } finally {
        fetch.closeCapture();
      }
    } catch (StoreException e) {
      Terminal.ERR.println("parallax: " + e.getMessage());
      return Main.STORE_FAILED;
    }
    return failed[0] ? Main.SOME_INPUTS_FAILED : Main.OK;
  }

  /** 90s, 10m, 1h, 1d, or an ISO-8601 duration (PT10M). */
  static Duration parse(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      long n = Long.parseLong(t.substring(0, t.length() - 1));
      Duration d = switch (t.charAt(t.length() - 1)) {
        case 's' -> Duration.ofSeconds(n);
        case 'm' -> Duration.ofMinutes(n);
        case 'h' -> Duration.ofHours(n);
        case 'd' -> Duration.ofDays(n);
        default -> throw new IllegalArgumentException("use a number with s, m, h or d, as 10m");
      };
      if (d.isNegative()) {
        throw new IllegalArgumentException("must not be negative");
      }
      return d;
    } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
      throw new IllegalArgumentException("use a number with s, m, h or d, as 10m");
    }
  }
}
