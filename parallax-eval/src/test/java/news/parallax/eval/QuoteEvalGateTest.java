package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import news.parallax.Parallax;
import org.junit.jupiter.api.Test;

/**
 * The quote extractor's floors on PolNeAR dev, pinned just below the measured figures (direct
 * F1 0.921, direct speaker 0.928, all-attribution F1 0.637, all speaker 0.896) so that a
 * regression fails CI. The floors are in {@code gate-floors.properties}.
 */
class QuoteEvalGateTest {
  static final double DIRECT_F1_FLOOR = GateFloors.floor("quotes.direct.f1");
  static final double DIRECT_SPEAKER_FLOOR = GateFloors.floor("quotes.direct.speaker");
  static final double ALL_F1_FLOOR = GateFloors.floor("quotes.all.f1");
  static final double ALL_SPEAKER_FLOOR = GateFloors.floor("quotes.all.speaker");

  @Test
  void polnearDev() throws Exception {
    Path dev = GateFloors.data("eval/polnear/dev");
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
