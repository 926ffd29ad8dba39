package news.parallax.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Claim;
import news.parallax.model.Comparison;
import news.parallax.model.Span;
import org.junit.jupiter.api.Test;

class FactComparerTest {
  private final FactComparer comparer = FactComparer.standard();

  private static Claim claim(String attribute, double low, double high, String unit) {
    return new Claim(new Span(0, 1), new Span(0, 1), attribute, attribute, low, high, unit, "",
        "x", "x");
  }

  private static AnalyzedArticle article(String id, Claim... claims) {
    Article a = new Article(id, id, null, null, null, null, null, "en", List.of("x"), List.of(), 0);
    return new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of(claims));
  }

  @Test
  void sameValuesAgree() {
    List<Comparison> c = comparer.compare(List.of(
        article("a", claim("toll.killed", 12, 12, "people")),
        article("b", claim("toll.killed", 12, 12, "people"))));
    assertEquals(1, c.size());
    assertEquals(Comparison.Verdict.AGREE, c.get(0).verdict());
  }

  @Test
  void overlappingIntervalsAreCompatible() {
    List<Comparison> c = comparer.compare(List.of(
        article("a", claim("talks.duration", 144, 176, "min")),
        article("b", claim("talks.duration", 153, 180, "min"))));
    assertEquals(Comparison.Verdict.COMPATIBLE, c.get(0).verdict());
    assertEquals(List.of(), c.get(0).inconsistent());
  }

  @Test
  void disjointIntervalsDiffer() {
    List<Comparison> c = comparer.compare(List.of(
        article("a", claim("talks.duration", 150, 150, "min")),
        article("b", claim("talks.duration", 162, 198, "min"))));
    assertEquals(Comparison.Verdict.DIFFER, c.get(0).verdict());
    assertEquals(List.of("a", "b"), c.get(0).claims().stream().map(Comparison.Cited::article).toList());
  }

  @Test
  void anArticleThatContradictsItselfIsShownAlone() {
    List<Comparison> c = comparer.compare(List.of(
        article("a", claim("talks.duration", 150, 150, "min"), claim("talks.duration", 153, 180, "min")),
        article("b", claim("toll.killed", 3, 3, "people"))));
    assertEquals(1, c.size());
    assertEquals(List.of("a"), c.get(0).inconsistent());
    assertEquals(Comparison.Verdict.DIFFER, c.get(0).verdict());
  }

  @Test
  void valuesFarApartInOneArticleAreNotAContradiction() {
    List<Comparison> c = comparer.compare(List.of(
        article("a", claim("toll.killed", 12, 12, "people"), claim("toll.killed", 20000, 99999, "people"))));
    assertTrue(c.isEmpty(), () -> c.toString());
  }

  @Test
  void genericAttributesAndOtherUnitsAreNotCompared() {
    List<Comparison> c = comparer.compare(List.of(
        article("a", claim("event.duration", 10, 10, "min"), claim("money.price", 5, 5, "USD")),
        article("b", claim("event.duration", 99, 99, "min"), claim("money.price", 4, 4, "GBP"))));
    assertTrue(c.isEmpty(), () -> c.toString());
  }

  @Test
  void differencesComeFirst() {
    List<Comparison> c = comparer.compare(List.of(
        article("a", claim("toll.killed", 3, 3, "people"), claim("talks.duration", 150, 150, "min")),
        article("b", claim("toll.killed", 3, 3, "people"), claim("talks.duration", 180, 180, "min"))));
    assertEquals(List.of("talks.duration", "toll.killed"), c.stream().map(Comparison::attribute).toList());
  }
}
