package news.parallax.testing;

import java.util.List;
import news.parallax.model.Article;

/** Articles made in tests: only the language and the paragraphs matter to the stages. */
public final class Articles {
  private Articles() {}

  /** An article in the language, its source named after its first words. */
  public static Article of(String lang, String... paragraphs) {
    String first = paragraphs.length == 0 ? "" : paragraphs[0];
    return of(lang + ":" + first.substring(0, Math.min(24, first.length())), lang, List.of(paragraphs));
  }

  /** An article with the given source, language and paragraphs. */
  public static Article of(String source, String lang, List<String> paragraphs) {
    return new Article("id-" + source.hashCode(), source, null, null, null, null, null, lang,
        paragraphs, List.of(), 0);
  }
}
