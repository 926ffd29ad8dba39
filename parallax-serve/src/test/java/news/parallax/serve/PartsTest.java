package news.parallax.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's small parts: entity tags, safe links, differences, rate limits, words. */
class PartsTest {
  @Test
  void ifNoneMatchListsWeakTagsAndStar() {
    String tag = ETags.of(new byte[] {1, 2, 3});
    assertTrue(tag.matches("\"[0-9a-f]{16}\""), tag);
    assertTrue(ETags.matches(tag, tag));
    assertTrue(ETags.matches("\"x\", W/" + tag, tag));
    assertTrue(ETags.matches("*", tag));
    assertFalse(ETags.matches("\"x\"", tag));
    assertFalse(ETags.matches(null, tag));
  }

  @Test
  void onlyHttpUrlsBecomeLinks() {
    assertEquals("https://example.org/a?b=1", Links.safeUrl("https://example.org/a?b=1"));
    for (String bad : List.of("javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,<b>",
        "/relative/path", "vbscript:x", "http://", "https:///x", "mailto:a@b.example")) {
      assertNull(Links.safeUrl(bad), bad);
    }
    assertNull(Links.safeUrl(null));
  }

  @Test
  void theDifferenceKeepsCommonWordsAndMarksTheRest() {
    List<TextDiff.Part> d = TextDiff.diff("The talks lasted three hours.", "The talks lasted two hours.");
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    for (TextDiff.Part p : d) {
      if (p.kind() != TextDiff.Kind.INSERTED) {
        before.append(p.text());
      }
      if (p.kind() != TextDiff.Kind.DELETED) {
        after.append(p.text());
      }
    }
    assertEquals("The talks lasted three hours.", before.toString());
    assertEquals("The talks lasted two hours.", after.toString());
    assertTrue(d.contains(new TextDiff.Part("three", TextDiff.Kind.DELETED)), d.toString());
    assertTrue(d.contains(new TextDiff.Part("two", TextDiff.Kind.INSERTED)), d.toString());
  }

  @Test
  void aReplacedPhraseIsOneDeletionAndOneInsertion() {
    assertEquals(List.of(new TextDiff.Part("The talks lasted ", TextDiff.Kind.SAME),
        new TextDiff.Part("about three", TextDiff.Kind.DELETED),
        new TextDiff.Part("two and a half", TextDiff.Kind.INSERTED),
        new TextDiff.Part(" hours.", TextDiff.Kind.SAME)),
        TextDiff.diff("The talks lasted about three hours.", "The talks lasted two and a half hours."));
  }

  @Test
  void aLongTextWithOneEditIsComparedAroundTheEditOnly() {
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      words.append("word").append(i).append(' ');
    }
    String before = words + "the talks lasted three hours. " + words;
    String after = words + "the talks lasted two hours. " + words;
    List<TextDiff.Part> d = TextDiff.diff(before, after);
    assertEquals(4, d.size(), "two edits of 10,000 words on each side are over the table's bound"
        + " unless the common head and tail are cut: " + d.subList(1, d.size() - 1));
    assertTrue(d.contains(new TextDiff.Part("three", TextDiff.Kind.DELETED)), d.subList(1, 3).toString());
    assertTrue(d.contains(new TextDiff.Part("two", TextDiff.Kind.INSERTED)), d.subList(1, 3).toString());
  }

  @Test
  void aClientPastItsRateWaitsUntilATokenIsBack() {
    RateLimiter limiter = new RateLimiter(2);
    long t = 1_000_000_000L;
    assertEquals(0, limiter.acquire("a", t));
    assertEquals(0, limiter.acquire("a", t));
    assertEquals(1, limiter.acquire("a", t));
    assertEquals(0, limiter.acquire("b", t), "each address has its own bucket");
    assertEquals(0, limiter.acquire("a", t + 600_000_000L));
  }

  @Test
  void hanCharactersAreWordsOfTheirOwn() {
    assertEquals(List.of("普", "京", "said", "2", "hours"), Words.norms("普京 said: 2 hours"));
    StringBuilder back = new StringBuilder();
    Words.split("“Next time, in Moscow?”").forEach(p -> back.append(p.text()));
    assertEquals("“Next time, in Moscow?”", back.toString());
  }
}
