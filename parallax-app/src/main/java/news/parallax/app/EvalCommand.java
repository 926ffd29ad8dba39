package news.parallax.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code parallax eval}: quality scores on evaluation data with gold labels. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score a stage against evaluation data with gold labels.",
    subcommands = {
        EvalEntitiesCommand.class,
    })
final class EvalCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "say what to evaluate");
  }
}
