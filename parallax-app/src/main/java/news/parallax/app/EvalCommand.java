package news.parallax.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax eval}: quality scores on evaluation data with gold labels. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score a stage against evaluation data with gold labels.",
    subcommands = {
        EvalClaimsCommand.class,
        EvalQuotesCommand.class,
        EvalExtractionCommand.class,
        EvalClusteringCommand.class,
        EvalEntitiesCommand.class,
        EvalBriefCommand.class,
    })
final class EvalCommand implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("parallax: say what to evaluate");
    spec.commandLine().usage(spec.commandLine().getErr());
    return Main.USAGE;
  }
}
