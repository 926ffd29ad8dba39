package news.parallax.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import news.parallax.model.Article;
import news.parallax.model.Quote;
import org.junit.jupiter.api.Test;

class CueQuoteExtractorTest {

  private static String fixture(String name) throws IOException {
    try (InputStream in = CueQuoteExtractorTest.class.getResourceAsStream("/quote/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Quote> quotesOf(String lang, String name) throws IOException {
    return QuoteFixtures.quotes(lang, fixture(name).strip().split("\n\n"));
  }

  private static Quote find(List<Quote> qs, String start) {
    return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting \"" + start + "\" in " + qs));
  }

  @Test
  void interruptedQuoteIsOneQuoteWithItsSpeaker() throws IOException {
    Quote q = find(quotesOf("en", "en-talks.txt"), "We had a very constructive meeting");
    assertEquals(Quote.Kind.DIRECT, q.kind());
    assertEquals(2, q.parts().size());
    assertTrue(q.text().endsWith("pave the way for peace."));
    assertEquals("said", q.cue());
    assertTrue(q.speaker().key().endsWith("Vladimir Putin"), q.speaker().toString());
  }

  @Test
  void roleNounResolvesToTheTitledPerson() throws IOException {
    Quote q = find(quotesOf("en", "en-talks.txt"), "Next time in Moscow?");
    assertEquals("the Russian leader", q.speaker().name());
    assertTrue(q.speaker().key().endsWith("Vladimir Putin"), q.speaker().toString());
  }

  @Test
  void appositionAndPronounFollowTheNamedSpeaker() throws IOException {
    List<Quote> qs = quotesOf("en", "en-talks.txt");
    Quote indirect = find(qs, "the summit changed little");
    assertEquals(Quote.Kind.INDIRECT, indirect.kind());
    assertEquals("Jane Doe", indirect.speaker().name());
    Quote direct = find(qs, "The bad news is");
    assertEquals("she", direct.speaker().name());
    assertEquals(indirect.speaker().key(), direct.speaker().key());
    assertEquals(2, direct.parts().size(), "the quote goes on after \"she told reporters\"");
  }

  @Test
  void unnamedDescriptionStaysUnresolvedAndScareQuoteStaysApart() throws IOException {
    List<Quote> qs = quotesOf("en", "en-talks.txt");
    Quote scare = find(qs, "nothing burger");
    assertEquals(Quote.Kind.SCARE, scare.kind());
    assertNotNull(scare.speaker());
    assertEquals("A presidential aide", scare.speaker().name());
    assertNull(scare.speaker().key());
  }

  @Test
  void accordingToAndSaidThatAreIndirect() throws IOException {
    List<Quote> qs = quotesOf("en", "en-talks.txt");
    Quote a = find(qs, "the talks lasted nearly three hours");
    assertEquals("According to", a.cue());
    assertEquals(Quote.Kind.INDIRECT, a.kind());
    Quote b = find(qs, "that the two leaders would meet again soon");
    assertEquals(Quote.Kind.INDIRECT, b.kind());
  }

  @Test
  void colonAnnouncesAQuoteOverSeveralParagraphs() throws IOException {
    Quote q = find(quotesOf("en", "en-talks.txt"), "We expect more talks");
    assertEquals("The spokesman", q.speaker().name());
    assertEquals("continued", q.cue());
    assertTrue(q.text().contains("We will report on every step."), q.text());
  }

  @Test
  void chineseCues() throws IOException {
    List<Quote> qs = quotesOf("zh", "zh-talks.txt");
    Quote direct = find(qs, "下次在莫斯科见");
    assertEquals(Quote.Kind.DIRECT, direct.kind());
    assertEquals("表示", direct.cue());
    assertEquals("普京", direct.speaker().name());
    Quote ju = find(qs, "双方在会谈中讨论了乌克兰问题");
    assertEquals("据", ju.cue());
    assertEquals(Quote.Kind.INDIRECT, ju.kind());
    Quote he = find(qs, "会谈很有建设性");
    assertEquals("他", he.speaker().name());
    assertEquals(direct.speaker().key(), he.speaker().key(), "他 is the person last quoted, not the agency");
    Quote official = find(qs, "会谈持续了将近三个小时");
    assertEquals("该官员", official.speaker().name());
    assertNull(official.speaker().key());
    Quote fused = find(qs, "这次会谈没有取得任何进展");
    assertEquals("称", fused.cue(), "the segmenter writes 官员称 as one word");
    assertEquals(Quote.Kind.INDIRECT, fused.kind());
    assertNull(fused.speaker().key(), "an unnamed official stays unresolved");
    Quote framed = find(qs, "这次会谈打了十分");
    assertEquals("说", framed.cue(), "在……时说, though the segmenter joins 时说");
    assertEquals("特朗普", framed.speaker().name(), "not 福克斯, named inside the setting");
  }

