package news.parallax.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import news.parallax.cluster.Embedder;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;

/**
 * A sentence-embedding model the user supplies, run with ONNX Runtime: the {@link Embedder}
 * that gives story clustering a dense-vector signal.
 *
 * <pre>{@code
 * try (OnnxEmbedder model = OnnxEmbedder.load(Path.of("multilingual-e5-small"))) {
 *   StoryClusterer c = StoryClusterer.with(ClusterSettings.DEFAULT.withEmbedder(model));
 *   articles.forEach(c::add);
 * }
 * }</pre>
 *
 * <p>The folder holds the model, {@code model.onnx} (else the only {@code .onnx} file in the
 * folder, else {@code onnx/model.onnx}), and the Hugging Face {@code tokenizer.json} (see
 * {@link Tokenizer} for what it may contain). A sentence-transformers {@code
 * 1_Pooling/config.json} chooses the pooling (CLS, mean, max, mean_sqrt_len or last token);
 * without one the token vectors are averaged over the attention mask. A {@code
 * sentence_bert_config.json} with {@code max_seq_length} lowers the token budget below the
 * tokenizer's truncation length (512 when tokenizer.json sets none). Layers the
 * sentence-transformers pipeline applies after pooling ({@code 2_Dense}) are not applied
 * unless the ONNX graph holds them.
 *
 * <p>The model is fed the inputs it declares, among {@code input_ids}, {@code attention_mask},
 * {@code token_type_ids} and {@code position_ids} (64- or 32-bit integers). Its first output is
 * either token vectors [batch, tokens, dim], which are pooled, or one vector per text [batch,
 * dim]. Vectors are returned at unit length.
 *
 * <p>The text embedded is the article's title and paragraphs, in order, cut to the token
 * budget: the first {@link #DEFAULT_WINDOWS} window of tokens, since the headline and lede
 * name the event and each further window costs one more pass through the model (see
 * docs/clustering.md, "Embedding models"). With more windows, consecutive windows of the text
 * are embedded in one batch and their vectors averaged, weighted by their tokens.
 *
 * <p>Safe for concurrent use (an ONNX Runtime session is), deterministic, and holding native
 * memory until {@link #close()}. Each call runs on the calling thread alone; to use more cores,
 * embed several articles at once (the vectors are kept, see below). The last {@link #CACHE_ENTRIES} token sequences and their
 * vectors are kept, so an evaluation that clusters the same articles in several orders runs
 * the model once per article.
 */
public final class OnnxEmbedder implements Embedder, AutoCloseable {
  /** Token windows per article by default: the first only. */
  public static final int DEFAULT_WINDOWS = 1;
  /** Token sequences whose vectors are kept for reuse. */
  public static final int CACHE_ENTRIES = 4096;

  private static final Set<String> INPUTS =
      Set.of("input_ids", "attention_mask", "token_type_ids", "position_ids");

  private enum Pooling { CLS, MEAN, MAX, LAST }

