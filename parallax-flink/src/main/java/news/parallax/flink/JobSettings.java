package news.parallax.flink;

import java.time.Duration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;

/**
 * How the job runs.
 *
 * @param db the store the sink writes: {@code postgresql://...}, or a directory (SQLite) for a
 *     local run
 * @param parallelism the parallelism of the per-article and per-story stages (the input order,
 *     the admit stage, the clusterer and the sink run at 1)
 * @param batch pages in a batch: the clusterer reads its stories after each, as {@code ingest}
 *     does after each of its batches of this size
 * @param idleMillis for a stream: close a batch early when no page came for this long (0: never)
 * @param checkpointMillis the interval between checkpoints
 * @param stateBackend {@code hashmap} (state on the heap) or {@code rocksdb} (on local disk)
 * @param checkpointDir where checkpoints go (a URI, e.g. {@code file:///...}, {@code s3://...}),
 *     or null for the cluster's setting (else the job manager's memory, which takes 5 MB of
 *     state at most: enough for a test, not for a real run)
 */
public record JobSettings(String db, int parallelism, int batch, long idleMillis,
    long checkpointMillis, String stateBackend, String checkpointDir) {
  /** Pages a batch holds by default: as many as an {@code ingest} batch. */
  public static final int DEFAULT_BATCH = news.parallax.store.Store.DEFAULT_BATCH;

  public JobSettings {
    if (db == null || db.isBlank()) {
      throw new IllegalArgumentException("the store to write is missing");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism " + parallelism + ": must be at least 1");
    }
    if (batch < 1) {
      throw new IllegalArgumentException("batch " + batch + ": must be at least 1");
    }
    if (checkpointMillis < 10) {
      throw new IllegalArgumentException("checkpoint interval " + checkpointMillis
          + " ms: must be at least 10");
    }
    if (!stateBackend.equals("hashmap") && !stateBackend.equals("rocksdb")) {
      throw new IllegalArgumentException("state backend " + stateBackend
          + ": must be hashmap or rocksdb");
    }
  }

  /** Defaults for a store: parallelism 1, ingest's batch, checkpoints every 10 s on the heap. */
  public static JobSettings of(String db) {
    return new JobSettings(db, 1, DEFAULT_BATCH, 0, 10_000, "hashmap", null);
  }

  public JobSettings withParallelism(int p) {
    return new JobSettings(db, p, batch, idleMillis, checkpointMillis, stateBackend, checkpointDir);
  }

  public JobSettings withBatch(int b) {
    return new JobSettings(db, parallelism, b, idleMillis, checkpointMillis, stateBackend, checkpointDir);
  }

  public JobSettings withIdleMillis(long ms) {
    return new JobSettings(db, parallelism, batch, ms, checkpointMillis, stateBackend, checkpointDir);
  }

  public JobSettings withCheckpoints(long ms, String backend, String dir) {
    return new JobSettings(db, parallelism, batch, idleMillis, ms, backend, dir);
  }

  /**
   * The Flink configuration these settings need: state backend, checkpoint storage, a restart
   * strategy (three attempts a second apart), and no generic (Kryo) serialization.
   */
  public Configuration configuration() {
    Configuration c = new Configuration();
    c.set(StateBackendOptions.STATE_BACKEND, stateBackend);
    if (checkpointDir != null) {
      c.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
    }
    c.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMillis(checkpointMillis));
    c.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 3);
    c.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
    c.set(PipelineOptions.GENERIC_TYPES, false);
    return c;
  }
}
