package news.parallax.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedTextTest {
  @Test
  void keyNeedsNoSecondLowerCasing() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (Character.isLetterOrDigit(c)) {
        String k = RepeatedText.key(String.valueOf(c));
        assertEquals(k.toLowerCase(java.util.Locale.ROOT), k, "U+" + Integer.toHexString(c));
      }
    }
    assertEquals("istanbulσσ", RepeatedText.key("İSTANBUL, ΣΣ"));
  }

  @Test
  void repeatedParagraphAppearsOnce() {
    List<String> out = RepeatedText.removeRepeats(List.of(
        "The first paragraph of the story tells what happened.",
        "The second paragraph of the story adds some context to it.",
        "The first paragraph of the story tells what happened."));
    assertEquals(2, out.size());
  }

  @Test
  void repeatGluedOntoAParagraphIsCut() {
    List<String> out = RepeatedText.removeRepeats(List.of(
        "Whether the words matched reality is unclear to everyone who was there.",
        "The leaders left for their capitals soon after the meeting ended.Whether the words matched"
            + " reality is unclear to everyone who was there."));
    assertEquals(List.of("Whether the words matched reality is unclear to everyone who was there.",
        "The leaders left for their capitals soon after the meeting ended."), out);
  }

  @Test
  void sentencesCoverTheParagraphExactly() {
    String alphabet = "aB .!?。！？\"“”’」』\n\tZ字É";
    java.util.Random random = new java.util.Random(7);
    for (int t = 0; t < 20000; t++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(14);
      for (int k = 0; k < len; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      org.junit.jupiter.api.Assertions.assertEquals(s, String.join("", RepeatedText.sentences(s)),
          "splitting \"" + s + "\"");
    }
  }
}
