package news.parallax.internal;

/** Small text predicates shared by several stages. */
public final class Texts {
  /** The first code point of the CJK blocks (CJK Radicals Supplement). */
  private static final int FIRST_CJK = 0x2E80;

  private Texts() {}

  /** Whether the code point is a Han (CJK ideograph) character. */
  public static boolean isHan(int cp) {
    // no Han character lies below the CJK radicals block: skip the script lookup for the rest
    return cp >= FIRST_CJK && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** How many Han characters {@code s} holds. */
  public static int hanCount(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (isHan(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Collapses runs of white space (including no-break spaces) to one space, and trims. */
  public static String normalizeSpace(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B') {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * A rough length in words: Latin-script words count one each, and each Han character
   * counts one.
   */
  public static int wordLength(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isHan(c)) {
        words++;
        inWord = false;
      } else if (Character.isLetterOrDigit(c)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else {
        inWord = false;
      }
    }
    return words;
  }
}
