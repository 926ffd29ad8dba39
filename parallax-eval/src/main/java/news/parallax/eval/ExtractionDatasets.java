package news.parallax.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import news.parallax.model.Page;
import news.parallax.model.PageHints;

/**
 * Reads the two layouts of extraction datasets: trafilatura's ({@code evaldata.json} mapping a
 * URL to a file in {@code cache/} or {@code eval/} and its with/without snippets), the Chinese
 * web content extraction dataset ({@code original/*.html} with the gold body in
 * {@code cleaned/*.txt} and the gold date in {@code date/*.txt}) and WCXB's
 * ({@code html/NNNN.html.gz} with the gold body and date in {@code ground-truth/NNNN.json}).
 */
public final class ExtractionDatasets {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");

  private ExtractionDatasets() {}

  /** The metric a dataset folder is scored with: "snippets", "shingles" or "words". */
  public static String metric(Path dir) {
    if (Files.isRegularFile(dir.resolve("evaldata.json"))) {
      return "snippets";
    }
    if (Files.isDirectory(dir.resolve("original")) && Files.isDirectory(dir.resolve("cleaned"))) {
      return "shingles";
    }
    if (Files.isDirectory(dir.resolve("html")) && Files.isDirectory(dir.resolve("ground-truth"))) {
      return "words";
    }
    throw new IllegalArgumentException(dir + ": not an extraction dataset (expected evaldata.json,"
        + " original/ and cleaned/ folders, or html/ and ground-truth/ folders)");
  }

  /** Every page of the dataset with its gold labels, in a fixed order. */
  public static List<EvalPage> load(Path dir) {
    try {
      return switch (metric(dir)) {
        case "snippets" -> snippetPages(dir);
        case "shingles" -> shinglePages(dir);
        default -> wordPages(dir);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot read the dataset: " + e.getMessage(), e);
    }
  }

  private static List<EvalPage> snippetPages(Path dir) throws IOException {
    JsonNode root = JSON.readTree(dir.resolve("evaldata.json").toFile());
    List<EvalPage> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      String file = v.path("file").asText();
      Path html = dir.resolve("cache").resolve(file);
      if (!Files.exists(html)) {
        html = dir.resolve("eval").resolve(file);
      }
      if (!Files.exists(html)) {
        continue;
      }
      Page page = new Page(html.toString(), Page.Format.HTML, Files.readAllBytes(html), null,
          new PageHints(e.getKey(), null, null, null));
      out.add(new EvalPage(page, strings(v.path("with")), strings(v.path("without")), null,
          ymd(v.path("date").asText(""))));
    }
    return out;
  }

  private static List<EvalPage> shinglePages(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("original"))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
    }
    List<EvalPage> out = new ArrayList<>();
    for (Path html : files) {
      String stem = html.getFileName().toString().replaceFirst("\\.html$", "");
      Path gold = dir.resolve("cleaned").resolve(stem + ".txt");
      if (!Files.exists(gold)) {
        continue;
      }
      Path date = dir.resolve("date").resolve(stem + ".txt");
      String goldDate = Files.exists(date) ? ymd(Files.readString(date, StandardCharsets.UTF_8)) : null;
      Page page = new Page(html.toString(), Page.Format.HTML, Files.readAllBytes(html), null, null);
      out.add(new EvalPage(page, List.of(), List.of(),
          Files.readString(gold, StandardCharsets.UTF_8), goldDate));
    }
    return out;
  }

  private static List<EvalPage> wordPages(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir.resolve("html"))) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
    }
    List<EvalPage> out = new ArrayList<>();
    for (Path html : files) {
      String stem = html.getFileName().toString().replaceFirst("\\.html\\.gz$", "");
      Path gold = dir.resolve("ground-truth").resolve(stem + ".json");
      if (!Files.exists(gold)) {
        continue;
      }
      JsonNode root = JSON.readTree(gold.toFile());
      JsonNode truth = root.path("ground_truth");
      byte[] bytes;
      try (java.io.InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(html))) {
        bytes = in.readAllBytes();
      }
      String url = root.path("url").asText(null);
      Page page = new Page(html.toString(), Page.Format.HTML, bytes, null,
          new PageHints(url, null, null, null));
      out.add(new EvalPage(page, List.of(), List.of(), truth.path("main_content").asText(""),
          ymd(truth.path("publish_date").asText(""))));
    }
    return out;
  }

  private static final Pattern FILE_ID = Pattern.compile("(?:^|[/\\\\])(\\d+)\\.html(?:\\.gz)?$");

  /**
   * The pages with odd (or even) ids: a numbered file's number (WCXB's 0001, 0002, ...), else
   * the page's position in the dataset's fixed order counting from 1. Rules are tuned on one
   * half and read on the other.
   */
  public static List<EvalPage> half(List<EvalPage> pages, boolean odd) {
    List<EvalPage> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Matcher m = FILE_ID.matcher(pages.get(i).page().source());
      long id = m.find() ? Long.parseLong(m.group(1)) : i + 1;
      if ((id % 2 == 1) == odd) {
        out.add(pages.get(i));
      }
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** The YYYY-MM-DD date at the start of {@code s}, or null. */
  static String ymd(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = YMD.matcher(s);
    if (!m.find()) {
      return null;
    }
    return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }
}
