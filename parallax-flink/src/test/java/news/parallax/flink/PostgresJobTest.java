package news.parallax.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import news.parallax.store.Store;
import news.parallax.testing.Shared;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job writing a PostgreSQL store (the server named by {@code PARALLAX_TEST_PG}, which the
 * store tests use too): the stories of {@code ingest}, and a second run over the same pages
 * changes nothing.
 */
class PostgresJobTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2).build());

  /** The server to test against, emptied; skips (fails on CI) without one. */
  static String postgres() throws Exception {
    String uri = System.getenv("PARALLAX_TEST_PG");
    if (uri == null || uri.isBlank()) {
      String why = "the Flink job's PostgreSQL test needs a server: set PARALLAX_TEST_PG="
          + "postgresql://user:password@host:port/db (a database the tests may empty)";
      if (Shared.inCi()) {
        fail(why);
      }
      System.out.println("skipped: " + why);
      assumeTrue(false, why);
    }
    URI u = URI.create(uri);
    String[] user = u.getUserInfo().split(":", 2);
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + u.getHost() + ":"
        + u.getPort() + u.getPath(), user[0], user.length > 1 ? user[1] : "");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS public CASCADE");
      s.execute("CREATE SCHEMA public");
    }
    return uri;
  }

  @Test
  void theJobWritesThePostgresStoreAsIngestWritesItsOwn(@TempDir Path dir) throws Exception {
    String pg = postgres();
    List<Path> seeds = List.of(Shared.require("seeds"));
    String ingested = dir.resolve("ingest").toString();
    JobRuns.ingest(ingested, seeds, 3);
    JobSettings s = JobSettings.of(pg).withParallelism(2).withBatch(3)
        .withCheckpoints(200, "hashmap", null);
    JobRuns.runFiles(seeds, s, Fault.NONE);
    String expected = JobRuns.json(ingested);
    assertEquals(expected, JobRuns.json(pg));
    long revisions;
    try (Store store = Store.open(pg)) {
      revisions = store.count("revisions");
    }
    JobRuns.runFiles(seeds, s, Fault.NONE);
    assertEquals(expected, JobRuns.json(pg), "a second run over the same pages changes nothing");
    try (Store store = Store.open(pg)) {
      assertEquals(revisions, store.count("revisions"));
      assertEquals(5, store.count("articles"));
    }
  }
}