  @Test
  void chineseNestedSettingsBelongToTheSubject() {
    List<Quote> qs = QuoteFixtures.quotes("zh",
        "德国总理默克尔在与法国总统马克龙在巴黎会谈之后的记者会上表示，两国在预算问题上立场一致。");
    Quote q = find(qs, "两国在预算问题上");
    assertEquals("默克尔", q.speaker().name(), "the outer setting opens after the subject, not 马克龙");
  }

  @Test
  void germanFrenchSpanishVerbs() {
    Quote de = QuoteFixtures.quotes("de", "„Wir sind zufrieden“, sagte Scholz am Freitag.").get(0);
    assertEquals("sagte", de.cue());
    assertEquals("Wir sind zufrieden", de.text());
    assertEquals("Scholz", de.speaker().name());
    Quote fr = QuoteFixtures.quotes("fr", "« Nous sommes satisfaits », a déclaré Macron.").get(0);
    assertEquals("a déclaré", fr.cue());
    assertEquals("Macron", fr.speaker().name());
    Quote es = QuoteFixtures.quotes("es", "\"Estamos satisfechos\", dijo Sánchez.").get(0);
    assertEquals("dijo", es.cue());
    assertEquals("Sánchez", es.speaker().name());
  }

  @Test
  void germanSubjectAfterTheVerbWhenSomethingElseOpensTheClause() {
    List<Quote> qs = QuoteFixtures.quotes("de", "Ähnlich äußerte sich der Präsident der Vereinigten Staaten: "
        + "„Wir werden nicht nachgeben.“ Gegenüber dem Sender sagte er: „Das ist der Anfang vom Ende.“ "
        + "Das Ministerium teilte am Montag mit: „Die Lage ist ruhig.“");
    String president = find(qs, "Wir werden").speaker().name();
    assertTrue(president.startsWith("der Präsident"), president + ": not Ähnlich");
    assertEquals("er", find(qs, "Das ist der Anfang").speaker().name(), "not the fronted phrase");
    assertEquals("Das Ministerium", find(qs, "Die Lage").speaker().name(), "teilte ... mit is one cue");
  }

  @Test
  void aSpeakerAfterABareQuoteAndTurnsOfADialogue() {
    List<Quote> qs = QuoteFixtures.quotes("en", "“Are you coming?”", "Smith said.", "“Yes, tomorrow.”",
        "Jones said.", "“Good.”", "“See you then.”");
    assertEquals("Smith", find(qs, "Are you coming").speaker().name(), "the sentence after names the speaker");
    assertEquals("Jones", find(qs, "Yes, tomorrow").speaker().name());
    assertEquals("Smith", find(qs, "Good").speaker().name(), "the other party answers");
    assertEquals("Jones", find(qs, "See you then").speaker().name());
  }

  @Test
  void spansPointIntoTheArticleText() throws IOException {
    Article a = QuoteFixtures.article("en", fixture("en-talks.txt").strip().split("\n\n"));
    for (Quote q : QuoteFixtures.PARALLAX.analyze(a).quotes()) {
      String joined = String.join(" ", q.parts().stream().map(s -> s.of(a.text())).toList());
      assertEquals(q.text(), joined);
      if (q.speaker() != null && q.speaker().span() != null) {
        assertEquals(q.speaker().name(), q.speaker().span().of(a.text()));
      }
    }
  }

  @Test
  void sameInputSameQuotes() throws IOException {
    assertEquals(quotesOf("en", "en-talks.txt"), quotesOf("en", "en-talks.txt"));
  }

  @Test
  void randomInputNeverThrows() {
    Random r = new Random(7);
    String alphabet = "ab Cd.,:;\"'“”‘’«»„「」『』\n—said told 他说表示据";
    for (int n = 0; n < 200; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(300);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = b.toString().strip();
      if (!text.isEmpty()) {
        for (String lang : List.of("en", "zh")) {
          QuoteFixtures.quotes(lang, text);
        }
      }
    }
  }
}
