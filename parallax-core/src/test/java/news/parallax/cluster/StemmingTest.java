package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StemmingTest {

  @Test
  void arabicCliticsMeetOneStem() {
    String bare = Stemming.stem("ar", "حكومة");
    assertEquals(bare, Stemming.stem("ar", "الحكومة"));
    assertNotEquals(bare, Stemming.stem("ar", "انتخابات"));
  }

  @Test
  void unlistedLanguageKeepsTheWord() {
    assertEquals("wyborach", Stemming.stem("pl", "wyborach"));
    assertEquals("elections", Stemming.stem("en", "elections"));
  }

  @Test
  void luceneStopListsFillMissingLanguages() {
    assertTrue(Stemming.isStopword("ar", "في"));
    assertTrue(Stemming.isStopword("tr", "ve"));
    assertFalse(Stemming.isStopword("ar", "حكومة"));
    assertFalse(Stemming.isStopword("xx", "the"));
  }
}
