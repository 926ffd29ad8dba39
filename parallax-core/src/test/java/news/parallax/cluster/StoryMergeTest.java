package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.model.Token;
import org.junit.jupiter.api.Test;

class StoryMergeTest {
  /** An English article whose one sentence is the given lower-case words. */
  static AnalyzedArticle words(String id, String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      tokens.add(new Token(new Span(at, at + w.length()), w, w, ""));
      at += w.length() + 1;
    }
    Article a = new Article(id, id, null, null, null, null, null, "en", List.of(text), List.of(), 0);
    return new AnalyzedArticle(a, List.of(new Sentence(new Span(0, text.length()), 0, tokens)),
        List.of(), List.of(), List.of());
  }

  static final AnalyzedArticle A = words("a", "harbour crane collapse workers");
  static final AnalyzedArticle B = words("b", "inspection ministry safety report");
  static final AnalyzedArticle C = words("c", "harbour crane collapse workers inspection ministry safety report");

  @Test
  void aBridgingArticleMergesTwoStoriesWhenMergingIsOn() {
    StoryClusterer c = StoryClusterer.with(ClusterSettings.DEFAULT.withThreshold(0.6)
        .withMergeThreshold(0.3));
    List.of(A, B, C).forEach(c::add);
    assertEquals(1, c.stories().size(), c.stories().toString());
    assertEquals(List.of("a", "b", "c"), c.stories().get(0).articles(), "members in arrival order");
  }

  @Test
  void withoutMergingTheBridgeJoinsOneStoryOnly() {
    // the single pass alone: reading the stories would move b to the story of its near member c
    StoryClusterer c = StoryClusterer.with(ClusterSettings.DEFAULT.withThreshold(0.6)
        .withRefinePasses(0));
    List.of(A, B, C).forEach(c::add);
    assertEquals(2, c.stories().size(), c.stories().toString());
    assertEquals(List.of("a", "c"), c.stories().get(0).articles());
  }
}
