package news.parallax.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** The normalizers of a tokenizer.json, each a function of the whole text. */
final class Normalizers {
  private Normalizers() {}

  /** The normalizer a tokenizer.json {@code normalizer} object describes (null: none). */
  static UnaryOperator<String> of(JsonNode n) {
    if (n == null || n.isNull()) {
      return UnaryOperator.identity();
    }
    String type = TokenizerJson.type(n, "normalizer");
    return switch (type) {
      case "BertNormalizer" -> bert(n);
      case "NFC" -> s -> java.text.Normalizer.normalize(s, Form.NFC);
      case "NFD" -> s -> java.text.Normalizer.normalize(s, Form.NFD);
      case "NFKC" -> s -> java.text.Normalizer.normalize(s, Form.NFKC);
      case "NFKD" -> s -> java.text.Normalizer.normalize(s, Form.NFKD);
      case "Lowercase" -> Normalizers::lowercase;
      case "StripAccents" -> Normalizers::stripMarks;
      case "Strip" -> strip(n.path("left").asBoolean(true), n.path("right").asBoolean(true));
      case "Replace" -> replace(n);
      case "Prepend" -> {
        String p = n.path("prepend").asText("");
        yield s -> s.isEmpty() ? s : p + s;
      }
      case "Precompiled" -> Normalizers::precompiled;
      case "Sequence" -> {
        List<UnaryOperator<String>> steps = new ArrayList<>();
        for (JsonNode c : n.path("normalizers")) {
          steps.add(of(c));
        }
        yield s -> {
          for (UnaryOperator<String> f : steps) {
            s = f.apply(s);
          }
          return s;
        };
      }
      default -> throw new TokenizerJson.Unsupported("normalizer", type);
    };
  }

  private static UnaryOperator<String> bert(JsonNode n) {
    boolean clean = n.path("clean_text").asBoolean(true);
    boolean chinese = n.path("handle_chinese_chars").asBoolean(true);
    boolean lowercase = n.path("lowercase").asBoolean(true);
    JsonNode sa = n.get("strip_accents");
    // as in the tokenizers library, an unset strip_accents follows lowercase
    boolean strip = sa == null || sa.isNull() ? lowercase : sa.asBoolean();
    return s -> {
      if (clean) {
        s = cleanText(s);
      }
      if (chinese) {
        s = spaceChinese(s);
      }
      if (strip) {
        s = stripMarks(java.text.Normalizer.normalize(s, Form.NFD));
      }
      return lowercase ? lowercase(s) : s;
    };
  }

  /** Drops NUL, U+FFFD and control characters; every whitespace character becomes a space. */
  static String cleanText(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (isWhitespace(c)) {
        b.append(' ');
      } else if (c != 0 && c != 0xFFFD && !isControl(c)) {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  /** Surrounds every CJK ideograph with spaces, so each becomes a word of its own. */
  static String spaceChinese(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(c -> {
      if (isChinese(c)) {
        b.append(' ').appendCodePoint(c).append(' ');
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  /** Removes nonspacing marks (the accents NFD separates from their letters). */
  static String stripMarks(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  /** Lower case character by character, without context (a final Σ becomes σ, as in Rust). */
  static String lowercase(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c < 128) {
        b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
      } else {
        b.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  /**
   * SentencePiece's precompiled character map, approximated: NFKC, with whitespace and line
   * breaks turned into spaces and other control characters dropped, which is what the
   * {@code nmt_nfkc} map shipped with XLM-R style models mostly does. The map itself (a
   * serialized double-array trie) is not read, so the rare characters it rewrites otherwise
   * may tokenize differently from the reference implementation.
   */
  static String precompiled(String s) {
    return cleanText(java.text.Normalizer.normalize(s, Form.NFKC));
  }

  private static UnaryOperator<String> strip(boolean left, boolean right) {
    return s -> {
      int a = 0;
      int z = s.length();
      while (left && a < z && Character.isWhitespace(s.charAt(a))) {
        a++;
      }
      while (right && z > a && Character.isWhitespace(s.charAt(z - 1))) {
        z--;
      }
      return s.substring(a, z);
    };
  }

  private static UnaryOperator<String> replace(JsonNode n) {
    Pattern p = TokenizerJson.pattern(n.path("pattern"), "Replace normalizer");
    String content = java.util.regex.Matcher.quoteReplacement(n.path("content").asText(""));
    return s -> p.matcher(s).replaceAll(content);
  }

  /** Unicode White_Space: tab, line breaks, and the space separators. */
  static boolean isWhitespace(int c) {
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85) {
      return true;
    }
    int t = Character.getType(c);
    return t == Character.SPACE_SEPARATOR || t == Character.LINE_SEPARATOR
        || t == Character.PARAGRAPH_SEPARATOR;
  }

  /** Control, format, private-use, surrogate and unassigned characters, except tab and breaks. */
  static boolean isControl(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE, Character.SURROGATE,
          Character.UNASSIGNED -> true;
      default -> false;
    };
  }

  /** The CJK Unified Ideographs blocks BERT splits into single characters. */
  static boolean isChinese(int c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0x20000 && c <= 0x2A6DF) || (c >= 0x2A700 && c <= 0x2B73F)
        || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B920 && c <= 0x2CEAF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
  }
}
