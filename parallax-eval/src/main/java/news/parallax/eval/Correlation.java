package news.parallax.eval;

/** Pearson correlation and the ROC AUC of a score against binary labels. */
public final class Correlation {
  private Correlation() {}

  /** Pearson's r between two equally long series; 0 when either is constant. */
  public static double pearson(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("need two series of the same length >= 2, got "
          + x.length + " and " + y.length);
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= x.length;
    my /= y.length;
    double c = 0;
    double vx = 0;
    double vy = 0;
    for (int i = 0; i < x.length; i++) {
      c += (x[i] - mx) * (y[i] - my);
      vx += (x[i] - mx) * (x[i] - mx);
      vy += (y[i] - my) * (y[i] - my);
    }
    return vx == 0 || vy == 0 ? 0 : c / Math.sqrt(vx * vy);
  }

  /**
   * The probability that a random positive scores above a random negative (ties count half):
   * the area under the ROC curve.
   */
  public static double rocAuc(double[] score, boolean[] positive) {
    long pos = 0;
    long neg = 0;
    double wins = 0;
    for (int i = 0; i < score.length; i++) {
      if (!positive[i]) {
        continue;
      }
      pos++;
      for (int j = 0; j < score.length; j++) {
        if (positive[j]) {
          continue;
        }
        if (score[i] > score[j]) {
          wins += 1;
        } else if (score[i] == score[j]) {
          wins += 0.5;
        }
      }
    }
    for (boolean b : positive) {
      if (!b) {
        neg++;
      }
    }
    return pos == 0 || neg == 0 ? Double.NaN : wins / (pos * neg);
  }
}
