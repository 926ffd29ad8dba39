package news.parallax.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import news.parallax.Analysis;
import news.parallax.Parallax;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Quote;
import news.parallax.model.QuoteGroup;
import news.parallax.model.StoryView;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference case: the five seed pages of the Anchorage summit. */
class SeedQuotesTest {
  private static Analysis run;

  @BeforeAll
  static void analyze() {
    Path seeds = Shared.require("seeds");
    run = Parallax.create().analyze(List.of(seeds));
  }

  private static List<QuoteGroup> groups() {
    return run.stories().stream().flatMap(s -> s.quotes().stream()).toList();
  }

  private static QuoteGroup groupWith(String words) {
    return groups().stream().filter(g -> g.kind() != Quote.Kind.SCARE)
        .filter(g -> g.variants().stream().anyMatch(v -> v.text().contains(words)))
        .max((x, y) -> Integer.compare(x.articles().size(), y.articles().size()))
        .orElseThrow(() -> new AssertionError("no group with \"" + words + "\""));
  }

  @Test
  void nextTimeInMoscowIsOneGroupCarriedByFourOutlets() {
    QuoteGroup g = groupWith("Moscow");
    assertEquals(4, g.articles().size(), g.toString());
    assertTrue(g.speaker().contains("Putin"), g.speaker());
  }

  @Test
  void trumpsGoodChanceIsOneGroupAcrossTheOutletsCarryingIt() {
    QuoteGroup g = groupWith("very good chance of getting there");
    long carrying = run.articles().stream()
        .filter(a -> a.article().text().contains("very good chance of getting there")).count();
    assertEquals(carrying, g.articles().size(), g.toString());
    assertTrue(g.speaker().contains("Trump"), g.speaker());
  }

  @Test
  void expertsGetTheirOwnQuotes() {
    for (String expert : List.of("Kendall-Taylor", "William Taylor", "Eric Green")) {
      boolean found = run.articles().stream().flatMap(a -> a.quotes().stream())
          .anyMatch(q -> q.speaker() != null && q.kind() != Quote.Kind.SCARE
              && (q.speaker().name().contains(expert) || q.speaker().key() != null
                  && q.speaker().key().contains(expert)));
      assertTrue(found, expert);
    }
  }

  @Test
  void nothingBurgerIsAScareQuoteWithAnUnresolvedSpeaker() {
    Quote q = run.articles().stream().flatMap(a -> a.quotes().stream())
        .filter(x -> x.text().contains("nothing burger")).filter(x -> x.kind() == Quote.Kind.SCARE)
        .findFirst().orElseThrow();
    assertTrue(q.speaker() != null && !q.speaker().name().isEmpty());
    assertNull(q.speaker().key());
    for (StoryView s : run.stories()) {
      for (QuoteGroup g : s.quotes()) {
        if (g.kind() != Quote.Kind.SCARE) {
          assertTrue(g.variants().stream().noneMatch(v -> v.text().equals("nothing burger")));
        }
      }
    }
  }

  @Test
  void everyQuoteSpanPointsIntoItsArticle() {
    for (AnalyzedArticle a : run.articles()) {
      for (Quote q : a.quotes()) {
        assertTrue(q.span().end() <= a.article().text().length());
      }
    }
  }
}
