package news.parallax.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Claim;
import news.parallax.model.Quote;
import news.parallax.report.Untrusted;

/**
 * Writes a store's articles, quotes, claims or stories as JSON lines or CSV (UTF-8, a header
 * row, RFC 4180 quoting), for spreadsheets and data frames.
 *
 * <pre>{@code
 * Export.write(store, Export.What.QUOTES, Export.Format.CSV, System.out);
 * }</pre>
 */
public final class Export {
  /** What to export. */
  public enum What { ARTICLES, QUOTES, CLAIMS, STORIES }

  /** How to write it. */
  public enum Format { JSONL, CSV }

  private static final Map<What, List<String>> COLUMNS = Map.of(
      What.ARTICLES, List.of("id", "revision", "url", "outlet", "title", "author", "published",
          "language", "text"),
      What.QUOTES, List.of("article", "outlet", "speaker", "speaker_key", "kind", "cue", "text",
          "start", "end"),
      What.CLAIMS, List.of("article", "outlet", "attribute", "label", "text", "normalized", "low",
          "high", "unit", "qualifier", "start", "end"),
      What.STORIES, List.of("id", "title", "size", "latest", "languages", "outlets", "articles"));

  private Export() {}

  /** Writes every row of {@code what} in arrival order (stories: largest first). */
  public static void write(Store store, What what, Format format, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    List<String> columns = COLUMNS.get(what);
    if (format == Format.CSV) {
      csvRow(w, columns);
    }
    try {
      if (what == What.STORIES) {
        for (StorySummary s : store.stories(StoryQuery.ALL)) {
          if (format == Format.JSONL) {
            w.write(store.storyRecord(s.id()).orElseThrow());
            w.write('\n');
          } else {
            csvRow(w, List.of(s.id(), nz(s.title()), String.valueOf(s.size()), s.latest(),
                String.join(" ", s.languages()), String.join("; ", s.outlets()),
                String.join(" ", store.storyArticles(s.id()))));
          }
        }
      } else {
        List<String> ids = store.orderedArticles(null);
        for (List<String> chunk : Store.chunks(ids)) {
          if (what == What.ARTICLES) {
            articles(store, chunk, format, columns, w);
          } else {
            Map<String, AnalyzedArticle> byId = Store.analyses(store.connection(), chunk);
            for (String id : chunk) {
              AnalyzedArticle a = byId.get(id);
              for (List<String> row : what == What.QUOTES ? quotes(a) : claims(a)) {
                emit(w, format, columns, row);
              }
            }
          }
        }
      }
      store.connection().rollback();
    } catch (SQLException e) {
      throw new StoreException("cannot export from the store " + store.location() + ": "
          + e.getMessage(), e);
    }
    w.flush();
  }

  private static void articles(Store store, List<String> chunk, Format format,
      List<String> columns, Writer w) throws SQLException, IOException {
    Map<String, String[]> rows = new java.util.HashMap<>();
    try (PreparedStatement s = store.connection().prepareStatement("SELECT a.id, a.revision,"
        + " r.record FROM articles a JOIN revisions r ON r.article_id = a.id AND r.revision ="
        + " a.revision WHERE a.id IN (" + Store.marks(chunk.size()) + ")")) {
      for (int i = 0; i < chunk.size(); i++) {
        s.setString(i + 1, chunk.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows.put(r.getString(1), new String[] {r.getString(2), r.getString(3)});
        }
      }
    }
    for (String id : chunk) {
      String[] x = rows.get(id);
      JsonNode n = Codec.JSON.readTree(x[1]);
      List<String> row = new ArrayList<>();
      row.add(id);
      row.add(x[0]);
      for (String f : List.of("url", "outlet", "title", "author", "published", "language", "text")) {
        row.add(n.path(f).isNull() ? null : n.path(f).asText());
      }
      emit(w, format, columns, row);
    }
  }

  private static List<List<String>> quotes(AnalyzedArticle a) {
    List<List<String>> out = new ArrayList<>();
    for (Quote q : a.quotes()) {
      out.add(java.util.Arrays.asList(a.id(), a.article().outlet(),
          q.speaker() == null ? null : q.speaker().name(),
          q.speaker() == null ? null : q.speaker().key(), q.kind().name().toLowerCase(),
          q.cue(), q.text(), String.valueOf(q.span().start()), String.valueOf(q.span().end())));
    }
    return out;
  }

  private static List<List<String>> claims(AnalyzedArticle a) {
    List<List<String>> out = new ArrayList<>();
    for (Claim c : a.claims()) {
      out.add(java.util.Arrays.asList(a.id(), a.article().outlet(), c.attribute(), c.label(),
          c.text(), c.normalized(), String.valueOf(c.low()), String.valueOf(c.high()), c.unit(),
          c.qualifier(), String.valueOf(c.span().start()), String.valueOf(c.span().end())));
    }
    return out;
  }

  private static void emit(Writer w, Format format, List<String> columns, List<String> row)
      throws IOException {
    if (format == Format.CSV) {
      csvRow(w, row);
      return;
    }
    java.io.StringWriter line = new java.io.StringWriter();
    try (JsonGenerator g = Codec.JSON.getFactory().createGenerator(line)) {
      g.setCharacterEscapes(Untrusted.JSON_ESCAPES);
      g.writeStartObject();
      for (int i = 0; i < columns.size(); i++) {
        g.writeStringField(columns.get(i), row.get(i));
      }
      g.writeEndObject();
    }
    w.write(line.toString());
    w.write('\n');
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /** One CSV row: every field quoted when it holds a comma, quote or line break. */
  /**
   * A field as a spreadsheet shows it literally: without bidirectional controls (which reverse
   * what follows on screen), and with a {@code '} before text that a spreadsheet would run as a
   * formula ({@code =}, {@code +}, {@code -}, {@code @} at the start, unless it is a number).
   */
  static String cell(String field) {
    String f = Untrusted.plain(field);
    if (!f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0 && !NUMBER.matcher(f).matches()) {
      return "'" + f;
    }
    return f;
  }

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[-+]?[0-9]+(\\.[0-9]+)?");

  static void csvRow(Writer w, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      String f = cell(fields.get(i));
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
          || f.indexOf('\r') >= 0) {
        w.write('"');
        w.write(f.replace("\"", "\"\""));
        w.write('"');
      } else {
        w.write(f);
      }
    }
    w.write("\r\n");
  }
}
