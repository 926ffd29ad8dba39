package news.parallax.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import news.parallax.Progress;
import news.parallax.model.InputError;

/** Messages and progress on stderr. */
final class Terminal {
  /** A progress bar appears only once a phase has run this long. */
  static final long PROGRESS_AFTER_MILLIS = 2000;

  static PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

  private Terminal() {}

  // ERR is replaceable so that tests can capture messages; only Cli tests do so.

  /** One line per failed input: "parallax: SOURCE: REASON". */
  static void report(List<InputError> errors) {
    for (InputError e : errors) {
      ERR.println("parallax: " + e.source() + ": " + e.reason());
    }
  }

  /** A progress bar on stderr when it is a terminal and a phase takes more than 2 s. */
  static Progress progress() {
    if (System.console() == null) {
      return Progress.NONE;
    }
    return new Progress() {
      private ProgressBar bar;
      private String phase;
      private int total;
      private long started;
      private final AtomicInteger done = new AtomicInteger();

      @Override
      public synchronized void start(String name, int steps) {
        close();
        phase = name;
        total = steps;
        started = System.currentTimeMillis();
        done.set(0);
      }

      @Override
      public void step() {
        int n = done.incrementAndGet();
        synchronized (this) {
          if (bar == null && System.currentTimeMillis() - started > PROGRESS_AFTER_MILLIS) {
            bar = new ProgressBarBuilder().setTaskName(phase).setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(
                    new me.tongfei.progressbar.ConsoleProgressBarConsumer(ERR)).build();
          }
          if (bar != null) {
            bar.stepTo(n);
            if (n >= total) {
              close();
            }
          }
        }
      }

      private void close() {
        if (bar != null) {
          bar.close();
          bar = null;
        }
      }
    };
  }
}
