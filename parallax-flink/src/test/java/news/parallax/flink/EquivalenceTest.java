package news.parallax.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import news.parallax.store.Store;
import news.parallax.store.StoryQuery;
import news.parallax.testing.Shared;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The job's stories equal those of {@code ingest} on the same pages. */
class EquivalenceTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2).build());

  @Test
  void seedsGiveTheStoriesOfIngestAtParallelismTwo(@TempDir Path dir) throws Exception {
    List<Path> seeds = List.of(Shared.require("seeds"));
    String ingested = dir.resolve("ingest").toString();
    String job = dir.resolve("job").toString();
    // batches of two pages: the clusterer reads three times, site learning spans batches
    JobRuns.ingest(ingested, seeds, 2);
    JobRuns.runFiles(seeds, JobSettings.of(job).withParallelism(2).withBatch(2)
        .withCheckpoints(200, "hashmap", null), Fault.NONE);
    String expected = JobRuns.json(ingested);
    assertFalse(expected.contains("\"stories\" : [ ]"), "ingest found stories");
    assertEquals(expected, JobRuns.json(job));
    try (Store a = Store.open(ingested); Store b = Store.open(job)) {
      assertEquals(a.count("pages"), b.count("pages"));
      assertEquals(a.count("batches"), b.count("batches"));
      assertEquals(a.stories(StoryQuery.ALL).size(), b.stories(StoryQuery.ALL).size());
    }
  }
}
