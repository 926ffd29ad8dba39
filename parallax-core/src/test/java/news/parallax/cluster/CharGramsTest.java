package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.model.Token;
import org.junit.jupiter.api.Test;

class CharGramsTest {

  /** One sentence of the given lower-case words, tokens as the analyzer would give them. */
  static AnalyzedArticle words(String lang, String... words) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : words) {
      tokens.add(new Token(new Span(at, at + w.length()), w, w, null));
      at += w.length() + 1;
    }
    Article a = new Article("t-" + String.join("-", words).hashCode(), "test", null, null, null,
        null, null, lang, List.of(String.join(" ", words)), List.of(), 0);
    return new AnalyzedArticle(a, List.of(new Sentence(new Span(0, at), 0, tokens)), List.of(),
        List.of(), List.of());
  }

  @Test
  void wordsArePaddedRunsOfFourAndNumbersKeepTheirDigits() {
    Map<String, Double> g = CharGrams.of(words("de", "tierversuche", "2020", ",", "tiere"));
    assertTrue(g.containsKey("_tie"));
    assertTrue(g.containsKey("che_"));
    assertEquals(2.0, g.get("_tie"), 1e-9, "both words start with the run");
    assertEquals(1.0, g.get("#2020"), 1e-9);
    assertFalse(g.containsKey(","), "punctuation adds nothing");
    assertFalse(g.keySet().stream().anyMatch(k -> k.startsWith("_202")), "numbers are not cut");
  }

  @Test
  void aCompoundAndItsPartShareRunsTheFiveLetterStemMisses() {
    Map<String, Double> compound = CharGrams.of(words("de", "tierversuche"));
    Map<String, Double> part = CharGrams.of(words("de", "versuche"));
    assertFalse(Concepts.stem("tierversuche").equals(Concepts.stem("versuche")));
    java.util.Set<String> inner = new java.util.TreeSet<>(part.keySet());
    inner.remove("_ver");
    assertEquals(List.of("che_", "ersu", "rsuc", "such", "uche", "vers"), List.copyOf(inner));
    assertTrue(compound.keySet().containsAll(inner), "all but the word-initial run are shared");
    assertFalse(compound.containsKey("_ver"));
  }

  @Test
  void scriptIsTheOneMostLettersAreIn() {
    assertEquals(Character.UnicodeScript.LATIN, CharGrams.script(words("en", "quake", "chile", "地震")));
    assertEquals(Character.UnicodeScript.HAN, CharGrams.script(words("zh", "智利", "地震", "chile")));
    assertNull(CharGrams.script(words("en", "2020", "42")));
  }
}
