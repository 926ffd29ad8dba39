package news.parallax.entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import news.parallax.model.Article;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Sentence;

/**
 * A linear model, learned from annotated person and place mentions, that types the mentions the
 * rules find in Latin-script text: person, place, or neither. It is an averaged multiclass
 * perceptron over the features the rules compute ({@link MentionFeatures}).
 *
 * <p>It decides within limits that keep the rules' names: a name's key becomes a person or a
 * place when the model's summed scores for its mentions say so and the rules did not type it an
 * organisation; a description or pronoun the rules did not resolve to a named person becomes
 * "other" when the model scores it neither a person nor a place. A name the model finds no
 * participant keeps the rules' type.
 *
 * <pre>{@code
 * MentionModel m = MentionModel.fit(examples, labels);
 * List<Mention> typed = m.apply(MentionModel.featured(article, sentences));
 * }</pre>
 */
public final class MentionModel {
  /** Passes over the training mentions; the averaged weights settle within about ten. */
  static final int EPOCHS = 10;
  /**
   * A feature seen in fewer groups (ECB+ topics) than this in training gets no weight: what one
   * topic's names and words teach does not carry to another.
   */
  static final int MIN_FEATURE_GROUPS = 3;
  private static final EntityType[] CLASSES = {EntityType.PERSON, EntityType.PLACE, EntityType.OTHER};
  private static final int NONE = 2;
  private static final RuleEntityRecognizer RULES = new RuleEntityRecognizer();

  private final Map<String, float[]> weights;

  private MentionModel(Map<String, float[]> weights) {
    this.weights = weights;
  }

  /**
   * A mention as the rules found it, with its features (none for mentions the model leaves alone).
   *
   * @param mention the rules' mention
   * @param features the feature names
   */
  public record Featured(Mention mention, List<String> features) {
    public Featured {
      features = List.copyOf(features);
    }
  }

  /** The rules' mentions of an article with their features, before any model types them. */
  public static List<Featured> featured(Article article, List<Sentence> sentences) {
    return RULES.featured(article, sentences);
  }

  /**
   * Fits a model on featured mentions and their labels (person, place, or null for a mention
   * that names neither); deterministic for the same examples in the same order.
   */
  public static MentionModel fit(List<Featured> examples, List<EntityType> labels, List<String> groups) {
    if (examples.size() != labels.size() || examples.size() != groups.size()) {
      throw new IllegalArgumentException("examples, labels and groups differ in number: " + examples.size() + ", "
          + labels.size() + " and " + groups.size());
    }
    Map<String, java.util.Set<String>> spread = new HashMap<>();
    List<Integer> usable = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      if (!examples.get(i).features().isEmpty()) {
        usable.add(i);
        for (String f : examples.get(i).features()) {
          spread.computeIfAbsent(f, k -> new java.util.HashSet<>()).add(groups.get(i));
        }
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    spread.forEach((f, g) -> seen.put(f, g.size()));
    Map<String, double[]> w = new HashMap<>();
    Map<String, double[]> u = new HashMap<>();
    Random order = new Random(1);
    int step = 1;
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      java.util.Collections.shuffle(usable, order);
      for (int i : usable) {
        List<String> fs = examples.get(i).features();
        int gold = classOf(labels.get(i));
        double[] s = scores(w, fs);
        int guess = argmax(s);
        if (guess != gold) {
          for (String f : fs) {
            if (seen.get(f) >= MIN_FEATURE_GROUPS) {
              double[] wf = w.computeIfAbsent(f, k -> new double[CLASSES.length]);
              double[] uf = u.computeIfAbsent(f, k -> new double[CLASSES.length]);
              wf[gold] += 1;
              wf[guess] -= 1;
              uf[gold] += step;
              uf[guess] -= step;
            }
          }
        }
        step++;
      }
    }
    Map<String, float[]> avg = new TreeMap<>();
    for (Map.Entry<String, double[]> e : w.entrySet()) {
      double[] wf = e.getValue();
      double[] uf = u.get(e.getKey());
      float[] a = new float[CLASSES.length];
      boolean any = false;
      for (int k = 0; k < a.length; k++) {
        a[k] = (float) (Math.round((wf[k] - uf[k] / step) * 1000) / 1000.0);
        any |= a[k] != 0;
      }
      if (any) {
        avg.put(e.getKey(), a);
      }
    }
    return new MentionModel(avg);
  }

  /** The mentions of one article, typed by the model within the limits above. */
  public List<Mention> apply(List<Featured> article) {
    if (weights.isEmpty()) {
      List<Mention> out = new ArrayList<>(article.size());
      for (Featured f : article) {
        out.add(f.mention());
      }
      return out;
    }
    Map<String, double[]> byKey = new HashMap<>();
    List<double[]> scores = new ArrayList<>(article.size());
    for (Featured f : article) {
      double[] s = f.features().isEmpty() ? null : scores(f.features());
      scores.add(s);
      Mention m = f.mention();
      if (s != null && !m.role() && m.key() != null) {
        double[] sum = byKey.computeIfAbsent(m.key(), k -> new double[CLASSES.length]);
        for (int k = 0; k < sum.length; k++) {
          sum[k] += s[k];
        }
      }
    }
    List<Mention> out = new ArrayList<>(article.size());
    for (int i = 0; i < article.size(); i++) {
      Mention m = article.get(i).mention();
      double[] s = scores.get(i);
      EntityType type = m.type();
      if (s != null && !m.role() && m.key() != null && type != EntityType.ORGANIZATION) {
        double[] sum = byKey.get(m.key());
        int best = argmax(sum);
        if (best != NONE) {
          type = CLASSES[best];
        }
      } else if (s != null && m.role()) {
        int best = argmax(s);
        if (best != NONE) {
          type = CLASSES[best];
        } else if (m.key() == null) {
          type = EntityType.OTHER;
        }
      }
      out.add(type == m.type() ? m : new Mention(m.span(), m.text(), type, m.key(), m.role()));
    }
    return out;
  }

  /** Writes the weights, one feature a line: the name and its person, place and neither weights. */
  public void write(Writer out) {
    try {
      out.write("# feature\tperson\tplace\tneither: averaged perceptron weights (MentionModel)\n");
      for (Map.Entry<String, float[]> e : new TreeMap<>(weights).entrySet()) {
        float[] a = e.getValue();
        out.write(String.format(Locale.ROOT, "%s\t%s\t%s\t%s%n", e.getKey(), a[0], a[1], a[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of weighted features. */
  public int size() {
    return weights.size();
  }

  private double[] scores(List<String> features) {
    double[] s = new double[CLASSES.length];
    for (String f : features) {
      float[] wf = weights.get(f);
      if (wf != null) {
        for (int k = 0; k < s.length; k++) {
          s[k] += wf[k];
        }
      }
    }
    return s;
  }

  private static double[] scores(Map<String, double[]> w, List<String> features) {
    double[] s = new double[CLASSES.length];
    for (String f : features) {
      double[] wf = w.get(f);
      if (wf != null) {
        for (int k = 0; k < s.length; k++) {
          s[k] += wf[k];
        }
      }
    }
    return s;
  }

  private static int classOf(EntityType label) {
    return label == EntityType.PERSON ? 0 : label == EntityType.PLACE ? 1 : NONE;
  }

  /** The highest score's class; "neither" on a tie, so an untrained model changes nothing. */
  private static int argmax(double[] s) {
    int best = NONE;
    for (int k = 0; k < s.length; k++) {
      if (s[k] > s[best]) {
        best = k;
      }
    }
    return best;
  }
}
