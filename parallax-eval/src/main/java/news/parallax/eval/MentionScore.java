package news.parallax.eval;

/**
 * Precision, recall and F1 of predicted mentions against gold mentions.
 *
 * @param matched predicted mentions matched one-to-one with a gold mention
 * @param predicted all predicted mentions scored
 * @param gold all gold mentions scored
 */
public record MentionScore(int matched, int predicted, int gold) {

  /** Matched over predicted (1 when nothing was predicted). */
  public double precision() {
    return predicted == 0 ? 1 : matched / (double) predicted;
  }

  /** Matched over gold (1 when there is no gold). */
  public double recall() {
    return gold == 0 ? 1 : matched / (double) gold;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The sum of two scores. */
  public MentionScore plus(MentionScore o) {
    return new MentionScore(matched + o.matched, predicted + o.predicted, gold + o.gold);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "P %.3f R %.3f F1 %.3f (matched %d, predicted %d, gold %d)",
        precision(), recall(), f1(), matched, predicted, gold);
  }
}
