package news.parallax.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Times a stage (CPU time of the calling thread) on an input and on the same input eight times
 * over, in one run, and fails when the cost grows past {@link #MAX_RATIO} times: a stage whose
 * cost grows with the square of its input takes about 64 times as long, one growing as n^1.5
 * about 23, a linear one 8 and an n log n one up to about 11 at these sizes (log 8000 / log 1000
 * = 1.3), with room for caches, collections and the compiler on a busy machine. A unit of plainly linear work timed beside it widens that room
 * when the machine itself is slower per byte on the larger input.
 *
 * <pre>{@code
 * Linearity.assertLinear("quotes, zh", scale -> { var a = prepare(scale); return () -> stage(a); });
 * }</pre>
 */
public final class Linearity {
  /** How much larger the second input is. */
  public static final int SCALE = 8;
  /**
   * The ratio of the times past which a stage is taken to grow faster than n log n: below n^1.5
   * (22.6). At 12 the stages measured 6 to 13 from run to run on a loaded 2-core machine (the
   * Chinese entity stage 12.7 in one run, 7.7 in another), failing builds for no change.
   */
  public static final double MAX_RATIO = 18;

  private Linearity() {}

  /**
   * Asserts that the work prepared for {@link #SCALE} times the input takes at most
   * {@link #MAX_RATIO} times as long as the work for the input once; preparing is not timed.
   */
  public static void assertLinear(String what, IntFunction<Runnable> prepare) {
    assertLinear(what, prepare, null);
  }

  /**
   * As {@link #assertLinear(String, IntFunction)}, with a unit of plainly linear work on the same
   * input (parsing it, say) timed in the same run: when the unit itself grows by more than
   * {@link #SCALE} (caches, collections of a much larger heap), the stage is allowed that much
   * more, so the test fails for the stage's own growth and not for the machine's.
   */
  public static void assertLinear(String what, IntFunction<Runnable> prepare, IntFunction<Runnable> unit) {
    Sizes stage = Sizes.prepare(prepare);
    Sizes reference = unit == null ? null : Sizes.prepare(unit);
    double allowed = MAX_RATIO;
    double ratio = Double.MAX_VALUE;
    // more tries when the first is over: a collection or the compiler may have run meanwhile
    for (int attempt = 0; attempt < 5 && ratio >= allowed; attempt++) {
      stage.measure();
      ratio = stage.ratio();
      String unitNote = "";
      if (reference != null) {
        reference.measure();
        allowed = MAX_RATIO * Math.max(1, reference.ratio() / SCALE);
        unitNote = String.format(", unit ratio %.1f, allowed %.1f", reference.ratio(), allowed);
      }
      System.out.printf("linearity %s: %d ms at 1x, %d ms at %dx, ratio %.1f%s%n", what,
          stage.once / 1_000_000, stage.scaled / 1_000_000, SCALE, ratio, unitNote);
    }
    assertTrue(ratio < allowed, what + ": " + SCALE + "x the input took " + String.format("%.1f", ratio)
        + " times as long (" + stage.once / 1_000_000 + " ms -> " + stage.scaled / 1_000_000
        + " ms; allowed " + String.format("%.1f", allowed) + ")");
  }

  /** One piece of work at both sizes, warmed up, with the best times seen so far. */
  private static final class Sizes {
    final Runnable small;
    final Runnable large;
    long once = Long.MAX_VALUE;
    long scaled = Long.MAX_VALUE;

    private Sizes(Runnable small, Runnable large) {
      this.small = small;
      this.large = large;
    }

    static Sizes prepare(IntFunction<Runnable> prepare) {
      Runnable small = prepare.apply(1);
      small.run(); // warm-up: class loading, models, JIT
      Runnable large = prepare.apply(SCALE);
      large.run(); // and at the larger size, whose longer loops the compiler may still be working on
      small.run();
      return new Sizes(small, large);
    }

    void measure() {
      for (int i = 0; i < 3; i++) {
        once = Math.min(once, time(small));
      }
      scaled = Math.min(scaled, time(large));
    }

    double ratio() {
      return (double) scaled / Math.max(once, 1_000_000L);
    }
  }

  /** The CPU time of this thread running the work: other processes on the machine do not count. */
  private static long time(Runnable r) {
    java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = bean.getCurrentThreadCpuTime();
    r.run();
    return bean.getCurrentThreadCpuTime() - t0;
  }

  /** A test resource as text. */
  public static String resource(String path) {
    try (InputStream in = Linearity.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text's paragraphs run into one paragraph, repeated until it is at least {@code chars} long. */
  public static String oneParagraph(String text, int chars) {
    String flat = text.strip().replaceAll("\\s*\\n\\s*", " ");
    StringBuilder sb = new StringBuilder(chars + flat.length() + 1);
    while (sb.length() < chars) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(flat);
    }
    return sb.toString();
  }
}
