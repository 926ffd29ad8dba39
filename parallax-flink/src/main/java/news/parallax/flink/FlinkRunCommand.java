package news.parallax.flink;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code parallax flink run}: the job in a Flink mini cluster in this process. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run the job in a local Flink mini cluster (one process, --parallelism task "
        + "slots) and wait for it: files are read once; a Kafka topic is followed until the "
        + "process is stopped (or to its current end with --bounded).")
final class FlinkRunCommand implements Callable<Integer> {
  @Mixin
  JobOptions options;

  @Override
  public Integer call() {
    // checkpoints hold every member's analysis: more than the 5 MB a job manager keeps in memory
    JobSettings s = options.settings(Path.of(System.getProperty("java.io.tmpdir"),
        "parallax-checkpoints").toUri().toString());
    long errorsBefore;
    try (Store store = Store.open(s.db())) {
      errorsBefore = store.count("errors");
    } catch (StoreException e) {
      FlinkMain.ERR.println("parallax: " + e.getMessage());
      return FlinkMain.STORE_FAILED;
    }
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(s.parallelism(), s.configuration());
    PipelineJob.build(env, options.source(env), s);
    JobExecutionResult r;
    try {
      r = env.execute("parallax " + options.input());
    } catch (Exception e) {
      FlinkMain.ERR.println("parallax: the job failed: " + rootMessage(e));
      return FlinkMain.JOB_FAILED;
    }
    try (Store store = Store.open(s.db())) {
      long errors = store.count("errors") - errorsBefore;
      FlinkMain.ERR.printf(Locale.ROOT, "parallax: job finished in %.1f s at parallelism %d; the"
          + " store %s holds %d articles, %d stories, %d new errors%n", r.getNetRuntime() / 1e3,
          s.parallelism(), store.location(), store.count("articles"), store.count("stories"), errors);
      return errors == 0 ? FlinkMain.OK : FlinkMain.SOME_INPUTS_FAILED;
    } catch (StoreException e) {
      FlinkMain.ERR.println("parallax: " + e.getMessage());
      return FlinkMain.STORE_FAILED;
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t + ")";
  }
}
