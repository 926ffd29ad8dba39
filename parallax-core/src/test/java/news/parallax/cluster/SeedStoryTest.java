package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import news.parallax.Parallax;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.model.Story;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/** The five seed pages (English and Chinese) are one story whatever the arrival order. */
class SeedStoryTest {
  @Test
  void allFiveSeedPagesAreOneStoryInAnyOrder() throws Exception {
    Path seeds = Shared.require("seeds");
    Parallax px = Parallax.create();
    List<InputError> errors = new ArrayList<>();
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (Page p : px.read(List.of(seeds), errors)) {
      articles.add(px.analyze(px.extract(p)));
    }
    assertEquals(List.of(), errors);
    assertEquals(5, articles.size());
    Random rnd = new Random(3);
    for (int round = 0; round < 8; round++) {
      List<AnalyzedArticle> order = new ArrayList<>(articles);
      if (round == 1) {
        Collections.reverse(order);
      } else if (round > 1) {
        Collections.shuffle(order, rnd);
      }
      StoryClusterer c = StoryClusterer.standard();
      order.forEach(c::add);
      List<Story> stories = c.stories();
      assertEquals(1, stories.size(), "order " + order.stream().map(a -> a.language()).toList()
          + " gave " + stories);
    }
  }
}
