package news.parallax.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Token ids worked out by hand from the fixtures' vocabularies. */
class TokenizerTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  static Path fixture(String name) {
    try {
      return Path.of(TokenizerTest.class.getResource(name + "/tokenizer.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Tokenizer load(String name) throws IOException {
    return Tokenizer.load(fixture(name));
  }

  /** A copy of a fixture with a change to its JSON, written to {@code dir/tokenizer.json}. */
  static Path variant(Path dir, String name, Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(fixture(name).toFile());
    change.accept(root);
    Path out = dir.resolve("tokenizer.json");
    JSON.writeValue(out.toFile(), root);
    return out;
  }

  static int[] ids(Tokenizer t, String text) {
    return t.encode(text).ids();
  }

  @Test
  void wordPieceAddsClsAndSepAroundTheWords() throws IOException {
    Tokenizer t = load("wordpiece");
    assertArrayEquals(new int[] {2, 4, 5, 6, 12, 3}, ids(t, "The cat sat."));
    assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0}, t.encode("The cat sat.").typeIds());
    assertEquals(2, t.specialTokens());
  }

  @Test
  void wordPieceTakesTheLongestEntryFromTheLeft() throws IOException {
    Tokenizer t = load("wordpiece");
    // un + ##aff + ##able: "una", "unaf" ... are not entries, "un" is the longest that is
    assertArrayEquals(new int[] {2, 7, 8, 9, 3}, ids(t, "unaffable"));
    // "aff" is an entry, so not a + ##ff
    assertArrayEquals(new int[] {2, 10, 3}, ids(t, "aff"));
    assertArrayEquals(new int[] {2, 5, 16, 17, 18, 3}, ids(t, "cats playing"));
  }

  @Test
  void aWordWithAnUncoveredPartIsOneUnknownToken() throws IOException {
    Tokenizer t = load("wordpiece");
    assertArrayEquals(new int[] {2, 1, 3}, ids(t, "dog"));
    // cat is an entry, ##z is not: the whole word is unknown, not cat + [UNK]
    assertArrayEquals(new int[] {2, 1, 5, 3}, ids(t, "catz cat"));
    // 13 characters, over max_input_chars_per_word (12), although un ##aff ##able ##aff covers it
    assertArrayEquals(new int[] {2, 7, 8, 9, 8, 3}, ids(t, "unaffableaff"));
    assertArrayEquals(new int[] {2, 1, 3}, ids(t, "unaffableaffs"));
  }

  @Test
  void bertNormalizerSplitsChineseStripsAccentsAndCleansControls() throws IOException {
    Tokenizer t = load("wordpiece");
    assertArrayEquals(new int[] {2, 13, 14, 5, 3}, ids(t, "中国cat"));
    assertArrayEquals(new int[] {2, 15, 11, 15, 16, 3}, ids(t, "Café, CAFÉS"));
    // NUL and a zero-width space (a format character) are dropped; tab and newline split words
    assertArrayEquals(new int[] {2, 5, 16, 4, 5, 6, 3}, ids(t, "cat\u0000s\u200b the\tcat\nsat"));
  }

  @Test
  void truncationKeepsTheSpecialTokens() throws IOException {
    Tokenizer t = load("wordpiece");
    assertEquals(8, t.maxLength());
    assertArrayEquals(new int[] {2, 4, 5, 6, 4, 5, 6, 3}, ids(t, "the cat sat the cat sat the cat"));
    assertArrayEquals(new int[] {2, 4, 5, 3}, t.withMaxLength(4).encode("the cat sat").ids());
    assertEquals(17, t.tokenize("the cat sat ".repeat(5) + "vote quake").length);
  }

  @Test
  void bertProcessingGivesTheSameSpecialTokens() throws IOException {
    Tokenizer t = Tokenizer.load(variant(tmp, "wordpiece", root -> root.set("post_processor",
        JSON.createObjectNode().put("type", "BertProcessing")
            .<ObjectNode>set("sep", JSON.createArrayNode().add("[SEP]").add(3))
            .set("cls", JSON.createArrayNode().add("[CLS]").add(2)))));
    assertArrayEquals(new int[] {2, 21, 22, 3}, ids(t, "quake storm"));
  }

