package news.parallax.flink;

import news.parallax.ingest.Inputs;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads a Kafka record as {@code ingest} reads a line of a JSON lines file:
 * {@code {"url","title","outlet","published","html"|"text"}}; a record that is not one is an
 * input error named {@code topic/partition@offset}.
 */
final class KafkaPages implements KafkaRecordDeserializationSchema<PageInput> {
  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<PageInput> out) {
    String source = record.topic() + "/" + record.partition() + "@" + record.offset();
    byte[] value = record.value() == null ? new byte[0] : record.value();
    Inputs.standard().read(source, "record.jsonl", value, ReadFiles.collector(out));
  }

  @Override
  public TypeInformation<PageInput> getProducedType() {
    return TypeInformation.of(PageInput.class);
  }
}
