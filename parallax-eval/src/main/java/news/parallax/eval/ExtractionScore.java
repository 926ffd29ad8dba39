package news.parallax.eval;

/**
 * How well an extractor did on one dataset.
 *
 * @param dataset the dataset's folder name
 * @param metric what was counted: "snippets" (with/without substring tests) or "shingles"
 *     (4-token shingles, each Han character one token)
 * @param documents how many pages were scored
 * @param failures how many pages gave no article (they still count, with empty output)
 * @param precision share of the extracted units that belong to the article
 * @param recall share of the article's units that were extracted
 * @param f1 harmonic mean of precision and recall
 * @param datesGold how many pages have a gold publication date
 * @param datesCorrect how many of those got the same calendar date
 */
public record ExtractionScore(String dataset, String metric, int documents, int failures,
    double precision, double recall, double f1, int datesGold, int datesCorrect) {

  /** Share of the pages with a gold date whose extracted date matches, or NaN when none has. */
  public double dateAccuracy() {
    return datesGold == 0 ? Double.NaN : datesCorrect / (double) datesGold;
  }
}
