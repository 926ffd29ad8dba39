package news.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Sentence;
import news.parallax.model.Token;
import news.parallax.text.Stopwords;

/**
 * A plain baseline for story clustering: single-pass centroid clustering of TF-IDF word
 * vectors (lower-cased words of the article's tokens, stopwords out, {@code 1 + ln tf} times
 * {@code ln(N / df)} with the document frequencies of the whole collection, unit length); an
 * article joins the story whose centroid is most similar when the cosine reaches the
 * threshold. Every story is compared, which is fine for the few hundred articles of an eval.
 *
 * <pre>{@code
 * TfIdfBaseline b = TfIdfBaseline.over(articles);
 * List<Integer> story = b.cluster(order, 0.2);
 * }</pre>
 */
public final class TfIdfBaseline {
  private final List<Map<String, Double>> vectors;

  private TfIdfBaseline(List<Map<String, Double>> vectors) {
    this.vectors = vectors;
  }

  /** Builds the TF-IDF vectors of the articles, with document frequencies over all of them. */
  public static TfIdfBaseline over(List<AnalyzedArticle> articles) {
    List<Map<String, Integer>> counts = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      Map<String, Integer> tf = new TreeMap<>();
      for (Sentence s : a.sentences()) {
        for (Token t : s.tokens()) {
          String w = t.norm().toLowerCase(Locale.ROOT);
          if (w.length() > 1 && Character.isLetterOrDigit(w.charAt(0))
              && !Stopwords.contains(a.language(), w)) {
            tf.merge(w, 1, Integer::sum);
          }
        }
      }
      tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      counts.add(tf);
    }
    int n = articles.size();
    List<Map<String, Double>> vectors = new ArrayList<>();
    for (Map<String, Integer> tf : counts) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        double w = (1 + Math.log(e.getValue())) * Math.log((double) n / df.get(e.getKey()));
        if (w > 0) {
          v.put(e.getKey(), w);
          norm += w * w;
        }
      }
      double len = Math.sqrt(norm);
      v.replaceAll((k, x) -> len == 0 ? 0 : x / len);
      vectors.add(v);
    }
    return new TfIdfBaseline(vectors);
  }

  /** The story number of each article (by index), adding them in {@code order}. */
  public List<Integer> cluster(List<Integer> order, double threshold) {
    List<Map<String, Double>> centroids = new ArrayList<>();
    List<Double> norms = new ArrayList<>();
    Integer[] story = new Integer[vectors.size()];
    for (int i : order) {
      Map<String, Double> v = vectors.get(i);
      int best = -1;
      double bestSim = threshold;
      for (int c = 0; c < centroids.size(); c++) {
        double dot = 0;
        Map<String, Double> cen = centroids.get(c);
        for (Map.Entry<String, Double> e : v.entrySet()) {
          Double w = cen.get(e.getKey());
          if (w != null) {
            dot += w * e.getValue();
          }
        }
        double sim = norms.get(c) == 0 ? 0 : dot / norms.get(c);
        if (sim >= bestSim && (best < 0 || sim > bestSim)) {
          bestSim = sim;
          best = c;
        }
      }
      if (best < 0) {
        best = centroids.size();
        centroids.add(new HashMap<>());
        norms.add(0.0);
      }
      Map<String, Double> cen = centroids.get(best);
      v.forEach((k, w) -> cen.merge(k, w, Double::sum));
      double norm = 0;
      for (double w : cen.values()) {
        norm += w * w;
      }
      norms.set(best, Math.sqrt(norm));
      story[i] = best;
    }
    List<Integer> out = new ArrayList<>();
    for (Integer s : story) {
      out.add(s == null ? -1 : s);
    }
    return out;
  }
}
