package news.parallax.quote;

import java.util.List;
import news.parallax.Parallax;
import news.parallax.internal.Hashing;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Quote;

/** Runs the default recipe's per-article stages over a text written in a test. */
final class QuoteFixtures {
  static final Parallax PARALLAX = Parallax.create();

  private QuoteFixtures() {}

  static Article article(String lang, String... paragraphs) {
    return new Article(Hashing.id(String.join("\n\n", paragraphs)), "test", null, null, null, null,
        null, lang, List.of(paragraphs), List.of(), 0);
  }

  static AnalyzedArticle analyze(String lang, String... paragraphs) {
    return PARALLAX.analyze(article(lang, paragraphs));
  }

  static List<Quote> quotes(String lang, String... paragraphs) {
    return analyze(lang, paragraphs).quotes();
  }

  /** Prints the quotes of a text file: {@code QuoteFixtures FILE [LANG]}. */
  public static void main(String[] args) throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of(args[0]));
    for (Quote q : quotes(args.length > 1 ? args[1] : "en", text)) {
      System.out.println(q.kind() + " [" + q.cue() + "] " + (q.speaker() == null ? "-" : q.speaker().name() + "=" + q.speaker().key())
          + " | " + q.text() + " " + q.parts());
    }
  }
}