  private final Path modelFile;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final Tokenizer tokenizer;
  private final Map<String, Boolean> inputs;
  private final String output;
  private final boolean pooled;
  private final Pooling pooling;
  private final int windows;
  /** The sequence length a model with a fixed input shape needs, else 0. */
  private final int fixedLength;
  private final Map<Key, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
      return size() > CACHE_ENTRIES;
    }
  };

  /** A token sequence as a cache key. */
  private record Key(int[] ids) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(ids, k.ids);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(ids);
    }
  }

  private OnnxEmbedder(Path modelFile, OrtEnvironment env, OrtSession session,
      Tokenizer tokenizer, Map<String, Boolean> inputs, String output, boolean pooled,
      Pooling pooling, int windows, int fixedLength) {
    this.modelFile = modelFile;
    this.env = env;
    this.session = session;
    this.tokenizer = tokenizer;
    this.inputs = inputs;
    this.output = output;
    this.pooled = pooled;
    this.pooling = pooling;
    this.windows = windows;
    this.fixedLength = fixedLength;
  }

  /** Loads the model in {@code dir}, embedding the first token window of each article. */
  public static OnnxEmbedder load(Path dir) throws IOException {
    return load(dir, DEFAULT_WINDOWS);
  }

  /**
   * Loads the model in {@code dir}, embedding up to {@code windows} token windows of each
   * article.
   *
   * @throws NoSuchFileException when the folder, the model or tokenizer.json is missing
   * @throws IOException when a file cannot be read, the model does not load in ONNX Runtime
   *     or has no usable input or output, or tokenizer.json describes a tokenizer that is not
   *     supported; the message names the file and the reason
   */
  public static OnnxEmbedder load(Path dir, int windows) throws IOException {
    if (windows < 1) {
      throw new IllegalArgumentException("windows must be >= 1, got " + windows);
    }
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null,
          "no such folder (an embedding model folder holds model.onnx and tokenizer.json)");
    }
    Path modelFile = modelFile(dir);
    Tokenizer tokenizer = Tokenizer.load(dir.resolve("tokenizer.json"));
    Pooling pooling = pooling(dir.resolve("1_Pooling").resolve("config.json"));
    Path sbert = dir.resolve("sentence_bert_config.json");
    if (Files.isRegularFile(sbert)) {
      int max = TokenizerJson.read(sbert).path("max_seq_length").asInt(0);
      if (max > tokenizer.specialTokens() && max < tokenizer.maxLength()) {
        tokenizer = tokenizer.withMaxLength(max);
      }
    }
    OrtEnvironment env;
    try {
      env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
    } catch (LinkageError | RuntimeException e) {
      throw new IllegalStateException("ONNX Runtime does not load on this platform: " + e, e);
    }
    OrtSession session;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
      // one thread a call: with ONNX Runtime's default pool (one thread a core) all-MiniLM-L6-v2
      // took 61 ms a text of 128 tokens on the shared 2-core machine here, with one 33 ms;
      // callers that want more cores embed several articles at once
      options.setIntraOpNumThreads(1);
      session = env.createSession(modelFile.toString(), options);
    } catch (OrtException e) {
      throw new IOException(modelFile + ": not a model ONNX Runtime can load (" + e.getMessage()
          + ")", e);
    }
    try {
      return check(modelFile, env, session, tokenizer, pooling, windows);
    } catch (IOException | RuntimeException e) {
      closeQuietly(session);
      throw e;
    }
  }

  /** Reads the model's declared inputs and first output and checks that they are usable. */
  private static OnnxEmbedder check(Path modelFile, OrtEnvironment env, OrtSession session,
      Tokenizer tokenizer, Pooling pooling, int windows) throws IOException {
    Map<String, Boolean> inputs = new LinkedHashMap<>();
    int fixed = 0;
    try {
      for (Map.Entry<String, NodeInfo> e : session.getInputInfo().entrySet()) {
        String name = e.getKey();
        if (!INPUTS.contains(name)) {
          throw new IOException(modelFile + ": no usable input: the model asks for " + name
              + ", but only input_ids, attention_mask, token_type_ids and position_ids can be"
              + " fed");
        }
        if (!(e.getValue().getInfo() instanceof TensorInfo t) || t.getShape().length != 2
            || (t.type != OnnxJavaType.INT64 && t.type != OnnxJavaType.INT32)) {
          throw new IOException(modelFile + ": no usable input: " + name + " is "
              + e.getValue().getInfo() + ", expected an int64 or int32 tensor [batch, tokens]");
        }
        inputs.put(name, t.type == OnnxJavaType.INT64);
        long seq = t.getShape()[1];
        if (seq > 0) {
          fixed = (int) seq;
        }
      }
      if (!inputs.containsKey("input_ids")) {
        throw new IOException(modelFile + ": no usable input: the model does not take input_ids"
            + " (it takes " + String.join(", ", inputs.keySet()) + ")");
      }
      Map<String, NodeInfo> outputs = session.getOutputInfo();
      if (outputs.isEmpty()) {
        throw new IOException(modelFile + ": no usable output: the model declares none");
      }
      Map.Entry<String, NodeInfo> first = outputs.entrySet().iterator().next();
      if (!(first.getValue().getInfo() instanceof TensorInfo t) || t.type != OnnxJavaType.FLOAT
          || (t.getShape().length != 2 && t.getShape().length != 3)) {
        throw new IOException(modelFile + ": no usable output: the first output, " + first.getKey()
            + ", is " + first.getValue().getInfo() + ", expected a float tensor [batch, tokens,"
            + " dim] or [batch, dim]");
      }
      if (fixed > 0) {
        if (fixed <= tokenizer.specialTokens()) {
          throw new IOException(modelFile + ": no usable input: fixed length " + fixed
              + " leaves no room for text");
        }
        tokenizer = tokenizer.withMaxLength(fixed);
      }
      return new OnnxEmbedder(modelFile, env, session, tokenizer, inputs, first.getKey(),
          t.getShape().length == 2, pooling, windows, fixed);
    } catch (OrtException e) {
      throw new IOException(modelFile + ": cannot read the model's inputs and outputs ("
          + e.getMessage() + ")", e);
    }
  }

  /** model.onnx, else the only .onnx file in the folder, else onnx/model.onnx. */
  private static Path modelFile(Path dir) throws IOException {
    Path model = dir.resolve("model.onnx");
    if (Files.isRegularFile(model)) {
      return model;
    }
    List<Path> found;
    try (Stream<Path> s = Files.list(dir)) {
      found = s.filter(p -> p.getFileName().toString().endsWith(".onnx") && Files.isRegularFile(p))
          .sorted().toList();
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.size() > 1) {
      throw new IOException(dir + ": several .onnx files and no model.onnx ("
          + String.join(", ", found.stream().map(p -> p.getFileName().toString()).toList())
          + "); name the one to use model.onnx");
    }
    Path nested = dir.resolve("onnx").resolve("model.onnx");
    if (Files.isRegularFile(nested)) {
      return nested;
    }
    throw new NoSuchFileException(model.toString(), null,
        "no model.onnx (nor any .onnx file, nor onnx/model.onnx) in the folder");
  }

  private static Pooling pooling(Path config) throws IOException {
    if (!Files.isRegularFile(config)) {
      return Pooling.MEAN;
    }
    JsonNode c = TokenizerJson.read(config);
    Map<String, Pooling> modes = new LinkedHashMap<>();
    modes.put("pooling_mode_cls_token", Pooling.CLS);
    modes.put("pooling_mode_mean_tokens", Pooling.MEAN);
    // mean_sqrt_len differs from mean by a factor only, which the unit length removes
    modes.put("pooling_mode_mean_sqrt_len_tokens", Pooling.MEAN);
    modes.put("pooling_mode_max_tokens", Pooling.MAX);
    modes.put("pooling_mode_lasttoken", Pooling.LAST);
    List<String> on = modes.keySet().stream().filter(k -> c.path(k).asBoolean(false)).toList();
    if (on.size() != 1) {
      throw new IOException(config + ": expected one pooling mode set to true, found "
          + (on.isEmpty() ? "none" : String.join(", ", on)));
    }
    return modes.get(on.get(0));
  }

  @Override
  public float[] embed(AnalyzedArticle article) {
    return embed(article.article());
  }

  /** The unit-length vector of an article's title and paragraphs, or null when it has no text. */
  public float[] embed(Article article) {
    List<String> segments = new ArrayList<>(article.paragraphs().size() + 1);
    if (article.title() != null && !article.title().isBlank()) {
      segments.add(article.title());
    }
    segments.addAll(article.paragraphs());
    return embed(segments);
  }

  /** The unit-length vector of a text, or null when it has no tokens. */
  public float[] embed(String text) {
    return embed(List.of(text));
  }

  /**
   * The unit-length vector of texts read in order as one (a title, then paragraphs), or null
   * when they have no tokens. Each text is tokenized as if it followed a space, and only until
   * the token windows are full.
   */
  public float[] embed(List<String> segments) {
    int room = tokenizer.maxLength() - tokenizer.specialTokens();
    int budget = room * windows;
    SubwordModel.Ids ids = new SubwordModel.Ids();
    for (int i = 0; i < segments.size() && ids.size < budget; i++) {
      for (int id : tokenizer.tokenize(i == 0 ? segments.get(i) : " " + segments.get(i))) {
        ids.add(id);
      }
    }
    if (ids.size == 0) {
      return null;
    }
    int[] content = Arrays.copyOf(ids.a, Math.min(ids.size, budget));
    Key key = new Key(content);
    synchronized (cache) {
      float[] v = cache.get(key);
      if (v != null) {
        return v.clone();
      }
    }
    List<Tokenizer.Encoding> batch = new ArrayList<>();
    for (int from = 0; from < content.length; from += room) {
      batch.add(tokenizer.wrap(content, from, Math.min(content.length, from + room)));
    }
    float[] v = run(batch);
    synchronized (cache) {
      cache.put(key, v);
    }
    return v.clone();
  }

  /** Runs the model on a batch of encodings; their vectors averaged, weighted by their tokens. */
  private float[] run(List<Tokenizer.Encoding> batch) {
    int rows = batch.size();
    int width = fixedLength > 0 ? fixedLength
        : batch.stream().mapToInt(Tokenizer.Encoding::length).max().orElse(0);
    long[][] ids = new long[rows][width];
    long[][] mask = new long[rows][width];
    long[][] types = new long[rows][width];
    long[][] positions = new long[rows][width];
    for (int r = 0; r < rows; r++) {
      Tokenizer.Encoding e = batch.get(r);
      Arrays.fill(ids[r], tokenizer.padId());
      for (int k = 0; k < e.length(); k++) {
        ids[r][k] = e.ids()[k];
        mask[r][k] = 1;
        types[r][k] = e.typeIds()[k];
        positions[r][k] = k;
      }
    }
    Map<String, OnnxTensor> feed = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, Boolean> in : inputs.entrySet()) {
        long[][] values = switch (in.getKey()) {
          case "input_ids" -> ids;
          case "attention_mask" -> mask;
          case "token_type_ids" -> types;
          default -> positions;
        };
        feed.put(in.getKey(), in.getValue() ? OnnxTensor.createTensor(env, values)
            : OnnxTensor.createTensor(env, toInts(values)));
      }
      try (OrtSession.Result result = session.run(feed, Set.of(output))) {
        OnnxValue value = result.get(0);
        if (!(value instanceof OnnxTensor t)) {
          throw new IllegalStateException(modelFile + ": output " + output + " is not a tensor");
        }
        long[] shape = t.getInfo().getShape();
        FloatBuffer out = t.getFloatBuffer();
        return combine(out, shape, batch);
      }
    } catch (OrtException e) {
      throw new IllegalStateException(modelFile + ": the model failed to run (" + e.getMessage()
          + ")", e);
    } finally {
      feed.values().forEach(OnnxTensor::close);
    }
  }

  private float[] combine(FloatBuffer out, long[] shape, List<Tokenizer.Encoding> batch) {
    int dim = (int) shape[shape.length - 1];
    int width = pooled ? 1 : (int) shape[1];
    float[] sum = new float[dim];
    for (int r = 0; r < batch.size(); r++) {
      int len = batch.get(r).length();
      float[] v = pooled ? row(out, r * dim, dim) : pool(out, r * width * dim, len, dim);
      normalize(v);
      for (int k = 0; k < dim; k++) {
        sum[k] += v[k] * len;
      }
    }
    normalize(sum);
    return sum;
  }

  private static float[] row(FloatBuffer b, int at, int dim) {
    float[] v = new float[dim];
    b.get(at, v);
    return v;
  }

  /** Pools the {@code len} unmasked token vectors of one row starting at {@code at}. */
  private float[] pool(FloatBuffer b, int at, int len, int dim) {
    return switch (pooling) {
      case CLS -> row(b, at, dim);
      case LAST -> row(b, at + (len - 1) * dim, dim);
      case MEAN, MAX -> {
        float[] v = new float[dim];
        if (pooling == Pooling.MAX) {
          Arrays.fill(v, Float.NEGATIVE_INFINITY);
        }
        for (int t = 0; t < len; t++) {
          for (int k = 0; k < dim; k++) {
            float x = b.get(at + t * dim + k);
            v[k] = pooling == Pooling.MAX ? Math.max(v[k], x) : v[k] + x;
          }
        }
        yield v;
      }
    };
  }

  /** Scales to unit length in place (a zero vector stays zero). */
  private static void normalize(float[] v) {
    double n = 0;
    for (float x : v) {
      n += (double) x * x;
    }
    if (n > 0) {
      float inv = (float) (1 / Math.sqrt(n));
      for (int k = 0; k < v.length; k++) {
        v[k] *= inv;
      }
    }
  }

  private static int[][] toInts(long[][] a) {
    int[][] out = new int[a.length][];
    for (int r = 0; r < a.length; r++) {
      out[r] = Arrays.stream(a[r]).mapToInt(x -> (int) x).toArray();
    }
    return out;
  }

  /** The tokenizer, with the token budget the model is run with. */
  public Tokenizer tokenizer() {
    return tokenizer;
  }

  /** The model file in use. */
  public Path modelFile() {
    return modelFile;
  }

  /** Frees the model's native memory; the embedder cannot be used afterwards. */
  @Override
  public void close() {
    closeQuietly(session);
  }

  private static void closeQuietly(OrtSession s) {
    try {
      s.close();
    } catch (OrtException e) {
      // nothing to do: the session's memory is released or lost either way
    }
  }
}
