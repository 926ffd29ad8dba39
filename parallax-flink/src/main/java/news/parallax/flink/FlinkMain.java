package news.parallax.flink;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parallax flink} commands: run the job in this process, submit it to a cluster, or
 * measure it. The main command line loads this module only for them, so that its own start
 * stays free of Flink.
 */
@Command(name = "parallax flink", mixinStandardHelpOptions = true,
    description = "Run the pipeline as an Apache Flink job: pages from files or a Kafka topic, "
        + "stories upserted into the store.",
    subcommands = {FlinkRunCommand.class, FlinkSubmitCommand.class, BenchFlinkCommand.class})
public final class FlinkMain implements java.util.concurrent.Callable<Integer> {
  /** The job finished and every input was read. */
  static final int OK = 0;
  /** The command line was wrong. */
  static final int USAGE = 2;
  /** Some inputs failed (kept in the store's errors). */
  static final int SOME_INPUTS_FAILED = 3;
  /** The store could not be opened or written. */
  static final int STORE_FAILED = 4;
  /** The job failed (after its restarts), or the cluster refused it. */
  static final int JOB_FAILED = 5;

  static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** Runs {@code parallax flink ARGS...} and returns its exit code. */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new FlinkMain());
    cl.setParameterExceptionHandler((ex, a) -> {
      CommandLine bad = ex.getCommandLine();
      bad.getErr().println("parallax: " + ex.getMessage());
      bad.usage(bad.getErr());
      return USAGE;
    });
    cl.getCommandSpec().usageMessage().exitCodeListHeading("Exit codes:%n");
    cl.getCommandSpec().usageMessage().exitCodeList(Map.of(
        "0", "the job finished, every input read",
        "2", "usage error",
        "3", "some inputs failed (kept in the store's errors)",
        "4", "the store could not be opened or written",
        "5", "the job failed after its restarts, or the cluster refused it"));
    return cl.execute(args);
  }

  public static void main(String[] args) {
    System.exit(execute(args));
  }
}
