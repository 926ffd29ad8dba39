package news.parallax.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import news.parallax.cluster.ClusterSettings;
import news.parallax.cluster.StoryClusterer;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.model.Token;
import news.parallax.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OnnxEmbedder on models the test writes itself (see {@link TinyOnnx}): each token id looks up
 * a row of {@link #TABLE}, so every expected vector can be computed from the table by hand.
 */
class OnnxEmbedderTest {
  /** One row per id of the wordpiece fixture's vocab: the id's own axis, slightly mixed. */
  static final float[][] TABLE = new float[24][24];

  static {
    for (int i = 0; i < TABLE.length; i++) {
      for (int k = 0; k < TABLE[i].length; k++) {
        TABLE[i][k] = (i == k ? 1 : 0) + 0.05f * ((i + 2 * k) % 5 - 2);
      }
    }
  }

  @TempDir
  Path tmp;

  /** A model folder: the model bytes as model.onnx and the wordpiece fixture's tokenizer. */
  Path folder(String name, byte[] model) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(name));
    Files.write(dir.resolve("model.onnx"), model);
    Files.copy(TokenizerTest.fixture("wordpiece"), dir.resolve("tokenizer.json"));
    return dir;
  }

  /** The unit-length mean of the table rows of these ids. */
  static float[] mean(int... ids) {
    float[] v = new float[TABLE[0].length];
    for (int id : ids) {
      for (int k = 0; k < v.length; k++) {
        v[k] += TABLE[id][k];
      }
    }
    return unit(v);
  }

  static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    float[] out = new float[v.length];
    for (int k = 0; k < v.length; k++) {
      out[k] = (float) (v[k] / Math.sqrt(n));
    }
    return out;
  }

  static double cosine(float[] a, float[] b) {
    double d = 0;
    for (int k = 0; k < a.length; k++) {
      d += a[k] * b[k];
    }
    return d;
  }

  static Article article(String id, String title, String... paragraphs) {
    return new Article(id, id, null, null, title, null, null, "en", List.of(paragraphs),
        List.of(), 0);
  }

  /** An analyzed article whose one sentence is its text's words, as the clusterer reads them. */
  static AnalyzedArticle analyzed(String id, String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = Pattern.compile("\\S+").matcher(text);
    while (m.find()) {
      tokens.add(new Token(new Span(m.start(), m.end()), m.group(), m.group(), "NN"));
    }
    return new AnalyzedArticle(article(id, null, text),
        List.of(new Sentence(new Span(0, text.length()), 0, tokens)), List.of(), List.of(),
        List.of());
  }

  @Test
  void meanPoolingAveragesTheTokenVectorsOfTheText() throws IOException {
    try (OnnxEmbedder e = OnnxEmbedder.load(folder("m", TinyOnnx.tokenVectors(TABLE)))) {
      // [CLS] the cat sat [SEP]
      assertArrayEquals(mean(2, 4, 5, 6, 3), e.embed("The cat sat"), 1e-6f);
      float[] v = e.embed("quake");
      assertEquals(1.0, cosine(v, v), 1e-6);
    }
  }

  @Test
  void anArticleIsItsTitleThenItsParagraphsCutToTheTokenBudget() throws IOException {
    Path dir = folder("m", TinyOnnx.tokenVectors(TABLE));
    try (OnnxEmbedder e = OnnxEmbedder.load(dir)) {
      assertArrayEquals(mean(2, 21, 4, 5, 6, 22, 3),
          e.embed(article("a", "Quake", "the cat sat", "storm")), 1e-6f);
      // 8 tokens at most: vote the cat sat the cat | sat is cut
      Article longer = article("b", "vote", "the cat sat the cat sat");
      assertArrayEquals(mean(2, 23, 4, 5, 6, 4, 5, 3), e.embed(longer), 1e-6f);
      assertNull(e.embed(article("c", null)));
    }
    try (OnnxEmbedder e = OnnxEmbedder.load(dir, 2)) {
      // two windows, their unit vectors weighted by their 8 and 3 tokens
      Article longer = article("b", "vote", "the cat sat the cat sat");
      float[] first = mean(2, 23, 4, 5, 6, 4, 5, 3);
      float[] second = mean(2, 6, 3);
      float[] expected = new float[first.length];
      for (int k = 0; k < expected.length; k++) {
        expected[k] = 8 * first[k] + 3 * second[k];
      }
      assertArrayEquals(unit(expected), e.embed(longer), 1e-6f);
    }
  }

  @Test
  void clsPoolingFromTheSentenceTransformersConfig() throws IOException {
    Path dir = folder("m", TinyOnnx.tokenVectors(TABLE));
    Files.createDirectories(dir.resolve("1_Pooling"));
    Files.writeString(dir.resolve("1_Pooling/config.json"), "{\"word_embedding_dimension\": 24,"
        + " \"pooling_mode_cls_token\": true, \"pooling_mode_mean_tokens\": false}");
    try (OnnxEmbedder e = OnnxEmbedder.load(dir)) {
      assertArrayEquals(mean(2), e.embed("the cat sat"), 1e-6f);
    }
    Files.writeString(dir.resolve("1_Pooling/config.json"), "{\"pooling_mode_cls_token\": true,"
        + " \"pooling_mode_mean_tokens\": true}");
    IOException x = assertThrows(IOException.class, () -> OnnxEmbedder.load(dir));
    assertTrue(x.getMessage().contains("pooling_mode_cls_token, pooling_mode_mean_tokens"),
        x.getMessage());
  }

  @Test
  void aModelThatPoolsItselfIsTakenAsIs() throws IOException {
    try (OnnxEmbedder e = OnnxEmbedder.load(folder("m", TinyOnnx.textVectors(TABLE)))) {
      assertArrayEquals(mean(2, 4, 5, 6, 3), e.embed("the cat sat"), 1e-6f);
    }
  }

  @Test
  void sharedTokensScoreAboveUnrelatedTextAndRunsAreRepeatable() throws IOException {
    try (OnnxEmbedder e = OnnxEmbedder.load(folder("m", TinyOnnx.tokenVectors(TABLE)))) {
      float[] a = e.embed(article("a", "Quake", "the cat sat"));
      float[] b = e.embed(article("b", "quake", "the cats sat."));
      float[] c = e.embed(article("c", "vote", "storm, storm"));
      assertTrue(cosine(a, b) > cosine(a, c) + 0.2, cosine(a, b) + " vs " + cosine(a, c));
      // four threads at once give the same vectors as one
      List<float[]> again = IntStream.range(0, 32).parallel()
          .mapToObj(i -> e.embed(article("x" + i, "quake", "the cats sat", "vote " + (i % 3))))
          .toList();
      for (int i = 0; i < again.size(); i++) {
        assertArrayEquals(again.get(i % 3), again.get(i));
      }
    }
  }

  @Test
  void storiesClusterWithTheEmbedder() throws IOException {
    try (OnnxEmbedder e = OnnxEmbedder.load(folder("m", TinyOnnx.tokenVectors(TABLE)))) {
      StoryClusterer c = StoryClusterer.with(ClusterSettings.DEFAULT.withEmbedder(e));
      c.add(analyzed("a", "quake storm cat"));
      c.add(analyzed("b", "vote vote vote"));
      c.add(analyzed("c", "quake storm cat sat"));
      List<Story> stories = c.stories();
      assertEquals(List.of(List.of("a", "c"), List.of("b")),
          stories.stream().map(Story::articles).toList());
    }
  }

  @Test
  void theModelFileIsFoundUnderOtherNames() throws IOException {
    Path dir = folder("m", TinyOnnx.tokenVectors(TABLE));
    Files.move(dir.resolve("model.onnx"), dir.resolve("model_fp32.onnx"));
    try (OnnxEmbedder e = OnnxEmbedder.load(dir)) {
      assertEquals(dir.resolve("model_fp32.onnx"), e.modelFile());
    }
    Files.write(dir.resolve("model_int8.onnx"), new byte[] {1});
    IOException x = assertThrows(IOException.class, () -> OnnxEmbedder.load(dir));
    assertTrue(x.getMessage().contains("model_fp32.onnx, model_int8.onnx"), x.getMessage());
    Files.createDirectories(dir.resolve("onnx"));
    Files.move(dir.resolve("model_fp32.onnx"), dir.resolve("onnx/model.onnx"));
    Files.delete(dir.resolve("model_int8.onnx"));
    try (OnnxEmbedder e = OnnxEmbedder.load(dir)) {
      assertEquals(dir.resolve("onnx/model.onnx"), e.modelFile());
    }
  }

  @Test
  void whatIsMissingOrBrokenIsNamed() throws IOException {
    Path none = tmp.resolve("none");
    IOException x = assertThrows(NoSuchFileException.class, () -> OnnxEmbedder.load(none));
    assertTrue(x.getMessage().contains(none.toString()), x.getMessage());

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    x = assertThrows(NoSuchFileException.class, () -> OnnxEmbedder.load(empty));
    assertTrue(x.getMessage().contains("model.onnx"), x.getMessage());

    Path garbage = folder("garbage", "this is not a protobuf".getBytes());
    x = assertThrows(IOException.class, () -> OnnxEmbedder.load(garbage));
    assertTrue(x.getMessage().startsWith(garbage.resolve("model.onnx")
        + ": not a model ONNX Runtime can load"), x.getMessage());

    Path image = folder("image", TinyOnnx.imageModel());
    x = assertThrows(IOException.class, () -> OnnxEmbedder.load(image));
    assertTrue(x.getMessage().contains("no usable input: the model asks for pixel_values"),
        x.getMessage());

    Path noTokenizer = folder("no-tokenizer", TinyOnnx.tokenVectors(TABLE));
    Files.delete(noTokenizer.resolve("tokenizer.json"));
    x = assertThrows(NoSuchFileException.class, () -> OnnxEmbedder.load(noTokenizer));
    assertTrue(x.getMessage().contains(noTokenizer.resolve("tokenizer.json").toString()),
        x.getMessage());

    Path bpe = folder("bpe", TinyOnnx.tokenVectors(TABLE));
    Files.writeString(bpe.resolve("tokenizer.json"),
        "{\"model\": {\"type\": \"BPE\", \"vocab\": {\"a\": 0}, \"merges\": []}}");
    x = assertThrows(IOException.class, () -> OnnxEmbedder.load(bpe));
    assertTrue(x.getMessage().startsWith(bpe.resolve("tokenizer.json") + ": model type BPE"),
        x.getMessage());
  }
}
