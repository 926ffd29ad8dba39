package news.parallax.fact;

/**
 * Hedged values as intervals. The widths are conventions, not measurements: "about" ±10%,
 * "almost" up to 15% below, "more than" up to 25% above, "at least" up to 50% above, "up to"
 * anything from zero. Clock times use fixed widths instead: "about" ±15 minutes, "just after"
 * or "nearly" 30 minutes on one side.
 */
final class Intervals {
  /** "about three hours" is 162 to 198 minutes. */
  static final double ABOUT = 0.10;
  /**
   * "almost three hours" is 153 to 180 minutes: wide enough for "nearly 3 h" against "2 h 40
   * min" (compatible), narrow enough that "two and a half hours" is not (seed 001 says both).
   */
  static final double BELOW = 0.15;
  static final double ABOVE = 0.25;
  static final double AT_LEAST = 0.50;
  /** Minutes either side of "about 11:45". */
  static final double CLOCK_ABOUT = 15;
  /** Minutes to one side of "just after 7 p.m.". */
  static final double CLOCK_NEAR = 30;

  private Intervals() {}

  /** The interval a stated value (itself a range when written as one) stands for. */
  static double[] of(double low, double high, String hedge, boolean clock) {
    if (clock) {
      return switch (hedge) {
        case "about" -> new double[] {low - CLOCK_ABOUT, high + CLOCK_ABOUT};
        case "below", "upto" -> new double[] {low - CLOCK_NEAR, high};
        case "above", "atleast" -> new double[] {low, high + CLOCK_NEAR};
        default -> new double[] {low, high};
      };
    }
    return switch (hedge) {
      case "about" -> new double[] {low * (1 - ABOUT), high * (1 + ABOUT)};
      case "below" -> new double[] {low * (1 - BELOW), high};
      case "above" -> new double[] {low, high * (1 + ABOVE)};
      case "atleast" -> new double[] {low, high * (1 + AT_LEAST)};
      case "upto" -> new double[] {0, high};
      default -> new double[] {low, high};
    };
  }
}
