package news.parallax.flink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import news.parallax.store.Store;
import news.parallax.testing.Shared;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages from a Kafka topic (an in-JVM KRaft broker) give the stories that {@code ingest} gives
 * for the same records read from a JSON lines file.
 */
class KafkaJobTest {
  @RegisterExtension
  static final MiniClusterExtension CLUSTER = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2).build());

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One JSON lines record a seed: its URL, and its text as the page. */
  private static List<String> records() throws Exception {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Shared.require("seeds"))) {
      for (Path f : files.sorted().toList()) {
        ObjectNode n = JSON.createObjectNode();
        n.put("url", "https://example.org/" + f.getFileName());
        n.put("text", Files.readString(f));
        out.add(JSON.writeValueAsString(n));
      }
    }
    out.add("{not json");
    return out;
  }

  @Test
  void aTopicGivesTheStoriesOfIngestOfTheSameRecords(@TempDir Path dir) throws Exception {
    List<String> records = records();
    Path file = dir.resolve("pages.jsonl");
    Files.write(file, records, StandardCharsets.UTF_8);
    String ingested = dir.resolve("ingest").toString();
    JobRuns.ingest(ingested, List.of(file), 200);

    String job = dir.resolve("job").toString();
    try (KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1)
        .setBaseDirectory(dir.resolve("kafka")).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .build()) {
      kafka.format();
      kafka.startup();
      kafka.waitForReadyBrokers();
      try (Admin admin = kafka.admin()) {
        admin.createTopics(List.of(new NewTopic("pages", 1, (short) 1))).all().get();
      }
      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
      try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p,
          new ByteArraySerializer(), new ByteArraySerializer())) {
        for (String r : records) {
          producer.send(new ProducerRecord<>("pages", r.getBytes(StandardCharsets.UTF_8))).get();
        }
      }
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(new Configuration());
      PipelineJob.build(env, PipelineJob.kafka(env, kafka.bootstrapServers(), "pages", "test", true),
          JobSettings.of(job).withParallelism(2).withCheckpoints(500, "hashmap", null));
      env.execute("parallax kafka test");
    }
    try (Store a = Store.open(ingested); Store b = Store.open(job)) {
      assertEquals(5, b.count("articles"));
      assertEquals(1, b.count("errors"), "the record that is not JSON");
      assertEquals(a.count("stories"), b.count("stories"));
      assertTrue(b.errors().get(0).source().startsWith("pages/0@5"), b.errors().get(0).source());
    }
    // the pages' sources differ (file lines, topic offsets); the stories do not
    assertEquals(stories(JobRuns.json(ingested)), stories(JobRuns.json(job)));
  }

  private static JsonNode stories(String document) throws Exception {
    return JSON.readTree(document).get("stories");
  }
}
