package news.parallax.store;

import java.util.List;
import java.util.Locale;

/** The text around the first place a search word occurs, for a result list. */
final class Snippets {
  /** Characters kept on each side of the word found. */
  static final int CONTEXT = 80;

  private Snippets() {}

  /** The text around the earliest of the words (index words of {@link SearchTerms}). */
  static String around(String text, List<String> words) {
    String lower = text.toLowerCase(Locale.ROOT);
    int at = -1;
    for (String w : words) {
      int i = lower.indexOf(w);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
      }
    }
    if (at < 0) {
      at = 0;
    }
    int from = Math.max(0, at - CONTEXT);
    int to = Math.min(text.length(), at + CONTEXT);
    String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
    return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
  }
}
