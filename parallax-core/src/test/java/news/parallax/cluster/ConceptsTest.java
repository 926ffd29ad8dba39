package news.parallax.cluster;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

class ConceptsTest {
  private static final String EN = "Officials in the capital approved the new water rules on "
      + "March 3, 2009, after a long debate in the council.";
  private static final String ZH = "2009年3月3日，首都官员在议会长时间辩论后批准了新的用水规定。";
  private static final String ES = "Los funcionarios aprobaron las nuevas normas del agua el 3 de "
      + "marzo de 2009, tras un largo debate en el consejo.";
  private static final String FR = "Les responsables ont approuvé les nouvelles règles sur l'eau "
      + "le 3 mars 2009, après un long débat au conseil.";
  private static final String IT = "I funzionari hanno approvato le nuove regole sull'acqua il 3 "
      + "marzo 2009, dopo un lungo dibattito in consiglio.";
  private static final String PT = "Os funcionários aprovaram as novas regras da água em 3 de "
      + "março de 2009, após um longo debate no conselho.";
  private static final String RU = "Чиновники одобрили новые правила водопользования 3 марта "
      + "2009 года после долгих дебатов в совете.";

  @Test
  void aDateMeetsTheSameDateWrittenInAnotherLanguage() {
    for (AnalyzedArticle a : List.of(Fixtures.text("en", "en", null, EN),
        Fixtures.text("zh", "zh", null, ZH), Fixtures.text("es", "es", null, ES),
        Fixtures.text("fr", "fr", null, FR), Fixtures.text("it", "it", null, IT),
        Fixtures.text("pt", "pt", null, PT), Fixtures.text("ru", "ru", null, RU))) {
      Map<String, Double> c = Concepts.of(a);
      assertTrue(c.containsKey("@md0303"), a.language() + ": " + c.keySet());
      assertTrue(c.containsKey("@yr2009"), a.language() + ": " + c.keySet());
      assertTrue(c.get("@md0303") >= Concepts.DATE_WEIGHT, a.language() + ": " + c);
    }
  }

  @Test
  void aDateWithoutItsYearMeetsTheDayOnly() {
    Map<String, Double> c = Concepts.of(Fixtures.text("en", "a", null,
        "The council approved the new water rules on March 3 after a long debate."));
    assertTrue(c.containsKey("@md0303"), c.keySet().toString());
    assertFalse(c.keySet().stream().anyMatch(k -> k.startsWith(Concepts.YEAR)), c.keySet().toString());
  }

  @Test
  void theSameKindOfEventOnAnotherDayIsLessAlike() {
    AnalyzedArticle a = Fixtures.text("en", "a", null, EN);
    AnalyzedArticle sameDay = Fixtures.text("en", "b", null, "The council approved new rules "
        + "for water use on March 3, 2009, officials in the capital said after the debate.");
    AnalyzedArticle otherDay = Fixtures.text("en", "c", null, "The council approved new rules "
        + "for water use on June 18, 2011, officials in the capital said after the debate.");
    PairSimilarity sim = PairSimilarity.over(List.of(a, sameDay, otherDay));
    assertTrue(sim.cosine(a, sameDay) > sim.cosine(a, otherDay) + 0.05,
        sim.cosine(a, sameDay) + " vs " + sim.cosine(a, otherDay));
  }
}
