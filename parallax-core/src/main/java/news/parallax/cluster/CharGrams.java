package news.parallax.cluster;

import java.util.Map;
import java.util.TreeMap;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Sentence;
import news.parallax.model.Token;

/**
 * An article as overlapping runs of {@link #N} characters of its words (each word padded with
 * {@code _} at both ends, so "_cor", "coro", ..., "ona_"), plus its numbers as in
 * {@link Concepts#number}: a representation that needs no stemmer and no stopword list, so
 * inflected and compound forms (German compounds, Turkish and Polish endings) and names
 * spelled alike in two languages still meet. Raw counts, before inverse document frequency.
 */
final class CharGrams {
  /** Characters per run: 4 scored above 3 and 5 on the SemEval-2022 pairs. */
  static final int N = 4;

  private CharGrams() {}

  /** The runs of the article's words with their counts, in term order. */
  static Map<String, Double> of(AnalyzedArticle a) {
    Map<String, Double> v = new TreeMap<>();
    StringBuilder w = new StringBuilder();
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        String norm = t.norm();
        if (norm == null || norm.isEmpty()) {
          continue;
        }
        if (Character.isDigit(norm.charAt(0))) {
          String digits = Concepts.number(norm);
          if (digits != null) {
            v.merge("#" + digits, 1.0, Double::sum);
          }
          continue;
        }
        if (!Character.isLetter(norm.codePointAt(0))) {
          continue;
        }
        w.setLength(0);
        w.append('_').append(norm).append('_');
        int[] cps = w.codePoints().toArray();
        for (int i = 0; i + N <= cps.length; i++) {
          v.merge(new String(cps, i, N), 1.0, Double::sum);
        }
      }
    }
    return v;
  }

  /**
   * The script most of the article's letters are in ({@code null} without letters); two
   * articles in different scripts share no runs, so their run cosine says nothing.
   */
  static Character.UnicodeScript script(AnalyzedArticle a) {
    Map<Character.UnicodeScript, Integer> counts = new TreeMap<>();
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        String norm = t.norm();
        if (norm != null && !norm.isEmpty() && Character.isLetter(norm.codePointAt(0))) {
          counts.merge(Character.UnicodeScript.of(norm.codePointAt(0)), norm.length(),
              Integer::sum);
        }
      }
    }
    Character.UnicodeScript best = null;
    int most = 0;
    for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
