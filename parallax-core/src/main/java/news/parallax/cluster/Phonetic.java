package news.parallax.cluster;

import com.hankcs.hanlp.HanLP;
import java.util.Locale;
import news.parallax.internal.Texts;

/**
 * A coarse sound key for a name, the same for a Latin spelling and for the pinyin of its
 * Chinese transliteration ("Zelensky" and 泽连斯基 both give {@code ~SLNS}): consonants folded
 * into classes that transliteration keeps apart (labials, dentals, velars, sibilants, liquids,
 * nasals, fricatives; pinyin w, which transliterates v, with f and v), vowels dropped, repeats collapsed, cut to {@link #LENGTH} classes. It
 * lets names that the dictionary lacks still meet across scripts.
 */
final class Phonetic {
  /**
   * Classes kept: 4 keeps the seed names (Trump, Putin, Lavrov, Zelensky, Peskov) apart from
   * one another; 3 would fold more unrelated names together, 5 more often cuts off a match.
   */
  static final int LENGTH = 4;
  /** Shorter keys match too many unrelated names. */
  static final int MIN_LENGTH = 3;

  private Phonetic() {}

  /** The key of a name in Latin letters or Han characters, or null when too short. */
  static String key(String name) {
    String latin;
    boolean pinyin = Texts.hanCount(name) > 0;
    if (pinyin) {
      int dot = Math.max(name.lastIndexOf('·'), name.lastIndexOf('•'));
      String last = dot >= 0 ? name.substring(dot + 1) : name;
      latin = HanLP.convertToPinyinString(last, "", false);
    } else {
      latin = name;
    }
    String s = latin.toLowerCase(Locale.ROOT);
    StringBuilder k = new StringBuilder(LENGTH);
    char prev = 0;
    for (int i = 0; i < s.length() && k.length() < LENGTH; i++) {
      char c = s.charAt(i);
      char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      char cls;
      if ((c == 'c' || c == 's' || c == 'z') && n == 'h') {
        cls = c == 'c' && !pinyin ? 'K' : 'S';
        i++;
      } else if ((c == 'p' && n == 'h')) {
        cls = 'F';
        i++;
      } else if (c == 't' && n == 'h') {
        cls = 'T';
        i++;
      } else if (c == 'n' && n == 'g') {
        cls = 'N';
        i++;
      } else {
        cls = switch (c) {
          case 'p', 'b' -> 'P';
          case 't', 'd' -> 'T';
          case 'k', 'g', 'c', 'q', 'j' -> 'K';
          case 's', 'z' -> 'S';
          case 'x' -> pinyin ? 'S' : 'K';
          case 'l', 'r' -> 'L';
          case 'm', 'n' -> 'N';
          case 'f', 'v' -> 'F';
          case 'w' -> pinyin ? 'F' : 0;
          default -> 0;
        };
      }
      if (cls != 0 && cls != prev) {
        k.append(cls);
      }
      if (cls != 0) {
        prev = cls;
      } else if (c != 'h' && c != 'w' && c != 'y') {
        prev = 0;
      }
    }
    return k.length() < MIN_LENGTH ? null : "~" + k;
  }
}
