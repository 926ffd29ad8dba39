package news.parallax.onnx;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Small helpers for reading the parts of a Hugging Face tokenizer.json. */
final class TokenizerJson {
  private TokenizerJson() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A JSON file holding one object; the message of a failure names the file. */
  static JsonNode read(Path file) throws IOException {
    JsonNode n;
    try {
      n = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    }
    if (n == null || !n.isObject()) {
      throw new IOException(file + ": not valid JSON (no object)");
    }
    return n;
  }

  /** A part of tokenizer.json this reader does not implement, or a malformed one. */
  static final class Unsupported extends RuntimeException {
    Unsupported(String message) {
      super(message);
    }

    Unsupported(String component, String type) {
      this(component + " type " + type + " is not supported");
    }
  }

  /** The {@code type} field of a component, which must be present. */
  static String type(JsonNode n, String component) {
    JsonNode t = n.get("type");
    if (t == null || !t.isTextual()) {
      throw new Unsupported(component + " without a type");
    }
    return t.asText();
  }

  /**
   * A split or replace pattern: {@code {"String": "..."}} matches the text literally,
   * {@code {"Regex": "..."}} is a regular expression (Oniguruma syntax, read as Java's).
   */
  static Pattern pattern(JsonNode p, String component) {
    if (p.hasNonNull("String")) {
      return Pattern.compile(Pattern.quote(p.get("String").asText()));
    }
    if (p.hasNonNull("Regex")) {
      try {
        return Pattern.compile(p.get("Regex").asText(), Pattern.UNICODE_CHARACTER_CLASS);
      } catch (PatternSyntaxException e) {
        throw new Unsupported(component + ": pattern " + p.get("Regex").asText()
            + " is not a regular expression Java reads (" + e.getDescription() + ")");
      }
    }
    throw new Unsupported(component + " without a String or Regex pattern");
  }
}
