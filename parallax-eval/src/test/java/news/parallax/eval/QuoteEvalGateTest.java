package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import news.parallax.Parallax;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * The quote extractor's floors on PolNeAR dev, pinned just below the measured figures (direct
 * F1 0.921, direct speaker 0.928, all-attribution F1 0.637, all speaker 0.896) so that a
 * regression fails CI.
 */
class QuoteEvalGateTest {
  static final double DIRECT_F1_FLOOR = 0.91;
  static final double DIRECT_SPEAKER_FLOOR = 0.92;
  static final double ALL_F1_FLOOR = 0.625;
  static final double ALL_SPEAKER_FLOOR = 0.88;

  @Test
  void polnearDev() throws Exception {
    Path dev = Shared.require("eval/polnear/dev");
    QuoteEvaluation.Report r = QuoteEvaluation.run(dev, Parallax.create());
    QuoteScorer.Counts d = r.scores().direct();
    QuoteScorer.Counts a = r.scores().all();
    String figures = String.format("direct F1 %.3f speaker %.3f, all F1 %.3f speaker %.3f",
        d.f1(), d.speakerAccuracy(), a.f1(), a.speakerAccuracy());
    assertTrue(r.errors().isEmpty(), r.errors().toString());
    assertTrue(d.f1() >= DIRECT_F1_FLOOR, figures);
    assertTrue(d.speakerAccuracy() >= DIRECT_SPEAKER_FLOOR, figures);
    assertTrue(a.f1() >= ALL_F1_FLOOR, figures);
    assertTrue(a.speakerAccuracy() >= ALL_SPEAKER_FLOOR, figures);
  }
}
