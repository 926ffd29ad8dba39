package news.parallax.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import news.parallax.model.Article;
import news.parallax.model.Span;
import org.junit.jupiter.api.Test;

/**
 * The checks every stage that reads one article must pass, as Lucene's
 * {@code BaseTokenStreamTestCase} does for token streams: every reported span lies inside the
 * article text and in order, the text reported with a span is the text under it, a fresh
 * instance and another thread give the same output, and random or hostile text (seed printed)
 * and the inputs of the {@code fuzz/} folder, which once broke a stage, never make it throw.
 *
 * <pre>{@code
 * class TextAnalyzerStageTest extends ArticleStageTestBase<List<Sentence>> {
 *   protected Function<Article, List<Sentence>> freshStage() { return TextAnalyzer.standard()::analyze; }
 *   protected List<Reported> reported(Article a, List<Sentence> out) { ... }
 * }
 * }</pre>
 *
 * @param <R> what the stage makes of an article
 */
public abstract class ArticleStageTestBase<R> {
  /** How many random articles the random pass makes. */
  static final int RANDOM_ARTICLES = 40;

  /** A span the stage reports, with the text it reports for it (null when it reports none). */
  public record Reported(Span span, String text) {}

  /** A new instance of the stage, as a function of the article. */
  protected abstract Function<Article, R> freshStage();

  /** The spans the output reports, in the order the stage promises (text order, per list). */
  protected abstract List<List<Reported>> reported(Article article, R output);

  /** Articles of the stage's kind of text; by default, paragraphs in several languages. */
  protected List<Article> samples() {
    return List.of(
        Articles.of("en", "The president said on Tuesday that talks in Anchorage would resume.",
            "\"We are ready,\" Vladimir Putin told reporters, adding that 3,000 people attended."),
        Articles.of("zh", "普京表示，会谈很有建设性。", "特朗普说：“我们取得了很大进展。”约有3000人参加。"),
        Articles.of("de", "Der Präsident sagte am Dienstag, die Gespräche würden fortgesetzt.",
            "„Wir sind bereit“, sagte Wladimir Putin den Reportern."),
        Articles.of("es", "El presidente dijo el martes que las conversaciones continuarían.",
            "«Estamos listos», dijo Vladímir Putin a los periodistas."));
  }

  @Test
  void reportedSpansLieInsideTheTextInOrderAndCoverTheirText() {
    for (Article a : samples()) {
      check(a, freshStage().apply(a));
    }
  }

  @Test
  void aFreshInstanceAndAnotherThreadGiveTheSameOutput() throws Exception {
    Function<Article, R> stage = freshStage();
    List<R> first = new ArrayList<>();
    for (Article a : samples()) {
      first.add(stage.apply(a));
    }
    Function<Article, R> fresh = freshStage();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      for (int i = 0; i < first.size(); i++) {
        Article a = samples().get(i);
        assertEquals(first.get(i), fresh.apply(a), "a fresh instance, " + a.source());
        assertEquals(first.get(i), other.submit(() -> stage.apply(a)).get(), "another thread, " + a.source());
      }
    } finally {
      other.shutdown();
    }
  }

  @Test
  void randomAndHostileTextNeverBreaksTheStage() {
    long seed = Long.getLong("parallax.seed", System.nanoTime());
    System.out.println(getClass().getSimpleName() + ": random text with seed " + seed
        + " (repeat with -Dparallax.seed=" + seed + ")");
    Random rnd = new Random(seed);
    Function<Article, R> stage = freshStage();
    for (int i = 0; i < RANDOM_ARTICLES; i++) {
      Article a = HostileText.article(rnd, "random-" + i);
      R out;
      try {
        out = stage.apply(a);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", article " + i + ": " + e, e);
      }
      check(a, out);
    }
  }

  @Test
  void theFuzzInputsThatOnceBrokeAStageStillPass() {
    Function<Article, R> stage = freshStage();
    List<String> names = fuzzNames();
    assertTrue(!names.isEmpty(), "fuzz/index.txt lists the fuzz inputs");
    for (String name : names) {
      Article a = fuzzArticle(name);
      try {
        check(a, stage.apply(a));
      } catch (RuntimeException e) {
        throw new AssertionError("fuzz/" + name + ": " + e, e);
      }
    }
  }

  private void check(Article a, R output) {
    String text = a.text();
    for (List<Reported> list : reported(a, output)) {
      int lastStart = 0;
      for (Reported r : list) {
        Span s = r.span();
        if (s.end() > text.length()) {
          fail(a.source() + ": span " + s + " ends after the text (" + text.length() + " chars)");
        }
        if (s.start() < lastStart) {
          fail(a.source() + ": span " + s + " starts before the one before it (" + lastStart + ")");
        }
        lastStart = s.start();
        if (r.text() != null) {
          assertEquals(s.of(text), r.text(), a.source() + ": the text reported for " + s);
        }
      }
    }
  }

  /** The names listed in {@code fuzz/index.txt}. */
  static List<String> fuzzNames() {
    return List.of(read("fuzz/index.txt").lines().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#")).toArray(String[]::new));
  }

  /**
   * A fuzz input as an article: paragraphs split at blank lines, the language from the name's
   * prefix ({@code zh-...}).
   */
  static Article fuzzArticle(String name) {
    String body = read("fuzz/" + name);
    String lang = name.contains("-") ? name.substring(0, name.indexOf('-')) : "und";
    return Articles.of("fuzz/" + name, lang, List.of(body.split("\n\n", -1)));
  }

  private static String read(String resource) {
    try (InputStream in = ArticleStageTestBase.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is not on the test class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
