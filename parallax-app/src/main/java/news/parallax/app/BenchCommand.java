package news.parallax.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax bench}: throughput (per second per core) and peak heap of a stage. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure a stage's throughput per core and its peak heap.",
    subcommands = {
        BenchAnalyzeCommand.class,
    })
final class BenchCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to measure");
  }
}
