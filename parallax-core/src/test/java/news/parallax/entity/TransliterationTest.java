package news.parallax.entity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TransliterationTest {
  @Test
  void transliteratedNamesSoundAlike() {
    assertTrue(Transliteration.similarity("泽连斯基", "zelensky") >= EvidenceEntityLinker.MIN_TRANSLITERATION);
    assertTrue(Transliteration.similarity("泽连斯基", "zelenskyy") >= EvidenceEntityLinker.MIN_TRANSLITERATION);
    assertTrue(Transliteration.similarity("特朗普", "trump") >= EvidenceEntityLinker.MIN_TRANSLITERATION);
    assertTrue(Transliteration.similarity("拉夫罗夫", "lavrov") >= EvidenceEntityLinker.MIN_TRANSLITERATION);
    assertTrue(Transliteration.similarity("安克雷奇", "anchorage") >= EvidenceEntityLinker.MIN_TRANSLITERATION);
    assertTrue(Transliteration.similarity("威特科夫", "witkoff") >= EvidenceEntityLinker.MIN_TRANSLITERATION);
  }

  @Test
  void differentNamesDoNot() {
    assertTrue(Transliteration.similarity("泽连斯基", "lavrov") < EvidenceEntityLinker.MIN_TRANSLITERATION);
    assertTrue(Transliteration.similarity("特朗普", "putin") < EvidenceEntityLinker.MIN_TRANSLITERATION);
    assertTrue(Transliteration.similarity("拉夫罗夫", "rubio") < EvidenceEntityLinker.MIN_TRANSLITERATION);
    assertTrue(Transliteration.similarity("鲁比奥", "trump") < EvidenceEntityLinker.MIN_TRANSLITERATION);
  }
}
