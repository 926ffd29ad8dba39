package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import news.parallax.Parallax;
import news.parallax.cluster.ClusterSettings;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import org.junit.jupiter.api.Test;

/**
 * CI gate: clustering scores on the pinned evaluation data must not fall below their floors,
 * set just under the figures measured when they were pinned (docs/clustering.md); floors and
 * data digests are in {@code gate-floors.properties}.
 */
class ClusteringEvalGateTest {
  static final double ECB_EVENT_F1_FLOOR = GateFloors.floor("clustering.ecb.event.f1");
  static final double ECB_CORPUS_ORDER_EVENT_F1_FLOOR = GateFloors.floor("clustering.ecb.corpus-order.event.f1");
  static final double MIXED_EVENT_F1_FLOOR = GateFloors.floor("clustering.ecb.distractors.event.f1");
  static final double ECB_DATED_EVENT_F1_FLOOR = GateFloors.floor("clustering.ecb.dated.event.f1");
  static final double ECB_DATED_READ_OFTEN_EVENT_F1_FLOOR = GateFloors.floor("clustering.ecb.dated.read-often.event.f1");
  static final double DISTRACTORS_IN_ECB_STORIES_CEILING = GateFloors.floor("clustering.ecb.distractors.in-ecb-stories.max");
  static final double ECB_SINGLE_PASS_EVENT_F1_FLOOR = GateFloors.floor("clustering.ecb.single-pass.event.f1");
  static final double ECB_SINGLE_PASS_CORPUS_ORDER_EVENT_F1_FLOOR = GateFloors.floor("clustering.ecb.single-pass.corpus-order.event.f1");
  static final double SEMEVAL_ABS_PEARSON_FLOOR = GateFloors.floor("clustering.semeval.abs-pearson");
  static final double SEMEVAL_AUC_FLOOR = GateFloors.floor("clustering.semeval.auc");
  static final double TRANSLATED_ZH_EN_ABS_PEARSON_FLOOR = GateFloors.floor("clustering.semeval.translated.zh-en.abs-pearson");
  static final double ECB_TITLED_EVENT_F1_FLOOR = GateFloors.floor("clustering.ecb.titled.event.f1");
  static final double MULTINEWS_F1_FLOOR = GateFloors.floor("clustering.multinews.f1");
  static final double MULTINEWS_ODD_F1_FLOOR = GateFloors.floor("clustering.multinews.odd.f1");
  static final double MULTINEWS_EVEN_F1_FLOOR = GateFloors.floor("clustering.multinews.even.f1");
  static final double TRANSLATED_ABS_PEARSON_FLOOR = GateFloors.floor("clustering.semeval.translated.abs-pearson");

