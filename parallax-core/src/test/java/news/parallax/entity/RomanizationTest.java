package news.parallax.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RomanizationTest {

  @Test
  void transliterationCharactersSpellTheLatinName() {
    assertEquals("Lavrov", Romanization.of("拉夫罗夫"));
    assertEquals("Ushakov", Romanization.of("乌沙科夫"));
    assertEquals("Dmitriev", Romanization.of("德米特里耶夫"));
    assertEquals("Rubio", Romanization.of("鲁比奥"));
  }

  @Test
  void aCharacterWithNoEntryLeavesTheNameUnspelled() {
    assertNull(Romanization.of("会谈"));
    assertNull(Romanization.of(""));
  }
}
