package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.parallax.internal.Resources;

/**
 * The boilerplate vocabulary of every language Parallax has data for, read from
 * {@code news/parallax/extract/<lang>/}: {@code boilerplate.txt} (a line equal to, or starting
 * with, one of these is chrome) and {@code end-markers.txt} (a line equal to, or starting with,
 * one of these ends the article body). The languages are listed in
 * {@code news/parallax/extract/languages.txt}. Matching ignores case and surrounding punctuation.
 */
final class Phrases {
  private static final Phrases INSTANCE = load();

  private final List<String> boilerplate;
  private final List<String> endMarkers;

  private Phrases(List<String> boilerplate, List<String> endMarkers) {
    this.boilerplate = boilerplate;
    this.endMarkers = endMarkers;
  }

  static Phrases get() {
    return INSTANCE;
  }

  private static Phrases load() {
    List<String> bp = new ArrayList<>();
    List<String> end = new ArrayList<>();
    for (String lang : Resources.lines("news/parallax/extract/languages.txt")) {
      Resources.lines("extract", lang, "boilerplate.txt").forEach(s -> bp.add(norm(s)));
      Resources.lines("extract", lang, "end-markers.txt").forEach(s -> end.add(norm(s)));
    }
    return new Phrases(List.copyOf(bp), List.copyOf(end));
  }

  boolean isBoilerplate(String line) {
    return startsWithAny(norm(line), boilerplate);
  }

  boolean isEndMarker(String line) {
    return startsWithAny(norm(line), endMarkers);
  }

  /**
   * Whether phrase {@code p}, a prefix of {@code n}, ends inside a word of {@code n}: "quellen"
   * is not "quellensteuer". Han text has no word ends to check.
   */
  private static boolean endsInsideWord(String p, String n) {
    char last = p.charAt(p.length() - 1);
    char next = n.charAt(p.length());
    return Character.isLetter(last) && !news.parallax.internal.Texts.isHan(last)
        && Character.isLetter(next) && !news.parallax.internal.Texts.isHan(next);
  }

  private static boolean startsWithAny(String n, List<String> phrases) {
    if (n.isEmpty()) {
      return false;
    }
    for (String p : phrases) {
      if (n.startsWith(p) && (n.length() == p.length() || !p.isEmpty()
          && !endsInsideWord(p, n))) {
        return true;
      }
    }
    return false;
  }

  static String norm(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    int start = 0;
    while (start < t.length() && !Character.isLetterOrDigit(t.codePointAt(start))) {
      start += Character.charCount(t.codePointAt(start));
    }
    return t.substring(start);
  }
}
