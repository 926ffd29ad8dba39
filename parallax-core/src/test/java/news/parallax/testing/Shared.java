package news.parallax.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared evaluation data and seed pages ({@code ../shared} beside the clone). Tests that
 * need them skip, saying why on the console, when they are absent (a user's clone); with
 * {@code CI=true} in the environment they fail instead, so a gate never passes by not running.
 */
public final class Shared {
  private Shared() {}

  /** The path under the shared folder, skipping (or in CI failing) the calling test when it does not exist. */
  public static Path require(String relative) {
    String base = System.getProperty("parallax.shared", "../shared");
    Path p = Path.of(base).resolve(relative).normalize();
    if (!Files.exists(p)) {
      String why = p + " not found (the shared evaluation data is only beside CI clones)";
      if (inCi()) {
        fail("CI=true and " + why);
      }
      System.err.println("skipped " + caller() + ": " + why);
      assumeTrue(false, "skipped: " + why);
    }
    return p;
  }

  /** Whether the tests run in CI, where missing data is an error rather than a reason to skip. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  private static String caller() {
    return StackWalker.getInstance().walk(frames -> frames
        .filter(f -> !f.getClassName().equals(Shared.class.getName()))
        .findFirst()
        .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "."
            + f.getMethodName())
        .orElse("a test"));
  }
}
