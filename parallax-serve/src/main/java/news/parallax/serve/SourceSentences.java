package news.parallax.serve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Claim;
import news.parallax.model.QuoteGroup;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.model.StoryView;

/**
 * Finds the sentence of a cited article that a brief sentence rests on, in this order: (1) the
 * sentence of a quote of the article whose wording the brief carries, (2) the sentence of a
 * claim of the article whose value as written the brief carries, (3) the sentence sharing the
 * largest part of its words with the brief sentence (Jaccard of word sets).
 */
final class SourceSentences {
  private SourceSentences() {}

  /** The span of the supporting sentence in the article's text, or null when it has none. */
  static Span find(String brief, AnalyzedArticle a, StoryView story) {
    String text = a.article().text();
    for (QuoteGroup g : story.quotes()) {
      for (QuoteGroup.Variant v : g.variants()) {
        if (v.article().equals(a.id()) && (brief.contains(v.text()) || brief.contains(g.text()))) {
          return sentenceAt(a, v.span().start(), v.span());
        }
      }
    }
    for (Claim c : a.claims()) {
      if (!c.text().isBlank() && brief.contains(c.text())) {
        return c.sentence();
      }
    }
    Set<String> words = new HashSet<>(Words.norms(brief));
    Span best = null;
    double bestScore = 0;
    for (Sentence s : a.sentences()) {
      Set<String> own = new HashSet<>(Words.norms(s.span().of(text)));
      int shared = 0;
      for (String w : own) {
        if (words.contains(w)) {
          shared++;
        }
      }
      double score = own.isEmpty() ? 0 : shared / (double) (own.size() + words.size() - shared);
      if (score > bestScore) {
        bestScore = score;
        best = s.span();
      }
    }
    return best;
  }

  /** The sentence containing the offset, else the fallback span. */
  static Span sentenceAt(AnalyzedArticle a, int offset, Span fallback) {
    List<Sentence> ss = a.sentences();
    for (Sentence s : ss) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.span();
      }
    }
    return fallback;
  }
}
