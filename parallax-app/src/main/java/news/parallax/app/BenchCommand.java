package news.parallax.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax bench}: throughput (per second per core) and peak heap of a stage. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure a stage's throughput per core and its peak heap.",
    subcommands = {
        BenchExtractCommand.class,
        BenchClusterCommand.class,
        BenchAnalyzeCommand.class,
        BenchIngestCommand.class,
        BenchStoreCommand.class,
        BenchFetchCommand.class,
        BenchServeCommand.class,
        BenchFlinkCommand.class,
    })
final class BenchCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("parallax: say what to measure");
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }
}
