package news.parallax.serve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * largest part of its words with the brief sentence (Jaccard of word sets). One finder serves
 * one story page: each article's quotes and sentence words are gathered once.
 *
 * <pre>{@code
 * SourceSentences finder = new SourceSentences(view);
 * Span s = finder.find(brief.text(), article);
 * }</pre>
 */
final class SourceSentences {
  /** A quote's wording in one article, with the text of its group. */
  private record Wording(QuoteGroup.Variant variant, String groupText) {}

  private final Map<String, List<Wording>> quotes = new HashMap<>();
  private final Map<String, List<Set<String>>> sentenceWords = new HashMap<>();

  SourceSentences(StoryView story) {
    for (QuoteGroup g : story.quotes()) {
      for (QuoteGroup.Variant v : g.variants()) {
        quotes.computeIfAbsent(v.article(), k -> new ArrayList<>()).add(new Wording(v, g.text()));
      }
    }
  }

  /** The span of the supporting sentence in the article's text, or null when it has none. */
  Span find(String brief, AnalyzedArticle a) {
    for (Wording w : quotes.getOrDefault(a.id(), List.of())) {
      if (brief.contains(w.variant().text()) || brief.contains(w.groupText())) {
        return sentenceAt(a, w.variant().span().start(), w.variant().span());
      }
    }
    for (Claim c : a.claims()) {
      if (!c.text().isBlank() && brief.contains(c.text())) {
        return c.sentence();
      }
    }
    Set<String> words = new HashSet<>(Words.norms(brief));
    List<Set<String>> own = sentenceWords.computeIfAbsent(a.id(), k -> {
      List<Set<String>> out = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        out.add(new HashSet<>(Words.norms(s.span().of(a.article().text()))));
      }
      return out;
    });
    Span best = null;
    double bestScore = 0;
    for (int i = 0; i < own.size(); i++) {
      int shared = 0;
      for (String w : own.get(i)) {
        if (words.contains(w)) {
          shared++;
        }
      }
      int size = own.get(i).size();
      double score = size == 0 ? 0 : shared / (double) (size + words.size() - shared);
      if (score > bestScore) {
        bestScore = score;
        best = a.sentences().get(i).span();
      }
    }
    return best;
  }

  /** The sentence containing the offset, else the fallback span. */
  static Span sentenceAt(AnalyzedArticle a, int offset, Span fallback) {
    for (Sentence s : a.sentences()) {
      if (s.span().start() <= offset && offset < s.span().end()) {
        return s.span();
      }
    }
    return fallback;
  }
}
