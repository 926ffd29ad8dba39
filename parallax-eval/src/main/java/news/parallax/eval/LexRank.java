package news.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Sentence;

/**
 * LexRank (Erkan and Radev 2004), the baseline the brief is compared with: the sentences of
 * all articles as a graph whose edges join sentences with a TF-IDF cosine of at least
 * {@link #EDGE}, ranked by PageRank (damping {@link #DAMPING}); the summary takes sentences by
 * rank, skipping one that repeats a taken one (cosine above {@link #REDUNDANT}), until the
 * word budget is spent.
 *
 * <pre>{@code
 * String summary = LexRank.summarize(articles, 120);
 * }</pre>
 */
public final class LexRank {
  /** The published threshold of the unweighted graph. */
  static final double EDGE = 0.1;
  static final double DAMPING = 0.85;
  static final double REDUNDANT = 0.5;
  static final int ITERATIONS = 50;

  private LexRank() {}

  /** A summary of at least {@code words} words (the caller truncates to the budget). */
  public static String summarize(List<AnalyzedArticle> articles, int words) {
    List<String> texts = new ArrayList<>();
    List<Map<String, Integer>> tfs = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      String text = a.article().text();
      for (Sentence s : a.sentences()) {
        String t = s.span().of(text);
        Map<String, Integer> tf = new HashMap<>();
        for (String w : Rouge.words(t)) {
          tf.merge(w, 1, Integer::sum);
        }
        if (tf.size() < 3) {
          continue;
        }
        texts.add(t);
        tfs.add(tf);
        tf.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
      }
    }
    int n = texts.size();
    if (n == 0) {
      return "";
    }
    List<Map<String, Double>> vecs = new ArrayList<>();
    for (Map<String, Integer> tf : tfs) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        double w = e.getValue() * Math.log((double) n / df.get(e.getKey()) + 1);
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double len = Math.sqrt(norm);
      v.replaceAll((k, x) -> x / len);
      vecs.add(v);
    }
    double[][] sim = new double[n][n];
    int[] degree = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double c = cosine(vecs.get(i), vecs.get(j));
        sim[i][j] = c;
        sim[j][i] = c;
        if (c >= EDGE) {
          degree[i] += 1;
          degree[j] += i == j ? 0 : 1;
        }
      }
    }
    double[] rank = new double[n];
    java.util.Arrays.fill(rank, 1.0 / n);
    for (int it = 0; it < ITERATIONS; it++) {
      double[] next = new double[n];
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int j = 0; j < n; j++) {
          if (sim[i][j] >= EDGE) {
            s += rank[j] / degree[j];
          }
        }
        next[i] = (1 - DAMPING) / n + DAMPING * s;
      }
      rank = next;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    final double[] r = rank;
    java.util.Arrays.sort(order, (x, y) -> r[x] != r[y] ? Double.compare(r[y], r[x]) : x - y);
    StringBuilder out = new StringBuilder();
    List<Integer> taken = new ArrayList<>();
    int count = 0;
    for (int i : order) {
      if (count >= words) {
        break;
      }
      boolean repeat = false;
      for (int t : taken) {
        repeat |= sim[i][t] > REDUNDANT;
      }
      if (repeat) {
        continue;
      }
      taken.add(i);
      out.append(texts.get(i)).append(' ');
      count += Rouge.words(texts.get(i)).size();
    }
    return out.toString().strip();
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += w * e.getValue();
      }
    }
    return dot;
  }

}
