package news.parallax.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import news.parallax.Parallax;
import news.parallax.eval.EcbPlusMentions;
import news.parallax.eval.EntityEvaluation;
import news.parallax.eval.GateFloors;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Entity;
import news.parallax.model.EntityType;
import news.parallax.model.InputError;
import news.parallax.model.Page;
import news.parallax.testing.Shared;
import org.junit.jupiter.api.Test;

/**
 * CI gate: entity scores on the shared evaluation data must not fall below pinned floors (in
 * {@code gate-floors.properties}, with the digest of the data they were measured on).
 */
class EntityGateTest {
  static final double ALL_F1_FLOOR = GateFloors.floor("entities.all.f1");
  static final double PERSON_F1_FLOOR = GateFloors.floor("entities.person.f1");
  static final double PLACE_F1_FLOOR = GateFloors.floor("entities.place.f1");
  static final double NAMES_F1_FLOOR = GateFloors.floor("entities.names.f1");

  static final double HALF_F1_FLOOR = GateFloors.floor("entities.half.f1");

  @Test
  void ecbPlusMentionScoresStayAboveTheirFloors() throws Exception {
    Path dir = GateFloors.data("eval/ecbplus/ECB+");
    EntityEvaluation.Halves h = EntityEvaluation.standard().halves(EcbPlusMentions.read(dir));
    EntityEvaluation.Result r = h.rulesOnAll();
    for (EntityEvaluation.Result half : h.rules()) {
      assertTrue(half.all().f1() >= HALF_F1_FLOOR, h.report());
    }
    assertTrue(r.all().f1() >= ALL_F1_FLOOR, r.report());
    assertTrue(r.person().f1() >= PERSON_F1_FLOOR, r.report());
    assertTrue(r.place().f1() >= PLACE_F1_FLOOR, r.report());
    assertTrue(r.names().f1() >= NAMES_F1_FLOOR, r.report());
  }

  @Test
  void seedPeopleAndPlacesAreOneEntityAcrossPagesAndLanguages() throws Exception {
    Path seeds = Shared.require("seeds");
    Parallax parallax = Parallax.create();
    List<InputError> errors = new ArrayList<>();
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (Page p : parallax.read(List.of(seeds), errors)) {
      articles.add(parallax.analyze(parallax.extract(p)));
    }
    assertEquals(5, articles.size(), errors.toString());
    LinkedEntities linked = EntityLinker.standard().link(articles);
    Entity zelensky = entity(linked, "泽连斯基");
    assertTrue(zelensky.aliases().get("en").containsAll(List.of("Volodymyr Zelensky", "Volodymyr Zelenskyy",
        "Volodymyr Zelenskiy")), zelensky.toString());
    assertEquals(EntityType.PERSON, zelensky.type());
    assertTrue(entity(linked, "普京").aliases().get("en").contains("Vladimir Putin"));
    assertTrue(entity(linked, "特朗普").aliases().get("en").contains("Donald Trump"));
    Entity anchorage = entity(linked, "安克雷奇");
    assertTrue(anchorage.aliases().get("en").contains("Anchorage"));
    assertEquals(EntityType.PLACE, anchorage.type());
    assertEquals(5, anchorage.articles().size());
    assertNotEquals(entity(linked, "普京"), entity(linked, "特朗普"));
    // whole names, right types, one place under its spellings, Chinese-only people named in English
    Entity base = entity(linked, "Joint Base Elmendorf-Richardson");
    assertTrue(base.aliases().get("en").contains("Elmendorf Air Force Base"), base.toString());
    assertEquals(EntityType.PLACE, base.type());
    assertEquals(EntityType.ORGANIZATION, entity(linked, "Center for a New American Security").type());
    assertEquals(EntityType.PERSON, entity(linked, "J.D. Vance").type());
    for (String zh : List.of("拉夫罗夫", "乌沙科夫", "佩斯科夫", "德米特里耶夫", "威特科夫", "鲁比奥")) {
      Entity p = entity(linked, zh);
      assertEquals(EntityType.PERSON, p.type(), p.toString());
      assertTrue(p.name().matches("[A-Z][a-z]+ \\(" + zh + "\\)"), p.toString());
    }
    // a Chinese name joins its English one through ECDICT's names of several words
    Entity whiteHouse = entity(linked, "白宫");
    assertTrue(whiteHouse.aliases().getOrDefault("en", List.of()).contains("White House"), whiteHouse.toString());
    // a Chinese-only place ending with a place noun is named in English
    assertTrue(entity(linked, "西沃德高速公路").name().matches("[A-Z][a-z]+ Highway \\(西沃德高速公路\\)"),
        entity(linked, "西沃德高速公路").toString());
    for (Entity e : linked.entities()) {
      assertTrue(!(e.type() == EntityType.PERSON && (List.of("J.D", "J.D.", "Vance").contains(e.name())
          || e.aliases().getOrDefault("zh", List.of()).stream().anyMatch(List.of("埃尔门多夫", "理查森", "沃德")::contains))),
          e.toString());
      assertTrue(!(e.type() == EntityType.PLACE && e.name().contains("Cold War")), e.toString());
      assertTrue(!e.name().equals("Center") && !e.name().equals("New American Security"), e.toString());
      assertTrue(!e.name().contains("And I"), e.toString());
      assertTrue(!(e.name().equals("White House") && e.type() == EntityType.PERSON), e.toString());
    }
  }

  private static Entity entity(LinkedEntities linked, String alias) {
    return linked.entities().stream()
        .filter(e -> e.aliases().values().stream().anyMatch(l -> l.contains(alias)))
        .findFirst().orElseThrow(() -> new AssertionError("no entity for " + alias));
  }
}
