package news.parallax.entity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import news.parallax.lang.LanguageIdentifier;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import news.parallax.text.TextAnalyzer;

/** Test articles from {@code src/test/resources/entity/}: first line the title, then paragraphs. */
final class Fixtures {
  private Fixtures() {}

  static Article article(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/entity/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      List<String> lines = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
          .filter(l -> !l.isBlank()).toList();
      String text = String.join("\n", lines.subList(1, lines.size()));
      String lang = LanguageIdentifier.standard().identify(text);
      return new Article(name, name, null, null, lines.get(0), null, null, lang, lines.subList(1, lines.size()),
          List.of(), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static AnalyzedArticle analyzed(String name) {
    Article a = article(name);
    List<Sentence> sentences = TextAnalyzer.standard().analyze(a);
    return new AnalyzedArticle(a, sentences, EntityRecognizer.standard().recognize(a, sentences), List.of(),
        List.of());
  }
}
