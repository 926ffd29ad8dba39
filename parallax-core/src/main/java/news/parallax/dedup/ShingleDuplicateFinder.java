package news.parallax.dedup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.parallax.internal.Texts;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.DuplicateGroup;

/**
 * Compares every pair of articles: a pair whose shingle sets have a Jaccard similarity of at
 * least {@link #DOCUMENT_JACCARD} is one document; otherwise each paragraph of the later
 * article that is at least {@link #PARAGRAPH_CONTAINMENT} contained in a paragraph of the
 * earlier one is a copied paragraph. Paragraphs under {@link #MIN_PARAGRAPH_WORDS} words are
 * not compared.
 */
final class ShingleDuplicateFinder implements DuplicateFinder {
  static final double DOCUMENT_JACCARD = 0.8;
  static final double PARAGRAPH_CONTAINMENT = 0.6;
  static final int MIN_PARAGRAPH_WORDS = 12;

  @Override
  public List<DuplicateGroup> find(List<AnalyzedArticle> articles) {
    List<Set<Long>> docs = new ArrayList<>();
    List<List<Set<Long>>> paras = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      docs.add(Shingles.of(a.article().text()));
      List<Set<Long>> ps = new ArrayList<>();
      for (String p : a.article().paragraphs()) {
        ps.add(Texts.wordLength(p) >= MIN_PARAGRAPH_WORDS ? Shingles.of(p) : Set.of());
      }
      paras.add(ps);
    }
    Map<Integer, List<String>> whole = new LinkedHashMap<>();
    boolean[] isCopy = new boolean[articles.size()];
    List<DuplicateGroup> out = new ArrayList<>();
    for (int j = 0; j < articles.size(); j++) {
      for (int i = 0; i < j; i++) {
        if (!isCopy[i] && Shingles.jaccard(docs.get(i), docs.get(j)) >= DOCUMENT_JACCARD) {
          whole.computeIfAbsent(i, k -> new ArrayList<>()).add(articles.get(j).id());
          isCopy[j] = true;
          break;
        }
      }
    }
    whole.forEach((i, copies) -> out.add(new DuplicateGroup(articles.get(i).id(), copies, List.of())));
    for (int i = 0; i < articles.size(); i++) {
      if (isCopy[i]) {
        continue;
      }
      Map<String, List<DuplicateGroup.CopiedParagraph>> byCopy = new LinkedHashMap<>();
      for (int j = i + 1; j < articles.size(); j++) {
        if (isCopy[j]) {
          continue;
        }
        List<Set<Long>> pj = paras.get(j);
        for (int q = 0; q < pj.size(); q++) {
          if (pj.get(q).isEmpty()) {
            continue;
          }
          int bestP = -1;
          double best = 0;
          List<Set<Long>> pi = paras.get(i);
          for (int p = 0; p < pi.size(); p++) {
            double c = Shingles.containment(pj.get(q), pi.get(p));
            if (c > best) {
              best = c;
              bestP = p;
            }
          }
          if (best >= PARAGRAPH_CONTAINMENT && !copiedEarlier(paras, isCopy, i, pj.get(q))) {
            byCopy.computeIfAbsent(articles.get(j).id(), k -> new ArrayList<>())
                .add(new DuplicateGroup.CopiedParagraph(articles.get(j).id(), q, bestP,
                    Math.round(best * 100) / 100.0));
          }
        }
      }
      if (!byCopy.isEmpty()) {
        List<DuplicateGroup.CopiedParagraph> all = new ArrayList<>();
        byCopy.values().forEach(all::addAll);
        out.add(new DuplicateGroup(articles.get(i).id(), List.copyOf(byCopy.keySet()), all));
      }
    }
    return out;
  }

  /** Whether an article before {@code i} already carries the paragraph (so it is the original). */
  private static boolean copiedEarlier(List<List<Set<Long>>> paras, boolean[] isCopy, int i, Set<Long> p) {
    for (int k = 0; k < i; k++) {
      if (isCopy[k]) {
        continue;
      }
      for (Set<Long> other : paras.get(k)) {
        if (Shingles.containment(p, other) >= PARAGRAPH_CONTAINMENT) {
          return true;
        }
      }
    }
    return false;
  }
}
