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

  private static AnalyzedArticle article(String id, String lang, String... paragraphs) {
    news.parallax.model.Article a = new news.parallax.model.Article(id, id, null, null, null, null, null, lang,
        List.of(paragraphs), List.of(), 0);
    List<news.parallax.model.Sentence> s = news.parallax.text.TextAnalyzer.standard().analyze(a);
    return new AnalyzedArticle(a, s, EntityRecognizer.standard().recognize(a, s), List.of(), List.of());
  }

  @Test
  void chineseOnlyNamesGetAnEnglishNameWithItsEvidence() {
    LinkedEntities linked = EntityLinker.standard().link(List.of(
        article("z1", "zh", "俄罗斯外长拉夫罗夫在日内瓦与国务卿鲁比奥会谈。拉夫罗夫表示，会谈很顺利。鲁比奥没有回应。")));
    Entity lavrov = linked.entities().stream().filter(e -> e.aliases().getOrDefault("zh", List.of()).contains("拉夫罗夫"))
        .findFirst().orElseThrow(() -> new AssertionError(linked.entities().toString()));
    assertEquals("Lavrov (拉夫罗夫)", lavrov.name());
    assertTrue(lavrov.evidence().stream().anyMatch(v -> v.field().equals("name") && v.signal().equals("romanization")
        && v.detail().equals("拉夫罗夫 → Lavrov")), lavrov.evidence().toString());
    Entity geneva = linked.entities().stream().filter(e -> e.aliases().getOrDefault("zh", List.of()).contains("日内瓦"))
        .findFirst().orElseThrow(() -> new AssertionError(linked.entities().toString()));
    assertEquals("Geneva (日内瓦)", geneva.name(), "a dictionary name before a spelling by characters");
  }

  @Test
  void spellingsOfOnePlaceAreOneEntityAcrossScripts() {
    LinkedEntities linked = EntityLinker.standard().link(List.of(
        article("e1", "en", "The leaders met at Elmendorf Air Force Base in Anchorage on Friday."),
        article("e2", "en", "Troops at Joint Base Elmendorf-Richardson lined the runway."),
        article("z1", "zh", "两国领导人在埃尔门多夫-理查森联合军事基地会面。"),
        article("e3", "en", "Guests at Fort Worth and at Fort Smith watched.")));
    Entity base = linked.entities().stream()
        .filter(e -> e.aliases().getOrDefault("en", List.of()).contains("Elmendorf Air Force Base")).findFirst()
        .orElseThrow(() -> new AssertionError(linked.entities().toString()));
    assertTrue(base.aliases().get("en").contains("Joint Base Elmendorf-Richardson"), base.toString());
    assertTrue(base.aliases().get("zh").contains("埃尔门多夫-理查森联合军事基地"), base.toString());
    assertTrue(hasSignal(base, "place-name"), base.evidence().toString());
    assertTrue(linked.entities().stream().noneMatch(e -> e.aliases().getOrDefault("en", List.of())
        .containsAll(List.of("Fort Worth", "Fort Smith"))), "different places with one place word stay apart");
  }

  @Test
  void englishNamesGetTheirChineseFormWhereADictionaryGivesOne() {
    LinkedEntities linked = EntityLinker.standard().link(List.of(article("e1", "en",
        "Officials in Kyiv said the talks in Geneva went well.")));
    Entity kyiv = linked.entities().stream().filter(e -> e.name().equals("Kyiv")).findFirst()
        .orElseThrow(() -> new AssertionError(linked.entities().toString()));
    assertTrue(kyiv.evidence().stream().anyMatch(v -> v.field().equals("name-zh") && v.detail().equals("Kyiv → 基辅")),
        kyiv.evidence().toString());
  }

  @Test
  void namesOfSeveralWordsJoinTheirChineseRenderingThroughTheDictionary() {
    LinkedEntities linked = EntityLinker.standard().link(List.of(
        article("e1", "en", "The White House said the talks went well. A White House official agreed."),
        article("z1", "zh", "白宫表示会谈很顺利。白宫官员也这样说。示威者在西沃德高速公路旁集会。")));
    Entity house = linked.entities().stream()
        .filter(e -> e.aliases().getOrDefault("zh", List.of()).contains("白宫")).findFirst()
        .orElseThrow(() -> new AssertionError(linked.entities().toString()));
    assertTrue(house.aliases().getOrDefault("en", List.of()).contains("White House"), house.toString());
    assertTrue(hasSignal(house, "dictionary"), house.evidence().toString());
    Entity highway = linked.entities().stream()
        .filter(e -> e.aliases().getOrDefault("zh", List.of()).contains("西沃德高速公路")).findFirst()
        .orElseThrow(() -> new AssertionError(linked.entities().toString()));
    assertTrue(highway.name().endsWith(" Highway (西沃德高速公路)"), highway.toString());
  }
}
