package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import org.junit.jupiter.api.Test;

/** Regression: the sentence model broke "Vice President J.D. Vance" after the initials. */
class SentenceInitialsTest {

  private static List<Sentence> sentences(String paragraph) {
    Article a = new Article("t", "t", null, null, null, null, null, "en", List.of(paragraph), List.of(), 0);
    return TextAnalyzer.standard().analyze(a);
  }

  @Test
  void initialsAfterANameDoNotEndTheSentence() {
    assertEquals(1, sentences("He spoke with Vice President J.D. Vance and other officials on Friday.").size());
  }

  @Test
  void aLetterAfterALowerCaseWordStillEndsIt() {
    assertEquals(2, sentences("The door was marked with a large X. Police arrived an hour later.").size());
  }
}
