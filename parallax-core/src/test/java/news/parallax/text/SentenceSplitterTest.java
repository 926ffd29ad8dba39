package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static List<String> split(String text, String lang) {
    return SentenceSplitter.standard().split(text, lang).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void titlesMonthsInitialsAndTimesDoNotEndASentence() {
    assertEquals(List.of("Sen. Jim DeMint and Gov. Nikki Haley met on Jan. 14 at Mt. Pleasant.",
        "They spoke."), split("Sen. Jim DeMint and Gov. Nikki Haley met on Jan. 14 at Mt. "
        + "Pleasant. They spoke.", "en"));
    assertEquals(List.of("Vladimir V. Putin arrived at 9 a.m. Friday in the U.S. capital."),
        split("Vladimir V. Putin arrived at 9 a.m. Friday in the U.S. capital.", "en"));
  }

  @Test
  void aTimeOrAbbreviationBeforeAFunctionWordEndsTheSentence() {
    assertEquals(List.of("The talks ended at 5 p.m.", "The leaders then left."),
        split("The talks ended at 5 p.m. The leaders then left.", "en"));
  }

  @Test
  void otherLanguagesKeepTheirAbbreviationsAndOrdinals() {
    assertEquals(List.of("Am 3. Oktober sprach Dr. Müller in Berlin.", "Danach reiste er ab."),
        split("Am 3. Oktober sprach Dr. Müller in Berlin. Danach reiste er ab.", "de"));
    assertEquals(List.of("El Sr. García llegó a Madrid.", "Luego habló."),
        split("El Sr. García llegó a Madrid. Luego habló.", "es"));
    assertEquals(List.of("M. Macron a parlé.", "Il est parti."),
        split("M. Macron a parlé. Il est parti.", "fr"));
    assertEquals(List.of("普京抵达安克雷奇。", "会谈持续了三个小时。"), split("普京抵达安克雷奇。会谈持续了三个小时。", "zh"));
  }

  @Test
  void theTextStageUsesIt() {
    Article a = new Article("x", "x", null, null, null, null, null, "en",
        List.of("Sen. Jim DeMint resigned on Thursday. Gov. Nikki Haley will name a successor."),
        List.of(), 0);
    List<Sentence> s = TextAnalyzer.standard().analyze(a);
    assertEquals(2, s.size(), s.toString());
  }
}
