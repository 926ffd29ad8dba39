package news.parallax.flink;

import java.util.concurrent.Callable;
import news.parallax.store.Store;
import news.parallax.store.StoreException;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code parallax flink submit}: the same job, sent to a Flink cluster. */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = "Send the job to a running Flink cluster (its REST address), with the jars it "
        + "needs, and print the job id; the task managers must reach the store and Kafka (and "
        + "the paths, for files).")
final class FlinkSubmitCommand implements Callable<Integer> {
  @Mixin
  JobOptions options;

  @Option(names = "--jobmanager", paramLabel = "HOST:PORT", required = true,
      description = "The cluster's REST address (the port of its web UI, 8081 by default).")
  String jobManager;

  @Option(names = "--wait", description = "Wait for the job to finish (a bounded input).")
  boolean await;

  @Override
  public Integer call() throws Exception {
    JobSettings s = options.settings(null);
    int colon = jobManager.lastIndexOf(':');
    if (colon < 1) {
      throw new ParameterException(options.spec.commandLine(),
          "--jobmanager " + jobManager + ": expected HOST:PORT");
    }
    String host = jobManager.substring(0, colon);
    int port;
    try {
      port = Integer.parseInt(jobManager.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new ParameterException(options.spec.commandLine(),
          "--jobmanager " + jobManager + ": the port is not a number");
    }
    try (Store store = Store.open(s.db())) {
      store.count("stories"); // the schema is created before the job starts
    } catch (StoreException e) {
      FlinkMain.ERR.println("parallax: " + e.getMessage());
      return FlinkMain.STORE_FAILED;
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createRemoteEnvironment(host, port,
        s.configuration(), JobJars.shipped().toArray(String[]::new));
    env.setParallelism(s.parallelism());
    PipelineJob.build(env, options.source(env), s);
    JobClient client;
    try {
      client = env.executeAsync("parallax " + options.input());
      System.out.println(client.getJobID());
      if (await) {
        client.getJobExecutionResult().get();
      }
    } catch (Exception e) {
      FlinkMain.ERR.println("parallax: the cluster at " + jobManager + " refused or failed the job: "
          + FlinkRunCommand.rootMessage(e));
      return FlinkMain.JOB_FAILED;
    }
    return FlinkMain.OK;
  }
}
