package news.parallax.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.parallax.Parallax;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;

/** Analyzed articles from the text fixtures under {@code cluster/}, with a date and an id. */
final class Fixtures {
  private static final Parallax PARALLAX = Parallax.create();

  private Fixtures() {}

  /** The fixture {@code name}.txt (language from its prefix), published on {@code date}. */
  static AnalyzedArticle article(String name, String id, String date) {
    String text;
    try (InputStream in = Fixtures.class.getResourceAsStream("/cluster/" + name + ".txt")) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text(name.substring(0, 2), id, date, text);
  }

  /** An article in {@code lang} of the given text (paragraphs apart by blank lines), analyzed. */
  static AnalyzedArticle text(String lang, String id, String date, String text) {
    List<String> paragraphs = new ArrayList<>();
    for (String p : text.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        paragraphs.add(p.strip());
      }
    }
    Article a = new Article(id, id, null, null, null, null, date, lang, paragraphs, List.of(), 0);
    return PARALLAX.analyze(a);
  }
}
