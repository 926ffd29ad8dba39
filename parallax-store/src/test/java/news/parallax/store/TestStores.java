package news.parallax.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the store tests run: a temporary SQLite directory, or the PostgreSQL server named by
 * the {@value #PG_VARIABLE} environment variable (a libpq URI); without it the PostgreSQL tests
 * skip, saying so, except on CI ({@code CI=true}), where they fail.
 */
final class TestStores {
  static final String PG_VARIABLE = "PARALLAX_TEST_PG";

  private TestStores() {}

  /** The PostgreSQL URI to test against, emptied of every table; skips or fails without one. */
  static String postgres() {
    String uri = System.getenv(PG_VARIABLE);
    if (uri == null || uri.isBlank()) {
      String why = "PostgreSQL store tests need a server: set " + PG_VARIABLE
          + "=postgresql://user:password@host:port/db (a database the tests may empty)";
      if ("true".equals(System.getenv("CI"))) {
        fail(why);
      }
      System.out.println("skipped: " + why);
      assumeTrue(false, why);
    }
    Engine e = Engine.of(uri);
    try (Connection c = e.connect(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    } catch (SQLException ex) {
      fail("cannot reach the PostgreSQL server of " + PG_VARIABLE + " ("
          + Engine.redact(uri) + "): " + ex.getMessage());
    }
    return uri;
  }
}
