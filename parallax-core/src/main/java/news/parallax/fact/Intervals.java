package news.parallax.fact;

/**
 * Hedged values as intervals. The widths are conventions, not measurements: "about" ±10%,
 * "almost" up to 15% below, "more than" up to 25% above, "at least" up to 50% above, "up to"
 * anything below.
 */
final class Intervals {
  static final double ABOUT = 0.10;
  static final double BELOW = 0.15;
  static final double ABOVE = 0.25;
  static final double AT_LEAST = 0.50;

  private Intervals() {}

  static double[] of(double v, String kind) {
    return switch (kind) {
      case "about" -> new double[] {v * (1 - ABOUT), v * (1 + ABOUT)};
      case "below" -> new double[] {v * (1 - BELOW), v};
      case "above" -> new double[] {v, v * (1 + ABOVE)};
      case "atleast" -> new double[] {v, v * (1 + AT_LEAST)};
      case "upto" -> new double[] {0, v};
      default -> new double[] {v, v};
    };
  }
}
