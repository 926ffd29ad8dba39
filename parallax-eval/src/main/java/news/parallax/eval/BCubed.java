package news.parallax.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed precision, recall and F1 of a clustering against gold classes (Bagga and Baldwin):
 * per item, the share of its cluster that shares its class, and the share of its class in its
 * cluster, averaged over items.
 *
 * <pre>{@code
 * BCubed s = BCubed.score(List.of("a", "a", "b"), List.of("x", "x", "x")); // p 1.0, r 0.56
 * }</pre>
 */
public record BCubed(double precision, double recall, double f1) {

  /** Scores predicted cluster labels against gold labels, item by item. */
  public static BCubed score(List<String> predicted, List<String> gold) {
    if (predicted.size() != gold.size()) {
      throw new IllegalArgumentException("predicted has " + predicted.size() + " items, gold "
          + gold.size());
    }
    int n = predicted.size();
    if (n == 0) {
      return new BCubed(0, 0, 0);
    }
    Map<String, Integer> clusterSize = new HashMap<>();
    Map<String, Integer> classSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < n; i++) {
      clusterSize.merge(predicted.get(i), 1, Integer::sum);
      classSize.merge(gold.get(i), 1, Integer::sum);
      both.merge(predicted.get(i) + "\u0000" + gold.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < n; i++) {
      double common = both.get(predicted.get(i) + "\u0000" + gold.get(i));
      p += common / clusterSize.get(predicted.get(i));
      r += common / classSize.get(gold.get(i));
    }
    p /= n;
    r /= n;
    return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  /** The mean of several scores, component by component. */
  public static BCubed mean(List<BCubed> scores) {
    double p = 0;
    double r = 0;
    double f = 0;
    for (BCubed s : scores) {
      p += s.precision;
      r += s.recall;
      f += s.f1;
    }
    int n = Math.max(1, scores.size());
    return new BCubed(p / n, r / n, f / n);
  }
}
