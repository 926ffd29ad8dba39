package news.parallax.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code parallax flink}: the pipeline as an Apache Flink job (run, submit); see {@code parallax flink --help}. */
@Command(name = "flink",
    description = "Run the pipeline as an Apache Flink job: `flink run` in this process, `flink "
        + "submit` to a cluster (see parallax flink --help).")
final class FlinkCommand implements Callable<Integer> {
  @Unmatched
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    return FlinkModule.execute(args);
  }
}
