package news.parallax.quote;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerPhrasesTest {
  private static Cue.Phrase phrase(String text, String words, Cue.Phrase.Kind kind) {
    int s = text.indexOf(words);
    return new Cue.Phrase(s, s + words.length(), words, kind);
  }

  @Test
  void daysFunctionWordsAndClauseFragmentsNeverSpeak() {
    SpeakerPhrases p = new SpeakerPhrases(CueWords.of("en"), List.of());
    String t = "On Saturday the tax code is said to fail. Although it fell, he said so. It's worth it, she said.";
    assertFalse(p.canSpeak(phrase(t, "Saturday", Cue.Phrase.Kind.NAME), t, 0));
    assertFalse(p.canSpeak(phrase(t, "the tax code is", Cue.Phrase.Kind.DEFINITE), t, 0));
    assertFalse(p.canSpeak(phrase(t, "Although", Cue.Phrase.Kind.NAME), t, t.indexOf("Although")));
    assertFalse(p.canSpeak(phrase(t, "It's worth", Cue.Phrase.Kind.NAME), t, t.indexOf("It's")));
    assertTrue(p.canSpeak(phrase(t, "he", Cue.Phrase.Kind.PRONOUN), t, 0));
  }

  @Test
  void aNameAtTheSentenceStartSpeaksUnlessTheTextWritesItInLowerCase() {
    SpeakerPhrases p = new SpeakerPhrases(CueWords.of("en"), List.of());
    String t = "Seidling said no. Get out, he said, and get lost.";
    assertTrue(p.canSpeak(phrase(t, "Seidling", Cue.Phrase.Kind.NAME), t, 0));
    assertFalse(p.canSpeak(phrase(t, "Get", Cue.Phrase.Kind.NAME), t, t.indexOf("Get")));
    String may = "Theresa May said so.";
    assertTrue(p.canSpeak(phrase(may, "Theresa May", Cue.Phrase.Kind.NAME), may, 0), "a capitalised May is a name");
  }

  @Test
  void aGermanAdverbOpeningTheClauseIsNoSubject() {
    SpeakerPhrases p = new SpeakerPhrases(CueWords.of("de"), List.of());
    String t = "Ähnlich äußerte sich der Präsident.";
    assertFalse(p.canSpeak(phrase(t, "Ähnlich", Cue.Phrase.Kind.NAME), t, 0));
    assertTrue(p.canSpeak(phrase(t, "der Präsident", Cue.Phrase.Kind.DEFINITE), t, 0));
  }
}
