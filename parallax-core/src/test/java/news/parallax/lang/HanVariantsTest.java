package news.parallax.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hankcs.hanlp.HanLP;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

class HanVariantsTest {
  @Test
  void thePackedTableHoldsWhatTheConvertersSay() {
    HanVariants packed = HanVariants.instance();
    HanVariants built = HanVariants.fromConverter();
    for (int cp = 0; cp < 0x40000; cp++) {
      String c = Character.toString(cp);
      assertEquals(built.of(c), packed.of(c), c);
    }
  }

  /**
   * On the Chinese evaluation texts, and on the same texts made traditional, the characters of
   * one variant decide as HanLP's phrase-level converters do, paragraph by paragraph.
   */
  @Test
  void decidesAsThePhraseLevelConvertersOnRealText() throws IOException {
    Path dir = Shared.require("eval/zh-web-extraction/cleaned");
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        for (String p : Files.readString(f, StandardCharsets.UTF_8).split("\n")) {
          if (p.codePoints().anyMatch(c ->
              Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            paragraphs.add(p);
          }
        }
      }
    }
    assertTrue(paragraphs.size() > 500, "paragraphs read: " + paragraphs.size());
    int agree = 0;
    int total = 0;
    for (String p : paragraphs) {
      for (String text : List.of(p, HanLP.convertToTraditionalChinese(p))) {
        total++;
        if (phraseLevel(text).equals(HanVariants.instance().of(text))) {
          agree++;
        } else if (total - agree < 15) {
          System.out.println("  differs (" + phraseLevel(text) + " by phrases): " + text.substring(0, Math.min(60, text.length())));
        }
      }
    }
    System.out.printf("Han variants: %d of %d paragraphs decided as the converters do%n", agree, total);
    assertTrue(agree >= total * 0.999, agree + " of " + total);
  }

  /** The earlier rule: characters each converter changes, counted over whole phrases. */
  private static String phraseLevel(String s) {
    int traditional = differing(s, HanLP.convertToSimplifiedChinese(s));
    int simplified = differing(s, HanLP.convertToTraditionalChinese(s));
    return traditional > simplified ? "Hant" : "Hans";
  }

  private static int differing(String a, String b) {
    if (a.length() != b.length()) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        n++;
      }
    }
    return n;
  }
}
