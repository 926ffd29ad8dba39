package news.parallax.store;

import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;

/** The store contract on SQLite in a temporary data directory. */
class SqliteStoreTest extends StoreContract {
  private java.nio.file.Path dir;

  @Override
  String emptyStore() throws Exception {
    dir = Files.createTempDirectory("parallax-store");
    return dir.toString();
  }

  @AfterEach
  void removeStore() throws Exception {
    if (dir != null) {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
