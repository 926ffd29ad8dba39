package news.parallax.app;

import news.parallax.report.Untrusted;

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
      // a file name may hold a line break: shown escaped, it cannot forge a line of its own
      ERR.println("parallax: " + Untrusted.oneLine(e.source()) + ": " + Untrusted.oneLine(e.reason()));
    }
  }

  /**
   * Whether stderr is a terminal, so that output redirected to a file still gets a progress bar
   * ({@code System.console()} also needs stdout to be a terminal). On systems without
   * {@code /proc}, falls back to {@code System.console()}.
   */
  static boolean stderrIsTerminal() {
    try {
      String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
      return System.console() != null;
    }
  }

  /** A progress bar on stderr when it is a terminal and a phase takes more than 2 s. */
  static Progress progress() {
    if (!stderrIsTerminal()) {
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
