package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatinTokenizerTest {
  private final LatinTokenizer tokenizer = new LatinTokenizer("en");

  private List<String> tokens(String s) {
    return tokenizer.tokenize(s).stream().map(sp -> sp.of(s)).toList();
  }

  @Test
  void splitsCliticsAndPunctuation() {
    assertEquals(List.of("Russia", "’s", "war", ",", "they", "do", "n't", "know", "."),
        tokens("Russia’s war, they don't know."));
  }

  @Test
  void keepsInitialsAbbreviationsAndDottedNames() {
    assertEquals(List.of("Vice", "President", "J.D.", "Vance", "and", "Mr.", "Smith", "of", "the", "U.S."),
        tokens("Vice President J.D. Vance and Mr. Smith of the U.S."));
  }

  @Test
  void keepsNumbersHyphensAndInnerApostrophes() {
    assertEquals(List.of("Joint", "Base", "Elmendorf-Richardson", "had", "2,000.5", "troops", "(",
        "O'Brien", ")"), tokens("Joint Base Elmendorf-Richardson had 2,000.5 troops (O'Brien)"));
  }

  @Test
  void endsSentenceWithSeparatePeriod() {
    assertEquals(List.of("He", "left", "Kyiv", "."), tokens("He left Kyiv."));
  }
}
