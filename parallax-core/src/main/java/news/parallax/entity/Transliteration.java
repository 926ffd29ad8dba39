package news.parallax.entity;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.util.Locale;

/**
 * Compares a transliterated Chinese name with a Latin-script name by their consonant sounds.
 * Both become a string of sound classes (vowels dropped): the Chinese name through its pinyin
 * (HanLP), the Latin name through English spelling rules. Chinese renders foreign sounds with
 * a small set of syllables, so the classes are coarse: l and r are one class, as are b and p,
 * d and t, f and v; j/q/x (基, 奇, 西) are close to k, g and s; m is close to n; w, h and y
 * may appear on one side only. The score is one minus a weighted edit distance over the longer
 * class string: 泽连斯基 against "Zelensky" scores 0.9, 特朗普 against "Trump" 0.875.
 */
final class Transliteration {
  /** Cost of a substitution between close classes (k and j, m and n, s and the "ch" class). */
  static final double CLOSE = 0.5;
  /** Cost of inserting or deleting a weak sound (w, h, y), which one side often leaves out. */
  static final double WEAK = 0.5;

  private Transliteration() {}

  /** The similarity of the Chinese name's sounds to the Latin name's, in [0, 1]. */
  static double similarity(String chinese, String latin) {
    String a = classesOfChinese(chinese);
    String b = classesOfLatin(latin);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return 1 - distance(a, b) / Math.max(a.length(), b.length());
  }

  /** The sound classes of a Chinese name's pinyin. */
  static String classesOfChinese(String chinese) {
    StringBuilder out = new StringBuilder();
    for (Pinyin p : HanLP.convertToPinyinList(chinese)) {
      String initial = String.valueOf(p.getShengmu());
      String fin = String.valueOf(p.getYunmu());
      switch (initial) {
        case "b", "p" -> out.append('P');
        case "d", "t" -> out.append('T');
        case "g", "k" -> out.append('K');
        case "h" -> out.append('H');
        case "j", "q", "x" -> out.append('J');
        case "z", "c", "s", "zh", "ch", "sh" -> out.append('S');
        case "l", "r" -> out.append('L');
        case "f" -> out.append('F');
        case "m" -> out.append('M');
        case "n" -> out.append('N');
        case "w" -> out.append('W');
        case "y" -> out.append('Y');
        default -> { }
      }
      if (fin.endsWith("n") || fin.endsWith("ng")) {
        out.append('N');
      } else if (fin.equals("er")) {
        out.append('L');
      }
    }
    return out.toString();
  }

  /** The sound classes of a Latin name under English spelling rules. */
  static String classesOfLatin(String latin) {
    String s = com.ibm.icu.text.Normalizer2.getNFDInstance().normalize(latin.toLowerCase(Locale.ROOT))
        .replaceAll("[^a-z]", "");
    StringBuilder out = new StringBuilder();
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : ' ';
      if (i > 0 && c == s.charAt(i - 1) && !isVowel(c)) {
        continue; // doubled consonant
      }
      switch (c) {
        case 'b', 'p' -> {
          if (c == 'p' && next == 'h') {
            out.append('F');
            i++;
          } else {
            out.append('P');
          }
        }
        case 'd', 't' -> {
          if (c == 't' && next == 'h') {
            out.append('S');
            i++;
          } else if (c == 't' && next == 'z') {
            out.append('S');
            i++;
          } else {
            out.append('T');
          }
        }
        case 'k', 'q' -> out.append('K');
        case 'c' -> {
          if (next == 'h') {
            out.append('C');
            i++;
          } else if (next == 'k') {
            out.append('K');
            i++;
          } else if (next == 'e' || next == 'i' || next == 'y') {
            out.append('S');
          } else {
            out.append('K');
          }
        }
        case 'g' -> out.append(next == 'e' || next == 'i' || next == 'y' ? 'J' : 'K');
        case 'j' -> out.append('J');
        case 'x' -> out.append("KS");
        case 's', 'z' -> {
          if (c == 's' && next == 'h' || c == 's' && next == 'c' && i + 2 < n && s.charAt(i + 2) == 'h') {
            i += next == 'h' ? 1 : 2;
          }
          out.append('S');
        }
        case 'l', 'r' -> out.append('L');
        case 'f', 'v' -> out.append('F');
        case 'w' -> {
          if (i + 1 < n && isVowel(next)) {
            out.append('W');
          }
        }
        case 'h' -> {
          if (i == 0 || isVowel(s.charAt(i - 1))) {
            out.append('H');
          }
        }
        case 'm' -> out.append('M');
        case 'n' -> out.append('N');
        case 'y' -> {
          if (i + 1 < n && isVowel(next)) {
            out.append('Y');
          }
        }
        default -> { }
      }
    }
    return out.toString();
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  private static double distance(String a, String b) {
    double[] prev = new double[b.length() + 1];
    double[] cur = new double[b.length() + 1];
    for (int j = 1; j <= b.length(); j++) {
      prev[j] = prev[j - 1] + gap(b.charAt(j - 1));
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = prev[0] + gap(a.charAt(i - 1));
      for (int j = 1; j <= b.length(); j++) {
        double sub = prev[j - 1] + substitution(a.charAt(i - 1), b.charAt(j - 1));
        cur[j] = Math.min(sub, Math.min(prev[j] + gap(a.charAt(i - 1)), cur[j - 1] + gap(b.charAt(j - 1))));
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static double gap(char c) {
    return c == 'W' || c == 'H' || c == 'Y' ? WEAK : 1;
  }

  private static double substitution(char a, char b) {
    if (a == b) {
      return 0;
    }
    return close(a, b) || close(b, a) ? CLOSE : 1;
  }

  private static boolean close(char a, char b) {
    return switch (a) {
      case 'J' -> b == 'K' || b == 'S' || b == 'C' || b == 'Y';
      case 'C' -> b == 'K' || b == 'S';
      case 'M' -> b == 'N';
      case 'W' -> b == 'F';
      case 'T' -> b == 'S';
      case 'H' -> b == 'K';
      default -> false;
    };
  }
}
