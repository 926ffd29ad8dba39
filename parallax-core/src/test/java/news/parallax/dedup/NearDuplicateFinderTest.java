package news.parallax.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.DuplicateGroup;
import org.junit.jupiter.api.Test;

class NearDuplicateFinderTest {
  static final List<String> WIRE = List.of(
      "A magnitude 6.8 earthquake struck central Chile on Monday, killing at least 14 people and"
          + " damaging hundreds of homes near the port city of Valparaiso, officials said.",
      "President Gabriel Boric declared a state of emergency in the Valparaiso region and said"
          + " rescue teams were searching collapsed buildings for survivors.",
      "The quake hit at 10:42 local time at a depth of 35 kilometres, the national seismological"
          + " centre said. Power was cut to more than 200,000 homes.");

  static AnalyzedArticle article(String id, List<String> paragraphs) {
    Article a = new Article(id, id, null, null, null, null, null, "en", paragraphs, List.of(), 0);
    return new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of());
  }

  @Test
  void aSyndicatedCopyIsOneDocumentWithTheEarliestAsOriginal() {
    List<String> copy = new ArrayList<>(WIRE);
    copy.add("Reporting by our correspondents.");
    List<DuplicateGroup> groups = DuplicateFinder.standard().find(List.of(
        article("wire", WIRE), article("other", List.of("Something else entirely, about football"
            + " and the final at Wembley where Madrid beat Dortmund two goals to nil.")),
        article("copy", copy)));
    assertEquals(1, groups.size());
    assertEquals("wire", groups.get(0).original());
    assertEquals(List.of("copy"), groups.get(0).copies());
    assertTrue(groups.get(0).wholeDocument());
  }

  @Test
  void wireParagraphsInsideALongerArticleAreMarked() {
    AnalyzedArticle paper = article("paper", List.of(
        "Our own opening paragraph with analysis that no agency wrote, about politics and blame"
            + " for the slow response in the capital.",
        WIRE.get(1) + " The opposition criticised the delay in sending the army.",
        WIRE.get(2)));
    List<DuplicateGroup> groups = DuplicateFinder.standard().find(List.of(article("wire", WIRE), paper));
    assertEquals(1, groups.size());
    DuplicateGroup g = groups.get(0);
    assertEquals("wire", g.original());
    assertEquals(List.of(1, 2), g.paragraphs().stream().map(DuplicateGroup.CopiedParagraph::paragraph).toList());
    assertEquals(List.of(1, 2), g.paragraphs().stream().map(DuplicateGroup.CopiedParagraph::originalParagraph).toList());
  }

  @Test
  void chineseCopiesAreFoundThroughHanCharacterShingles() {
    List<String> zh = List.of("智利中部周一发生6.8级地震，造成至少14人死亡，港口城市瓦尔帕莱索附近数百所房屋受损。",
        "智利总统博里奇宣布瓦尔帕莱索地区进入紧急状态，救援人员正在倒塌的建筑中搜寻幸存者。");
    List<String> other = List.of("本报记者报道：" + zh.get(1), "另外，专家表示余震可能持续数周，居民应远离受损建筑物。");
    // b is the shorter article, but its paragraph adds a credit line to a's: b copied a
    for (List<AnalyzedArticle> order : List.of(List.of(article("a", zh), article("b", other)),
        List.of(article("b", other), article("a", zh)))) {
      List<DuplicateGroup> groups = DuplicateFinder.standard().find(order);
      assertEquals(1, groups.size());
      assertEquals("a", groups.get(0).original());
      assertEquals(0, groups.get(0).paragraphs().get(0).paragraph());
      assertEquals(1, groups.get(0).paragraphs().get(0).originalParagraph());
    }
  }

  @Test
  void minHashEstimatesJaccard() {
    Random rnd = new Random(5);
    java.util.Set<Long> a = new java.util.HashSet<>();
    java.util.Set<Long> b = new java.util.HashSet<>();
    for (int i = 0; i < 1000; i++) {
      long x = rnd.nextLong();
      a.add(x);
      if (i < 800) {
        b.add(x);
      } else {
        b.add(rnd.nextLong());
      }
    }
    double j = Shingles.jaccard(a, b);
    double est = MinHash.estimate(MinHash.signature(a), MinHash.signature(b));
    assertEquals(j, est, 0.15);
  }

  @Test
  void emptyAndShortArticlesAreHarmless() {
    assertEquals(List.of(), DuplicateFinder.standard().find(List.of(article("e", List.of()),
        article("s", List.of("Advertisement")), article("s2", List.of("Advertisement")))).stream()
        .filter(g -> !g.wholeDocument()).toList());
  }
}
