package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhoneticTest {
  @Test
  void transliteratedNamesMeetTheirLatinSpelling() {
    assertEquals(Phonetic.key("Zelensky"), Phonetic.key("泽连斯基"));
    assertEquals(Phonetic.key("Trump"), Phonetic.key("特朗普"));
    assertEquals(Phonetic.key("Lavrov"), Phonetic.key("拉夫罗夫"));
    assertEquals(Phonetic.key("Valparaiso"), Phonetic.key("瓦尔帕莱索"));
    assertEquals(Phonetic.key("Trump"), Phonetic.key("唐纳德·特朗普"), "the family name after the dot");
  }

  @Test
  void differentNamesDiffer() {
    assertNotEquals(Phonetic.key("Lavrov"), Phonetic.key("Zelensky"));
    assertNotEquals(Phonetic.key("Trump"), Phonetic.key("Putin"));
  }

  @Test
  void shortNamesGiveNoKey() {
    assertNull(Phonetic.key("Al"));
    assertNull(Phonetic.key(""));
  }
}
