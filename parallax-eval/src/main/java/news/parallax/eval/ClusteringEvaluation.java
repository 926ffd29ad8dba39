package news.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import news.parallax.cluster.ClusterSettings;
import news.parallax.cluster.PairSimilarity;
import news.parallax.cluster.StoryClusterer;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Story;

/**
 * Scores story clustering: B-cubed on ECB+ at event and topic level, and pair similarity
 * against the human judgements of SemEval-2022 Task 8.
 *
 * <pre>{@code
 * EcbScores s = ClusteringEvaluation.ecbPlus(EcbPlus.read(dir), parallax::analyze,
 *     ClusterSettings.DEFAULT);
 * }</pre>
 */
public final class ClusteringEvaluation {
  /**
   * Arrival orders scored besides the corpus order: ECB+ has no dates, and its file order
   * alternates the two events of each topic (a worst case for a single-pass clusterer), so
   * the headline figure is the mean over these seeded shuffles. One order's F1 ranges over
   * about ±0.02 around the mean, so three orders (the number used until the fragment merge
   * was added) put the mean within about ±0.01; ten halve that.
   */
  public static final int SHUFFLES = 10;

  /**
   * ECB+ figures: the shuffled-order means (headline), the corpus-order figures, and the mean
   * event-level figure of the dated streams ({@link #DATED_DAYS}).
   */
  public record EcbScores(int documents, int events, int topics, BCubed event, BCubed topic,
      BCubed corpusOrderEvent, BCubed corpusOrderTopic, int stories, BCubed datedEvent,
      BCubed datedEventReadOften) {}

  /**
   * The dated streams are also read after every this many articles, as an application showing
   * live stories would: each read refines the stories changed since the one before, so the
   * figure checks that frequent reads do not cost quality.
   */
  public static final int READ_EVERY = 25;

  /**
   * ECB+ has no dates, so its streams never retire a story. The dated streams give each gold
   * event a day drawn from this many (seeded, one draw per event) and each of its documents a
   * day up to {@link #DATED_SPREAD} later, and feed the documents in date order (ties in a
   * seeded shuffle), reading the stories once at the end: what a user clustering weeks of news
   * in one run gets, with stories retiring as the dates move on. The days are synthetic, so two
   * events of one topic fall close together only by chance, which makes these streams easier
   * than the undated ones; the figure checks the dated path (windows, retirement, and the
   * refinement of stories before they retire), not the similarity.
   */
  public static final int DATED_DAYS = 60;
  /** Days after its event's day that a document of the dated streams may carry. */
  public static final int DATED_SPREAD = 2;

  /**
   * ECB+ in a stream with distractors: B-cubed over all articles (mean of the seeded shuffles),
   * and how many distractors ended in a story holding an ECB+ article or in any story of
   * several articles.
   */
  public record DistractorScores(int documents, int distractors, BCubed all, BCubed ecbOnly,
      double intoEcbStories, double notAlone) {}

  /**
   * A distractor pair is one story in the gold when its human Overall is at most this (1 is
   * "very similar"; 1.5 keeps the pairs the annotators agree on).
   */
  public static final double DISTRACTOR_SAME_STORY = 1.5;

  /** SemEval pair figures over the original-language pairs. */
  public record PairScores(int pairs, double pearson, double rocAuc, double pearsonRawCosine,
      Map<String, Double> pearsonByLanguages) {}

  private ClusteringEvaluation() {}

