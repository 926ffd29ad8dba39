package news.parallax.store;

import java.nio.file.Path;
import java.util.List;
import news.parallax.Progress;
import news.parallax.Recipe;

/**
 * An ingest in a process of its own, for the kill test: {@code DB BATCH INPUT}; prints
 * "batch" when a batch reaches its per-story stages and "done" at the end.
 */
public final class IngestProcess {
  private IngestProcess() {}

  public static void main(String[] args) {
    try (Store s = Store.open(args[0], Recipe.standard())) {
      System.out.println("open");
      s.ingest(List.of(Path.of(args[2])), Integer.parseInt(args[1]), new Progress() {
        @Override
        public void start(String phase, int total) {
          if (phase.equals("stories")) {
            System.out.println("batch");
          }
        }

        @Override
        public void step() {}
      });
    }
    System.out.println("done");
  }
}
