package news.parallax.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import news.parallax.model.Article;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Articles of the shared evaluation data by id, rebuilt the same way every time so annotation
 * offsets stay valid: {@code multinews/<row>/<document>}, {@code ecbplus/<topic>/<file>},
 * {@code semeval22-pairs/<pair id>/<1|2>}.
 *
 * <p>Multi-News and SemEval texts become paragraphs at each line break (blank lines dropped);
 * an ECB+ document becomes one paragraph per sentence, its tokens joined by single spaces.
 */
final class EvalCorpus {
  private final Path root;
  private List<Map<String, String>> multinews;
  private Map<String, Map<String, String>> semeval;

  EvalCorpus(Path root) {
    this.root = root;
  }

  /** The article with the id; throws with the id and the reason when it cannot be built. */
  Article article(String id) throws IOException {
    String[] f = id.split("/");
    if (f.length != 3) {
      throw new IOException(id + ": expected <dataset>/<item>/<part>");
    }
    return switch (f[0]) {
      case "multinews" -> multinews(id, Integer.parseInt(f[1]), Integer.parseInt(f[2]));
      case "semeval22-pairs" -> semeval(id, f[1], f[2]);
      case "ecbplus" -> ecbplus(id, f[1], f[2]);
      default -> throw new IOException(id + ": unknown dataset " + f[0]);
    };
  }

  private Article multinews(String id, int row, int doc) throws IOException {
    if (multinews == null) {
      multinews = Csv.read(root.resolve("multinews/sample_validation.csv"));
    }
    if (row >= multinews.size()) {
      throw new IOException(id + ": multinews has " + multinews.size() + " rows");
    }
    List<String> docs = PythonList.parse(multinews.get(row).get("documents"));
    if (doc >= docs.size()) {
      throw new IOException(id + ": row has " + docs.size() + " documents");
    }
    return article(id, "en", lines(docs.get(doc)));
  }

  private Article semeval(String id, String pair, String part) throws IOException {
    if (semeval == null) {
      semeval = new HashMap<>();
      for (Map<String, String> r : Csv.read(root.resolve("semeval22-pairs/training_set.csv"))) {
        semeval.put(r.get("pair_id"), r);
      }
    }
    Map<String, String> r = semeval.get(pair);
    if (r == null) {
      throw new IOException(id + ": no such pair");
    }
    return article(id, r.get("lang" + part), lines(r.get("text" + part)));
  }

  private Article ecbplus(String id, String topic, String file) throws IOException {
    Path p = root.resolve("ecbplus/ECB+").resolve(topic).resolve(file);
    if (!Files.exists(p)) {
      throw new IOException(id + ": " + p + " not found");
    }
    Document doc;
    try (InputStream in = Files.newInputStream(p)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = f.newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new IOException(id + ": cannot parse " + p + ": " + e.getMessage(), e);
    }
    Map<Integer, StringBuilder> sentences = new TreeMap<>();
    NodeList tokens = doc.getElementsByTagName("token");
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      StringBuilder b = sentences.computeIfAbsent(Integer.parseInt(t.getAttribute("sentence")),
          k -> new StringBuilder());
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.getTextContent());
    }
    List<String> paragraphs = new ArrayList<>();
    sentences.values().forEach(b -> paragraphs.add(b.toString()));
    return article(id, "en", paragraphs);
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>();
    for (String l : text.split("\n")) {
      String t = l.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static Article article(String id, String lang, List<String> paragraphs) {
    return new Article(id, id, null, null, null, null, null, lang, paragraphs, List.of(), 0);
  }

  /** RFC 4180 comma-separated values with a header row. */
  static final class Csv {
    private Csv() {}

    static List<Map<String, String>> read(Path p) throws IOException {
      if (!Files.exists(p)) {
        throw new IOException(p + " not found");
      }
      List<List<String>> rows = new ArrayList<>();
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = r.read()) != -1) {
          if (quoted) {
            if (c == '"') {
              r.mark(1);
              int n = r.read();
              if (n == '"') {
                cell.append('"');
              } else {
                quoted = false;
                if (n != -1) {
                  r.reset();
                }
              }
            } else {
              cell.append((char) c);
            }
          } else if (c == '"') {
            quoted = true;
          } else if (c == ',') {
            row.add(cell.toString());
            cell.setLength(0);
          } else if (c == '\n') {
            row.add(cell.toString());
            cell.setLength(0);
            rows.add(row);
            row = new ArrayList<>();
          } else if (c != '\r') {
            cell.append((char) c);
          }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
          row.add(cell.toString());
          rows.add(row);
        }
      }
      List<Map<String, String>> out = new ArrayList<>();
      List<String> header = rows.get(0);
      for (List<String> row : rows.subList(1, rows.size())) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < header.size() && i < row.size(); i++) {
          m.put(header.get(i), row.get(i));
        }
        out.add(m);
      }
      return out;
    }
  }

  /** A Python list of string literals, as Multi-News stores its documents. */
  static final class PythonList {
    private PythonList() {}

    static List<String> parse(String s) throws IOException {
      List<String> out = new ArrayList<>();
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '\'' || c == '"') {
          StringBuilder b = new StringBuilder();
          i++;
          while (i < s.length() && s.charAt(i) != c) {
            char x = s.charAt(i);
            if (x == '\\' && i + 1 < s.length()) {
              char e = s.charAt(++i);
              switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'x' -> {
                  b.append((char) Integer.parseInt(s.substring(i + 1, i + 3), 16));
                  i += 2;
                }
                case 'u' -> {
                  b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                  i += 4;
                }
                case 'U' -> {
                  b.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 9), 16));
                  i += 8;
                }
                default -> b.append(e);
              }
            } else {
              b.append(x);
            }
            i++;
          }
          if (i >= s.length()) {
            throw new IOException("unterminated string in document list");
          }
          out.add(b.toString());
        }
        i++;
      }
      return out;
    }
  }
}
