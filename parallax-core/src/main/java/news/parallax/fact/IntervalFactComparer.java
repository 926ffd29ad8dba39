package news.parallax.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Claim;
import news.parallax.model.Comparison;

/**
 * Compares claims per attribute and unit: agree when every claim states the same interval,
 * compatible when all the intervals share a point, differ otherwise. Only attributes with one
 * true value per story ({@code event} in {@code fact/attributes.txt}) are compared; an attribute
 * stated by a single article is shown only when that article contradicts itself, that is when
 * its own values differ yet lie within {@link #SELF_CONTRADICTION_RATIO} of each other.
 */
final class IntervalFactComparer implements FactComparer {

  @Override
  public List<Comparison> compare(List<AnalyzedArticle> articles) {
    Map<String, List<Comparison.Cited>> groups = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      for (Claim c : a.claims()) {
        FactData.Attribute attr = FactData.ATTRIBUTES.get(c.attribute());
        if (attr == null || !attr.event()) {
          continue;
        }
        groups.computeIfAbsent(c.attribute() + "\u0000" + c.unit(), k -> new ArrayList<>())
            .add(new Comparison.Cited(a.id(), c));
      }
    }
    List<Comparison> out = new ArrayList<>();
    for (List<Comparison.Cited> claims : groups.values()) {
      if (claims.size() < 2) {
        continue;
      }
      Set<String> ids = new LinkedHashSet<>();
      claims.forEach(c -> ids.add(c.article()));
      List<String> inconsistent = new ArrayList<>();
      for (String id : ids) {
        List<Comparison.Cited> own = claims.stream().filter(c -> c.article().equals(id)).toList();
        if (own.size() > 1 && verdict(own) == Comparison.Verdict.DIFFER && close(own)) {
          inconsistent.add(id);
        }
      }
      if (ids.size() < 2 && inconsistent.isEmpty()) {
        continue;
      }
      Claim first = claims.get(0).claim();
      out.add(new Comparison(first.attribute(), first.label(), verdict(claims), claims, inconsistent));
    }
    out.sort(Comparator.comparing((Comparison c) -> -c.verdict().ordinal())
        .thenComparing(Comparison::attribute));
    return out;
  }

  /**
   * Values further apart than this factor, within one article, are taken to be about different
   * things (a day's toll and a war's), not a contradiction. Seed 001's "two and a half hours"
   * against "almost three-hour" is 1.02 apart.
   */
  static final double SELF_CONTRADICTION_RATIO = 2.0;

  /** Whether the article's values are close enough that differing means contradicting. */
  static boolean close(List<Comparison.Cited> claims) {
    double maxLow = Double.NEGATIVE_INFINITY;
    double minHigh = Double.POSITIVE_INFINITY;
    for (Comparison.Cited c : claims) {
      maxLow = Math.max(maxLow, c.claim().low());
      minHigh = Math.min(minHigh, c.claim().high());
    }
    return minHigh > 0 && maxLow / minHigh <= SELF_CONTRADICTION_RATIO;
  }

  static Comparison.Verdict verdict(List<Comparison.Cited> claims) {
    double maxLow = Double.NEGATIVE_INFINITY;
    double minHigh = Double.POSITIVE_INFINITY;
    boolean same = true;
    Claim first = claims.get(0).claim();
    for (Comparison.Cited c : claims) {
      maxLow = Math.max(maxLow, c.claim().low());
      minHigh = Math.min(minHigh, c.claim().high());
      same &= c.claim().low() == first.low() && c.claim().high() == first.high();
    }
    if (same) {
      return Comparison.Verdict.AGREE;
    }
    return maxLow <= minHigh ? Comparison.Verdict.COMPATIBLE : Comparison.Verdict.DIFFER;
  }
}
