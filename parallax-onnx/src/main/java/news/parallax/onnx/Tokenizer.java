package news.parallax.onnx;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import news.parallax.onnx.PreTokenizers.PreTokenizer;
import news.parallax.onnx.SubwordModel.Ids;

/**
 * A text tokenizer read from a Hugging Face {@code tokenizer.json}, as shipped with sentence
 * embedding models: normalizer, pre-tokenizer, subword model and post-processor, run in that
 * order, then truncated to {@link #maxLength()} tokens keeping the special tokens.
 *
 * <pre>{@code
 * Tokenizer t = Tokenizer.load(Path.of("model/tokenizer.json"));
 * int[] ids = t.encode("Hello world").ids();   // [CLS] hello world [SEP]
 * }</pre>
 *
 * <p>Supported: the WordPiece (BERT, multilingual BERT, LaBSE) and Unigram (SentencePiece:
 * XLM-R, multilingual E5, paraphrase-multilingual-MiniLM) models; the BertNormalizer, NFC,
 * NFD, NFKC, NFKD, Lowercase, StripAccents, Replace, Strip, Prepend, Sequence and Precompiled
 * normalizers (Precompiled, SentencePiece's character map, is approximated by NFKC with
 * whitespace turned into spaces and control characters dropped: see {@code
 * Normalizers.precompiled}); the BertPreTokenizer, Whitespace, WhitespaceSplit, Metaspace,
 * Punctuation, Digits, Split and Sequence pre-tokenizers; the TemplateProcessing (single
 * template), BertProcessing and RobertaProcessing post-processors. Anything else, BPE models
 * included, fails to load with a message naming the file and the type. Added tokens written
 * in the text (a literal {@code [SEP]}) are tokenized as text, and padding settings are
 * ignored: one text is encoded at a time.
 */
public final class Tokenizer {
  /** Tokens per encoding when tokenizer.json sets no truncation length. */
  public static final int DEFAULT_MAX_LENGTH = 512;

  /** One encoded text: token ids and their segment (token type) ids, special tokens included. */
  public record Encoding(int[] ids, int[] typeIds) {
    public int length() {
      return ids.length;
    }
  }

  private final UnaryOperator<String> normalizer;
  private final PreTokenizer preTokenizer;
  private final SubwordModel model;
  private final int[] prefix;
  private final int[] prefixTypes;
  private final int[] suffix;
  private final int[] suffixTypes;
  private final int sequenceType;
  private final int maxLength;
  private final boolean truncateLeft;
  private final int padId;

  private Tokenizer(UnaryOperator<String> normalizer, PreTokenizer preTokenizer,
      SubwordModel model, int[][] template, int sequenceType, int maxLength, boolean truncateLeft,
      int padId) {
    this.normalizer = normalizer;
    this.preTokenizer = preTokenizer;
    this.model = model;
    this.prefix = template[0];
    this.prefixTypes = template[1];
    this.suffix = template[2];
    this.suffixTypes = template[3];
    this.sequenceType = sequenceType;
    this.maxLength = maxLength;
    this.truncateLeft = truncateLeft;
    this.padId = padId;
  }

