package news.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import news.parallax.model.Article;
import org.junit.jupiter.api.Test;

class SiteChromeTest {
  private static final String PROMPT = "Sign up to our morning briefing to get the day's news in your inbox.";

  private static final String MORE = " Officials said the work had gone to plan and thanked residents for their patience.";

  private static Article article(String outlet, String... paragraphs) {
    return new Article("id-" + paragraphs[0].hashCode(), "src", null, outlet, "t", null, null,
        "en", List.of(paragraphs), List.of(), 0);
  }

  @Test
  void paragraphRecurringOnThreePagesOfASiteIsRemoved() {
    List<Article> in = List.of(
        article("Daily Example", "The bridge reopened on Monday after a year of repair work." + MORE, PROMPT),
        article("Daily Example", "Schools will start a week later this autumn, the council said." + MORE, PROMPT),
        article("Daily Example", "The river rose above its banks for the first time since 1998." + MORE, PROMPT),
        article("Other Paper", "A different site prints the same line once, and keeps it.", PROMPT));
    List<Article> out = Extractor.withoutSiteChrome(in);
    for (int i = 0; i < 3; i++) {
      assertEquals(List.of(in.get(i).paragraphs().get(0)), out.get(i).paragraphs());
      assertEquals(1, out.get(i).dropped());
    }
    assertEquals(in.get(3), out.get(3));
  }

  @Test
  void twoPagesAreNotEnoughEvidence() {
    List<Article> in = List.of(
        article("Daily Example", "The bridge reopened on Monday after a year of repair work." + MORE, PROMPT),
        article("Daily Example", "Schools will start a week later this autumn, the council said." + MORE, PROMPT));
    assertEquals(in, Extractor.withoutSiteChrome(in));
  }

  @Test
  void theSameArticleFetchedManyTimesIsKept() {
    List<Article> in = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      in.add(article("Daily Example", "Paragraph one of a story fetched again, word for word.",
          "Paragraph two of the same story, long enough to be compared.", "Copy " + i));
    }
    List<Article> out = Extractor.withoutSiteChrome(in);
    assertEquals(in, out);
  }

  @Test
  void articlesWithoutSiteAreLeftAlone() {
    List<Article> in = List.of(article(null, PROMPT, "x"), article(null, PROMPT, "y"),
        article(null, PROMPT, "z"));
    assertEquals(in, Extractor.withoutSiteChrome(in));
  }
}
