package news.parallax.flink;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import news.parallax.Progress;
import news.parallax.store.Store;
import news.parallax.store.StoryQuery;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** What the job tests share: running the job and ingest over the same pages, and comparing stores. */
final class JobRuns {
  private JobRuns() {}

  /** Runs the job over files on the test's mini cluster. */
  static void runFiles(List<Path> inputs, JobSettings s, Fault fault) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(new Configuration());
    PipelineJob.build(env, PipelineJob.files(env, inputs), s, fault);
    env.execute("parallax test");
  }

  /** Ingests the inputs into a new store, in batches of {@code batch} pages. */
  static void ingest(String db, List<Path> inputs, int batch) {
    try (Store s = Store.open(db, Recipes.standard())) {
      s.ingest(inputs, batch, Progress.NONE);
    }
  }

  /** A store's {@code parallax/1} document: articles, stories and errors. */
  static String json(String db) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Store s = Store.open(db)) {
      s.writeJson(StoryQuery.ALL, out);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
