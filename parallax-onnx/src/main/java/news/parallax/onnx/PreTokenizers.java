package news.parallax.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The pre-tokenizers of a tokenizer.json: they cut the normalized text into words. */
final class PreTokenizers {
  private PreTokenizers() {}

  /** One pre-tokenizer: cuts a piece into words, appending them to {@code out}. */
  @FunctionalInterface
  interface PreTokenizer {
    /** {@code first}: whether the piece starts the text (for Metaspace's "first" scheme). */
    void split(String piece, boolean first, List<String> out);
  }

  /** What happens to the text a split matched (the tokenizers library's names). */
  enum Behavior { Removed, Isolated, MergedWithPrevious, MergedWithNext, Contiguous }

  private static final Pattern WORDS =
      Pattern.compile("\\w+|[^\\w\\s]+", Pattern.UNICODE_CHARACTER_CLASS);

  /** The words of a text: the pre-tokenizer applied to each piece in turn. */
  static List<String> words(PreTokenizer p, String text) {
    List<String> out = new ArrayList<>();
    p.split(text, true, out);
    return out;
  }

  /** The pre-tokenizer a tokenizer.json {@code pre_tokenizer} object describes (null: none). */
  static PreTokenizer of(JsonNode n) {
    if (n == null || n.isNull()) {
      return (s, first, out) -> {
        if (!s.isEmpty()) {
          out.add(s);
        }
      };
    }
    String type = TokenizerJson.type(n, "pre_tokenizer");
    return switch (type) {
      case "BertPreTokenizer" -> sequence(List.of(
          chars(Normalizers::isWhitespace, Behavior.Removed),
          chars(PreTokenizers::isPunctuation, Behavior.Isolated)));
      case "WhitespaceSplit" -> chars(Normalizers::isWhitespace, Behavior.Removed);
      case "Whitespace" -> (s, first, out) -> {
        Matcher m = WORDS.matcher(s);
        while (m.find()) {
          out.add(m.group());
        }
      };
      case "Punctuation" -> chars(PreTokenizers::isPunctuation, behavior(n, Behavior.Isolated));
      case "Digits" -> chars(PreTokenizers::isNumeric, n.path("individual_digits").asBoolean(false)
          ? Behavior.Isolated : Behavior.Contiguous);
      case "Split" -> regex(TokenizerJson.pattern(n.path("pattern"), "Split pre-tokenizer"),
          behavior(n, Behavior.Isolated), n.path("invert").asBoolean(false));
      case "Metaspace" -> metaspace(n);
      case "Sequence" -> {
        List<PreTokenizer> steps = new ArrayList<>();
        for (JsonNode c : n.path("pretokenizers")) {
          steps.add(of(c));
        }
        yield sequence(steps);
      }
      default -> throw new TokenizerJson.Unsupported("pre_tokenizer", type);
    };
  }

  private static Behavior behavior(JsonNode n, Behavior dflt) {
    String b = n.path("behavior").asText(dflt.name());
    try {
      return Behavior.valueOf(b);
    } catch (IllegalArgumentException e) {
      throw new TokenizerJson.Unsupported("split behavior", b);
    }
  }

