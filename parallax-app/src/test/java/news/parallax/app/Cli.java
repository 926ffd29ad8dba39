package news.parallax.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures its output, for tests. */
final class Cli {
  record Result(int exit, String out, String err) {}

  private Cli() {}

  static synchronized Result run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = Terminal.ERR;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      Terminal.ERR = new PrintStream(err, true, StandardCharsets.UTF_8);
      var cl = Main.commandLine();
      cl.setErr(new java.io.PrintWriter(Terminal.ERR, true));
      int exit = cl.execute(args);
      return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      Terminal.ERR = oldErr;
    }
  }
}
