package news.parallax.app;

import news.parallax.Recipe;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import picocli.CommandLine.Option;

/** The store a command works on. */
final class StoreOptions {
  @Option(names = "--db", paramLabel = "DB", defaultValue = Store.DEFAULT_LOCATION,
      description = "The store: a data directory (SQLite, created when missing) or "
          + "postgresql://user:password@host:port/db (default: ${DEFAULT-VALUE}).")
  String db;

  /** Opens the store, or prints why not and returns null. */
  Store open(Recipe recipe) {
    try {
      return Store.open(db, recipe);
    } catch (StoreException e) {
      Terminal.ERR.println("parallax: " + e.getMessage());
      return null;
    }
  }
}
