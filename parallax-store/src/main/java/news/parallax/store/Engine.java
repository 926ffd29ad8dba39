package news.parallax.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Where a store lives and how to reach it: a data directory holding an SQLite file, or a
 * PostgreSQL server named by a libpq URI ({@code postgresql://user:password@host:port/db}).
 */
record Engine(Kind kind, String jdbcUrl, String user, String password, String label) {
  enum Kind { SQLITE, POSTGRESQL }

  /** The file an SQLite store keeps in its data directory. */
  static final String SQLITE_FILE = "parallax.db";

  /** Reads a {@code --db} value: a PostgreSQL URI, else a directory. */
  static Engine of(String location) {
    if (location.startsWith("postgresql://") || location.startsWith("postgres://")) {
      URI u;
      try {
        u = new URI(location);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("--db " + redact(location) + ": not a URI: " + e.getReason());
      }
      String user = null;
      String password = null;
      if (u.getRawUserInfo() != null) {
        String[] up = u.getRawUserInfo().split(":", 2);
        user = decode(up[0]);
        password = up.length > 1 ? decode(up[1]) : null;
      }
      if (u.getHost() == null) {
        throw new IllegalArgumentException("--db " + redact(location) + ": no host");
      }
      String db = u.getPath() == null || u.getPath().length() <= 1 ? "" : u.getPath().substring(1);
      String url = "jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "")
          + "/" + db + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
      return new Engine(Kind.POSTGRESQL, url, user, password, redact(location));
    }
    Path dir = Path.of(location);
    return new Engine(Kind.SQLITE, "jdbc:sqlite:" + dir.resolve(SQLITE_FILE), null, null,
        dir.toString());
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** The location with any password hidden, for messages. */
  static String redact(String location) {
    return location.replaceAll("(://[^:/@]*:)[^@]*@", "$1***@");
  }

  /** Opens a connection (creating the data directory of an SQLite store). */
  Connection connect() throws SQLException {
    if (kind == Kind.SQLITE) {
      try {
        Files.createDirectories(Path.of(label));
      } catch (java.io.IOException e) {
        throw new SQLException("cannot create the data directory " + label + ": " + e.getMessage(), e);
      }
      Properties p = new Properties();
      p.setProperty("journal_mode", "WAL");
      p.setProperty("synchronous", "NORMAL");
      p.setProperty("busy_timeout", "30000");
      p.setProperty("foreign_keys", "false");
      Connection c = DriverManager.getConnection(jdbcUrl, p);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA cache_size = -65536");
      }
      return c;
    }
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    p.setProperty("reWriteBatchedInserts", "true");
    return DriverManager.getConnection(jdbcUrl, p);
  }

  /** Where the Flyway migrations of this engine are. */
  String migrations() {
    return kind == Kind.SQLITE ? "classpath:db/migration/sqlite" : "classpath:db/migration/postgresql";
  }
}
