package news.parallax.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real model: all-MiniLM-L6-v2 (English, BERT WordPiece with the bert-base-uncased vocab),
 * whose ONNX file and tokenizer.json come in a test-scope jar from Maven Central. The test
 * copies the two into a model folder as a user would lay it out.
 */
class MiniLmTest {
  @TempDir
  Path dir;

  boolean copy(String resource, String name) throws IOException {
    try (InputStream in = MiniLmTest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        return false;
      }
      Files.copy(in, dir.resolve(name));
      return true;
    }
  }

  @Test
  void tokenIdsAndSimilaritiesOfTheRealModel() throws IOException {
    assumeTrue(copy("all-minilm-l6-v2.onnx", "model.onnx")
        && copy("all-minilm-l6-v2-tokenizer.json", "tokenizer.json"),
        "the all-MiniLM-L6-v2 test jar is not on the class path");
    try (OnnxEmbedder e = OnnxEmbedder.load(dir)) {
      Tokenizer t = e.tokenizer();
      assertEquals(128, t.maxLength(), "truncation.max_length of its tokenizer.json");
      assertArrayEquals(new int[] {101, 7592, 2088, 102}, t.encode("Hello world").ids());
      assertArrayEquals(new int[] {101, 7592, 2088, 999, 102}, t.encode("HÉLLO   world!").ids());

      float[] eat = e.embed("A man is eating food.");
      float[] bread = e.embed("A man is eating a piece of bread.");
      float[] market = e.embed("The stock market fell sharply on Monday.");
      assertEquals(384, eat.length);
      // the sentence-transformers documentation gives 0.7553 for this pair
      assertEquals(0.755, OnnxEmbedderTest.cosine(eat, bread), 0.005);
      assertTrue(OnnxEmbedderTest.cosine(eat, market) < 0.2);
      float[] quake = e.embed("A strong earthquake struck the coast of Chile, killing dozens.");
      float[] tremor = e.embed("Dozens died when a powerful quake hit Chile's coastline.");
      float[] vote = e.embed("Parliament passed the budget after a long debate.");
      assertTrue(OnnxEmbedderTest.cosine(quake, tremor)
          > OnnxEmbedderTest.cosine(quake, vote) + 0.3);
    }
  }
}
