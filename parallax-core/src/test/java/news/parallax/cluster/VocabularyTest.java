package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  @Test
  void idsAreTheSameInEveryVocabularyAndStayInTheFixedSpace() {
    Vocabulary a = new Vocabulary();
    Vocabulary b = new Vocabulary();
    for (String t : new String[] {"putin", "普京", "e:anchorage", "n:2025", ""}) {
      assertEquals(a.id(t), b.id(t), t);
      assertTrue(a.id(t) >= 0 && a.id(t) < 1 << Vocabulary.BITS, t);
    }
    assertNotEquals(a.id("putin"), a.id("trump"));
  }

  @Test
  void twoTermsSharingAnIdAddUpAndCountOnce() {
    Vocabulary v = new Vocabulary();
    Map<Integer, String> seen = new HashMap<>();
    String first = null;
    String second = null;
    for (int i = 0; second == null; i++) {
      String t = "term" + i;
      String other = seen.putIfAbsent(v.id(t), t);
      if (other != null) {
        first = other;
        second = t;
      }
    }
    ConceptVector shared = ConceptVector.of(Map.of(first, 1.0, second, 1.0, "alone", 1.0), v, true);
    assertEquals(2, shared.terms().length);
    assertEquals(1, v.documents());
    double norm = 0;
    for (float w : shared.weights()) {
      norm += w * w;
    }
    assertEquals(1, norm, 1e-6);
    // the shared id holds both terms' weights, 1 + 1 against the lone term's 1
    int s = shared.terms()[0] == v.id(first) ? 0 : 1;
    assertEquals(2.0, shared.weights()[s] / shared.weights()[1 - s], 1e-5);
  }
}
