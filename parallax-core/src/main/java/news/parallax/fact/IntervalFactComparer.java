package news.parallax.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Claim;
import news.parallax.model.Comparison;

/**
 * Compares claims per attribute: agree when every value is the same exact value, compatible
 * when all the intervals share a point, differ otherwise. An attribute with claims from a single
 * article is compared only when that article disagrees with itself.
 */
final class IntervalFactComparer implements FactComparer {

  @Override
  public List<Comparison> compare(List<AnalyzedArticle> articles) {
    Map<String, List<Comparison.Cited>> byAttribute = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      for (Claim c : a.claims()) {
        byAttribute.computeIfAbsent(c.attribute(), k -> new ArrayList<>()).add(new Comparison.Cited(a.id(), c));
      }
    }
    List<Comparison> out = new ArrayList<>();
    for (Map.Entry<String, List<Comparison.Cited>> e : byAttribute.entrySet()) {
      List<Comparison.Cited> claims = e.getValue();
      if (claims.size() < 2) {
        continue;
      }
      Comparison.Verdict v = verdict(claims);
      boolean oneArticle = claims.stream().map(Comparison.Cited::article).distinct().count() == 1;
      if (oneArticle && v == Comparison.Verdict.AGREE) {
        continue;
      }
      out.add(new Comparison(e.getKey(), claims.get(0).claim().label(), v, claims));
    }
    return out;
  }

  static Comparison.Verdict verdict(List<Comparison.Cited> claims) {
    double maxLow = Double.NEGATIVE_INFINITY;
    double minHigh = Double.POSITIVE_INFINITY;
    boolean exactSame = true;
    Claim first = claims.get(0).claim();
    for (Comparison.Cited c : claims) {
      maxLow = Math.max(maxLow, c.claim().low());
      minHigh = Math.min(minHigh, c.claim().high());
      exactSame &= c.claim().low() == first.low() && c.claim().high() == first.high();
    }
    if (exactSame) {
      return Comparison.Verdict.AGREE;
    }
    return maxLow <= minHigh ? Comparison.Verdict.COMPATIBLE : Comparison.Verdict.DIFFER;
  }
}
