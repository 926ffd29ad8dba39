package news.parallax.flink;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.ingest.Inputs;
import news.parallax.ingest.PageSink;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The recipe as a Flink job: the same stages as {@code ingest}, laid out for a cluster.
 *
 * <pre>
 * source ─▶ number ─▶ extract (×N) ─▶ admit (keyed, 1) ─▶ analyze (×N) ─▶ cluster (keyed, 1)
 *        ─▶ views keyed by story id (×N) ─▶ store sink (1); admit and cluster also write rows
 * </pre>
 *
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * JobSettings s = JobSettings.of("postgresql://parallax:secret@db:5432/news").withParallelism(8);
 * PipelineJob.build(env, PipelineJob.files(env, List.of(Path.of("pages"))), s);
 * env.execute("parallax");
 * }</pre>
 */
public final class PipelineJob {
  private PipelineJob() {}

  /** The pages of files and directories, read in the order {@code ingest} reads them; bounded. */
  public static DataStream<PageInput> files(StreamExecutionEnvironment env, List<Path> paths) {
    List<InputError> unlisted = new ArrayList<>();
    List<Path> files = Inputs.standard().files(paths, new PageSink() {
      @Override
      public void page(Page page) {
        // listing gives no pages
      }

      @Override
      public void error(InputError error) {
        unlisted.add(error);
      }
    });
    return env.fromSequence(0, files.size()).name("files").setParallelism(1)
        .flatMap(new ReadFiles(files, unlisted), TypeInformation.of(PageInput.class))
        .name("read files").setParallelism(1);
  }

  /**
   * The pages of a Kafka topic, one JSON lines record each; read from the topic's start by a new
   * job, from its checkpoint by a restored one; {@code bounded}: stop at the end the topic has
   * when the job starts.
   */
  public static DataStream<PageInput> kafka(StreamExecutionEnvironment env, String servers,
      String topic, String group, boolean bounded) {
    KafkaSourceBuilder<PageInput> b = KafkaSource.<PageInput>builder()
        .setBootstrapServers(servers)
        .setTopics(topic)
        .setGroupId(group)
        .setStartingOffsets(OffsetsInitializer.earliest())
        .setDeserializer(new KafkaPages());
    if (bounded) {
      b.setBounded(OffsetsInitializer.latest());
    }
    return env.fromSource(b.build(), WatermarkStrategy.noWatermarks(), "kafka " + topic)
        .setParallelism(1);
  }

  /** Adds the stages and the store sink after {@code inputs}. */
  public static void build(StreamExecutionEnvironment env, DataStream<PageInput> inputs,
      JobSettings s) {
    build(env, inputs, s, Fault.NONE);
  }

  static void build(StreamExecutionEnvironment env, DataStream<PageInput> inputs, JobSettings s,
      Fault fault) {
    env.configure(s.configuration());
    int p = s.parallelism();
    DataStream<PageInput> numbered = inputs.map(new Numbering()).name("number inputs")
        .setParallelism(1);
    DataStream<Extracted> extracted = numbered.rebalance().map(new ExtractStage())
        .name("extract").setParallelism(p);
    SingleOutputStreamOperator<Admitted> admitted = extracted.keyBy(x -> 0, Types.INT)
        .process(new AdmitStage(s.batch(), s.idleMillis())).name("admit: site chrome, ids")
        .setParallelism(1).setMaxParallelism(1);
    DataStream<Analyzed> analyzed = admitted.rebalance().map(new AnalyzeStage(fault))
        .name("analyze").setParallelism(p);
    SingleOutputStreamOperator<StoryWork> stories = analyzed.keyBy(x -> 0, Types.INT)
        .process(new ClusterStage()).name("cluster").setParallelism(1).setMaxParallelism(1);
    DataStream<StoreWrite> views = stories.keyBy(StoryWork::storyId, Types.STRING)
        .map(new ViewStage()).name("story views").setParallelism(p);
    admitted.getSideOutput(AdmitStage.WRITES)
        .union(stories.getSideOutput(AdmitStage.WRITES), views)
        .sinkTo(new StoreSink(s.db())).name("store").setParallelism(1);
  }
}
