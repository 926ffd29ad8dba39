package news.parallax.lang;

/**
 * The writing system of a text as an ISO 15924 code: the script of most of its letters, with
 * Han split into simplified ("Hans") and traditional ("Hant") by the characters of one
 * variant only ({@link HanVariants}), and Han with kana reported as Japanese ("Jpan").
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
      case HAN -> kana > 0 ? "Jpan" : HanVariants.instance().of(text);
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
  }}
