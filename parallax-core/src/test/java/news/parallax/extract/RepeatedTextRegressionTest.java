package news.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Regressions of repeat removal found on real pages. */
class RepeatedTextRegressionTest {

  @Test
  void removingAGluedRepeatLeavesAbbreviationsAndSpacingAsWritten() {
    String first = "The mayor said the works would start in May and last three months at least.";
    String second = "Officials met J.D. Vance and other U.S. envoys on Monday to plan the visit."
        + "The mayor said the works would start in May and last three months at least.";
    List<String> out = RepeatedText.removeRepeats(List.of(first, second));
    assertEquals(List.of(first, "Officials met J.D. Vance and other U.S. envoys on Monday to plan the visit."), out);
  }

  @Test
  void aRepeatGluedAfterAClosingQuoteIsFound() {
    String first = "Neither side took questions from reporters at the joint appearance in the hall.";
    String second = "He warned of “serious consequences.”Neither side took questions from reporters at the joint appearance in the hall.";
    List<String> out = RepeatedText.removeRepeats(List.of(first, second));
    assertEquals("He warned of “serious consequences.”", out.get(1));
  }
}
