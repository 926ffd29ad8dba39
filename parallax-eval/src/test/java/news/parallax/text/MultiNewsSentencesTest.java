package news.parallax.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import news.parallax.eval.MultiNews;
import news.parallax.model.Article;
import news.parallax.model.Span;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * Regression: no sentence of the Multi-News validation articles is cut at an abbreviation. The
 * check is independent of the splitter's own rule: a sentence never ends with a title that
 * precedes a name ("Sen.", "Gov.", "Mt."), with a name's initial ("Vladimir V.") when the next
 * sentence opens with a capital (a name ending a quotation, "said Angelo L.", may end one), or with a
 * month abbreviation when the next sentence opens with the day's number ("Jan." / "14, 2013").
 */
class MultiNewsSentencesTest {
  private static final Pattern TITLE_END = Pattern.compile(
      "(?:^|\\s)(?:Mr|Mrs|Ms|Dr|Sen|Sens|Gov|Rep|Reps|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Prof|Mt|Rev|Hon|Supt|Gens)\\.$");
  private static final Pattern INITIAL_END = Pattern.compile("\\s[A-Z][a-z]+ [A-Z]\\.$");
  private static final Pattern MONTH_END = Pattern.compile(
      "(?:^|\\s)(?:Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\\.$");

  @Test
  void noSentenceIsCutAtAnAbbreviation() {
    Path dir = Shared.require("eval/multinews");
    List<String> cuts = new ArrayList<>();
    int sentences = 0;
    for (MultiNews.Event e : MultiNews.read(dir)) {
      for (Article a : e.articles()) {
        for (String p : a.paragraphs()) {
          List<Span> spans = SentenceSplitter.standard().split(p, "en");
          sentences += spans.size();
          for (int i = 0; i + 1 < spans.size(); i++) {
            String s = spans.get(i).of(p);
            String next = spans.get(i + 1).of(p);
            if (TITLE_END.matcher(s).find()
                || (INITIAL_END.matcher(s).find() && Character.isUpperCase(next.charAt(0)))
                || (MONTH_END.matcher(s).find() && Character.isDigit(next.charAt(0)))) {
              cuts.add(a.id() + ": " + s.substring(Math.max(0, s.length() - 60)) + " | "
                  + next.substring(0, Math.min(40, next.length())));
            }
          }
        }
      }
    }
    assertTrue(sentences > 10_000, "sentences read: " + sentences);
    assertEquals(List.of(), cuts);
  }
}
