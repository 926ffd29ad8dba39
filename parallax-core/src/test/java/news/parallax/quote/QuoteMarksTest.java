package news.parallax.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private final QuoteMarks marks = new QuoteMarks();

  private List<String> contents(String text) {
    return marks.find(text).stream().map(p -> {
      StringBuilder b = new StringBuilder();
      p.parts().forEach(s -> b.append(b.length() > 0 ? "|" : "").append(s.of(text)));
      return b.toString();
    }).toList();
  }

  @Test
  void everyConvention() {
    assertEquals(List.of("a b"), contents("x “a b” y"));
    assertEquals(List.of("a b"), contents("x \"a b\" y"));
    assertEquals(List.of("a b"), contents("x ‘a b’ y"));
    assertEquals(List.of("a b"), contents("x « a b » y"));
    assertEquals(List.of("a b"), contents("x „a b“ y"));
    assertEquals(List.of("下次在莫斯科"), contents("他说「下次在莫斯科」。"));
    assertEquals(List.of("下次"), contents("他说『下次』。"));
    assertEquals(List.of("a b"), contents("x »a b« y"));
    assertEquals(List.of("a b"), contents("x ''a b'' y"));
  }

  @Test
  void nestedMarksStayInside() {
    assertEquals(List.of("He called it ‘a win’ today"), contents("“He called it ‘a win’ today”"));
  }

  @Test
  void apostrophesAreNoMarks() {
    assertEquals(List.of("it’s Putin’s view"), contents("“it’s Putin’s view” and Trump’s"));
    assertEquals(List.of(), contents("the Clintons’ house and Trump’s tower"));
  }

  @Test
  void quoteOverSeveralParagraphs() {
    String text = "He said:\n\n“First part.\n\n“Second part.”\n\nAfter.";
    assertEquals(List.of("First part.|Second part."), contents(text));
  }

  @Test
  void unclosedMarkAtParagraphEndIsNoQuote() {
    assertEquals(List.of(), contents("An “open mark\n\nNext paragraph."));
  }

  @Test
  void curlyOpeningClosedByStraightMark() {
    assertEquals(List.of("Deals should not be required,"),
        contents("“Deals should not be required,\" Chaffetz said."));
  }
}
