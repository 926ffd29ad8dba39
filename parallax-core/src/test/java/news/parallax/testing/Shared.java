package news.parallax.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared evaluation data and seed pages ({@code ../shared} beside the clone). Tests that
 * need them skip, saying so, when they are absent (a user's clone); CI always has them.
 */
public final class Shared {
  private Shared() {}

  /** The path under the shared folder, skipping the calling test when it does not exist. */
  public static Path require(String relative) {
    String base = System.getProperty("parallax.shared", "../shared");
    Path p = Path.of(base).resolve(relative).normalize();
    assumeTrue(Files.exists(p), "skipped: " + p + " not found (the shared evaluation data is"
        + " only beside CI clones)");
    return p;
  }
}