  private static PreTokenizer sequence(List<PreTokenizer> steps) {
    return (s, first, out) -> {
      List<String> pieces = List.of(s);
      for (PreTokenizer p : steps) {
        List<String> next = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
          p.split(pieces.get(i), first && i == 0, next);
        }
        pieces = next;
      }
      out.addAll(pieces);
    };
  }

  /**
   * SentencePiece's word marking: spaces become the replacement (▁), a ▁ goes before the
   * text when the prepend scheme asks for one, and each word starts at a ▁.
   */
  private static PreTokenizer metaspace(JsonNode n) {
    String rep = n.path("replacement").asText("\u2581");
    if (rep.codePointCount(0, rep.length()) != 1) {
      throw new TokenizerJson.Unsupported("Metaspace replacement", rep);
    }
    int repChar = rep.codePointAt(0);
    String scheme = n.has("prepend_scheme") ? n.path("prepend_scheme").asText("always")
        : n.path("add_prefix_space").asBoolean(true) ? "always" : "never";
    if (!List.of("always", "first", "never").contains(scheme)) {
      throw new TokenizerJson.Unsupported("Metaspace prepend_scheme", scheme);
    }
    boolean split = n.path("split").asBoolean(true);
    PreTokenizer cut = chars(c -> c == repChar, Behavior.MergedWithNext);
    return (s, first, out) -> {
      if (s.isEmpty()) {
        return;
      }
      String r = s.replace(" ", rep);
      if (!r.startsWith(rep)
          && (scheme.equals("always") || (scheme.equals("first") && first))) {
        r = rep + r;
      }
      if (split) {
        cut.split(r, first, out);
      } else {
        out.add(r);
      }
    };
  }

  /** Splits where single characters match (each match one delimiter). */
  static PreTokenizer chars(IntPredicate delimiter, Behavior behavior) {
    return (s, first, out) -> {
      List<int[]> ranges = new ArrayList<>();
      for (int i = 0; i < s.length(); ) {
        int c = s.codePointAt(i);
        int end = i + Character.charCount(c);
        if (delimiter.test(c)) {
          ranges.add(new int[] {i, end});
        }
        i = end;
      }
      apply(s, ranges, false, behavior, out);
    };
  }

  private static PreTokenizer regex(Pattern p, Behavior behavior, boolean invert) {
    return (s, first, out) -> {
      List<int[]> ranges = new ArrayList<>();
      Matcher m = p.matcher(s);
      while (m.find()) {
        if (m.end() > m.start()) {
          ranges.add(new int[] {m.start(), m.end()});
        }
      }
      apply(s, ranges, invert, behavior, out);
    };
  }

  /**
   * Cuts {@code s} at the matched ranges (in order, not overlapping) and treats the matches as
   * {@code behavior} says; with {@code invert} the text between the matches is the delimiter.
   */
  static void apply(String s, List<int[]> matches, boolean invert, Behavior behavior,
      List<String> out) {
    // the text as alternating pieces: start, end, and whether the piece is a delimiter
    List<int[]> pieces = new ArrayList<>();
    int at = 0;
    for (int[] m : matches) {
      if (m[0] > at) {
        pieces.add(new int[] {at, m[0], invert ? 1 : 0});
      }
      pieces.add(new int[] {m[0], m[1], invert ? 0 : 1});
      at = m[1];
    }
    if (at < s.length()) {
      pieces.add(new int[] {at, s.length(), invert ? 1 : 0});
    }
    List<int[]> kept = new ArrayList<>();
    switch (behavior) {
      case Removed -> pieces.stream().filter(p -> p[2] == 0).forEach(kept::add);
      case Isolated -> kept.addAll(pieces);
      case MergedWithPrevious -> {
        boolean previousMatch = false;
        for (int[] p : pieces) {
          if (p[2] == 1 && !previousMatch && !kept.isEmpty()) {
            kept.get(kept.size() - 1)[1] = p[1];
          } else {
            kept.add(p);
          }
          previousMatch = p[2] == 1;
        }
      }
      case MergedWithNext -> {
        boolean nextMatch = false;
        for (int i = pieces.size() - 1; i >= 0; i--) {
          int[] p = pieces.get(i);
          if (p[2] == 1 && !nextMatch && !kept.isEmpty()) {
            kept.get(kept.size() - 1)[0] = p[0];
          } else {
            kept.add(p);
          }
          nextMatch = p[2] == 1;
        }
        java.util.Collections.reverse(kept);
      }
      case Contiguous -> {
        for (int[] p : pieces) {
          int[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
          if (last != null && last[2] == 1 && p[2] == 1) {
            last[1] = p[1];
          } else {
            kept.add(p);
          }
        }
      }
    }
    for (int[] p : kept) {
      if (p[1] > p[0]) {
        out.add(s.substring(p[0], p[1]));
      }
    }
  }

  /** Numbers of every kind (Nd, Nl, No), as Rust's {@code char::is_numeric}. */
  static boolean isNumeric(int c) {
    int t = Character.getType(c);
    return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER
        || t == Character.OTHER_NUMBER;
  }

  /** BERT's punctuation: ASCII punctuation and symbols, and Unicode punctuation (P*). */
  static boolean isPunctuation(int c) {
    if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }
}
