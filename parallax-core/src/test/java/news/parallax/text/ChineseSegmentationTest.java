package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.parallax.model.Article;
import news.parallax.model.Token;
import org.junit.jupiter.api.Test;

class ChineseSegmentationTest {
  private static List<Token> tokens(String text) {
    Article a = new Article("t", "t", null, null, null, null, null, "zh", List.of(text), List.of(), 0);
    return TextAnalyzer.standard().analyze(a).stream().flatMap(s -> s.tokens().stream()).toList();
  }

  private static boolean hasToken(List<Token> tokens, String word) {
    return tokens.stream().anyMatch(t -> t.text().equals(word));
  }

  @Test
  void transliteratedNamesLearnedFromTheTextAreOneToken() {
    List<Token> t = tokens("乌克兰总统泽连斯基表示，特使威特科夫和总统助理乌沙科夫参加了会谈。");
    assertTrue(hasToken(t, "泽连斯基"), t.toString());
    assertTrue(hasToken(t, "威特科夫"), t.toString());
    assertTrue(hasToken(t, "乌沙科夫"), t.toString());
    assertTrue(hasToken(t, "表示"), "ordinary words stay as they were: " + t);
  }

  @Test
  void dictionaryPlaceNamesAreOneToken() {
    List<Token> t = tokens("会晤在安克雷奇举行。");
    assertTrue(hasToken(t, "安克雷奇"), t.toString());
  }

  @Test
  void traditionalTextIsSegmentedAsSimplifiedWithItsOwnSurface() {
    List<Token> t = tokens("澤連斯基在基輔發表講話。");
    Token name = t.stream().filter(x -> x.text().equals("澤連斯基")).findFirst()
        .orElseThrow(() -> new AssertionError(t.toString()));
    assertEquals("泽连斯基", name.norm());
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "特朗普和普京在阿拉斯加会晤。";
    for (Token x : tokens(text)) {
      assertEquals(x.text(), x.span().of(text));
    }
  }
}
