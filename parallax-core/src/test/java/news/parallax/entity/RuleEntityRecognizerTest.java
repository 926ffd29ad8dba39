package news.parallax.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class RuleEntityRecognizerTest {
  private static final AnalyzedArticle EN = Fixtures.analyzed("en-talks.txt");
  private static final AnalyzedArticle ZH = Fixtures.analyzed("zh-talks.txt");

  private static Mention find(AnalyzedArticle a, String text) {
    return a.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + a.mentions()));
  }

  @Test
  void titlesAreCutOffAndSurnamesResolveToTheFullName() {
    Mention full = find(EN, "Sergei Lavrov");
    assertEquals(EntityType.PERSON, full.type());
    assertFalse(full.role());
    Mention surname = find(EN, "Lavrov");
    assertEquals("Sergei Lavrov", surname.key());
    assertEquals(EntityType.PERSON, surname.type());
  }

  @Test
  void pronounsAndDescriptionsResolveWhereTheTextSupportsIt() {
    Mention he = find(EN, "He");
    assertTrue(he.role());
    assertEquals("Sergei Lavrov", he.key());
    Mention diplomat = find(EN, "The Russian diplomat");
    assertTrue(diplomat.role());
    assertEquals("Sergei Lavrov", diplomat.key());
    Mention president = find(EN, "the Ukrainian president");
    assertEquals("Volodymyr Zelenskyy", president.key());
  }

  @Test
  void placesAndOrganisationsAreTypedAndJunkIsLeftOut() {
    assertEquals(EntityType.PLACE, find(EN, "Geneva").type());
    assertEquals(EntityType.PLACE, find(EN, "Moscow").type());
    assertEquals(EntityType.ORGANIZATION, find(EN, "White House").type());
    assertTrue(EN.mentions().stream().noneMatch(m -> m.text().contains("And I")));
    Mention i = find(EN, "I");
    assertTrue(i.role());
    assertNull(i.key(), "the first person is the speaker, not the last person named");
  }

  @Test
  void chineseNamesTitlesAndPronouns() {
    Mention lavrov = find(ZH, "拉夫罗夫");
    assertEquals(EntityType.PERSON, lavrov.type());
    assertEquals(EntityType.PERSON, find(ZH, "泽连斯基").type());
    assertEquals(EntityType.PLACE, find(ZH, "日内瓦").type());
    Mention he = find(ZH, "他");
    assertTrue(he.role());
    assertEquals("拉夫罗夫", he.key());
  }

  @Test
  void mentionsAreInTextOrderAndPointAtTheirText() {
    String text = EN.article().text();
    int last = -1;
    for (Mention m : EN.mentions()) {
      assertTrue(m.span().start() >= last);
      last = m.span().start();
      assertEquals(m.text(), m.span().of(text));
    }
  }

  private static List<Mention> mentions(String... paragraphs) {
    Article a = new Article("t", "t", null, null, null, null, null, "en", List.of(paragraphs), List.of(), 0);
    return EntityRecognizer.standard().recognize(a, TextAnalyzer.standard().analyze(a));
  }

  private static Mention in(List<Mention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no mention " + text + " in " + ms));
  }

  @Test
  void pronounsPassOverPersonsOfTheOtherGender() {
    assertTrue(news.parallax.text.NameGazetteer.get().isGivenName("Jane"), "a one-character rendering");
    assertEquals("f", news.parallax.text.NameGazetteer.get().genderOf("Jane"));
    List<Mention> ms = mentions("Vladimir Putin arrived in Geneva and met Jane Smith.",
        "He said the talks were useful.", "She agreed.");
    assertEquals("Vladimir Putin", in(ms, "He").key(), "the most recent person is a woman");
    assertEquals("Jane Smith", in(ms, "She").key());
  }

  @Test
  void aPresidentIsNotTheOfficial() {
    Article a = new Article("z", "z", null, null, null, null, null, "zh",
        List.of("俄罗斯总统普京在记者会上表示，下次在莫斯科见。", "该官员透露，会谈持续了将近三个小时。"),
        List.of(), 0);
    List<Mention> ms = EntityRecognizer.standard().recognize(a, TextAnalyzer.standard().analyze(a));
    assertNull(in(ms, "该官员").key());
    List<Mention> en = mentions("Russian President Vladimir Putin spoke on Monday.",
        "The official said talks went well.",
        "The Russian leader left.");
    assertNull(in(en, "The official").key());
    assertEquals("Vladimir Putin", in(en, "The Russian leader").key());
  }

  @Test
  void placeExpressionsAreOneMention() {
    List<Mention> ms = mentions("The quake struck Indonesia's Aceh province and shook the Yida refugee camp.",
        "She grew up in Wasilla, Alaska, and moved to Fort Smith, Ark. last year.",
        "An Oklahoma man was arrested.");
    assertEquals(EntityType.PLACE, in(ms, "Indonesia's Aceh province").type());
    assertEquals("Aceh", in(ms, "Indonesia's Aceh province").key());
    assertEquals(EntityType.PLACE, in(ms, "Wasilla, Alaska").type());
    assertEquals(EntityType.PLACE, in(ms, "Fort Smith, Ark.").type());
    Mention man = in(ms, "An Oklahoma man");
    assertTrue(man.role());
    assertEquals(EntityType.PERSON, man.type());
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("Oklahoma")), "the place is the man's attribute");
  }

  @Test
  void placesActingAreNotLocationsAndTeamsAreNotPeople() {
    List<Mention> ms = mentions("Israel's assault on Gaza continued. Sudan bombed a camp in South Sudan.",
        "Creighton defeated Drake 65 - 53 on Friday in Omaha.",
        "Creighton will play again on Saturday.");
    assertEquals(EntityType.ORGANIZATION, in(ms, "Israel").type());
    assertEquals(EntityType.ORGANIZATION, in(ms, "Sudan").type());
    assertEquals(EntityType.PLACE, in(ms, "Gaza").type());
    assertEquals(EntityType.PLACE, in(ms, "South Sudan").type());
    assertTrue(ms.stream().filter(m -> m.text().equals("Creighton"))
        .allMatch(m -> m.type() == EntityType.ORGANIZATION));
    assertEquals(EntityType.ORGANIZATION, in(ms, "Drake").type());
  }

  @Test
  void nationalitiesStandingForPeopleAreDescriptions() {
    List<Mention> ms = mentions("Klitschko floored Thompson, and the 40-year-old American never recovered.",
        "One Australian and one English climber died.", "The Colts won again.");
    assertEquals(EntityType.PERSON, in(ms, "the 40-year-old American").type());
    assertTrue(in(ms, "the 40-year-old American").role());
    assertEquals(EntityType.PERSON, in(ms, "One Australian").type());
    assertTrue(ms.stream().noneMatch(m -> m.text().endsWith("Colts") && m.type() == EntityType.PERSON));
  }

  @Test
  void theyNeedsAGroupOfPeople() {
    List<Mention> ms = mentions("Microsoft released the updates on Tuesday.", "They fix a flaw in the browser.",
        "Police arrested two men.", "They were charged on Friday.");
    List<Mention> they = ms.stream().filter(m -> m.text().equals("They")).toList();
    assertEquals(EntityType.OTHER, they.get(0).type(), "things, not people");
    assertEquals(EntityType.PERSON, they.get(1).type());
  }

  @Test
  void surnamesWithSuffixesAndInstitutionsNamedAfterPeople() {
    List<Mention> ms = mentions("Police caught Arcade Joseph Comeaux Jr. on Monday.", "Comeaux was caught in Houston.",
        "Lohan checked into the Betty Ford Center.", "She stayed at Betty Ford for weeks.");
    assertEquals("Arcade Joseph Comeaux Jr.", in(ms, "Comeaux").key());
    assertEquals(EntityType.PERSON, in(ms, "Comeaux").type());
    assertEquals(EntityType.PLACE, in(ms, "Betty Ford").type());
    List<Mention> luck = mentions("The Colts drafted Andrew Luck in April.", "Luck calmly led the Colts to a win.");
    assertEquals("Andrew Luck", in(luck, "Luck").key(), "an ordinary word opening a sentence, but his surname");
    List<Mention> base = mentions("The summit took place at Joint Base Elmendorf-Richardson in Anchorage.",
        "Troops at Elmendorf–Richardson base cheered.");
    assertEquals(EntityType.PLACE, in(base, "Elmendorf–Richardson base").type(), "a base, not a Mr. Richardson");
  }

  @Test
  void grammarWordsAndNameParticlesComeFromTheLanguageData() {
    for (String role : List.of("determiner", "definite", "definite-article", "connector", "origin", "partitive",
        "conjunction", "relative-person", "relative-place", "ambiguous-possessive", "possessive", "bare-possessive")) {
      assertFalse(Lexicon.withRole("en", "grammar-words.txt", role).isEmpty(), "no word with the role " + role);
    }
    assertTrue(Lexicon.words("en", "name-particles.txt").contains("de"));
    assertTrue(Lexicon.words("en", "plural-nouns.txt").contains("police"));
    List<Mention> ms = mentions("Mark Carney led the Bank of England until 2020.",
        "The suspect later met Charles de Gaulle and her husband in Brussels.");
    assertEquals(EntityType.ORGANIZATION, in(ms, "Bank of England").type(), "the connector joins one name");
    assertEquals(EntityType.PERSON, in(ms, "Charles de Gaulle").type(), "so do the particles of other traditions");
    assertTrue(in(ms, "The suspect").role(), "the determiner opens the description");
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("her")), "a possessive \"her\" names no one");
  }

  @Test
  void twoParticlesInARowStayInsideTheName() {
    List<Mention> ms = mentions("Ursula von der Leyen arrived in Kyiv on Monday.",
        "Later, von der Leyen said the talks would continue.");
    assertEquals(EntityType.PERSON, in(ms, "Ursula von der Leyen").type());
    assertTrue(ms.stream().noneMatch(m -> m.text().equals("Ursula")), "the given name is not cut off");
  }

  @Test
  void randomInputNeverThrows() {
    Random r = new Random(7);
    String alphabet = "Aa Bb.,’'\"-–()0123 泽连斯基他。\n";
    for (int k = 0; k < 200; k++) {
      StringBuilder sb = new StringBuilder();
      int len = r.nextInt(80);
      for (int i = 0; i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      Article a = new Article("r" + k, "random", null, null, null, null, null, k % 2 == 0 ? "en" : "und",
          List.of(sb.toString()), List.of(), 0);
      EntityRecognizer.standard().recognize(a, TextAnalyzer.standard().analyze(a));
    }
  }

  @Test
  void wholeNamesOfBodiesAndPeopleJoinedAcrossInitials() {
    List<Mention> ms = mentions("The deal helps the rebels, said a fellow at the Center for a New American Security.",
        "Vice President J.D. Vance joined the call, and the Council on Foreign Relations praised it.",
        "It recalled the Oval Office Zelenskyy meeting at a Cold War base in Alaska.");
    assertEquals(EntityType.ORGANIZATION, in(ms, "Center for a New American Security").type());
    assertEquals(EntityType.ORGANIZATION, in(ms, "Council on Foreign Relations").type());
    assertEquals(EntityType.PERSON, in(ms, "J.D. Vance").type());
    assertEquals(EntityType.ORGANIZATION, in(ms, "Oval Office").type());
    assertEquals("Zelenskyy", in(ms, "Zelenskyy").text(), "the person after the office is a name of its own");
    assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.PLACE && m.text().contains("Cold War")), ms.toString());
    assertTrue(mentions("The team played at the Staples Center on Sunday.").stream()
        .noneMatch(m -> m.text().contains(" on")), "a day after a place is not part of its name");
  }

  @Test
  void aChineseNameInsideAPlaceNameIsThatPlaceNotAPerson() {
    Article a = new Article("z", "z", null, null, null, null, null, "zh",
        List.of("两国领导人在埃尔门多夫-理查森联合军事基地会面。", "示威者在西沃德高速公路旁举行集会。"), List.of(), 0);
    List<Mention> ms = EntityRecognizer.standard().recognize(a, TextAnalyzer.standard().analyze(a));
    assertEquals(EntityType.PLACE, in(ms, "埃尔门多夫-理查森联合军事基地").type());
    assertEquals(EntityType.PLACE, in(ms, "西沃德高速公路").type());
    assertTrue(ms.stream().noneMatch(m -> m.type() == EntityType.PERSON), ms.toString());
  }

  @Test
  void aNameBothAPersonsAndAPlacesIsThePlaceAfterAMotionOrBesideAPlace() {
    List<Mention> ms = mentions("He left Alaska to return to Washington without a deal.",
        "Officials feared that Moscow and Washington would decide alone.");
    assertTrue(ms.stream().filter(m -> m.text().equals("Washington")).count() == 2, ms.toString());
    ms.stream().filter(m -> m.text().equals("Washington"))
        .forEach(m -> assertEquals(EntityType.PLACE, m.type(), m.toString()));
  }
}
