package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class PairSimilarityTest {
  static final AnalyzedArticle WIRE = Fixtures.article("en-quake-chile-wire", "w", "2024-03-01");
  static final AnalyzedArticle DAILY = Fixtures.article("en-quake-chile-daily", "d", "2024-03-01");
  static final AnalyzedArticle PERU = Fixtures.article("en-quake-peru", "p", "2024-03-01");
  static final AnalyzedArticle FOOTBALL = Fixtures.article("en-football-final", "f", "2024-03-01");
  static final AnalyzedArticle ZH = Fixtures.article("zh-quake-chile", "z", "2024-03-01");
  static final PairSimilarity SIM = PairSimilarity.over(List.of(WIRE, DAILY, PERU, FOOTBALL, ZH));

  @Test
  void sameEventAboveSameKindAboveAnotherTopic() {
    double same = SIM.similarity(WIRE, DAILY);
    double kind = SIM.similarity(WIRE, PERU);
    double other = SIM.similarity(WIRE, FOOTBALL);
    assertTrue(same > kind, same + " vs " + kind);
    assertTrue(kind > other, kind + " vs " + other);
    assertEquals(1.0, SIM.similarity(WIRE, WIRE), 1e-6);
    assertEquals(SIM.similarity(DAILY, WIRE), same, 1e-12, "symmetric");
  }

  @Test
  void articlesInAnotherScriptAreComparedByConceptsAlone() {
    double zhSame = SIM.similarity(ZH, WIRE);
    double zhOther = SIM.similarity(ZH, FOOTBALL);
    assertTrue(zhSame > zhOther, zhSame + " vs " + zhOther);
    // about 0.86 here; with the character-run share blended in at cosine 0 it would be 0.72
    assertTrue(zhSame > 0.8, "character runs of two scripts never meet, so they must not dilute: "
        + zhSame);
  }

  @Test
  void anEmbedderIsBlendedInAtItsWeightAndAbstainingLeavesTheLexicalFigure() {
    // a toy embedder: the football report points one way, everything else another
    Embedder toy = a -> a == FOOTBALL ? new float[] {0, 2} : a == PERU ? null : new float[] {3, 0};
    PairSimilarity blended = SIM.withEmbedder(toy, 0.25);
    assertEquals(0.75 * SIM.similarity(WIRE, DAILY) + 0.25, blended.similarity(WIRE, DAILY), 1e-9);
    assertEquals(0.75 * SIM.cosine(WIRE, FOOTBALL), blended.cosine(WIRE, FOOTBALL), 1e-9);
    assertEquals(SIM.similarity(WIRE, PERU), blended.similarity(WIRE, PERU), 1e-12);
    assertEquals(SIM.similarity(WIRE, DAILY), SIM.withEmbedder(toy, 0).similarity(WIRE, DAILY),
        1e-12);
  }
}
