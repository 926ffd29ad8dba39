package news.parallax.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes small ONNX models for tests: a ModelProto encoded by hand (field numbers from
 * onnx.proto), so no model has to be downloaded. The model looks up each input id's row in a
 * float table (a Gather node), which is what an embedding layer does.
 */
final class TinyOnnx {
  private TinyOnnx() {}

  /** onnx.proto TensorProto.DataType values. */
  static final int FLOAT = 1;
  static final int INT64 = 7;

  /** A protobuf message being written: fields in order, each tag then value. */
  static final class Message {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Message varint(int field, long value) {
      tag(field, 0);
      raw(value);
      return this;
    }

    Message bytes(int field, byte[] value) {
      tag(field, 2);
      raw(value.length);
      out.writeBytes(value);
      return this;
    }

    Message string(int field, String value) {
      return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    Message message(int field, Message value) {
      return bytes(field, value.toBytes());
    }

    byte[] toBytes() {
      return out.toByteArray();
    }

    private void tag(int field, int wireType) {
      raw(((long) field << 3) | wireType);
    }

    private void raw(long v) {
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }
  }

  /** ValueInfoProto of a tensor; a dimension is a size (Long) or a symbolic name (String). */
  static Message tensor(String name, int elemType, Object... dims) {
    Message shape = new Message();
    for (Object d : dims) {
      Message dim = new Message();
      if (d instanceof String s) {
        dim.string(2, s);
      } else {
        dim.varint(1, ((Number) d).longValue());
      }
      shape.message(1, dim);
    }
    Message tensorType = new Message().varint(1, elemType).message(2, shape);
    return new Message().string(1, name).message(2, new Message().message(1, tensorType));
  }

  /** NodeProto: inputs, outputs, op type, and attributes already encoded. */
  static Message node(String op, List<String> inputs, List<String> outputs, Message... attributes) {
    Message n = new Message();
    inputs.forEach(i -> n.string(1, i));
    outputs.forEach(o -> n.string(2, o));
    n.string(3, op.toLowerCase() + "_0").string(4, op);
    for (Message a : attributes) {
      n.message(5, a);
    }
    return n;
  }

  /** AttributeProto holding a list of ints. */
  static Message ints(String name, long... values) {
    Message a = new Message().string(1, name).varint(20, 7);
    for (long v : values) {
      a.varint(8, v);
    }
    return a;
  }

  /** AttributeProto holding one int. */
  static Message intAttribute(String name, long value) {
    return new Message().string(1, name).varint(20, 2).varint(3, value);
  }

  /** TensorProto with float data (raw, little-endian) of shape [rows, cols]. */
  static Message table(String name, float[][] rows) {
    ByteBuffer b = ByteBuffer.allocate(rows.length * rows[0].length * 4)
        .order(ByteOrder.LITTLE_ENDIAN);
    for (float[] r : rows) {
      for (float x : r) {
        b.putFloat(x);
      }
    }
    return new Message().varint(1, rows.length).varint(1, rows[0].length).varint(2, FLOAT)
        .string(8, name).bytes(9, b.array());
  }

  /** ModelProto around a graph: IR version 7, default-domain opset 13. */
  static byte[] model(Message graph) {
    Message opset = new Message().string(1, "").varint(2, 13);
    return new Message().varint(1, 7).string(2, "parallax-test").message(7, graph)
        .message(8, opset).toBytes();
  }

  /**
   * An embedding-layer model: inputs {@code input_ids} and {@code attention_mask} (int64,
   * [batch, seq]), output {@code last_hidden_state} [batch, seq, dim] = table[input_ids].
   */
  static byte[] tokenVectors(float[][] table) {
    Message graph = new Message()
        .message(1, node("Gather", List.of("table", "input_ids"), List.of("last_hidden_state")))
        .string(2, "embedding")
        .message(5, table("table", table))
        .message(11, tensor("input_ids", INT64, "batch", "seq"))
        .message(11, tensor("attention_mask", INT64, "batch", "seq"))
        .message(12, tensor("last_hidden_state", FLOAT, "batch", "seq", (long) table[0].length));
    return model(graph);
  }

  /**
   * The same table, averaged over the tokens inside the graph: one output {@code
   * sentence_embedding} [batch, dim] (padding included, so tests feed one text at a time).
   */
  static byte[] textVectors(float[][] table) {
    Message graph = new Message()
        .message(1, node("Gather", List.of("table", "input_ids"), List.of("tokens")))
        .message(1, node("ReduceMean", List.of("tokens"), List.of("sentence_embedding"),
            ints("axes", 1), intAttribute("keepdims", 0)))
        .string(2, "pooled")
        .message(5, table("table", table))
        .message(11, tensor("input_ids", INT64, "batch", "seq"))
        .message(12, tensor("sentence_embedding", FLOAT, "batch", (long) table[0].length));
    return model(graph);
  }

  /** A model whose only input is a float image, which no text embedder can feed. */
  static byte[] imageModel() {
    Message graph = new Message()
        .message(1, node("Relu", List.of("pixel_values"), List.of("out")))
        .string(2, "image")
        .message(11, tensor("pixel_values", FLOAT, "batch", 3L))
        .message(12, tensor("out", FLOAT, "batch", 3L));
    return model(graph);
  }
}
