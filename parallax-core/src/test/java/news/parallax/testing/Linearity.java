package news.parallax.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Times a stage (CPU time of the calling thread) on an input and on the same input eight times
 * over, in one run, and fails when the cost grows past twelve times: a stage whose cost grows
 * with the square of its input takes about 64 times as long, a linear one 8 (with some room for
 * collections and the compiler).
 *
 * <pre>{@code
 * Linearity.assertLinear("quotes, zh", scale -> { var a = prepare(scale); return () -> stage(a); });
 * }</pre>
 */
public final class Linearity {
  /** How much larger the second input is. */
  public static final int SCALE = 8;
  /** The ratio of the times past which a stage is taken to grow faster than n log n. */
  public static final double MAX_RATIO = 12;

  private Linearity() {}

  /**
   * Asserts that the work prepared for {@link #SCALE} times the input takes at most
   * {@link #MAX_RATIO} times as long as the work for the input once; preparing is not timed.
   */
  public static void assertLinear(String what, IntFunction<Runnable> prepare) {
    Runnable small = prepare.apply(1);
    small.run(); // warm-up: class loading, models, JIT
    Runnable large = prepare.apply(SCALE);
    large.run(); // and at the larger size, whose longer loops the compiler may still be working on
    small.run();
    long once = Long.MAX_VALUE;
    long scaled = Long.MAX_VALUE;
    double ratio = Double.MAX_VALUE;
    // more tries when the first is over: a collection or the compiler may have run meanwhile
    for (int attempt = 0; attempt < 5 && ratio >= MAX_RATIO; attempt++) {
      for (int i = 0; i < 3; i++) {
        once = Math.min(once, time(small));
      }
      scaled = Math.min(scaled, time(large));
      ratio = (double) scaled / Math.max(once, 1_000_000L);
      System.out.printf("linearity %s: %d ms at 1x, %d ms at %dx, ratio %.1f%n", what, once / 1_000_000,
          scaled / 1_000_000, SCALE, ratio);
    }
    assertTrue(ratio < MAX_RATIO, what + ": " + SCALE + "x the input took " + String.format("%.1f", ratio)
        + " times as long (" + once / 1_000_000 + " ms -> " + scaled / 1_000_000 + " ms)");
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
