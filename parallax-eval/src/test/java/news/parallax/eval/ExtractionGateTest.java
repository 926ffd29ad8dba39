package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import news.parallax.extract.Extractor;
import org.junit.jupiter.api.Test;

/**
 * The extraction quality gate: scores on the pinned public datasets must not fall below the
 * floors, set just below the figures measured when they were pinned (see docs/extraction.md);
 * floors and data digests are in {@code gate-floors.properties}.
 */
class ExtractionGateTest {
  static final double TRAFILATURA_F1_FLOOR = GateFloors.floor("extraction.trafilatura.f1");
  static final double TRAFILATURA_DATE_FLOOR = GateFloors.floor("extraction.trafilatura.date");
  static final double ZH_F1_FLOOR = GateFloors.floor("extraction.zh.f1");
  static final double ZH_DATE_FLOOR = GateFloors.floor("extraction.zh.date");

  static final double WCXB_F1_FLOOR = GateFloors.floor("extraction.wcxb.f1");
  static final double WCXB_DATE_FLOOR = GateFloors.floor("extraction.wcxb.date");

  @Test
  void wcxbDevArticles() {
    Path dir = GateFloors.data("eval/wcxb-dev-articles");
    ExtractionScore s = ExtractionScorer.score(dir, Extractor.standard());
    assertTrue(s.f1() >= WCXB_F1_FLOOR, "F1 fell below the floor: " + s);
    assertTrue(s.dateAccuracy() >= WCXB_DATE_FLOOR, "date accuracy fell below the floor: " + s);
  }

  @Test
  void trafilaturaEval() {
    Path dir = GateFloors.data("eval/trafilatura-eval");
    ExtractionScore s = ExtractionScorer.score(dir, Extractor.standard());
    assertTrue(s.f1() >= TRAFILATURA_F1_FLOOR, "F1 fell below the floor: " + s);
    assertTrue(s.dateAccuracy() >= TRAFILATURA_DATE_FLOOR, "date accuracy fell below the floor: " + s);
  }

  @Test
  void zhWebExtraction() {
    Path dir = GateFloors.data("eval/zh-web-extraction");
    ExtractionScore s = ExtractionScorer.score(dir, Extractor.standard());
    assertTrue(s.f1() >= ZH_F1_FLOOR, "F1 fell below the floor: " + s);
    assertTrue(s.dateAccuracy() >= ZH_DATE_FLOOR, "date accuracy fell below the floor: " + s);
  }
}
