package news.parallax.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.internal.Hashing;
import news.parallax.model.Article;

/**
 * SemEval-2022 Task 8 article pairs with their human similarity: {@code training_set.csv}
 * with columns pair_id, lang1, lang2, text1, text2 and Overall (1 = very similar .. 4 = very
 * dissimilar). {@link #read} gives the original-language pairs (all-numeric pair ids), {@link #readTranslated}
 * the machine-translation augmentations.
 */
public final class SemEvalPairs {
  /** One pair: both articles, their languages and the Overall score. */
  public record Pair(String id, Article first, Article second, double overall) {}

  private SemEvalPairs() {}

  /** Reads the original-language pairs of the CSV file. */
  public static List<Pair> read(Path csv) {
    return read(csv, false);
  }

  /**
   * Reads the machine-translated pairs of the CSV file: pairs where one or both articles were
   * translated into another language (a language suffix on the article id, as in
   * {@code 1484012813zh_1483937746}), keeping the human score of the original pair. They give
   * language pairs the original ones lack (zh-en, es-en, pl-en, de-fr, es-it ...); translation
   * makes them cleaner than real pairs (names and numbers survive it), so they check the
   * cross-lingual path rather than measure it.
   */
  public static List<Pair> readTranslated(Path csv) {
    return read(csv, true);
  }

  private static List<Pair> read(Path csv, boolean translated) {
    String text;
    try {
      text = Files.readString(csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + csv, e);
    }
    List<List<String>> rows = parse(text);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("empty CSV: " + csv);
    }
    List<String> head = rows.get(0);
    int id = column(head, "pair_id", csv);
    int l1 = column(head, "lang1", csv);
    int l2 = column(head, "lang2", csv);
    int t1 = column(head, "text1", csv);
    int t2 = column(head, "text2", csv);
    int ov = column(head, "Overall", csv);
    List<Pair> out = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      if (row.size() <= Math.max(Math.max(id, ov), Math.max(t1, t2))) {
        continue;
      }
      String pid = row.get(id);
      if (pid.matches("[0-9]+_[0-9]+") == translated
          || translated && !pid.matches("[0-9]+[a-z]*_[0-9]+[a-z]*")) {
        continue;
      }
      double overall;
      try {
        overall = Double.parseDouble(row.get(ov));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(csv + ": pair " + pid + " has Overall '" + row.get(ov)
            + "', not a number", e);
      }
      String[] ids = pid.split("_");
      out.add(new Pair(pid, article(ids[0], row.get(l1), row.get(t1)),
          article(ids[1], row.get(l2), row.get(t2)), overall));
    }
    return out;
  }

  private static Article article(String id, String lang, String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\\n\\s*\\n|\\s{2,}")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    return new Article(Hashing.id("semeval/" + id), "semeval:" + id, null, null, null, null, null,
        lang, paragraphs, List.of(), 0);
  }

  private static int column(List<String> head, String name, Path csv) {
    int i = head.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException(csv + " has no column '" + name + "' (columns: " + head + ")");
    }
    return i;
  }

  /** RFC 4180 fields: quoted fields may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            f.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        f.append(c);
      }
    }
    if (f.length() > 0 || !row.isEmpty()) {
      row.add(f.toString());
      rows.add(row);
    }
    return rows;
  }
}
