package news.parallax.fact;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import news.parallax.model.Article;
import news.parallax.model.Claim;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClaimExtractorTest {
  private final ClaimExtractor extractor = ClaimExtractor.standard();

  /** One sentence per paragraph, so the test needs no sentence splitter. */
  static Article article(String lang, String published, String... paragraphs) {
    return new Article("t", "test", null, null, null, null, published, lang, List.of(paragraphs),
        List.of(), 0);
  }

  static List<Sentence> sentences(Article a) {
    List<Sentence> out = new ArrayList<>();
    int start = 0;
    for (int p = 0; p < a.paragraphs().size(); p++) {
      String para = a.paragraphs().get(p);
      out.add(new Sentence(new Span(start, start + para.length()), p, List.of()));
      start += para.length() + 2;
    }
    return out;
  }

  static Stream<Arguments> fixtures() throws IOException {
    try (InputStream in = ClaimExtractorTest.class.getResourceAsStream("/fact/sentences.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> Arguments.of(l.split("\t"), l.split("\t")[2])).toList().stream();
    }
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("fixtures")
  void readsTheClaimOfEachFixtureSentence(String[] f, String sentence) {
    Article a = article(f[0], f[1].equals("-") ? null : f[1], f[2]);
    List<Claim> claims = extractor.extract(a, sentences(a));
    if (f[3].equals("-")) {
      assertEquals(List.of(), claims, f[2]);
      return;
    }
    assertEquals(1, claims.size(), () -> f[2] + " gave " + claims);
    Claim c = claims.get(0);
    assertEquals(f[3], c.attribute(), f[2]);
    assertEquals(Double.parseDouble(f[4]), c.low(), Math.abs(Double.parseDouble(f[4])) * 1e-6, f[2]);
    assertEquals(Double.parseDouble(f[5]), c.high(), Math.abs(Double.parseDouble(f[5])) * 1e-6, f[2]);
    assertEquals(f[6], c.unit(), f[2]);
    assertEquals(f[7], c.normalized(), f[2]);
    assertEquals(c.text(), c.span().of(a.text()), "the span points at the text");
  }

  @Test
  void keepsTheNewsConferenceApartFromTheMeeting() {
    Article a = article("en", null, "The leaders met for about three hours, then gave statements "
        + "in a 12-minute news conference.");
    List<Claim> claims = extractor.extract(a, sentences(a));
    assertEquals(List.of("talks.duration", "press-conference.duration"),
        claims.stream().map(Claim::attribute).toList());
  }

  @Test
  void readsTheHedgeIntoTheTextAndQualifier() {
    Article a = article("en", null, "The talks lasted almost three hours.");
    Claim c = extractor.extract(a, sentences(a)).get(0);
    assertEquals("almost", c.qualifier());
    assertEquals("almost three hours", c.text());
  }

  @Test
  void anchorsADayOfTheMonthOnTheArticlesOwnDates() {
    Article a = article("zh", null, "8月14日，白宫宣布了峰会安排。", "此次会晤于北京时间16日凌晨3时30分开始。",
        "2025年8月12日，双方确认了地点。");
    List<Claim> claims = extractor.extract(a, sentences(a));
    Claim start = claims.stream().filter(c -> c.attribute().equals("talks.start")).findFirst().orElseThrow();
    assertEquals("2025-08-15T19:30Z", start.normalized());
  }

  @Test
  void joinsADateThatASentenceSplitterCut() {
    Article a = article("de", null, "Der Aktionstag ist am 24. April geplant worden.");
    Sentence whole = sentences(a).get(0);
    int cut = a.text().indexOf("April");
    List<Sentence> split = List.of(new Sentence(new Span(0, cut), 0, List.of()),
        new Sentence(new Span(cut, whole.span().end()), 0, List.of()));
    List<Claim> claims = extractor.extract(a, split);
    assertEquals(1, claims.size(), () -> claims.toString());
    assertEquals("--04-24", claims.get(0).normalized());
  }

  @Test
  void isDeterministic() {
    Article a = article("en", null, "At least 12 people were killed and 40 injured on October 3.",
        "The talks lasted two hours and 40 minutes, about $5 million was spent.");
    assertEquals(extractor.extract(a, sentences(a)), extractor.extract(a, sentences(a)));
  }

  @Test
  void survivesRandomInput() {
    Random r = new Random(7);
    String alphabet = "0123456789 ,.:-–—%$€£年月日时分小时约近逾十百千万两半abcdefhmnorstuyAMP()\n";
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0, n = r.nextInt(120) + 1; k < n; k++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString().strip();
      if (text.isEmpty()) {
        continue;
      }
      for (String lang : List.of("en", "zh", "de", "es", "und")) {
        Article a = article(lang, i % 2 == 0 ? "2025-08-16" : "not a date", text);
        assertDoesNotThrow(() -> extractor.extract(a, sentences(a)), text);
      }
    }
  }

  @Test
  void ignoresSentencesOutsideTheText() {
    Article a = article("en", null, "Short.");
    List<Sentence> bad = List.of(new Sentence(new Span(0, 500), 0, List.of()));
    assertTrue(extractor.extract(a, bad).isEmpty());
  }
}