  @Test
  void unigramPicksTheHighestScoringSegmentation() throws IOException {
    Tokenizer t = load("unigram");
    // ▁ne + ws scores -5, ▁new + s -7, ▁news -8: the best total wins, not the longest piece
    assertArrayEquals(new int[] {0, 8, 9, 2}, ids(t, "news"));
    // the Replace normalizer folds the double space; Metaspace starts each word at ▁
    assertArrayEquals(new int[] {0, 8, 9, 11, 2}, ids(t, "news  paper"));
    assertEquals(Tokenizer.DEFAULT_MAX_LENGTH, t.maxLength());
  }

  @Test
  void unigramNormalizesCompatibilityCharactersByNfkc() throws IOException {
    Tokenizer t = load("unigram");
    assertArrayEquals(ids(t, "news"), ids(t, "ｎｅｗｓ"));
    // the ﬁ ligature becomes f + i: ▁fi + le
    assertArrayEquals(new int[] {0, 16, 17, 2}, ids(t, "ﬁle"));
  }

  @Test
  void unigramFusesUnknownCharactersIntoOneUnknownToken() throws IOException {
    Tokenizer t = load("unigram");
    assertArrayEquals(new int[] {0, 8, 9, 3, 2}, ids(t, "news!?"));
  }

  @Test
  void unigramByteFallbackSpellsUnknownCharactersAsBytes() throws IOException {
    Tokenizer t = Tokenizer.load(variant(tmp, "unigram",
        root -> ((ObjectNode) root.get("model")).put("byte_fallback", true)));
    assertArrayEquals(new int[] {0, 8, 9, 14, 15, 2}, ids(t, "news!?"));
    // é is C3 A9 in UTF-8, and the vocab has no <0xC3>: the unknown token stays
    assertArrayEquals(new int[] {0, 8, 9, 3, 2}, ids(t, "newsé"));
  }

  @Test
  void robertaProcessingWrapsInSAndSlashS() throws IOException {
    Tokenizer t = Tokenizer.load(variant(tmp, "unigram", root -> root.set("post_processor",
        JSON.createObjectNode().put("type", "RobertaProcessing")
            .<ObjectNode>set("sep", JSON.createArrayNode().add("</s>").add(2))
            .<ObjectNode>set("cls", JSON.createArrayNode().add("<s>").add(0))
            .put("trim_offsets", true).put("add_prefix_space", true))));
    assertArrayEquals(new int[] {0, 11, 2}, ids(t, "paper"));
  }

  @Test
  void bpeIsRefusedNamingTheFileAndTheType() throws IOException {
    Path file = variant(tmp, "wordpiece", root -> root.set("model", JSON.createObjectNode()
        .put("type", "BPE").<ObjectNode>set("vocab", JSON.createObjectNode().put("a", 0))
        .set("merges", JSON.createArrayNode())));
    IOException e = assertThrows(IOException.class, () -> Tokenizer.load(file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("model type BPE is not supported"), e.getMessage());
  }

  @Test
  void unknownPartsAndBrokenFilesAreRefusedWithTheReason() throws IOException {
    Path file = variant(tmp, "wordpiece", root -> root.set("normalizer",
        JSON.createObjectNode().put("type", "Holy")));
    IOException e = assertThrows(IOException.class, () -> Tokenizer.load(file));
    assertTrue(e.getMessage().contains("normalizer type Holy is not supported"), e.getMessage());

    Files.writeString(file, "{\"model\": ");
    e = assertThrows(IOException.class, () -> Tokenizer.load(file));
    assertTrue(e.getMessage().startsWith(file + ": not valid JSON"), e.getMessage());

    Path missing = tmp.resolve("none.json");
    e = assertThrows(NoSuchFileException.class, () -> Tokenizer.load(missing));
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }
}
