package news.parallax.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import news.parallax.model.Quote;
import news.parallax.model.Span;
import news.parallax.model.Speaker;
import org.junit.jupiter.api.Test;

class QuoteScorerTest {
  private static final String TEXT = "“We won,” Smith said. Jones said that taxes would rise. He added more.";
  private static final String ANN = String.join("\n",
      "T1\tContent 0 9\t“We won,”",
      "T2\tSource 10 15\tSmith",
      "T3\tCue 16 20\tsaid",
      "T4\tAttribution 16 20\tsaid",
      "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
      "T5\tSource 22 27\tJones",
      "T6\tCue 28 32\tsaid",
      "T7\tContent 33 54\tthat taxes would rise",
      "T8\tAttribution 28 32\tsaid",
      "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
      "T9\tContent 11 13;59 64\tdiscontinuous",
      "E3\tAttribution-no-source:T9 Content:T9");

  @Test
  void readsEventsAndDiscontinuousContent() {
    List<BratAttributions.Attribution> gold = BratAttributions.parse(ANN, "test.ann");
    assertEquals(3, gold.size());
    assertEquals(new Span(10, 15), gold.get(0).source());
    assertEquals(List.of(new Span(11, 13), new Span(59, 64)), gold.get(1).content());
  }

  @Test
  void malformedLineNamesFileAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BratAttributions.parse("T1\tContent x y\tz", "bad.ann"));
    assertEquals(true, e.getMessage().startsWith("bad.ann:1:"));
  }

  @Test
  void scoresDirectAndAllWithSpeakers() {
    List<BratAttributions.Attribution> gold = BratAttributions.parse(ANN, "test.ann").stream()
        .filter(a -> a.source() != null).toList();
    List<Quote> predicted = List.of(
        new Quote(new Span(1, 7), "We won", Quote.Kind.DIRECT, "said",
            new Speaker("Smith", "John Smith", new Span(10, 15))),
        new Quote(new Span(38, 54), "taxes would rise", Quote.Kind.INDIRECT, "said",
            new Speaker("Brown", "Brown", new Span(0, 1))),
        new Quote(new Span(59, 69), "added more", Quote.Kind.INDIRECT, "", null),
        new Quote(new Span(4, 7), "won", Quote.Kind.SCARE, "", null));
    QuoteScorer.Scores s = QuoteScorer.score(TEXT, gold, predicted);
    assertEquals(1, s.direct().gold());
    assertEquals(1, s.direct().predicted());
    assertEquals(1, s.direct().exact(), "quote marks and the comma do not count");
    assertEquals(1.0, s.direct().f1());
    assertEquals(2, s.all().gold());
    assertEquals(3, s.all().predicted(), "scare quotes are no attributions");
    assertEquals(2, s.all().matched());
    assertEquals(1, s.all().speakerRight());
    assertEquals(2, s.all().speakerJudged());
  }

  @Test
  void personLevelTakesTheResolvedEntityAndTheNamedAntecedentOfAPronoun() {
    List<BratAttributions.Attribution> gold = BratAttributions.parse(ANN, "test.ann").stream()
        .filter(a -> a.source() != null).toList();
    // the pronoun's span is right but it was resolved to the wrong person
    BratAttributions.Attribution pronoun = new BratAttributions.Attribution(List.of(new Span(59, 69)),
        new Span(56, 58), null);
    List<BratAttributions.Attribution> withPronoun = List.of(gold.get(0), gold.get(1), pronoun);
    assertEquals(java.util.Set.of("jones"), QuoteScorer.goldPerson(TEXT, pronoun, withPronoun));
    List<Quote> predicted = List.of(
        new Quote(new Span(1, 7), "We won", Quote.Kind.DIRECT, "said",
            new Speaker("Smith", "John Smith", new Span(10, 15))),
        new Quote(new Span(59, 69), "added more", Quote.Kind.INDIRECT, "added",
            new Speaker("He", "John Smith", new Span(56, 58))),
        new Quote(new Span(38, 54), "taxes would rise", Quote.Kind.INDIRECT, "said",
            new Speaker("Saturday", null, new Span(0, 1))));
    QuoteScorer.Counts all = QuoteScorer.score(TEXT, withPronoun, predicted).all();
    assertEquals(3, all.personJudged());
    assertEquals(1, all.personRight(), "Smith right; He is not Jones; Saturday resolves to no one");
    assertEquals(2, all.speakerRight(), "the span measure counts the pronoun as right");
    assertEquals(1, all.nonPerson(), "Saturday is no source");
    assertEquals(3, all.withSpeaker());
  }
}
