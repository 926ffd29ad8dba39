package news.parallax.entity;

import java.util.Locale;
import java.util.Map;

/**
 * The Latin spelling of a transliterated foreign name written in Han characters, character by
 * character from {@code zh/romanization.txt} (拉夫罗夫 → "Lavrov", 鲁比奥 → "Rubio"): the
 * English name of last resort for a person no dictionary lists.
 */
final class Romanization {
  private static final Map<String, String> SYLLABLES = Lexicon.pairs("zh", "romanization.txt");

  private Romanization() {}

  /** The capitalised Latin spelling, or null when a character has no transliteration entry. */
  static String of(String han) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < han.length(); i++) {
      String s = SYLLABLES.get(String.valueOf(han.charAt(i)));
      if (s == null || s.isEmpty()) {
        return null;
      }
      b.append(s);
    }
    if (b.length() < 2) {
      return null;
    }
    return b.substring(0, 1).toUpperCase(Locale.ROOT) + b.substring(1);
  }
}
