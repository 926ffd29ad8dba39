package news.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import news.parallax.model.Span;

/**
 * Reads an attribution corpus in the SpkAtt-2023 JSON layout (one file per article: tokenised
 * {@code Sentences} and {@code Annotations} whose spans are "sentence:token" indices) as text
 * with gold attributions in character offsets.
 *
 * <p>The text is rebuilt from the tokens as a writer would set it: no space before closing
 * punctuation and closing quote marks, none after opening ones; a straight mark opens and closes
 * in turn. Two apostrophes ({@code ''}) are written as one straight double mark.
 *
 * <pre>{@code
 * for (SpkAttDocuments.Document d : SpkAttDocuments.read(Path.of("de-news-spkatt/train"))) {
 *   d.direct(); // gold attributions of Form "Direct"
 * }
 * }</pre>
 */
public final class SpkAttDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NO_SPACE_BEFORE = ",.;:!?)]%“‘«";
  private static final String NO_SPACE_AFTER = "([„‚»";

  private SpkAttDocuments() {}

  /**
   * One annotated article.
   *
   * @param name the file name without its extension
   * @param id the number the file name opens with, or -1
   * @param text the article text rebuilt from its tokens
   * @param all every annotated attribution
   * @param direct the attributions of Form "Direct"
   */
  public record Document(String name, long id, String text, List<BratAttributions.Attribution> all,
      List<BratAttributions.Attribution> direct) {
    public Document {
      all = List.copyOf(all);
      direct = List.copyOf(direct);
    }
  }

  /** Whether the folder holds SpkAtt JSON files. */
  public static boolean isLayout(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".json"));
    }
  }

  /** The JSON files of the folder in name order. */
  public static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  /** Reads one file; a malformed file is an error naming it and the reason. */
  public static Document read(Path file) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not JSON (" + e.getMessage() + ")", e);
    }
    JsonNode sentences = root.path("Sentences");
    if (!sentences.isArray()) {
      throw new IOException(file + ": no Sentences array");
    }
    StringBuilder b = new StringBuilder();
    List<int[][]> offsets = new ArrayList<>();
    boolean straightOpen = false;
    boolean attach = true;
    for (JsonNode s : sentences) {
      JsonNode tokens = s.path("Tokens");
      int[][] offs = new int[tokens.size()][];
      for (int t = 0; t < tokens.size(); t++) {
        String tok = tokens.get(t).asText();
        if (tok.equals("''") || tok.equals("``")) {
          tok = "\"";
        }
        boolean straight = tok.equals("\"");
        boolean space = !attach && b.length() > 0;
        if (straight ? straightOpen : tok.length() == 1 && NO_SPACE_BEFORE.indexOf(tok.charAt(0)) >= 0) {
          space = false;
        }
        if (space) {
          b.append(' ');
        }
        offs[t] = new int[] {b.length(), b.length() + tok.length()};
        b.append(tok);
        if (straight) {
          attach = !straightOpen;
          straightOpen = !straightOpen;
        } else {
          attach = tok.length() == 1 && NO_SPACE_AFTER.indexOf(tok.charAt(0)) >= 0;
        }
      }
      offsets.add(offs);
    }
    String text = b.toString();
    List<BratAttributions.Attribution> all = new ArrayList<>();
    List<BratAttributions.Attribution> direct = new ArrayList<>();
    for (JsonNode a : root.path("Annotations")) {
      List<Span> content = spans(a.path("Message"), offsets, text, file);
      if (content.isEmpty()) {
        continue;
      }
      List<Span> source = spans(a.path("Source"), offsets, text, file);
      List<Span> cue = spans(a.path("Cue"), offsets, text, file);
      BratAttributions.Attribution at = new BratAttributions.Attribution(content, hull(source), hull(cue));
      all.add(at);
      if ("Direct".equals(a.path("Form").asText())) {
        direct.add(at);
      }
    }
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    String digits = name.replaceFirst("^(\\d+).*", "$1");
    long id = digits.matches("\\d+") ? Long.parseLong(digits) : -1;
    return new Document(name, id, text, all, direct);
  }

  /** Consecutive tokens joined into spans, in text order. */
  private static List<Span> spans(JsonNode refs, List<int[][]> offsets, String text, Path file) throws IOException {
    TreeSet<Long> tokens = new TreeSet<>();
    for (JsonNode r : refs) {
      String[] st = r.asText().split(":");
      try {
        int s = Integer.parseInt(st[0]);
        int t = Integer.parseInt(st[1]);
        if (s < 0 || s >= offsets.size() || t < 0 || t >= offsets.get(s).length) {
          throw new IOException(file + ": token " + r.asText() + " out of range");
        }
        tokens.add(((long) s << 32) | t);
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(file + ": bad token reference " + r.asText(), e);
      }
    }
    List<Span> out = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (long k : tokens) {
      int[] o = offsets.get((int) (k >>> 32))[(int) k];
      if (start >= 0 && text.substring(end, o[0]).isBlank()) {
        end = o[1];
        continue;
      }
      if (start >= 0) {
        out.add(new Span(start, end));
      }
      start = o[0];
      end = o[1];
    }
    if (start >= 0) {
      out.add(new Span(start, end));
    }
    return out;
  }

  private static Span hull(List<Span> spans) {
    return spans.isEmpty() ? null : new Span(spans.get(0).start(), spans.get(spans.size() - 1).end());
  }
}
