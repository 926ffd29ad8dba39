package news.parallax.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageProfileTest {
  private final LanguageIdentifier id = LanguageIdentifier.standard();

  @Test
  void mixedPageGetsOneLanguageAParagraph() {
    LanguageProfile p = id.profile(List.of(
        "The two leaders met for nearly three hours at the air base and spoke to reporters afterwards.",
        "Die beiden Präsidenten trafen sich fast drei Stunden lang auf dem Luftwaffenstützpunkt in Alaska.",
        "两国领导人在空军基地会晤了将近三个小时，随后共同会见了记者。",
        "The talks ended without an agreement on a ceasefire, officials from both sides said later.",
        "AP"));
    assertEquals("en", p.language());
    assertEquals("Latn", p.script());
    assertEquals("en", p.languageOf(0));
    assertEquals("de", p.languageOf(1));
    assertEquals("zh", p.languageOf(2));
    assertEquals("Hans", p.paragraphs().get(2).script());
    assertTrue(p.paragraphs().get(4).guessed(), "a two-letter credit line takes the main language");
    assertEquals("en", p.languageOf(4));
  }

  @Test
  void scriptsAreRecorded() {
    assertEquals("Hant", Scripts.of("兩國領導人在軍事基地會晤了將近三個小時"));
    assertEquals("Hans", Scripts.of("两国领导人在军事基地会晤了将近三个小时"));
    assertEquals("Cyrl", Scripts.of("Переговоры длились почти три часа"));
    assertEquals("Arab", Scripts.of("استمرت المحادثات نحو ثلاث ساعات"));
    assertEquals("Zyyy", Scripts.of("12:30 — 2025"));
  }

  @Test
  void emptyAndShortTextsDoNotFail() {
    assertEquals(LanguageIdentifier.UNDETERMINED, id.profile(List.of()).language());
    assertEquals(LanguageIdentifier.UNDETERMINED, id.identify("ok"));
  }
}