  /** Analyzes the ECB+ documents and clusters them in corpus order and in seeded shuffles. */
  public static EcbScores ecbPlus(List<EcbPlus.Doc> docs, Function<Article, AnalyzedArticle> analyzer,
      ClusterSettings settings) {
    List<AnalyzedArticle> analyzed = docs.parallelStream().map(d -> analyzer.apply(d.article()))
        .toList();
    List<String> events = docs.stream().map(EcbPlus.Doc::event).toList();
    List<String> topics = docs.stream().map(EcbPlus.Doc::topic).toList();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      order.add(i);
    }
    List<String> corpus = cluster(analyzed, order, settings);
    List<BCubed> ev = new ArrayList<>();
    List<BCubed> tp = new ArrayList<>();
    int stories = 0;
    for (int seed = 1; seed <= SHUFFLES; seed++) {
      List<Integer> o = new ArrayList<>(order);
      java.util.Collections.shuffle(o, new Random(seed));
      List<String> pred = cluster(analyzed, o, settings);
      ev.add(BCubed.score(pred, events));
      tp.add(BCubed.score(pred, topics));
      stories += (int) pred.stream().distinct().count();
    }
    return new EcbScores(docs.size(), (int) events.stream().distinct().count(),
        (int) topics.stream().distinct().count(), BCubed.mean(ev), BCubed.mean(tp),
        BCubed.score(corpus, events), BCubed.score(corpus, topics), stories / SHUFFLES,
        dated(analyzed, events, settings, 0), dated(analyzed, events, settings, READ_EVERY));
  }

  /** Mean event-level B-cubed over the dated streams (see {@link #DATED_DAYS}). */
  static BCubed dated(List<AnalyzedArticle> analyzed, List<String> events,
      ClusterSettings settings, int readEvery) {
    List<BCubed> out = new ArrayList<>();
    for (int seed = 1; seed <= SHUFFLES; seed++) {
      Random r = new Random(seed);
      Map<String, Integer> eventDay = new java.util.TreeMap<>();
      for (String e : new java.util.TreeSet<>(events)) {
        eventDay.put(e, r.nextInt(DATED_DAYS));
      }
      List<AnalyzedArticle> dated = new ArrayList<>();
      List<Integer> days = new ArrayList<>();
      for (int i = 0; i < analyzed.size(); i++) {
        int day = eventDay.get(events.get(i)) + r.nextInt(DATED_SPREAD + 1);
        days.add(day);
        AnalyzedArticle x = analyzed.get(i);
        Article a = x.article();
        String published = java.time.LocalDate.of(2020, 1, 1).plusDays(day).toString();
        dated.add(new AnalyzedArticle(new Article(a.id(), a.source(), a.url(), a.outlet(),
            a.title(), a.author(), published, a.language(), a.paragraphs(), a.evidence(),
            a.dropped()), x.sentences(), x.mentions(), x.quotes(), x.claims()));
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < analyzed.size(); i++) {
        order.add(i);
      }
      java.util.Collections.shuffle(order, r);
      order.sort(java.util.Comparator.comparing(days::get));
      out.add(BCubed.score(cluster(dated, order, settings, readEvery), events));
    }
    return BCubed.mean(out);
  }

  /**
   * Clusters the ECB+ documents mixed with the English articles of SemEval pairs in seeded
   * shuffles. A real stream is mostly articles that no other article in it covers, which ECB+
   * lacks (every document there has partners): this measures what joining costs on such
   * articles. Each distractor is its own gold story, except that both articles of a pair with
   * Overall at most {@link #DISTRACTOR_SAME_STORY} share one (transitively).
   */
  public static DistractorScores ecbPlusWithDistractors(List<EcbPlus.Doc> docs,
      List<SemEvalPairs.Pair> pairs, Function<Article, AnalyzedArticle> analyzer,
      ClusterSettings settings) {
    List<Article> extra = new ArrayList<>();
    Map<String, String> parent = new HashMap<>();
    for (SemEvalPairs.Pair p : pairs) {
      for (Article a : List.of(p.first(), p.second())) {
        if ("en".equals(a.language()) && parent.putIfAbsent(a.id(), a.id()) == null) {
          extra.add(a);
        }
      }
      if (p.overall() <= DISTRACTOR_SAME_STORY && parent.containsKey(p.first().id())
          && parent.containsKey(p.second().id())) {
        String x = root(parent, p.first().id());
        String y = root(parent, p.second().id());
        if (!x.equals(y)) {
          parent.put(x.compareTo(y) < 0 ? y : x, x.compareTo(y) < 0 ? x : y);
        }
      }
    }
    List<Article> all = new ArrayList<>(docs.size() + extra.size());
    docs.forEach(d -> all.add(d.article()));
    all.addAll(extra);
    List<AnalyzedArticle> analyzed = all.parallelStream().map(analyzer).toList();
    List<String> gold = new ArrayList<>(docs.stream().map(EcbPlus.Doc::event).toList());
    extra.forEach(a -> gold.add("distractor:" + root(parent, a.id())));
    int n = docs.size();
    List<BCubed> mixed = new ArrayList<>();
    List<BCubed> ecb = new ArrayList<>();
    double into = 0;
    double notAlone = 0;
    for (int seed = 1; seed <= SHUFFLES; seed++) {
      List<Integer> o = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        o.add(i);
      }
      java.util.Collections.shuffle(o, new Random(seed));
      List<String> pred = cluster(analyzed, o, settings);
      mixed.add(BCubed.score(pred, gold));
      ecb.add(BCubed.score(pred.subList(0, n), gold.subList(0, n)));
      java.util.Set<String> ecbStories = new java.util.HashSet<>(pred.subList(0, n));
      Map<String, Integer> size = new HashMap<>();
      pred.forEach(s -> size.merge(s, 1, Integer::sum));
      for (int i = n; i < pred.size(); i++) {
        into += ecbStories.contains(pred.get(i)) ? 1 : 0;
        notAlone += size.get(pred.get(i)) > 1 ? 1 : 0;
      }
    }
    return new DistractorScores(n, extra.size(), BCubed.mean(mixed), BCubed.mean(ecb),
        into / SHUFFLES, notAlone / SHUFFLES);
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (!parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    return r;
  }

  /** The story of each article (by index), clustering them in the given order. */
  static List<String> cluster(List<AnalyzedArticle> articles, List<Integer> order,
      ClusterSettings settings) {
    return cluster(articles, order, settings, 0);
  }

  /** As above, reading the stories after every {@code readEvery} articles too (0: never). */
  static List<String> cluster(List<AnalyzedArticle> articles, List<Integer> order,
      ClusterSettings settings, int readEvery) {
    StoryClusterer c = StoryClusterer.with(settings);
    int n = 0;
    for (int i : order) {
      c.add(articles.get(i));
      if (readEvery > 0 && ++n % readEvery == 0) {
        c.stories();
      }
    }
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : c.stories()) {
      s.articles().forEach(a -> storyOf.put(a, s.id()));
    }
    List<String> out = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      out.add(storyOf.get(a.id()));
    }
    return out;
  }

  /** Pearson r between pair similarity and Overall, and ROC AUC of same story (Overall <= 2). */
  public static PairScores semEval(List<SemEvalPairs.Pair> pairs,
      Function<Article, AnalyzedArticle> analyzer) {
    return semEval(pairs, analyzer, ClusterSettings.DEFAULT);
  }

  /**
   * As {@link #semEval(List, Function)}, with the embedder of {@code settings}, if it has one,
   * blended into the pair similarity at its embedding weight
   * ({@link PairSimilarity#withEmbedder}).
   */
  public static PairScores semEval(List<SemEvalPairs.Pair> pairs,
      Function<Article, AnalyzedArticle> analyzer, ClusterSettings settings) {
    List<AnalyzedArticle[]> analyzed = pairs.parallelStream()
        .map(p -> new AnalyzedArticle[] {analyzer.apply(p.first()), analyzer.apply(p.second())})
        .toList();
    List<AnalyzedArticle> all = new ArrayList<>();
    analyzed.forEach(a -> {
      all.add(a[0]);
      all.add(a[1]);
    });
    PairSimilarity lexical = PairSimilarity.over(all);
    PairSimilarity sim = settings.embedder()
        .map(e -> lexical.withEmbedder(e, settings.embeddingWeight())).orElse(lexical);
    double[] s = new double[pairs.size()];
    double[] raw = new double[pairs.size()];
    double[] y = new double[pairs.size()];
    boolean[] same = new boolean[pairs.size()];
    Map<String, List<Integer>> byLang = new java.util.TreeMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      s[i] = sim.similarity(analyzed.get(i)[0], analyzed.get(i)[1]);
      raw[i] = sim.cosine(analyzed.get(i)[0], analyzed.get(i)[1]);
      y[i] = pairs.get(i).overall();
      same[i] = y[i] <= SAME_STORY_OVERALL;
      byLang.computeIfAbsent(pairs.get(i).first().language() + "-" + pairs.get(i).second().language(),
          k -> new ArrayList<>()).add(i);
    }
    Map<String, Double> perLang = new java.util.TreeMap<>();
    byLang.forEach((k, idx) -> {
      if (idx.size() >= 10) {
        double[] a = idx.stream().mapToDouble(i -> s[i]).toArray();
        double[] b = idx.stream().mapToDouble(i -> y[i]).toArray();
        perLang.put(k, Correlation.pearson(a, b));
      }
    });
    return new PairScores(pairs.size(), Correlation.pearson(s, y), Correlation.rocAuc(s, same),
        Correlation.pearson(raw, y), perLang);
  }

  /**
   * Multi-News figures: B-cubed of the clusterer and of the TF-IDF baseline
   * ({@link TfIdfBaseline}), each the mean over the seeded shuffles of all events in one
   * stream, over all articles and over the articles of odd and even rows; the baseline's
   * threshold is the best on the odd rows. {@code split} counts events whose articles did not
   * all end in one story (mean over the orders).
   */
  public record MultiNewsScores(int documents, int events, BCubed all, BCubed odd, BCubed even,
      double split, BCubed baseline, BCubed baselineOdd, BCubed baselineEven,
      double baselineThreshold) {}

  /** Thresholds tried for the TF-IDF baseline, from 0.02 to 0.60 by 0.02. */
  static final int BASELINE_STEPS = 30;

  /**
   * Clusters the Multi-News articles of all rows as one undated stream, in
   * {@link #SHUFFLES} seeded orders, each row one gold event; and the TF-IDF baseline over the
   * same orders.
   */
  public static MultiNewsScores multiNews(List<MultiNews.Event> rows,
      Function<Article, AnalyzedArticle> analyzer, ClusterSettings settings) {
    return multiNews(rows, analyzer, settings, true);
  }

  /**
   * As {@link #multiNews(List, Function, ClusterSettings)}; without {@code baseline} the
   * TF-IDF baseline is not run (its threshold search is most of the time after analysis) and
   * its figures are null.
   */
  public static MultiNewsScores multiNews(List<MultiNews.Event> rows,
      Function<Article, AnalyzedArticle> analyzer, ClusterSettings settings, boolean baseline) {
    List<Article> all = new ArrayList<>();
    List<String> gold = new ArrayList<>();
    List<Boolean> odd = new ArrayList<>();
    for (MultiNews.Event e : rows) {
      for (Article a : e.articles()) {
        all.add(a);
        gold.add("row" + e.row());
        odd.add(e.row() % 2 == 1);
      }
    }
    List<AnalyzedArticle> analyzed = all.parallelStream().map(analyzer).toList();
    List<List<Integer>> orders = new ArrayList<>();
    for (int seed = 1; seed <= SHUFFLES; seed++) {
      List<Integer> o = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        o.add(i);
      }
      java.util.Collections.shuffle(o, new Random(seed));
      orders.add(o);
    }
    List<List<String>> ours = new ArrayList<>();
    double split = 0;
    for (List<Integer> o : orders) {
      List<String> pred = cluster(analyzed, o, settings);
      ours.add(pred);
      split += splitEvents(pred, gold);
    }
    if (!baseline) {
      return new MultiNewsScores(all.size(), rows.size(), mean(ours, gold, odd, null),
          mean(ours, gold, odd, true), mean(ours, gold, odd, false), split / SHUFFLES, null, null,
          null, Double.NaN);
    }
    TfIdfBaseline base = TfIdfBaseline.over(analyzed);
    List<Integer> corpus = orders.get(0);
    double bestT = 0;
    double bestF = -1;
    for (int k = 1; k <= BASELINE_STEPS; k++) {
      double t = k * 0.02;
      double f = subset(labels(base.cluster(corpus, t)), gold, odd, true).f1();
      if (f > bestF) {
        bestF = f;
        bestT = t;
      }
    }
    List<List<String>> theirs = new ArrayList<>();
    for (List<Integer> o : orders) {
      theirs.add(labels(base.cluster(o, bestT)));
    }
    return new MultiNewsScores(all.size(), rows.size(), mean(ours, gold, odd, null),
        mean(ours, gold, odd, true), mean(ours, gold, odd, false), split / SHUFFLES,
        mean(theirs, gold, odd, null), mean(theirs, gold, odd, true),
        mean(theirs, gold, odd, false), bestT);
  }

  private static List<String> labels(List<Integer> stories) {
    return stories.stream().map(String::valueOf).toList();
  }

  private static BCubed mean(List<List<String>> preds, List<String> gold, List<Boolean> odd,
      Boolean keep) {
    List<BCubed> out = new ArrayList<>();
    preds.forEach(p -> out.add(subset(p, gold, odd, keep)));
    return BCubed.mean(out);
  }

  /** B-cubed over the items whose flag is {@code keep} (all items when it is null). */
  private static BCubed subset(List<String> pred, List<String> gold, List<Boolean> flag,
      Boolean keep) {
    List<String> p = new ArrayList<>();
    List<String> g = new ArrayList<>();
    for (int i = 0; i < pred.size(); i++) {
      if (keep == null || flag.get(i).equals(keep)) {
        p.add(pred.get(i));
        g.add(gold.get(i));
      }
    }
    return BCubed.score(p, g);
  }

  /** How many gold events are spread over more than one predicted story. */
  static int splitEvents(List<String> pred, List<String> gold) {
    Map<String, java.util.Set<String>> stories = new HashMap<>();
    for (int i = 0; i < pred.size(); i++) {
      stories.computeIfAbsent(gold.get(i), k -> new java.util.HashSet<>()).add(pred.get(i));
    }
    return (int) stories.values().stream().filter(s -> s.size() > 1).count();
  }

  /**
   * The cross-language stream: both articles of every cross-language SemEval pair judged one
   * story (Overall at most {@link #DISTRACTOR_SAME_STORY}) and of every one judged different
   * (Overall at least {@link #STREAM_DIFFERENT}), original and machine-translated pairs alike,
   * clustered as one undated stream in {@link #SHUFFLES} seeded orders. Figures are means over
   * the orders: the share of same-story pairs whose two articles end in one story (all, and
   * zh-en alone), and the share of different pairs that end in one story.
   */
  public record StreamScores(int articles, int samePairs, int differentPairs, int zhEnSamePairs,
      double sameJoined, double zhEnJoined, double differentMerged) {}

  /** A pair at or above this Overall is about different stories (4 is "very dissimilar"). */
  public static final double STREAM_DIFFERENT = 3.5;

  /** Clusters the articles of the cross-language pairs as one stream; see {@link StreamScores}. */
  public static StreamScores crossLanguageStream(List<SemEvalPairs.Pair> pairs,
      Function<Article, AnalyzedArticle> analyzer, ClusterSettings settings) {
    List<SemEvalPairs.Pair> same = new ArrayList<>();
    List<SemEvalPairs.Pair> different = new ArrayList<>();
    Map<String, Article> articles = new java.util.LinkedHashMap<>();
    for (SemEvalPairs.Pair p : pairs) {
      if (p.first().language().equals(p.second().language())) {
        continue;
      }
      if (p.overall() <= DISTRACTOR_SAME_STORY) {
        same.add(p);
      } else if (p.overall() >= STREAM_DIFFERENT) {
        different.add(p);
      } else {
        continue;
      }
      articles.putIfAbsent(p.first().id(), p.first());
      articles.putIfAbsent(p.second().id(), p.second());
    }
    List<Article> all = new ArrayList<>(articles.values());
    List<AnalyzedArticle> analyzed = all.parallelStream().map(analyzer).toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      index.put(all.get(i).id(), i);
    }
    double joined = 0;
    double zhEn = 0;
    double merged = 0;
    int zhEnPairs = (int) same.stream().filter(ClusteringEvaluation::isZhEn).count();
    for (int seed = 1; seed <= SHUFFLES; seed++) {
      List<Integer> o = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        o.add(i);
      }
      java.util.Collections.shuffle(o, new Random(seed));
      List<String> pred = cluster(analyzed, o, settings);
      for (SemEvalPairs.Pair p : same) {
        boolean one = pred.get(index.get(p.first().id())).equals(pred.get(index.get(p.second().id())));
        joined += one ? 1 : 0;
        zhEn += one && isZhEn(p) ? 1 : 0;
      }
      for (SemEvalPairs.Pair p : different) {
        merged += pred.get(index.get(p.first().id())).equals(pred.get(index.get(p.second().id())))
            ? 1 : 0;
      }
    }
    return new StreamScores(all.size(), same.size(), different.size(), zhEnPairs,
        joined / SHUFFLES / Math.max(1, same.size()), zhEn / SHUFFLES / Math.max(1, zhEnPairs),
        merged / SHUFFLES / Math.max(1, different.size()));
  }

  private static boolean isZhEn(SemEvalPairs.Pair p) {
    java.util.Set<String> l = java.util.Set.of(p.first().language(), p.second().language());
    return l.equals(java.util.Set.of("zh", "en"));
  }

  /** Pairs at or under this Overall score are about the same story (the definition). */
  public static final double SAME_STORY_OVERALL = 2.0;
}