  @Test
  void ecbPlusEventLevel() {
    Path dir = GateFloors.data("eval/ecbplus");
    List<EcbPlus.Doc> docs = EcbPlus.read(dir);
    Map<Article, AnalyzedArticle> analyzed = new ConcurrentHashMap<>();
    Parallax parallax = Parallax.create();
    Function<Article, AnalyzedArticle> analyze = a -> analyzed.computeIfAbsent(a, parallax::analyze);
    ClusteringEvaluation.EcbScores s = ClusteringEvaluation.ecbPlus(docs, analyze,
        ClusterSettings.DEFAULT);
    assertTrue(s.event().f1() >= ECB_EVENT_F1_FLOOR, "event-level F1 " + s.event());
    assertTrue(s.corpusOrderEvent().f1() >= ECB_CORPUS_ORDER_EVENT_F1_FLOOR,
        "corpus-order event-level F1 " + s.corpusOrderEvent());
    assertTrue(s.topic().precision() >= 0.99, "topics never mix: " + s.topic());
    assertTrue(s.datedEvent().f1() >= ECB_DATED_EVENT_F1_FLOOR, "dated streams " + s.datedEvent());
    assertTrue(s.datedEventReadOften().f1() >= ECB_DATED_READ_OFTEN_EVENT_F1_FLOOR,
        "dated streams read often " + s.datedEventReadOften());

    ClusteringEvaluation.EcbScores t = ClusteringEvaluation.ecbPlus(EcbPlus.withTitles(docs),
        analyze, ClusterSettings.DEFAULT);
    assertTrue(t.event().f1() >= ECB_TITLED_EVENT_F1_FLOOR, "first sentence as the title " + t.event());

    ClusteringEvaluation.EcbScores r = ClusteringEvaluation.ecbPlus(docs, analyze,
        ClusterSettings.DEFAULT.withRefinePasses(0));
    assertTrue(r.event().f1() >= ECB_SINGLE_PASS_EVENT_F1_FLOOR, "single-pass event-level F1 " + r.event());
    assertTrue(s.event().f1() > r.event().f1(), "refinement helps: " + s.event() + " vs " + r.event());
    assertTrue(r.corpusOrderEvent().f1() >= ECB_SINGLE_PASS_CORPUS_ORDER_EVENT_F1_FLOOR,
        "single-pass corpus-order event-level F1 " + r.corpusOrderEvent());
    assertTrue(r.topic().precision() >= 0.99, "topics never mix: " + r.topic());

    List<SemEvalPairs.Pair> pairs = SemEvalPairs.read(
        GateFloors.data("eval/semeval22-pairs/training_set.csv"));
    ClusteringEvaluation.DistractorScores m = ClusteringEvaluation.ecbPlusWithDistractors(docs,
        pairs, analyze, ClusterSettings.DEFAULT);
    assertTrue(m.all().f1() >= MIXED_EVENT_F1_FLOOR, "event-level F1 with distractors " + m);
    assertTrue(m.intoEcbStories() <= DISTRACTORS_IN_ECB_STORIES_CEILING,
        "distractors pulled into ECB+ stories " + m);
  }

  @Test
  void multiNewsAsOneStream() {
    Path dir = GateFloors.data("eval/multinews");
    ClusteringEvaluation.MultiNewsScores m = ClusteringEvaluation.multiNews(MultiNews.read(dir),
        Parallax.create()::analyze, ClusterSettings.DEFAULT, false);
    String scores = "all " + m.all() + ", odd rows " + m.odd() + ", even rows " + m.even();
    assertTrue(m.all().f1() >= MULTINEWS_F1_FLOOR, scores);
    assertTrue(m.odd().f1() >= MULTINEWS_ODD_F1_FLOOR, scores);
    assertTrue(m.even().f1() >= MULTINEWS_EVEN_F1_FLOOR, scores);
  }

  @Test
  void semEvalPairs() {
    Path csv = GateFloors.data("eval/semeval22-pairs/training_set.csv");
    List<SemEvalPairs.Pair> pairs = SemEvalPairs.read(csv);
    ClusteringEvaluation.PairScores s = ClusteringEvaluation.semEval(pairs, Parallax.create()::analyze);
    assertTrue(Math.abs(s.pearson()) >= SEMEVAL_ABS_PEARSON_FLOOR, "pearson " + s.pearson());
    assertTrue(s.pearson() < 0, "more similar pairs have lower Overall scores");
    assertTrue(s.rocAuc() >= SEMEVAL_AUC_FLOOR, "roc auc " + s.rocAuc());
  }

  @Test
  void translatedSemEvalPairs() {
    Path csv = GateFloors.data("eval/semeval22-pairs/training_set.csv");
    List<SemEvalPairs.Pair> pairs = SemEvalPairs.readTranslated(csv);
    assertTrue(pairs.stream().allMatch(p -> p.id().matches(".*[a-z].*")), "translated ids only");
    ClusteringEvaluation.PairScores s = ClusteringEvaluation.semEval(pairs,
        Parallax.create()::analyze);
    assertTrue(Math.abs(s.pearson()) >= TRANSLATED_ABS_PEARSON_FLOOR, "pearson " + s.pearson());
    Double zhEn = s.pearsonByLanguages().get("zh-en");
    assertTrue(zhEn != null && -zhEn >= TRANSLATED_ZH_EN_ABS_PEARSON_FLOOR, "zh-en pearson " + zhEn
        + " of " + s.pearsonByLanguages());
  }
}
