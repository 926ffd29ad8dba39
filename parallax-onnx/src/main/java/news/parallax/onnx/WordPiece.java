package news.parallax.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The BERT subword model: each word is cut greedily into the longest vocabulary entries from
 * the left, pieces after the first carrying the continuing prefix ({@code ##}); a word with a
 * part no entry covers, or longer than {@code max_input_chars_per_word}, is one unknown token.
 */
final class WordPiece implements SubwordModel {
  private final Map<String, Integer> vocab;
  private final String prefix;
  private final int unk;
  private final int maxChars;

  WordPiece(Map<String, Integer> vocab, String unkToken, String prefix, int maxChars) {
    this.vocab = vocab;
    this.prefix = prefix;
    this.maxChars = maxChars;
    Integer u = vocab.get(unkToken);
    if (u == null) {
      throw new TokenizerJson.Unsupported("WordPiece unk_token " + unkToken + " is not in the vocab");
    }
    this.unk = u;
  }

  static WordPiece of(JsonNode model) {
    Map<String, Integer> vocab = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      vocab.put(e.getKey(), e.getValue().asInt());
    }
    if (vocab.isEmpty()) {
      throw new TokenizerJson.Unsupported("WordPiece model with an empty vocab");
    }
    return new WordPiece(vocab, model.path("unk_token").asText("[UNK]"),
        model.path("continuing_subword_prefix").asText("##"),
        model.path("max_input_chars_per_word").asInt(100));
  }

  @Override
  public void tokenize(String word, Ids out) {
    if (word.codePointCount(0, word.length()) > maxChars) {
      out.add(unk);
      return;
    }
    int mark = out.size;
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      int found = -1;
      while (start < end) {
        String sub = word.substring(start, end);
        Integer id = vocab.get(start > 0 ? prefix + sub : sub);
        if (id != null) {
          found = id;
          break;
        }
        end = word.offsetByCodePoints(end, -1);
      }
      if (found < 0) {
        out.size = mark;
        out.add(unk);
        return;
      }
      out.add(found);
      start = end;
    }
  }

  @Override
  public int id(String token) {
    return vocab.getOrDefault(token, -1);
  }
}