  /**
   * Reads a tokenizer.json.
   *
   * @throws NoSuchFileException when the file is missing
   * @throws IOException when it cannot be read, is not JSON, or describes a part this reader
   *     does not implement; the message names the file and the reason
   */
  public static Tokenizer load(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no tokenizer.json");
    }
    JsonNode root = TokenizerJson.read(file);
    try {
      return of(root);
    } catch (TokenizerJson.Unsupported e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  private static Tokenizer of(JsonNode root) {
    JsonNode m = root.path("model");
    String type = m.has("type") ? TokenizerJson.type(m, "model")
        : m.has("unk_id") ? "Unigram" : m.has("continuing_subword_prefix") ? "WordPiece"
        : m.has("merges") ? "BPE" : "";
    SubwordModel model = switch (type) {
      case "WordPiece" -> WordPiece.of(m);
      case "Unigram" -> Unigram.of(m);
      case "" -> throw new TokenizerJson.Unsupported("no model (WordPiece or Unigram) found");
      default -> throw new TokenizerJson.Unsupported(
          "model type " + type + " is not supported (supported: WordPiece, Unigram)");
    };
    int[] sequenceType = {0};
    int[][] template = template(root.path("post_processor"), sequenceType);
    JsonNode t = root.path("truncation");
    int max = t.path("max_length").asInt(DEFAULT_MAX_LENGTH);
    if (max <= template[0].length + template[2].length) {
      throw new TokenizerJson.Unsupported("truncation max_length " + max
          + " leaves no room for text");
    }
    boolean left = t.path("direction").asText("Right").equals("Left");
    return new Tokenizer(Normalizers.of(root.get("normalizer")),
        PreTokenizers.of(root.get("pre_tokenizer")), model, template, sequenceType[0], max, left,
        root.path("padding").path("pad_id").asInt(0));
  }

  /**
   * The special tokens around the text: prefix ids, prefix types, suffix ids, suffix types.
   * Sets {@code sequenceType[0]} to the text's type id.
   */
  private static int[][] template(JsonNode p, int[] sequenceType) {
    if (p == null || p.isMissingNode() || p.isNull()) {
      return new int[][] {{}, {}, {}, {}};
    }
    String type = TokenizerJson.type(p, "post_processor");
    return switch (type) {
      case "BertProcessing", "RobertaProcessing" -> new int[][] {
          {pairId(p, "cls")}, {0}, {pairId(p, "sep")}, {0}};
      case "TemplateProcessing" -> {
        List<Integer> ids = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        int[][] out = new int[4][];
        boolean seen = false;
        for (JsonNode item : p.path("single")) {
          if (item.has("Sequence")) {
            if (seen || !item.get("Sequence").path("id").asText().equals("A")) {
              throw new TokenizerJson.Unsupported(
                  "TemplateProcessing single template must hold sequence A once");
            }
            seen = true;
            sequenceType[0] = item.get("Sequence").path("type_id").asInt(0);
            out[0] = ids.stream().mapToInt(Integer::intValue).toArray();
            out[1] = types.stream().mapToInt(Integer::intValue).toArray();
            ids.clear();
            types.clear();
          } else if (item.has("SpecialToken")) {
            String name = item.get("SpecialToken").path("id").asText();
            JsonNode special = p.path("special_tokens").path(name).path("ids");
            if (!special.isArray() || special.isEmpty()) {
              throw new TokenizerJson.Unsupported("TemplateProcessing special token " + name
                  + " has no ids");
            }
            for (JsonNode id : special) {
              ids.add(id.asInt());
              types.add(item.get("SpecialToken").path("type_id").asInt(0));
            }
          } else {
            throw new TokenizerJson.Unsupported("TemplateProcessing item " + item);
          }
        }
        if (!seen) {
          throw new TokenizerJson.Unsupported(
              "TemplateProcessing single template without sequence A");
        }
        out[2] = ids.stream().mapToInt(Integer::intValue).toArray();
        out[3] = types.stream().mapToInt(Integer::intValue).toArray();
        yield out;
      }
      default -> throw new TokenizerJson.Unsupported("post_processor", type);
    };
  }

  /** The id of a {@code ["[CLS]", 101]} pair. */
  private static int pairId(JsonNode p, String field) {
    JsonNode pair = p.path(field);
    if (!pair.isArray() || pair.size() != 2 || !pair.get(1).canConvertToInt()) {
      throw new TokenizerJson.Unsupported(p.path("type").asText() + " without a " + field
          + " [token, id] pair");
    }
    return pair.get(1).asInt();
  }

  /** The ids of a text without special tokens and without truncation. */
  public int[] tokenize(String text) {
    Ids out = new Ids();
    for (String w : PreTokenizers.words(preTokenizer, normalizer.apply(text))) {
      model.tokenize(w, out);
    }
    return out.toArray();
  }

  /** A text with the special tokens, truncated to {@link #maxLength()} tokens. */
  public Encoding encode(String text) {
    int[] ids = tokenize(text);
    int room = maxLength - specialTokens();
    if (ids.length <= room) {
      return wrap(ids, 0, ids.length);
    }
    return truncateLeft ? wrap(ids, ids.length - room, ids.length) : wrap(ids, 0, room);
  }

  /** Tokens {@code from} to {@code to} of a {@link #tokenize} result with the special tokens. */
  public Encoding wrap(int[] content, int from, int to) {
    int n = to - from;
    if (n < 0 || n > maxLength - specialTokens()) {
      throw new IllegalArgumentException("wrap: " + n + " tokens, room for "
          + (maxLength - specialTokens()));
    }
    int[] ids = new int[prefix.length + n + suffix.length];
    int[] types = new int[ids.length];
    System.arraycopy(prefix, 0, ids, 0, prefix.length);
    System.arraycopy(prefixTypes, 0, types, 0, prefix.length);
    System.arraycopy(content, from, ids, prefix.length, n);
    Arrays.fill(types, prefix.length, prefix.length + n, sequenceType);
    System.arraycopy(suffix, 0, ids, prefix.length + n, suffix.length);
    System.arraycopy(suffixTypes, 0, types, prefix.length + n, suffix.length);
    return new Encoding(ids, types);
  }

  /** The id of a token string in the model's vocabulary, or -1. */
  public int id(String token) {
    return model.id(token);
  }

  /** Most tokens in one encoding, special tokens included. */
  public int maxLength() {
    return maxLength;
  }

  /** The number of special tokens the post-processor adds around a text. */
  public int specialTokens() {
    return prefix.length + suffix.length;
  }

  /** The id that pads shorter encodings in a batch. */
  public int padId() {
    return padId;
  }

  /** This tokenizer truncating to {@code max} tokens instead. */
  public Tokenizer withMaxLength(int max) {
    if (max <= specialTokens()) {
      throw new IllegalArgumentException("maxLength must leave room for text beyond the "
          + specialTokens() + " special tokens, got " + max);
    }
    return new Tokenizer(normalizer, preTokenizer, model,
        new int[][] {prefix, prefixTypes, suffix, suffixTypes}, sequenceType, max, truncateLeft,
        padId);
  }
}
