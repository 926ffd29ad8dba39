package news.parallax.lang;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.List;
import news.parallax.internal.PackedTable;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

class LanguageModelTableTest {
  private static final List<String> TEXTS = List.of(
      "The committee met on Tuesday to discuss the budget for next year.",
      "Der Ausschuss hat am Dienstag über den Haushalt des nächsten Jahres beraten.",
      "Le comité s'est réuni mardi pour discuter du budget de l'année prochaine.",
      "委员会周二开会讨论明年的预算。",
      "Комитет собрался во вторник, чтобы обсудить бюджет на следующий год.",
      "x", "", "12345 https://example.org 😀");

  @Test
  void theBuildPackedATableFromTheModelOnTheClassPath() throws Exception {
    try (PackedTable.Reader r = PackedTable.open(LanguageModelTable.TABLE,
        PackedTable.key("news/parallax/lang/LanguageModelTable.class", LanguageModelTable.MODEL))) {
      assertNotNull(r, "the build writes " + LanguageModelTable.TABLE + " for the current model");
    }
  }

  @Test
  void thePackedModelGivesExactlyTheShippedModelsAnswers() {
    LanguageDetectorME packed = new LanguageDetectorME(LanguageModelTable.load());
    LanguageDetectorModel shippedModel = LanguageModelTable.shipped();
    LanguageDetectorME shipped = new LanguageDetectorME(shippedModel);
    assertArrayEquals(outcomes(shippedModel), outcomes(LanguageModelTable.load()));
    for (String text : TEXTS) {
      Language[] a = shipped.predictLanguages(text);
      Language[] b = packed.predictLanguages(text);
      assertEquals(a.length, b.length, text);
      for (int i = 0; i < a.length; i++) {
        assertEquals(a[i].getLang(), b[i].getLang(), text);
        assertEquals(Double.doubleToLongBits(a[i].getConfidence()),
            Double.doubleToLongBits(b[i].getConfidence()), text + ": " + a[i].getLang());
      }
    }
  }

  private static String[] outcomes(LanguageDetectorModel m) {
    String[] out = new String[m.getMaxentModel().getNumOutcomes()];
    Arrays.setAll(out, i -> m.getMaxentModel().getOutcome(i));
    return out;
  }
}
