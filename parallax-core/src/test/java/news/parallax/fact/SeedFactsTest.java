package news.parallax.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import news.parallax.Analysis;
import news.parallax.Parallax;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Claim;
import news.parallax.model.Comparison;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The targets on the five seed pages of the Anchorage summit. */
class SeedFactsTest {
  private static List<AnalyzedArticle> articles;
  private static List<Comparison> comparisons;

  @BeforeAll
  static void analyze() {
    Path seeds = Shared.require("seeds");
    Analysis run = Parallax.create().analyze(List.of(seeds));
    articles = run.articles();
    comparisons = FactComparer.standard().compare(articles);
  }

  private static String seed(String articleId) {
    String source = articles.stream().filter(a -> a.id().equals(articleId)).findFirst()
        .orElseThrow().article().source();
    return Path.of(source).getFileName().toString().substring(0, 3);
  }

  private static Comparison comparison(String attribute) {
    return comparisons.stream().filter(c -> c.attribute().equals(attribute)).findFirst()
        .orElseThrow(() -> new AssertionError("no comparison of " + attribute + " in " + comparisons));
  }

  @Test
  void theTalksDurationDiffersAcrossAllFourOutlets() {
    Comparison c = comparison("talks.duration");
    assertEquals(Comparison.Verdict.DIFFER, c.verdict());
    Map<String, List<String>> bySeed = c.claims().stream().collect(Collectors.groupingBy(
        x -> seed(x.article()), java.util.TreeMap::new,
        Collectors.mapping(x -> x.claim().normalized(), Collectors.toList())));
    assertEquals(List.of("000", "001", "002", "004"), List.copyOf(bySeed.keySet()));
    assertTrue(bySeed.get("001").contains("2 h 30 min"), bySeed::toString);
    assertEquals(List.of("2 h 40 min"), bySeed.get("002"));
    assertEquals(List.of("3 h"), bySeed.get("000"));
    assertTrue(bySeed.get("004").contains("3 h"), bySeed::toString);
    Claim about = c.claims().stream().filter(x -> seed(x.article()).equals("000")).findFirst()
        .orElseThrow().claim();
    assertEquals("about", about.qualifier());
  }

  @Test
  void theNewsConferenceIsKeptOutOfTheTalks() {
    assertTrue(comparison("talks.duration").claims().stream().noneMatch(c -> c.claim().high() < 60));
    boolean found = articles.stream().flatMap(a -> a.claims().stream())
        .anyMatch(c -> c.attribute().equals("press-conference.duration") && c.low() == 12);
    assertTrue(found, "the 12-minute news conference is a claim of its own");
  }

  @Test
  void seed001ContradictsItself() {
    List<String> inconsistent = comparison("talks.duration").inconsistent();
    assertEquals(List.of("001"), inconsistent.stream().map(SeedFactsTest::seed).toList());
  }

  @Test
  void theWarsTollIsCompared() {
    Comparison c = comparison("toll.killed");
    assertEquals(Comparison.Verdict.DIFFER, c.verdict());
    assertEquals(List.of("003", "004"), c.claims().stream().map(x -> seed(x.article())).sorted().toList());
  }

  @Test
  void theStartTimeIsNormalizedWithItsZone() {
    Claim start = articles.stream().flatMap(a -> a.claims().stream())
        .filter(c -> c.attribute().equals("talks.start")).findFirst().orElseThrow();
    assertEquals("utc", start.unit());
    assertEquals(19 * 60 + 30, start.low());
    assertEquals("2025-08-15T19:30Z", start.normalized());
  }

  @Test
  void theKremlinsExpectationIsNotAClaim() {
    assertTrue(articles.stream().flatMap(a -> a.claims().stream())
        .noneMatch(c -> c.text().contains("seven hours")));
  }
}
