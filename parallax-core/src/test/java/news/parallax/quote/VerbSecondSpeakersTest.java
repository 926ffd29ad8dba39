package news.parallax.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.parallax.model.Quote;
import org.junit.jupiter.api.Test;

/** German speakers by word order, and quoted words inside reported speech as direct quotes. */
class VerbSecondSpeakersTest {

  private static Quote direct(List<Quote> qs, String text) {
    return qs.stream().filter(q -> q.kind() == Quote.Kind.DIRECT && q.text().contains(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no direct quote holding '" + text + "' in " + qs));
  }

  private static void speaks(Quote q, String name) {
    assertNotNull(q.speaker(), q.toString());
    assertTrue(q.speaker().name().contains(name) || q.speaker().key() != null && q.speaker().key().contains(name),
        "speaker of '" + q.text() + "': " + q.speaker());
  }

  @Test
  void subjectAfterAPrepositionalPhraseAndTheVerb() {
    List<Quote> qs = QuoteFixtures.quotes("de",
        "In der Sendung am Abend zeigte sich die Trainerin Anna Muster zufrieden: „Wir haben gut gespielt.“");
    speaks(direct(qs, "gut gespielt"), "Muster");
  }

  @Test
  void subjectWithAnAppositionBeforeTheCue() {
    List<Quote> qs = QuoteFixtures.quotes("de",
        "Die Senatorin Maria Probe, die Vorsitzende des Ausschusses, kritisierte: „So geht es nicht weiter.“");
    speaks(direct(qs, "nicht weiter"), "Probe");
  }

  @Test
  void subjectBeforeAnAuxiliaryWhenTheCueClosesTheClause() {
    List<Quote> qs = QuoteFixtures.quotes("de",
        "Der Bürgermeister Hans Test hatte besonders die Rolle der Vereine betont: „Ohne sie läuft nichts.“");
    speaks(direct(qs, "läuft nichts"), "Test");
  }

  @Test
  void theSubjectNamingAPersonWinsOverAnObjectInFront() {
    List<Quote> qs = QuoteFixtures.quotes("de",
        "Die neuen Regeln stellte der Landrat Karl Beispiel ebenfalls in Frage: „Wer soll das bezahlen?“");
    speaks(direct(qs, "bezahlen"), "Beispiel");
  }

  @Test
  void aBareQuoteTakesTheSubjectOfTheSentenceBefore() {
    List<Quote> qs = QuoteFixtures.quotes("de",
        "Der Landrat Karl Beispiel verurteilte die Entscheidung der Regierung. „Das ist ein schwerer Fehler.“");
    speaks(direct(qs, "schwerer Fehler"), "Beispiel");
  }

  @Test
  void quotedWordsInReportedSpeechAreTheSpeakersOwn() {
    List<Quote> qs = QuoteFixtures.quotes("de",
        "Die Ministerin Eva Probe sagte, die Lage sei „sehr ernst und schwierig“. "
            + "Der Plan sei „noch nicht ausgereift“.");
    speaks(direct(qs, "sehr ernst"), "Probe");
    speaks(direct(qs, "ausgereift"), "Probe");
  }

  @Test
  void aQuotedNameIsNoQuote() {
    List<Quote> qs = QuoteFixtures.quotes("de",
        "Die Ministerin Eva Probe sagte der „Berliner Morgenpost“, sie sei zufrieden.");
    assertEquals(0, qs.stream().filter(q -> q.kind() == Quote.Kind.DIRECT).count(), qs.toString());
  }
}
