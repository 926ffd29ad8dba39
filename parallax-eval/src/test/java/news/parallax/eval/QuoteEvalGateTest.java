package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import news.parallax.Parallax;
import org.junit.jupiter.api.Test;

/**
 * The quote extractor's floors, pinned just below the measured figures so that a regression
 * fails CI: PolNeAR dev (direct F1 0.920, direct speaker 0.928, direct person 0.815, all F1
 * 0.620, all speaker 0.917, all person 0.717, non-person speakers 0.044 of all), the held-out
 * even half of the German SpkAtt train set (direct F1 0.760, speaker 0.685) and of the Chinese
 * novel set (speaker accuracy 0.685). The floors are in {@code gate-floors.properties}.
 */
class QuoteEvalGateTest {
  static final double DIRECT_F1_FLOOR = GateFloors.floor("quotes.direct.f1");
  static final double DIRECT_SPEAKER_FLOOR = GateFloors.floor("quotes.direct.speaker");
  static final double DIRECT_PERSON_FLOOR = GateFloors.floor("quotes.direct.person");
  static final double ALL_F1_FLOOR = GateFloors.floor("quotes.all.f1");
  static final double ALL_SPEAKER_FLOOR = GateFloors.floor("quotes.all.speaker");
  static final double ALL_PERSON_FLOOR = GateFloors.floor("quotes.all.person");
  static final double NON_PERSON_CEILING = GateFloors.floor("quotes.all.non-person.max");
  static final double GERMAN_DIRECT_F1_FLOOR = GateFloors.floor("quotes.de.direct.f1");
  static final double GERMAN_SPEAKER_FLOOR = GateFloors.floor("quotes.de.speaker");
  static final double CHINESE_SPEAKER_FLOOR = GateFloors.floor("quotes.zh.speaker");

  @Test
  void polnearDev() throws Exception {
    Path dev = GateFloors.data("eval/polnear/dev");
    QuoteEvaluation.Report r = QuoteEvaluation.run(dev, Parallax.create());
    QuoteScorer.Counts d = r.scores().direct();
    QuoteScorer.Counts a = r.scores().all();
    String figures = String.format("direct F1 %.3f speaker %.3f person %.3f, all F1 %.3f speaker %.3f "
        + "person %.3f non-person %.3f", d.f1(), d.speakerAccuracy(), d.personAccuracy(), a.f1(),
        a.speakerAccuracy(), a.personAccuracy(), a.nonPersonRate());
    assertTrue(r.errors().isEmpty(), r.errors().toString());
    assertTrue(d.f1() >= DIRECT_F1_FLOOR, figures);
    assertTrue(d.speakerAccuracy() >= DIRECT_SPEAKER_FLOOR, figures);
    assertTrue(d.personAccuracy() >= DIRECT_PERSON_FLOOR, figures);
    assertTrue(a.f1() >= ALL_F1_FLOOR, figures);
    assertTrue(a.speakerAccuracy() >= ALL_SPEAKER_FLOOR, figures);
    assertTrue(a.personAccuracy() >= ALL_PERSON_FLOOR, figures);
    assertTrue(a.nonPersonRate() <= NON_PERSON_CEILING, figures);
  }

  @Test
  void germanNewsEvenHalf() throws Exception {
    Path train = GateFloors.data("eval/de-news-spkatt/train");
    QuoteEvaluation.Report r = QuoteEvaluation.run(train, Parallax.create(), QuoteEvaluation.Half.EVEN, null);
    QuoteScorer.Counts d = r.scores().direct();
    String figures = String.format("German direct F1 %.3f speaker %.3f", d.f1(), d.speakerAccuracy());
    assertTrue(r.errors().isEmpty(), r.errors().toString());
    assertTrue(d.f1() >= GERMAN_DIRECT_F1_FLOOR, figures);
    assertTrue(d.speakerAccuracy() >= GERMAN_SPEAKER_FLOOR, figures);
  }

  @Test
  void chineseNovelEvenHalf() throws Exception {
    Path set = GateFloors.data("eval/zh-novel-speaker-id");
    NovelSpeakers.Report r = NovelSpeakers.run(set, Parallax.create(), QuoteEvaluation.Half.EVEN, null);
    assertTrue(r.accuracy() >= CHINESE_SPEAKER_FLOOR, "Chinese speaker accuracy " + r.accuracy());
  }
}
