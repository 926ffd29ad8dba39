package news.parallax.dedup;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import news.parallax.internal.Hashing;
import news.parallax.internal.Texts;

/**
 * Hashed shingles of a text: runs of {@link #WORDS} words, where each Han character is a word,
 * so Chinese and Latin-script text are treated alike.
 */
final class Shingles {
  static final int WORDS = 4;

  private Shingles() {}

  static Set<Long> of(String text) {
    java.util.List<String> words = new java.util.ArrayList<>();
    StringBuilder w = new StringBuilder();
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Texts.isHan(c)) {
        flush(w, words);
        words.add(String.valueOf(c));
      } else if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else {
        flush(w, words);
      }
    }
    flush(w, words);
    Set<Long> out = new HashSet<>();
    if (words.size() < WORDS) {
      if (!words.isEmpty()) {
        out.add(Hashing.fnv64(String.join(" ", words)));
      }
      return out;
    }
    for (int i = 0; i + WORDS <= words.size(); i++) {
      out.add(Hashing.fnv64(String.join(" ", words.subList(i, i + WORDS))));
    }
    return out;
  }

  private static void flush(StringBuilder w, java.util.List<String> words) {
    if (w.length() > 0) {
      words.add(w.toString());
      w.setLength(0);
    }
  }

  static double jaccard(Set<Long> a, Set<Long> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<Long> small = a.size() <= b.size() ? a : b;
    Set<Long> large = small == a ? b : a;
    int inter = 0;
    for (Long x : small) {
      if (large.contains(x)) {
        inter++;
      }
    }
    return inter / (double) (a.size() + b.size() - inter);
  }

  /** The share of {@code a}'s shingles that are in {@code b}. */
  static double containment(Set<Long> a, Set<Long> b) {
    if (a.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (Long x : a) {
      if (b.contains(x)) {
        inter++;
      }
    }
    return inter / (double) a.size();
  }
}
