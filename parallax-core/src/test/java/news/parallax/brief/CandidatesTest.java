package news.parallax.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import news.parallax.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class CandidatesTest {
  private static String usable(String text) {
    Article a = new Article("x", "x", null, null, null, null, null, "en", List.of(text), List.of(),
        0);
    Sentence s = TextAnalyzer.standard().analyze(a).get(0);
    Set<String> words = ExtractiveBriefWriter.contentWords(s, "en");
    return Candidates.of("en").usable(s, s.span().of(a.text()), words);
  }

  @Test
  void datelinesAreCutOff() {
    assertEquals("Russian President Vladimir Putin on Friday spoke of an understanding reached"
        + " with his US counterpart in Alaska.", usable("ANCHORAGE, United States (AFP) – Russian"
        + " President Vladimir Putin on Friday spoke of an understanding reached with his US"
        + " counterpart in Alaska."));
    assertEquals("A couple born on the same day at the same hospital have exchanged vows two"
        + " decades later.", usable("TAUNTON, Mass. (AP) — A couple born on the same day at the"
        + " same hospital have exchanged vows two decades later."));
  }

  @Test
  void captionsNoticesPromosAndPointersBackAreLeftOut() {
    assertNull(usable("Russian President Vladimir Putin with his US counterpart Donald Trump at"
        + " the airbase in Anchorage."));
    assertNull(usable("He said Moscow expected that Kyiv and the European capitals would perceive"
        + " all this in a constructive manner."));
    assertNull(usable("Mr Putin said Moscow expected that Kyiv and the European capitals would"
        + " perceive all this in a constructive manner."));
    assertNull(usable("Sign up for our newsletter to get the latest news about the summit in"
        + " your inbox every morning."));
    assertNull(usable("RELATED: Best places to live in the world in 2016 according to the"
        + " latest survey."));
    assertNull(usable("Drew Barrymore poses for a portrait in New York, in this file photo taken"
        + " on Jan. 14, 2013."));
    assertNotNull(usable("Donald Trump failed to secure any commitment from Vladimir Putin to end"
        + " the war in Ukraine after a summit in Alaska."));
  }

  @Test
  void aChineseStoryGetsChineseTemplates() {
    assertEquals("{speaker}说：“{text}”", ExtractiveBriefWriter.templates("zh").get("quote"));
    assertEquals("{speaker} said: “{text}”", ExtractiveBriefWriter.templates("en").get("quote"));
    assertEquals(ExtractiveBriefWriter.templates("en"), ExtractiveBriefWriter.templates("xx"));
  }
}
