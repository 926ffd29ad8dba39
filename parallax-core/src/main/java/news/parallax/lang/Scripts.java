package news.parallax.lang;

import com.hankcs.hanlp.HanLP;

/**
 * The writing system of a text as an ISO 15924 code: the script of most of its letters, with
 * Han split into simplified ("Hans") and traditional ("Hant") by which characters HanLP's
 * converters change, and Han with kana reported as Japanese ("Jpan").
 */
final class Scripts {
  private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

  private Scripts() {}

  /** The main script of the text, or "Zyyy" when it has no letters. */
  static String of(CharSequence text) {
    // letters per script, by the script's ordinal (in the enum's order, as an EnumMap counts)
    int[] counts = new int[SCRIPTS.length];
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (Character.isLetter(cp)) {
        counts[Character.UnicodeScript.of(cp).ordinal()]++;
      }
    }
    Character.UnicodeScript best = null;
    int bestCount = 0;
    for (int s = 0; s < counts.length; s++) {
      if (counts[s] > bestCount) {
        best = SCRIPTS[s];
        bestCount = counts[s];
      }
    }
    if (best == null) {
      return "Zyyy";
    }
    int kana = counts[Character.UnicodeScript.HIRAGANA.ordinal()]
        + counts[Character.UnicodeScript.KATAKANA.ordinal()];
    return switch (best) {
      case HAN -> kana > 0 ? "Jpan" : hanVariant(text);
      case HIRAGANA, KATAKANA -> "Jpan";
      case HANGUL -> "Kore";
      case LATIN -> "Latn";
      case CYRILLIC -> "Cyrl";
      case ARABIC -> "Arab";
      case HEBREW -> "Hebr";
      case GREEK -> "Grek";
      case DEVANAGARI -> "Deva";
      case THAI -> "Thai";
      case ARMENIAN -> "Armn";
      case GEORGIAN -> "Geor";
      default -> best.name().substring(0, 1) + best.name().substring(1, Math.min(4, best.name().length()))
          .toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** "Hant" when more characters are traditional-only than simplified-only, else "Hans". */
  static String hanVariant(CharSequence text) {
    String s = text.toString();
    String toSimplified = HanLP.convertToSimplifiedChinese(s);
    String toTraditional = HanLP.convertToTraditionalChinese(s);
    int traditional = differing(s, toSimplified);
    int simplified = differing(s, toTraditional);
    return traditional > simplified ? "Hant" : "Hans";
  }

  private static int differing(String a, String b) {
    if (a.length() != b.length()) {
      return 0;
    }
    int n = 0;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        n++;
      }
    }
    return n;
  }
}
