package news.parallax.flink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time spent in each stage of the job by the tasks of this process, summed over its parallel
 * tasks; what {@code parallax bench flink} reports as where the time goes (a job in a local
 * mini cluster runs every task in this process).
 */
final class StageClock {
  /** The stages, in the order of the job. */
  enum Stage { READ, EXTRACT, ADMIT, ANALYZE, CLUSTER, VIEWS, STORE }

  private static final AtomicLong[] NANOS = new AtomicLong[Stage.values().length];

  static {
    for (int i = 0; i < NANOS.length; i++) {
      NANOS[i] = new AtomicLong();
    }
  }

  private StageClock() {}

  /** Adds the time since {@code startNanos} (a {@link System#nanoTime} reading) to a stage. */
  static void since(Stage s, long startNanos) {
    NANOS[s.ordinal()].addAndGet(System.nanoTime() - startNanos);
  }

  /** Seconds spent in each stage since the last reset. */
  static Map<Stage, Double> seconds() {
    Map<Stage, Double> out = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      out.put(s, NANOS[s.ordinal()].get() / 1e9);
    }
    return out;
  }

  static void reset() {
    for (AtomicLong n : NANOS) {
      n.set(0);
    }
  }
}
