package news.parallax.extract;

/**
 * Tells text from random bytes decoded as characters: a page of random bytes decodes, in some
 * charset, into characters of every script, undecodable ones, or letters without spaces, and
 * its "article" would be hundreds of thousands of characters of noise in a made-up language.
 *
 * <pre>{@code
 * String why = Gibberish.reason(text); // null for text in a language
 * }</pre>
 */
final class Gibberish {
  /** Characters looked at: the start of a text tells as well as the whole. */
  static final int SAMPLE_CHARS = 100_000;
  /** Fewer visible characters than this are too few to judge. */
  static final int MIN_CHARS = 400;
  /**
   * Largest share of undecodable (U+FFFD), private-use and unassigned characters in text: pages
   * in a language have next to none; random bytes read as UTF-16 have about a seventh.
   */
  static final double MAX_UNDECODABLE_SHARE = 0.05;
  /**
   * Longest average run of visible characters between spaces in a script that spaces its
   * words: a word and its punctuation are rarely past 12; random printable bytes give 95.
   */
  static final double MAX_SPACED_WORD_CHARS = 30;

  private Gibberish() {}

  /** Why the text is not text in any language, or null when it may be. */
  static String reason(String text) {
    int n = Math.min(text.length(), SAMPLE_CHARS);
    int visible = 0;
    int undecodable = 0;
    int spaced = 0; // letters of scripts that separate words with spaces
    int unspaced = 0; // letters of scripts that do not (Han, kana, Thai ...)
    int runs = 0;
    boolean inRun = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        inRun = false;
        continue;
      }
      if (!inRun) {
        runs++;
        inRun = true;
      }
      visible++;
      int type = Character.getType(c);
      if (c == '\uFFFD' || type == Character.PRIVATE_USE || type == Character.UNASSIGNED
          || type == Character.SURROGATE) {
        undecodable++;
      } else if (Character.isLetter(c)) {
        if (unspacedScript(Character.UnicodeScript.of(c))) {
          unspaced++;
        } else {
          spaced++;
        }
      }
    }
    if (visible < MIN_CHARS) {
      return null;
    }
    if (undecodable > MAX_UNDECODABLE_SHARE * visible) {
      return String.format("not text in any language: %d%% of its characters are undecodable or"
          + " private-use (random or binary bytes, or a charset Parallax does not read)", 100 * undecodable / visible);
    }
    if (spaced > unspaced && visible > MAX_SPACED_WORD_CHARS * runs) {
      return String.format("not text in any language: no words (one space every %d characters)", visible / runs);
    }
    return null;
  }

  private static boolean unspacedScript(Character.UnicodeScript s) {
    return switch (s) {
      case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN, YI -> true;
      default -> false;
    };
  }
}
