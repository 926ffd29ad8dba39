package news.parallax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import org.junit.jupiter.api.Test;

class StoryTitleTest {
  private static AnalyzedArticle article(String id, String lang, String title) {
    Article a = new Article(id, id + ".txt", null, null, title, null, null, lang, List.of("Text."),
        List.of(), 0);
    return new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void aStoryCarriedMostlyInOneLanguageIsTitledInIt() {
    List<AnalyzedArticle> members = List.of(article("a", "zh", "会谈后未达成协议"),
        article("b", "en", null), article("c", "en", "Summit ends without a deal"),
        article("d", "en", "No deal in Alaska"));
    assertEquals("Summit ends without a deal", Recipe.storyTitle(members));
  }

  @Test
  void aTieGoesToTheFirstLanguageAndAMissingTitleToAnyOther() {
    assertEquals("会谈后未达成协议", Recipe.storyTitle(List.of(article("a", "zh", "会谈后未达成协议"),
        article("b", "en", "Summit ends"))));
    assertEquals("Summit ends", Recipe.storyTitle(List.of(article("a", "zh", null),
        article("b", "zh", null), article("c", "en", "Summit ends"))));
    assertEquals("", Recipe.storyTitle(List.of(article("a", "zh", null))));
  }
}
