package news.parallax.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import news.parallax.entity.LinkedEntities;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Entity;
import news.parallax.model.EntityType;
import news.parallax.model.Quote;
import news.parallax.model.QuoteGroup;
import org.junit.jupiter.api.Test;

class OverlapQuoteGrouperTest {
  private final QuoteGrouper grouper = QuoteGrouper.standard();

  /** Links every key ending in the surname to one story entity. */
  private static LinkedEntities link(List<AnalyzedArticle> articles, String id, String name, String... surnames) {
    Map<String, String> byKey = new java.util.HashMap<>();
    for (AnalyzedArticle a : articles) {
      for (Quote q : a.quotes()) {
        if (q.speaker() != null && q.speaker().key() != null) {
          for (String s : surnames) {
            if (q.speaker().key().endsWith(s)) {
              byKey.put(a.id() + "\u0000" + q.speaker().key(), id);
            }
          }
        }
      }
    }
    Entity e = new Entity(id, name, EntityType.PERSON, Map.of("en", List.of(name)), List.of(), List.of());
    return new LinkedEntities(List.of(e), byKey);
  }

  @Test
  void variantsAndCutsOfOneStatementAreOneGroup() {
    List<AnalyzedArticle> arts = List.of(
        QuoteFixtures.analyze("en", "Russian President Vladimir Putin met Trump.",
            "\"Next time in Moscow?\" Putin asked."),
        QuoteFixtures.analyze("en", "Russian President Vladimir Putin met Trump.",
            "“Next time, in Moscow?” Putin said, smiling."),
        QuoteFixtures.analyze("en", "Russian President Vladimir Putin met Trump.",
            "Putin said in English: \"Next time in Moscow.\" He left."));
    List<QuoteGroup> groups = grouper.group(arts, link(arts, "e1", "Vladimir Putin", "Putin"));
    QuoteGroup first = groups.get(0);
    assertEquals(3, first.articles().size(), groups.toString());
    assertEquals("e1", first.entity());
    assertEquals(Quote.Kind.DIRECT, first.kind());
  }

  @Test
  void differentSpeakersStayApart() {
    List<AnalyzedArticle> arts = List.of(
        QuoteFixtures.analyze("en", "\"We made progress on many points,\" Trump said."),
        QuoteFixtures.analyze("en", "\"We made progress on many points,\" Lavrov said."));
    List<QuoteGroup> groups = grouper.group(arts, new LinkedEntities(List.of(), Map.of()));
    assertEquals(2, groups.size(), groups.toString());
  }

  @Test
  void scareQuotesAreNotGroupedWithStatements() {
    List<AnalyzedArticle> arts = List.of(
        QuoteFixtures.analyze("en", "An aide described the meeting as a “nothing burger”."),
        QuoteFixtures.analyze("en", "\"It was a nothing burger,\" an aide said."));
    for (QuoteGroup g : grouper.group(arts, new LinkedEntities(List.of(), Map.of()))) {
      assertEquals(1, g.variants().stream().map(v -> v.text().length() < 20).distinct().count(), g.toString());
    }
  }

  @Test
  void chineseAndEnglishRenderingsOfOneStatementGroup() {
    AnalyzedArticle en = QuoteFixtures.analyze("en",
        "\"The talks were very constructive and useful for peace,\" Putin said.");
    AnalyzedArticle zh = QuoteFixtures.analyze("zh", "普京说：“会谈非常有建设性，对和平有用。”");
    List<AnalyzedArticle> arts = List.of(en, zh);
    String enKey = en.quotes().get(0).speaker().key();
    String zhKey = zh.quotes().get(0).speaker().key();
    Entity e = new Entity("p", "Vladimir Putin", EntityType.PERSON,
        Map.of("en", List.of("Putin"), "zh", List.of("普京")), List.of(), List.of());
    LinkedEntities linked = new LinkedEntities(List.of(e),
        Map.of(en.id() + "\u0000" + enKey, "p", zh.id() + "\u0000" + zhKey, "p"));
    List<QuoteGroup> groups = grouper.group(arts, linked);
    assertEquals(2, groups.get(0).articles().size(), groups.toString());
  }

  @Test
  void unrelatedChineseStatementStaysApart() {
    AnalyzedArticle en = QuoteFixtures.analyze("en",
        "\"The talks were very constructive and useful for peace,\" Putin said.");
    AnalyzedArticle zh = QuoteFixtures.analyze("zh", "普京说：“俄罗斯的经济今年增长了百分之三。”");
    String enKey = en.quotes().get(0).speaker().key();
    String zhKey = zh.quotes().get(0).speaker().key();
    Entity e = new Entity("p", "Vladimir Putin", EntityType.PERSON, Map.of(), List.of(), List.of());
    LinkedEntities linked = new LinkedEntities(List.of(e),
        Map.of(en.id() + "\u0000" + enKey, "p", zh.id() + "\u0000" + zhKey, "p"));
    assertEquals(2, grouper.group(List.of(en, zh), linked).size());
  }
}
