package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {
  @Test
  void perfectClusteringScoresOne() {
    BCubed b = BCubed.score(List.of("1", "1", "2"), List.of("a", "a", "b"));
    assertEquals(1.0, b.f1(), 1e-9);
  }

  @Test
  void oneBigClusterHasFullRecallAndLowPrecision() {
    BCubed b = BCubed.score(List.of("1", "1", "1", "1"), List.of("a", "a", "b", "b"));
    assertEquals(1.0, b.recall(), 1e-9);
    assertEquals(0.5, b.precision(), 1e-9);
    assertEquals(2 / 3.0, b.f1(), 1e-9);
  }

  @Test
  void singletonsHaveFullPrecision() {
    BCubed b = BCubed.score(List.of("1", "2", "3"), List.of("a", "a", "a"));
    assertEquals(1.0, b.precision(), 1e-9);
    assertEquals(1 / 3.0, b.recall(), 1e-9);
  }

  @Test
  void lengthsMustMatch() {
    assertThrows(IllegalArgumentException.class, () -> BCubed.score(List.of("1"), List.of()));
  }

  @Test
  void pearsonAndAuc() {
    assertEquals(-1.0, Correlation.pearson(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-9);
    assertEquals(1.0, Correlation.rocAuc(new double[] {0.9, 0.8, 0.1}, new boolean[] {true, true, false}), 1e-9);
    assertEquals(0.5, Correlation.rocAuc(new double[] {0.5, 0.5}, new boolean[] {true, false}), 1e-9);
  }

  @Test
  void csvFieldsMayHoldQuotesCommasAndLineBreaks() {
    List<List<String>> rows = SemEvalPairs.parse("a,b\n\"x, \"\"y\"\"\nz\",2\n");
    assertEquals(List.of(List.of("a", "b"), List.of("x, \"y\"\nz", "2")), rows);
  }
}
