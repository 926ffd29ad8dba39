package news.parallax.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.parallax.model.Article;

/**
 * Multi-News clusters: 2 to 10 articles from different outlets about one event, with a human
 * summary, read from {@code sample_validation.csv} (columns documents, a Python list of
 * strings, and summary). Each document's lines become its paragraphs; ids are
 * {@code multinews/<row>/<document>}, as in the claim evaluation.
 *
 * <pre>{@code
 * List<MultiNews.Event> events = MultiNews.read(Path.of("../shared/eval/multinews"));
 * }</pre>
 */
public final class MultiNews {
  /** One row: its index, its articles and the human summary. */
  public record Event(int row, List<Article> articles, String summary) {}

  private MultiNews() {}

  /** Reads a Multi-News folder (holding sample_validation.csv) or the CSV file itself. */
  public static List<Event> read(Path dirOrCsv) {
    Path csv = Files.isDirectory(dirOrCsv) ? dirOrCsv.resolve("sample_validation.csv") : dirOrCsv;
    try {
      List<Event> out = new ArrayList<>();
      List<Map<String, String>> rows = EvalCorpus.Csv.read(csv);
      for (int r = 0; r < rows.size(); r++) {
        List<String> docs = EvalCorpus.PythonList.parse(rows.get(r).get("documents"));
        List<Article> articles = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
          List<String> paragraphs = new ArrayList<>();
          for (String l : docs.get(d).split("\n")) {
            if (!l.isBlank()) {
              paragraphs.add(l.strip());
            }
          }
          if (!paragraphs.isEmpty()) {
            String id = "multinews/" + r + "/" + d;
            articles.add(new Article(id, id, null, null, null, null, null, "en", paragraphs,
                List.of(), 0));
          }
        }
        String summary = rows.get(r).get("summary");
        out.add(new Event(r, articles, summary == null ? "" : summary.strip()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(csv + ": " + e.getMessage(), e);
    }
  }

  /** Whether a folder or file looks like Multi-News. */
  public static boolean isMultiNews(Path p) {
    Path csv = Files.isDirectory(p) ? p.resolve("sample_validation.csv") : p;
    return Files.isRegularFile(csv) && csv.getFileName().toString().startsWith("sample_");
  }
}
