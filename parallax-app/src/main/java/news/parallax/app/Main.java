package news.parallax.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code parallax} command. */
@Command(
    name = "parallax",
    mixinStandardHelpOptions = true,
    version = "parallax 0.1.0",
    description = "One news event seen through many outlets and languages.",
    subcommands = {
        AnalyzeCommand.class,
        IngestCommand.class,
        WatchCommand.class,
        StoriesCommand.class,
        SearchCommand.class,
        ExportCommand.class,
        ExtractCommand.class,
        ClaimsCommand.class,
        QuotesCommand.class,
        ServeCommand.class,
        FlinkCommand.class,
        EvalCommand.class,
        BenchCommand.class,
        CommandLine.HelpCommand.class
    })
public final class Main implements java.util.concurrent.Callable<Integer> {
  /** Every input was read. */
  public static final int OK = 0;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** Some inputs could not be read; the rest were processed. */
  public static final int SOME_INPUTS_FAILED = 3;
  /** The run could not finish (the output could not be written, or an internal error): see stderr. */
  public static final int FAILED = 1;
  /** The store could not be opened, read or written. */
  public static final int STORE_FAILED = 4;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Without a command: the usage, and the usage-error exit code. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }

  /** Builds the command line, with the exit codes Parallax documents. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine bad = ex.getCommandLine();
      bad.getErr().println("parallax: " + ex.getMessage());
      bad.usage(bad.getErr());
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, bad, parsed) -> {
      bad.getErr().println("parallax: " + news.parallax.report.Untrusted.oneLine(
          ex.getMessage() == null ? ex.toString() : ex.getClass().getSimpleName() + ": " + ex.getMessage()));
      return FAILED;
    });
    cl.getCommandSpec().usageMessage().exitCodeListHeading("Exit codes:%n");
    java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
    codes.put("0", "every input was read");
    codes.put("1", "the run could not finish: the output could not be written (see stderr)");
    codes.put("2", "usage error");
    codes.put("3", "some inputs failed or were cut (see stderr and errors[])");
    codes.put("4", "the store could not be opened, read or written");
    cl.getCommandSpec().usageMessage().exitCodeList(codes);
    return cl;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
