package news.parallax.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Entity;
import org.junit.jupiter.api.Test;

class EvidenceEntityLinkerTest {
  private static final List<AnalyzedArticle> ARTICLES = List.of(Fixtures.analyzed("en-talks.txt"),
      Fixtures.analyzed("zh-talks.txt"), Fixtures.analyzed("en-summit.txt"), Fixtures.analyzed("zh-summit.txt"));
  private static final LinkedEntities LINKED = EntityLinker.standard().link(ARTICLES);

  private static Entity withAlias(String alias) {
    return LINKED.entities().stream()
        .filter(e -> e.aliases().values().stream().anyMatch(l -> l.contains(alias)))
        .findFirst().orElseThrow(() -> new AssertionError("no entity with alias " + alias + ": " + LINKED.entities()));
  }

  private static boolean hasSignal(Entity e, String signal) {
    return e.evidence().stream().anyMatch(v -> v.signal().equals(signal));
  }

  @Test
  void spellingVariantsAndTransliterationMakeOnePerson() {
    Entity z = withAlias("泽连斯基");
    assertTrue(z.aliases().get("en").containsAll(List.of("Volodymyr Zelenskyy", "Volodymyr Zelensky", "Zelenskiy")),
        z.toString());
    assertTrue(hasSignal(z, "spelling"), z.evidence().toString());
    assertTrue(hasSignal(z, "transliteration"), z.evidence().toString());
    assertEquals(4, z.articles().size());
  }

  @Test
  void lavrovAndTrumpByTheirSounds() {
    Entity lavrov = withAlias("拉夫罗夫");
    assertTrue(lavrov.aliases().get("en").contains("Sergei Lavrov"), lavrov.toString());
    Entity trump = withAlias("特朗普");
    assertTrue(trump.aliases().get("en").contains("Donald Trump"), trump.toString());
  }

  @Test
  void placesThroughCldrAndDictionary() {
    Entity anchorage = withAlias("安克雷奇");
    assertTrue(anchorage.aliases().get("en").contains("Anchorage"));
    assertTrue(hasSignal(anchorage, "cldr"), anchorage.evidence().toString());
    Entity putin = withAlias("普京");
    assertTrue(putin.aliases().get("en").contains("Vladimir Putin"));
    assertTrue(hasSignal(putin, "dictionary"), putin.evidence().toString());
  }

  @Test
  void differentPeopleStayApart() {
    assertTrue(withAlias("鲁比奥") != withAlias("拉夫罗夫"));
    Entity rubio = withAlias("Marco Rubio");
    assertTrue(rubio.aliases().getOrDefault("zh", List.of()).contains("鲁比奥"), rubio.toString());
    assertTrue(withAlias("Geneva") != withAlias("Moscow"));
  }

  @Test
  void everyMentionKeyFindsItsEntity() {
    for (AnalyzedArticle a : ARTICLES) {
      a.mentions().stream().filter(m -> !m.role() && m.type() != news.parallax.model.EntityType.OTHER)
          .forEach(m -> assertNotNull(LINKED.entityOf(a.id(), m.key()), m.toString()));
    }
  }

  @Test
  void linkingIsDeterministic() {
    assertEquals(LINKED, EntityLinker.standard().link(ARTICLES));
  }
}
