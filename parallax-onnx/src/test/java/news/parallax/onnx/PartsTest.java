package news.parallax.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The normalizers and pre-tokenizers on their own, built from tokenizer.json snippets. */
class PartsTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode json(String s) {
    try {
      return JSON.readTree(s.replace('\'', '"'));
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String normalize(String spec, String text) {
    return Normalizers.of(json(spec)).apply(text);
  }

  static List<String> words(String spec, String text) {
    return PreTokenizers.words(PreTokenizers.of(json(spec)), text);
  }

  @Test
  void normalizers() {
    assertEquals("e\u0301", normalize("{'type': 'NFD'}", "é"));
    assertEquals("é", normalize("{'type': 'NFC'}", "e\u0301"));
    assertEquals("fi2", normalize("{'type': 'NFKC'}", "ﬁ²"));
    // character by character, as the tokenizers library does: a final capital sigma becomes σ
    assertEquals("istanbul σασ", normalize("{'type': 'Lowercase'}", "ISTANBUL ΣΑΣ"));
    assertEquals("cafe", normalize("{'type': 'Sequence', 'normalizers': [{'type': 'NFD'},"
        + " {'type': 'StripAccents'}]}", "café"));
    assertEquals("a b ", normalize("{'type': 'Strip', 'left': true, 'right': false}", "  a b "));
    assertEquals("a-b-c", normalize("{'type': 'Replace', 'pattern': {'String': ' '},"
        + " 'content': '-'}", "a b c"));
    assertEquals("▁a", normalize("{'type': 'Prepend', 'prepend': '▁'}", "a"));
    assertEquals("a b c", normalize("{'type': 'Precompiled', 'precompiled_charsmap': ''}",
        "a\nb\u0007\tc"));
  }

  @Test
  void bertPreTokenizerSplitsWhitespaceAndIsolatesPunctuation() {
    assertEquals(List.of("Hello", ",", "world", "!", "!", "it", "'", "s"),
        words("{'type': 'BertPreTokenizer'}", "Hello, world!! it's"));
  }

  @Test
  void whitespaceKeepsWordRunsAndPunctuationRuns() {
    assertEquals(List.of("Hello", ",", "world", "?!"),
        words("{'type': 'Whitespace'}", "Hello, world?!"));
    assertEquals(List.of("Hello,", "world?!"),
        words("{'type': 'WhitespaceSplit'}", " Hello,  world?!"));
  }

  @Test
  void punctuationAndDigitsFollowTheirBehavior() {
    assertEquals(List.of("a", ".", "b"), words("{'type': 'Punctuation'}", "a.b"));
    assertEquals(List.of("a.", "b"),
        words("{'type': 'Punctuation', 'behavior': 'MergedWithPrevious'}", "a.b"));
    assertEquals(List.of("a", ".b"),
        words("{'type': 'Punctuation', 'behavior': 'MergedWithNext'}", "a.b"));
    assertEquals(List.of("a", "..", "b"),
        words("{'type': 'Punctuation', 'behavior': 'Contiguous'}", "a..b"));
    assertEquals(List.of("ab", "b"),
        words("{'type': 'Punctuation', 'behavior': 'Removed'}", "ab.b"));
    assertEquals(List.of("in", "2024", "x"),
        words("{'type': 'Digits', 'individual_digits': false}", "in2024x"));
    assertEquals(List.of("in", "2", "0", "2", "4"),
        words("{'type': 'Digits', 'individual_digits': true}", "in2024"));
  }

  @Test
  void metaspaceMarksWordStarts() {
    assertEquals(List.of("▁Hello", "▁world"),
        words("{'type': 'Metaspace', 'replacement': '▁', 'prepend_scheme': 'always'}",
            "Hello world"));
    assertEquals(List.of("Hello", "▁world"),
        words("{'type': 'Metaspace', 'replacement': '▁', 'prepend_scheme': 'never'}",
            "Hello world"));
    assertEquals(List.of("▁a"),
        words("{'type': 'Metaspace', 'replacement': '▁', 'add_prefix_space': true}", " a"));
    assertEquals(List.of("▁", "▁a"),
        words("{'type': 'Metaspace', 'replacement': '▁', 'add_prefix_space': true}", "  a"));
    assertEquals(List.of("▁Hello▁world"),
        words("{'type': 'Metaspace', 'replacement': '▁', 'prepend_scheme': 'first',"
            + " 'split': false}", "Hello world"));
  }

  @Test
  void sequencesRunInOrderAndOnlyTheFirstPieceIsFirst() {
    String steps = "{'type': 'Sequence', 'pretokenizers': [{'type': 'WhitespaceSplit'},"
        + " {'type': 'Digits', 'individual_digits': true},"
        + " {'type': 'Metaspace', 'replacement': '▁', 'prepend_scheme': '%s'}]}";
    assertEquals(List.of("▁2", "▁0", "▁km"), words(steps.formatted("always"), "20 km"));
    assertEquals(List.of("▁2", "0", "km"), words(steps.formatted("first"), "20 km"));
  }
}
