package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import news.parallax.extract.Extractor;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * The extraction quality gate: scores on the pinned public datasets must not fall below the
 * floors, set just below the figures measured when they were pinned (see docs/extraction.md).
 */
class ExtractionGateTest {
  /** trafilatura-eval snippet F1; measured 0.938 (trafilatura 2.2: 0.924). */
  static final double TRAFILATURA_F1_FLOOR = 0.935;
  /** trafilatura-eval date accuracy over pages with a gold date; measured 0.838. */
  static final double TRAFILATURA_DATE_FLOOR = 0.835;
  /** zh-web-extraction shingle F1; measured 0.907 (the dataset authors' extractor: 0.878). */
  static final double ZH_F1_FLOOR = 0.904;
  /** zh-web-extraction date accuracy; measured 0.882 (45 of 51). */
  static final double ZH_DATE_FLOOR = 0.879;

  /** wcxb-dev-articles word F1; measured 0.932 (trafilatura 2.2: 0.928). */
  static final double WCXB_F1_FLOOR = 0.929;
  /** wcxb-dev-articles date accuracy over pages with a gold date; measured 0.857 (503 of 587). */
  static final double WCXB_DATE_FLOOR = 0.854;

  @Test
  void wcxbDevArticles() {
    Path dir = Shared.require("eval/wcxb-dev-articles");
    ExtractionScore s = ExtractionScorer.score(dir, Extractor.standard());
    assertTrue(s.f1() >= WCXB_F1_FLOOR, "F1 fell below the floor: " + s);
    assertTrue(s.dateAccuracy() >= WCXB_DATE_FLOOR, "date accuracy fell below the floor: " + s);
  }

  @Test
  void trafilaturaEval() {
    Path dir = Shared.require("eval/trafilatura-eval");
    ExtractionScore s = ExtractionScorer.score(dir, Extractor.standard());
    assertTrue(s.f1() >= TRAFILATURA_F1_FLOOR, "F1 fell below the floor: " + s);
    assertTrue(s.dateAccuracy() >= TRAFILATURA_DATE_FLOOR, "date accuracy fell below the floor: " + s);
  }

  @Test
  void zhWebExtraction() {
    Path dir = Shared.require("eval/zh-web-extraction");
    ExtractionScore s = ExtractionScorer.score(dir, Extractor.standard());
    assertTrue(s.f1() >= ZH_F1_FLOOR, "F1 fell below the floor: " + s);
    assertTrue(s.dateAccuracy() >= ZH_DATE_FLOOR, "date accuracy fell below the floor: " + s);
  }
}
