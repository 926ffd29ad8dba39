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

  /** Boilerplate phrases by their first character (phrases are normalized: never empty here). */
  private final java.util.Map<Character, String[]> boilerplate;
  /** End markers by their first character. */
  private final java.util.Map<Character, String[]> endMarkers;

  private Phrases(List<String> boilerplate, List<String> endMarkers) {
    this.boilerplate = byFirstChar(boilerplate);
    this.endMarkers = byFirstChar(endMarkers);
  }

  /**
   * The phrases grouped by their first character, so a line is compared only with the phrases
   * it could start with. An empty phrase never matches a line (see {@link #startsWithAny}) and
   * is left out.
   */
  private static java.util.Map<Character, String[]> byFirstChar(List<String> phrases) {
    java.util.Map<Character, List<String>> groups = new java.util.HashMap<>();
    for (String p : phrases) {
      if (!p.isEmpty()) {
        groups.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(p);
      }
    }
    java.util.Map<Character, String[]> out = new java.util.HashMap<>();
    groups.forEach((c, ps) -> out.put(c, ps.toArray(new String[0])));
    return out;
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
    return isBoilerplateNorm(norm(line));
  }

  boolean isEndMarker(String line) {
    return isEndMarkerNorm(norm(line));
  }

  /** {@link #isBoilerplate} of a line already put through {@link #norm}. */
  boolean isBoilerplateNorm(String normalized) {
    return startsWithAny(normalized, boilerplate);
  }

  /** {@link #isEndMarker} of a line already put through {@link #norm}. */
  boolean isEndMarkerNorm(String normalized) {
    return startsWithAny(normalized, endMarkers);
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

  private static boolean startsWithAny(String n, java.util.Map<Character, String[]> phrases) {
    if (n.isEmpty()) {
      return false;
    }
    String[] candidates = phrases.get(n.charAt(0));
    if (candidates == null) {
      return false;
    }
    for (String p : candidates) {
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
