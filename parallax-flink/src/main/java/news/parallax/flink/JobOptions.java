package news.parallax.flink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.store.Store;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What {@code flink run} and {@code flink submit} share: the input, the store, and how the job runs. */
final class JobOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files and directories to read "
      + "once (HTML, text dumps, JSON lines, WARC, as ingest reads them); or use --kafka.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "Read pages from Kafka "
      + "(bootstrap servers, comma-separated) instead of files: one JSON lines record a page.")
  String kafka;

  @Option(names = "--topic", paramLabel = "T", description = "The Kafka topic of pages.")
  String topic;

  @Option(names = "--group", paramLabel = "G", defaultValue = "parallax",
      description = "The Kafka consumer group (default: ${DEFAULT-VALUE}).")
  String group;

  @Option(names = "--bounded", description = "Stop at the end the topic has when the job "
      + "starts, instead of following it.")
  boolean bounded;

  @Option(names = "--db", paramLabel = "DB", defaultValue = Store.DEFAULT_LOCATION,
      description = "The store the job writes: postgresql://user:password@host:port/db, or a "
          + "directory (SQLite, for a job in this process) (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--parallelism", paramLabel = "N", description = "Parallel tasks of the "
      + "per-article and per-story stages (default: the cores of this machine).")
  Integer parallelism;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "" + JobSettings.DEFAULT_BATCH,
      description = "Pages between two reads of the clusterer, as ingest's --batch "
          + "(default: ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--idle", paramLabel = "SECONDS", defaultValue = "5",
      description = "For a stream: read the clusterer when no page came for this long, though "
          + "the batch is not full (default: ${DEFAULT-VALUE}).")
  double idle;

  @Option(names = "--checkpoint-interval", paramLabel = "SECONDS", defaultValue = "10",
      description = "Seconds between checkpoints (default: ${DEFAULT-VALUE}).")
  double checkpointInterval;

  @Option(names = "--state", paramLabel = "BACKEND", defaultValue = "hashmap",
      description = "Where operator state lives: hashmap (heap) or rocksdb (local disk) "
          + "(default: ${DEFAULT-VALUE}).")
  String state;

  @Option(names = "--checkpoints", paramLabel = "URI", description = "Where checkpoints are "
      + "kept (file:///..., s3://..., hdfs://...); default: for run, a temporary directory; for "
      + "submit, the cluster's own setting.")
  String checkpoints;

  /**
   * The settings, or a usage error naming the bad value; {@code localCheckpoints} is where
   * checkpoints go when --checkpoints is not given (null: the cluster's setting).
   */
  JobSettings settings(String localCheckpoints) {
    boolean stream = kafka != null || topic != null;
    if (stream && (kafka == null || topic == null)) {
      throw new ParameterException(spec.commandLine(), "--kafka and --topic go together");
    }
    if (stream == !paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "name files or directories, or --kafka HOST:PORT --topic T, not both");
    }
    int p = parallelism == null ? Runtime.getRuntime().availableProcessors() : parallelism;
    try {
      return JobSettings.of(db).withParallelism(p).withBatch(batch)
          .withIdleMillis(stream && !bounded ? (long) (idle * 1000) : 0)
          .withCheckpoints((long) (checkpointInterval * 1000), state,
              checkpoints != null ? checkpoints : localCheckpoints);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The source the options name. */
  DataStream<PageInput> source(StreamExecutionEnvironment env) {
    return kafka != null ? PipelineJob.kafka(env, kafka, topic, group, bounded)
        : PipelineJob.files(env, paths);
  }

  /** What the job reads, for its name. */
  String input() {
    return kafka != null ? "kafka " + topic : paths.size() + " path(s)";
  }
}
