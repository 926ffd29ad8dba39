package news.parallax.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class RuleEntityRecognizerTest {
  private static final AnalyzedArticle EN = Fixtures.analyzed("en-talks.txt");
  private static final AnalyzedArticle ZH = Fixtures.analyzed("zh-talks.txt");

  private static Mention find(AnalyzedArticle a, String text) {
    return a.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + a.mentions()));
  }

  @Test
  void titlesAreCutOffAndSurnamesResolveToTheFullName() {
    Mention full = find(EN, "Sergei Lavrov");
    assertEquals(EntityType.PERSON, full.type());
    assertFalse(full.role());
    Mention surname = find(EN, "Lavrov");
    assertEquals("Sergei Lavrov", surname.key());
    assertEquals(EntityType.PERSON, surname.type());
  }

  @Test
  void pronounsAndDescriptionsResolveWhereTheTextSupportsIt() {
    Mention he = find(EN, "He");
    assertTrue(he.role());
    assertEquals("Sergei Lavrov", he.key());
    Mention diplomat = find(EN, "The Russian diplomat");
    assertTrue(diplomat.role());
    assertEquals("Sergei Lavrov", diplomat.key());
    Mention president = find(EN, "the Ukrainian president");
    assertEquals("Volodymyr Zelenskyy", president.key());
  }

  @Test
  void placesAndOrganisationsAreTypedAndJunkIsLeftOut() {
    assertEquals(EntityType.PLACE, find(EN, "Geneva").type());
    assertEquals(EntityType.PLACE, find(EN, "Moscow").type());
    assertEquals(EntityType.ORGANIZATION, find(EN, "White House").type());
    assertTrue(EN.mentions().stream().noneMatch(m -> m.text().contains("And I")));
    Mention i = find(EN, "I");
    assertTrue(i.role());
    assertNull(i.key(), "the first person is the speaker, not the last person named");
  }

  @Test
  void chineseNamesTitlesAndPronouns() {
    Mention lavrov = find(ZH, "拉夫罗夫");
    assertEquals(EntityType.PERSON, lavrov.type());
    assertEquals(EntityType.PERSON, find(ZH, "泽连斯基").type());
    assertEquals(EntityType.PLACE, find(ZH, "日内瓦").type());
    Mention he = find(ZH, "他");
    assertTrue(he.role());
    assertEquals("拉夫罗夫", he.key());
  }

  @Test
  void mentionsAreInTextOrderAndPointAtTheirText() {
    String text = EN.article().text();
    int last = -1;
    for (Mention m : EN.mentions()) {
      assertTrue(m.span().start() >= last);
      last = m.span().start();
      assertEquals(m.text(), m.span().of(text));
    }
  }

  @Test
  void randomInputNeverThrows() {
    Random r = new Random(7);
    String alphabet = "Aa Bb.,’'\"-–()0123 泽连斯基他。\n";
    for (int k = 0; k < 200; k++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(80);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      Article a = new Article("r" + k, "random", null, null, null, null, null, k % 2 == 0 ? "en" : "und",
          List.of(sb.toString()), List.of(), 0);
      EntityRecognizer.standard().recognize(a, TextAnalyzer.standard().analyze(a));
    }
  }
}
