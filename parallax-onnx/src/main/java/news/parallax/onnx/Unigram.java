package news.parallax.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SentencePiece unigram model: the segmentation of a word into vocabulary pieces with the
 * highest total score (Viterbi). A character no piece starts with is an unknown piece scored
 * 10 under the lowest score in the vocab; runs of unknown pieces are fused into one, which
 * becomes the unknown id, or its UTF-8 bytes ({@code <0x41>}) when the model has byte
 * fallback and every byte piece exists.
 */
final class Unigram implements SubwordModel {
  /** What SentencePiece and the tokenizers library subtract from the lowest score for unknowns. */
  static final double UNKNOWN_PENALTY = 10.0;

  private final Map<String, Integer> ids = new HashMap<>();
  private final double[] scores;
  private final int unk;
  private final boolean byteFallback;
  private final double unkScore;
  /** The longest piece, in code points. */
  private final int maxPiece;

  Unigram(List<String> pieces, double[] scores, int unk, boolean byteFallback) {
    this.scores = scores;
    this.unk = unk;
    this.byteFallback = byteFallback;
    double min = Double.POSITIVE_INFINITY;
    int longest = 1;
    for (int i = 0; i < pieces.size(); i++) {
      ids.putIfAbsent(pieces.get(i), i);
      min = Math.min(min, scores[i]);
      longest = Math.max(longest, pieces.get(i).codePointCount(0, pieces.get(i).length()));
    }
    this.unkScore = min - UNKNOWN_PENALTY;
    this.maxPiece = longest;
  }

  static Unigram of(JsonNode model) {
    JsonNode vocab = model.path("vocab");
    if (!vocab.isArray() || vocab.isEmpty()) {
      throw new TokenizerJson.Unsupported("Unigram model with an empty vocab");
    }
    List<String> pieces = new ArrayList<>(vocab.size());
    double[] scores = new double[vocab.size()];
    for (JsonNode e : vocab) {
      if (!e.isArray() || e.size() < 2 || !e.get(0).isTextual() || !e.get(1).isNumber()) {
        throw new TokenizerJson.Unsupported("Unigram vocab entry " + e
            + " is not a [piece, score] pair");
      }
      scores[pieces.size()] = e.get(1).asDouble();
      pieces.add(e.get(0).asText());
    }
    JsonNode u = model.get("unk_id");
    if (u == null || !u.canConvertToInt() || u.asInt() < 0 || u.asInt() >= pieces.size()) {
      throw new TokenizerJson.Unsupported("Unigram model without a valid unk_id");
    }
    return new Unigram(pieces, scores, u.asInt(), model.path("byte_fallback").asBoolean(false));
  }

  @Override
  public void tokenize(String word, Ids out) {
    int n = word.codePointCount(0, word.length());
    int[] at = new int[n + 1];
    for (int k = 0, i = 0; k < n; k++) {
      at[k] = i;
      i += Character.charCount(word.codePointAt(i));
    }
    at[n] = word.length();
    double[] best = new double[n + 1];
    int[] from = new int[n + 1];
    int[] piece = new int[n + 1];
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    best[0] = 0;
    for (int b = 0; b < n; b++) {
      if (best[b] == Double.NEGATIVE_INFINITY) {
        continue;
      }
      boolean single = false;
      for (int len = 1; len <= maxPiece && b + len <= n; len++) {
        Integer id = ids.get(word.substring(at[b], at[b + len]));
        if (id == null) {
          continue;
        }
        single |= len == 1;
        relax(best, from, piece, b, b + len, id, scores[id]);
      }
      if (!single) {
        relax(best, from, piece, b, b + 1, -1, unkScore);
      }
    }
    // back from the end; -1 marks an unknown piece
    List<int[]> path = new ArrayList<>();
    for (int e = n; e > 0; e = from[e]) {
      path.add(new int[] {from[e], e, piece[e]});
    }
    for (int k = path.size() - 1; k >= 0; k--) {
      int[] p = path.get(k);
      if (p[2] >= 0) {
        out.add(p[2]);
        continue;
      }
      int end = p[1];
      while (k > 0 && path.get(k - 1)[2] < 0) {
        k--;
        end = path.get(k)[1];
      }
      unknown(word.substring(at[p[0]], at[end]), out);
    }
  }

  private static void relax(double[] best, int[] from, int[] piece, int b, int e, int id,
      double score) {
    double s = best[b] + score;
    // strictly greater: of equal paths the one found first (the earlier cut) is kept
    if (s > best[e]) {
      best[e] = s;
      from[e] = b;
      piece[e] = id;
    }
  }

  private void unknown(String text, Ids out) {
    if (byteFallback) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      int[] pieces = new int[bytes.length];
      boolean all = true;
      for (int i = 0; i < bytes.length && all; i++) {
        Integer id = ids.get(String.format(Locale.ROOT, "<0x%02X>", bytes[i] & 0xFF));
        all = id != null;
        pieces[i] = all ? id : 0;
      }
      if (all) {
        for (int p : pieces) {
          out.add(p);
        }
        return;
      }
    }
    out.add(unk);
  }

  @Override
  public int id(String token) {
    return ids.getOrDefault(token, -1);
  }
}
