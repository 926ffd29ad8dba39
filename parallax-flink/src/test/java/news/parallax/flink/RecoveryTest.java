package news.parallax.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import news.parallax.store.Store;
import news.parallax.testing.Shared;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that fails once, after a checkpoint, is restarted from it: no article lost or stored
 * twice, and the stories those of {@code ingest} on the same pages.
 */
class RecoveryTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2).build());

  /** Whether the injected failure happened: the task threads run in this JVM. */
  static final AtomicBoolean FAILED = new AtomicBoolean();

  /** Fails the first attempt once a checkpoint has completed. */
  static final class FailOnce implements Fault {
    @Override
    public void before(long aseq, int attempt, int checkpoints) {
      if (attempt == 0 && checkpoints > 0 && FAILED.compareAndSet(false, true)) {
        throw new IllegalStateException("injected failure before article " + aseq);
      }
    }
  }

  /**
   * Hands the pages on one every 300 ms, so that checkpoint barriers fall between batches and a
   * checkpoint completes while the job still has articles to analyze.
   */
  static final class Trickle implements MapFunction<PageInput, PageInput> {
    @Override
    public PageInput map(PageInput p) throws InterruptedException {
      Thread.sleep(300);
      return p;
    }
  }

  /** The seeds and the first pages of the trafilatura evaluation set (several sites, HTML). */
  static List<Path> pages(int more) throws Exception {
    List<Path> out = new ArrayList<>();
    out.add(Shared.require("seeds"));
    try (Stream<Path> files = Files.list(Shared.require("eval/trafilatura-eval/cache"))) {
      files.sorted().limit(more).forEach(out::add);
    }
    return out;
  }

  @Test
  void aFailedTaskRestartsFromItsCheckpointAndLosesOrDoublesNothing(@TempDir Path dir)
      throws Exception {
    List<Path> inputs = pages(10);
    String ingested = dir.resolve("ingest").toString();
    String job = dir.resolve("job").toString();
    JobRuns.ingest(ingested, inputs, 4);
    FAILED.set(false);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(new Configuration());
    DataStream<PageInput> trickled = PipelineJob.files(env, inputs).map(new Trickle())
        .setParallelism(1);
    PipelineJob.build(env, trickled, JobSettings.of(job).withParallelism(2).withBatch(4)
        .withCheckpoints(150, "rocksdb", dir.resolve("checkpoints").toUri().toString()),
        new FailOnce());
    env.execute("parallax recovery test");
    assertTrue(FAILED.get(), "the failure was injected");
    try (Store a = Store.open(ingested); Store b = Store.open(job)) {
      assertTrue(a.count("articles") > 10, "ingest kept the articles: " + a.count("articles"));
      for (String table : List.of("articles", "revisions", "pages", "errors", "batches", "stories")) {
        assertEquals(a.count(table), b.count(table), table);
      }
    }
    assertEquals(JobRuns.json(ingested), JobRuns.json(job));
  }
}
