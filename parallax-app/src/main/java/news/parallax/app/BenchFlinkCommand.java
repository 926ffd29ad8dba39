package news.parallax.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** {@code parallax bench flink}: the Flink job at parallelism 1 and 2 against ingest (see its --help). */
@Command(name = "flink",
    description = "The Flink job at parallelism 1 and 2 on the same pages, against ingest "
        + "(see parallax bench flink --help).")
final class BenchFlinkCommand implements Callable<Integer> {
  @Unmatched
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    List<String> all = new ArrayList<>(List.of("bench"));
    all.addAll(args);
    return FlinkModule.execute(all);
  }
}
