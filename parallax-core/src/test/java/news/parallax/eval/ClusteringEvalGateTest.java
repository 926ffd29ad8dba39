package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import news.parallax.Parallax;
import news.parallax.cluster.ClusterSettings;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * CI gate: clustering scores on the pinned evaluation data must not fall below these floors,
 * set just under the figures measured when they were pinned (docs/clustering.md).
 */
class ClusteringEvalGateTest {
  /** Measured 0.897 (event level, mean of three shuffled orders, default settings). */
  static final double ECB_EVENT_F1_FLOOR = 0.885;
  /** Measured 0.855 in corpus file order. */
  static final double ECB_CORPUS_ORDER_EVENT_F1_FLOOR = 0.845;
  /** Measured 0.686 (|r| of similarity against Overall). */
  static final double SEMEVAL_ABS_PEARSON_FLOOR = 0.68;
  /** Measured 0.876. */
  static final double SEMEVAL_AUC_FLOOR = 0.87;

  @Test
  void ecbPlusEventLevel() {
    Path dir = Shared.require("eval/ecbplus");
    ClusteringEvaluation.EcbScores s = ClusteringEvaluation.ecbPlus(EcbPlus.read(dir),
        Parallax.create()::analyze, ClusterSettings.DEFAULT);
    assertTrue(s.event().f1() >= ECB_EVENT_F1_FLOOR, "event-level F1 " + s.event());
    assertTrue(s.corpusOrderEvent().f1() >= ECB_CORPUS_ORDER_EVENT_F1_FLOOR,
        "corpus-order event-level F1 " + s.corpusOrderEvent());
    assertTrue(s.topic().precision() >= 0.99, "topics never mix: " + s.topic());
  }

  @Test
  void semEvalPairs() {
    Path csv = Shared.require("eval/semeval22-pairs/training_set.csv");
    List<SemEvalPairs.Pair> pairs = SemEvalPairs.read(csv);
    ClusteringEvaluation.PairScores s = ClusteringEvaluation.semEval(pairs, Parallax.create()::analyze);
    assertTrue(Math.abs(s.pearson()) >= SEMEVAL_ABS_PEARSON_FLOOR, "pearson " + s.pearson());
    assertTrue(s.pearson() < 0, "more similar pairs have lower Overall scores");
    assertTrue(s.rocAuc() >= SEMEVAL_AUC_FLOOR, "roc auc " + s.rocAuc());
  }
}
