package news.parallax.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import news.parallax.ingest.PageSink;

/**
 * Keeps reading feeds: every round fetches each feed and then each of its items, conditionally,
 * so that new items become pages and items whose page changed since the last round become new
 * revisions (an unchanged page costs a "304 Not Modified"). Rounds start {@code every} apart, or
 * at once when a round took longer.
 *
 * <pre>{@code
 * new Watcher(fetcher, Duration.ofMinutes(10)).run(feeds, sink, Watcher.FOREVER);
 * }</pre>
 */
public final class Watcher {
  /** Run until interrupted. */
  public static final int FOREVER = -1;

  /** Told after each round what it did. */
  public interface Rounds {
    void done(int round, FetchSummary summary, Duration took);

    Rounds NONE = (r, s, t) -> {};
  }

  private final Fetcher fetcher;
  private final Duration every;

  public Watcher(Fetcher fetcher, Duration every) {
    if (every.isNegative()) {
      throw new IllegalArgumentException("every must not be negative, was " + every);
    }
    this.fetcher = fetcher;
    this.every = every;
  }

  /**
   * Polls the feeds for {@code rounds} rounds ({@link #FOREVER} until the thread is interrupted),
   * handing pages and failures to the sink.
   */
  public void run(List<String> feeds, PageSink sink, int rounds, Rounds listener) {
    for (int round = 1; rounds == FOREVER || round <= rounds; round++) {
      long start = System.nanoTime();
      List<Target> targets = new ArrayList<>(fetcher.feeds(feeds, sink));
      FetchSummary s = fetcher.fetch(targets, sink);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      listener.done(round, s, took);
      if (rounds != FOREVER && round >= rounds) {
        return;
      }
      long wait = every.minus(took).toMillis();
      if (wait > 0) {
        try {
          Thread.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      if (Thread.currentThread().isInterrupted()) {
        return;
      }
    }
  }
}
