package news.parallax.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import news.parallax.Parallax;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.store.Store;
import news.parallax.testing.Shared;

/**
 * The stories the server tests read: the seed pages (from the shared data beside the clone)
 * and the hostile fixture pages, analyzed once per test run.
 */
final class Fixtures {
  private static StoreStoryData seeds;

  private Fixtures() {}

  /** Skips the calling test, saying why, when the condition does not hold; with CI=true fails. */
  static void require(boolean present, String what) {
    if (Shared.inCi()) {
      assertTrue(present, "CI=true and " + what);
    }
    if (!present) {
      System.err.println("skipped: " + what);
    }
    assumeTrue(present, "skipped: " + what);
  }

  static Path seedDir() {
    return Shared.require("seeds");
  }

  /** A new SQLite store in a temporary directory (removed when the JVM exits), empty. */
  static StoreStoryData empty() {
    return new StoreStoryData(Store.open(tempDir().toString(), Parallax.create().recipe()));
  }

  /** A new temporary directory, removed when the JVM exits. */
  static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("parallax-serve-test");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }

  /** A new store holding the seed pages and the hostile pages. */
  static synchronized StoreStoryData fresh() {
    Path dir = seedDir();
    List<InputError> errors = new ArrayList<>();
    List<Page> pages = new ArrayList<>(Parallax.create().read(List.of(dir), errors));
    pages.addAll(readResource("hostile-pages.jsonl"));
    StoreStoryData data = empty();
    data.ingest(pages, errors);
    return data;
  }

  /** The seeds and hostile pages, shared by the tests that do not ingest. */
  static synchronized StoreStoryData shared() {
    if (seeds == null) {
      seeds = fresh();
    }
    return seeds;
  }

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/serve/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Page> readResource(String name) {
    List<Page> pages = new ArrayList<>();
    news.parallax.ingest.Inputs.standard().read(name, name, resource(name),
        new news.parallax.ingest.PageSink() {
          @Override
          public void page(Page page) {
            pages.add(page);
          }

          @Override
          public void error(InputError error) {
            throw new AssertionError(error.toString());
          }
        });
    return pages;
  }
}
