package news.parallax.app;

import java.io.IOException;
import java.nio.file.Path;
import news.parallax.cluster.ClusterSettings;
import news.parallax.onnx.OnnxEmbedder;
import picocli.CommandLine.Option;

/**
 * The optional sentence-embedding model of the commands that cluster. The model is loaded when
 * the settings are made and kept for the rest of the command (its process).
 */
final class EmbeddingOptions {
  @Option(names = "--embedding-model", paramLabel = "DIR",
      description = "Blend a sentence-embedding model into story clustering: a folder holding "
          + "model.onnx (or one .onnx file, or onnx/model.onnx) and its Hugging Face "
          + "tokenizer.json (WordPiece or Unigram), optionally the sentence-transformers "
          + "1_Pooling/config.json. Off by default.")
  Path dir;

  @Option(names = "--embedding-weight", paramLabel = "X",
      description = "The model's share of the similarity, 0 to 1 (default: "
          + ClusterSettings.EMBEDDING_WEIGHT + ").")
  Double weight;

  private OnnxEmbedder model;

  /**
   * The settings with the model as their embedder, or unchanged without the option.
   *
   * @throws Unloadable when the model cannot be loaded (the reason is on stderr)
   */
  ClusterSettings apply(ClusterSettings settings) throws Unloadable {
    if (dir == null) {
      return settings;
    }
    if (model == null) {
      try {
        model = OnnxEmbedder.load(dir);
      } catch (IOException | RuntimeException e) {
        Terminal.ERR.println("parallax: --embedding-model: " + e.getMessage());
        throw new Unloadable();
      }
    }
    settings = settings.withEmbedder(model);
    return weight == null ? settings : settings.withEmbeddingWeight(weight);
  }

  /** The loaded model, or null. */
  OnnxEmbedder model() {
    return model;
  }

  /** The model named could not be loaded (already reported on stderr). */
  static final class Unloadable extends Exception {
    Unloadable() {
      super(null, null, false, false);
    }
  }
}
