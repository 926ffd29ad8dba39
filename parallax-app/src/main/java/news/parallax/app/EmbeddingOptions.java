package news.parallax.app;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.parallax.cluster.ClusterSettings;
import news.parallax.cluster.Embedder;
import picocli.CommandLine.Option;

/**
 * The optional sentence-embedding model of the commands that cluster. The model is loaded when
 * the settings are made and kept for the rest of the command (its process). ONNX Runtime (75 MB)
 * is not on the tool's class path: the {@code onnx/} folder beside the tool's jar holds it and
 * the parallax-onnx module, and is opened only when {@code --embedding-model} is given.
 */
final class EmbeddingOptions {
  /** The embedder class of the parallax-onnx module. */
  static final String ONNX_EMBEDDER = "news.parallax.onnx.OnnxEmbedder";

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

  private Embedder model;
  private Method embedSegments;

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
        Class<?> c = Class.forName(ONNX_EMBEDDER, true, onnxLoader());
        embedSegments = c.getMethod("embed", List.class);
        model = (Embedder) c.getMethod("load", Path.class).invoke(null, dir);
      } catch (InvocationTargetException e) {
        Terminal.ERR.println("parallax: --embedding-model: " + e.getCause().getMessage());
        throw new Unloadable();
      } catch (ReflectiveOperationException | IOException | RuntimeException e) {
        Terminal.ERR.println("parallax: --embedding-model: " + e.getMessage());
        throw new Unloadable();
      }
    }
    settings = settings.withEmbedder(model);
    return weight == null ? settings : settings.withEmbeddingWeight(weight);
  }

  /** The loaded model, or null. */
  Embedder model() {
    return model;
  }

  /** Embeds text segments with the loaded model (which keeps the vectors). */
  void embed(List<String> segments) {
    try {
      embedSegments.invoke(model, segments);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The class loader of the ONNX module: the tool's own when the module is on its class path
   * (as in the tests), else one over the jars of the {@code onnx/} folder beside the tool's jar.
   */
  private static ClassLoader onnxLoader() throws IOException {
    ClassLoader own = EmbeddingOptions.class.getClassLoader();
    if (own.getResource(ONNX_EMBEDDER.replace('.', '/') + ".class") != null) {
      return own;
    }
    Path folder;
    try {
      Path jar = Path.of(EmbeddingOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      folder = jar.toAbsolutePath().getParent().resolve("onnx");
    } catch (URISyntaxException | RuntimeException e) {
      throw new IOException("cannot tell where the tool's jar is", e);
    }
    List<URL> jars = new ArrayList<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".jar")).sorted().toList()) {
          jars.add(toUrl(p));
        }
      }
    }
    if (jars.isEmpty()) {
      throw new IOException("ONNX Runtime is not installed: " + folder + " holds no jars (the build"
          + " puts parallax-onnx and onnxruntime there)");
    }
    return new URLClassLoader(jars.toArray(URL[]::new), own);
  }

  private static URL toUrl(Path p) throws IOException {
    try {
      return p.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IOException(e);
    }
  }

  /** The model named could not be loaded (already reported on stderr). */
  static final class Unloadable extends Exception {
    Unloadable() {
      super(null, null, false, false);
    }
  }
}
