package news.parallax.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Flink job's jars, kept beside the command's own in {@code flink-lib/} and loaded only by
 * the commands that run the job, so that every other command starts without them. The job runs
 * in a child process (same Java, same JVM options) whose class path is this one's plus them:
 * Flink resolves its own classes through the application class loader.
 */
final class FlinkModule {
  private static final String ENTRY = "news.parallax.flink.FlinkMain";

  private FlinkModule() {}

  /** Runs {@code parallax flink ARGS...} with the job's jars and returns its exit code. */
  static int execute(List<String> args) {
    Path dir = libraries();
    if (!Files.isDirectory(dir)) {
      Terminal.ERR.println("parallax: the Flink job's jars are missing (" + dir
          + "); build with mvn package");
      return Main.USAGE;
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path") + File.pathSeparator + dir + File.separator + "*");
    command.add(ENTRY);
    command.addAll(args);
    try {
      Process p = new ProcessBuilder(command).inheritIO().start();
      return p.waitFor();
    } catch (IOException e) {
      Terminal.ERR.println("parallax: cannot start the Flink job: " + e.getMessage());
      return Main.USAGE;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Main.USAGE;
    }
  }

  /** {@code flink-lib/} beside the jar (or classes directory) this command runs from. */
  private static Path libraries() {
    try {
      Path self = Path.of(FlinkModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return self.getParent().resolve("flink-lib");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
