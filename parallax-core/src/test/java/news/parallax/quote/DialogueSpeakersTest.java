package news.parallax.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import news.parallax.model.Quote;
import org.junit.jupiter.api.Test;

class DialogueSpeakersTest {

  private static String speakerOf(List<Quote> qs, String start) {
    Quote q = qs.stream().filter(x -> x.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting \"" + start + "\" in " + qs));
    assertNotNull(q.speaker(), "no speaker for " + start);
    return q.speaker().key();
  }

  @Test
  void turnsAlternateBetweenTwoPartiesAndPronounsFollowGender() {
    List<Quote> qs = QuoteFixtures.quotes("zh",
        "王建国推开门，看见李秀莲坐在窗前。",
        "“你怎么来了？”",
        "她问。",
        "“来看看你。”",
        "“吃饭了吗？”",
        "“还没有。”",
        "王建国笑着说。");
    String she = speakerOf(qs, "你怎么来了");
    String he = speakerOf(qs, "还没有");
    assertEquals("王建国", he, "the reporting sentence after the turn names its speaker");
    assertEquals("李秀莲", she, "她 is the last woman named, not the last person");
    assertEquals(he, speakerOf(qs, "来看看你"), "the answer is the other party's");
    assertEquals(she, speakerOf(qs, "吃饭了吗"), "turns alternate");
  }

  @Test
  void reportingClauseBeforeTheQuoteGivesItsSubject() {
    List<Quote> qs = QuoteFixtures.quotes("zh",
        "张卫东想了想，看着她问：",
        "“明天还去县城吗？”");
    assertEquals("张卫东", speakerOf(qs, "明天还去县城吗"), "the subject, not the object 她 next to the verb");
  }
}
