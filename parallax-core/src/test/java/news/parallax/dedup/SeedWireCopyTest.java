package news.parallax.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.Parallax;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.DuplicateGroup;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/** Seed 004 carries whole paragraphs of the AFP text in seed 003: the story must say which. */
class SeedWireCopyTest {
  @Test
  void seed004ParagraphsComeFromSeed003() {
    Path seeds = Shared.require("seeds");
    Parallax px = Parallax.create();
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (Page p : px.read(List.of(seeds), new ArrayList<InputError>())) {
      try {
        articles.add(px.analyze(px.extract(p)));
      } catch (Exception e) {
        throw new AssertionError(p.source(), e);
      }
    }
    String afp = id(articles, "003_");
    String copy = id(articles, "004_");
    List<DuplicateGroup> groups = DuplicateFinder.standard().find(articles);
    DuplicateGroup g = groups.stream().filter(x -> x.original().equals(afp)).findFirst().orElseThrow();
    assertTrue(g.copies().contains(copy), g.toString());
    List<Integer> copied = g.paragraphs().stream().filter(p -> p.article().equals(copy))
        .map(DuplicateGroup.CopiedParagraph::paragraph).toList();
    assertTrue(copied.size() >= 4, "copied paragraphs of 004: " + copied);
    assertTrue(copied.contains(9), "the quote on a fair balance in security: " + copied);
    assertEquals(0, groups.stream().filter(DuplicateGroup::wholeDocument).count(),
        "no seed page is a whole copy of another");
  }

  private static String id(List<AnalyzedArticle> as, String file) {
    return as.stream().filter(a -> a.article().source().contains(file)).findFirst().orElseThrow().id();
  }
}
