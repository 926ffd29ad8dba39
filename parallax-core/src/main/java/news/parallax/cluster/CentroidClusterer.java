package news.parallax.cluster;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Story;

/**
 * Single-pass centroid clustering. Each article becomes a concept vector ({@link Concepts});
 * it joins the story whose centroid is most cosine-similar, when that similarity is at least
 * {@link #THRESHOLD} and the dates (when both are known) are at most {@link #MAX_DAYS} apart;
 * otherwise it starts a story. Terms are weighted by an inverse document frequency kept over
 * the articles seen so far.
 */
final class CentroidClusterer implements StoryClusterer {
  /** Calibrated on the seed pages only (first version); see docs for the planned calibration. */
  static final double THRESHOLD = 0.12;
  static final long MAX_DAYS = 3;

  private static final class Cluster {
    final List<String> members = new ArrayList<>();
    final Map<String, Double> sum = new HashMap<>();
    LocalDate day;
  }

  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<String, Integer> df = new HashMap<>();
  private int docs;

  @Override
  public void add(AnalyzedArticle article) {
    Map<String, Double> v = Concepts.of(article);
    docs++;
    v.keySet().forEach(k -> df.merge(k, 1, Integer::sum));
    LocalDate day = day(article.article().published());
    Cluster best = null;
    double bestSim = 0;
    for (Cluster c : clusters) {
      if (day != null && c.day != null && Math.abs(day.toEpochDay() - c.day.toEpochDay()) > MAX_DAYS) {
        continue;
      }
      double s = cosine(v, c.sum);
      if (s > bestSim) {
        bestSim = s;
        best = c;
      }
    }
    if (best == null || bestSim < THRESHOLD) {
      best = new Cluster();
      clusters.add(best);
    }
    Cluster home = best;
    home.members.add(article.id());
    v.forEach((k, w) -> home.sum.merge(k, w, Double::sum));
    if (home.day == null) {
      home.day = day;
    }
  }

  private double idf(String term) {
    return Math.log(1 + (docs + 1.0) / df.getOrDefault(term, 0).doubleValue() + 1);
  }

  private double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      double w = e.getValue() * idf(e.getKey());
      na += w * w;
      Double o = b.get(e.getKey());
      if (o != null) {
        dot += w * o * idf(e.getKey());
      }
    }
    for (Map.Entry<String, Double> e : b.entrySet()) {
      double w = e.getValue() * idf(e.getKey());
      nb += w * w;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static LocalDate day(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return published.length() > 10 ? OffsetDateTime.parse(published).toLocalDate()
          : LocalDate.parse(published);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(published.substring(0, 10));
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  @Override
  public List<Story> stories() {
    List<Story> out = new ArrayList<>();
    for (Cluster c : clusters) {
      out.add(new Story("s" + news.parallax.internal.Hashing.id(c.members.get(0)).substring(0, 10), c.members));
    }
    List<Story> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparingInt((Story s) -> -s.articles().size())
        .thenComparingInt(out::indexOf));
    return sorted;
  }
}
