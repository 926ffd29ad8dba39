package news.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.parallax.Parallax;
import news.parallax.fact.ClaimExtractor;
import news.parallax.fact.FactComparer;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Claim;
import news.parallax.model.Sentence;

/**
 * Scores claim extraction against an annotated gold set: precision and recall of claims (a
 * found claim matches a gold one when their spans overlap and their values share a point), and
 * attribute accuracy over the matched claims. Also times (in thread CPU time) the claim and
 * comparison stages against the whole per-article analysis.
 *
 * <pre>{@code
 * ClaimEvaluation.Result r = ClaimEvaluation.run(Path.of("../shared/eval"), Path.of("claims-gold.tsv"));
 * }</pre>
 */
public final class ClaimEvaluation {
  /**
   * Only the first this many characters of each article are annotated (see the gold set's
   * README), so only claims starting there are scored.
   */
  public static final int WINDOW = 1200;
  /** Relative slack when comparing a found value with a gold one (unit conversions round). */
  static final double VALUE_SLACK = 0.005;
  /** Rounds over all articles before timing (so the code is compiled), and rounds timed. */
  static final int WARM_UP = 3;
  static final int TIMED = 7;

  private ClaimEvaluation() {}

  /** One gold claim. */
  public record Gold(String article, int start, int end, String text, String unit, double low,
      double high, String qualifier, String attribute) {}

  /** A gold claim and the claim found for it (or null), or a found claim with no gold one. */
  public record Match(String article, Gold gold, Claim found) {}

  /**
   * The scores and timings.
   *
   * @param articles articles scored
   * @param gold gold claims
   * @param found claims found inside the annotated windows
   * @param matched found claims that match a gold claim
   * @param attributeCorrect matched claims with the gold attribute
   * @param analyzeMillis time of the whole per-article analysis (sentences, entities, quotes,
   *     claims), all articles, the fastest of the timed rounds
   * @param claimMillis of which claim extraction
   * @param compareMillis time of comparing all the articles' claims as one story
   * @param matches every gold claim and every found claim, for inspection
   */
  public record Result(int articles, int gold, int found, int matched, int attributeCorrect,
      double analyzeMillis, double claimMillis, double compareMillis, List<Match> matches) {
    public double precision() {
      return found == 0 ? 0 : (double) matched / found;
    }

    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double attributeAccuracy() {
      return matched == 0 ? 0 : (double) attributeCorrect / matched;
    }

    /** Share claims and comparison add to the per-article analysis time without them. */
    public double addedTime() {
      double without = analyzeMillis - claimMillis;
      return without <= 0 ? 0 : (claimMillis + compareMillis) / without;
    }
  }

  /**
   * Per-page timing of the whole per-article pipeline (extraction, language, sentences,
   * entities, quotes, claims) against claim extraction alone, in thread CPU time.
   *
   * @param pages pages read
   * @param pipelineMillis the fastest timed round of the whole per-article pipeline, all pages
   * @param claimMillis the fastest timed round of claim extraction, all pages
   */
  public record PageTiming(int pages, double pipelineMillis, double claimMillis) {
    /** Share claim extraction adds to the pipeline without it. */
    public double addedTime() {
      double without = pipelineMillis - claimMillis;
      return without <= 0 ? 0 : claimMillis / without;
    }
  }

  /** Times the per-article pipeline on real pages (HTML, text dumps) under the paths. */
  public static PageTiming timePages(List<Path> paths) {
    Parallax parallax = Parallax.create();
    List<news.parallax.model.InputError> errors = new ArrayList<>();
    List<news.parallax.model.Page> pages = parallax.read(paths, errors);
    ClaimExtractor claims = ClaimExtractor.standard();
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    double[] pipeline = new double[TIMED];
    double[] claim = new double[TIMED];
    int ok = 0;
    for (int round = 0; round < WARM_UP + TIMED; round++) {
      ok = 0;
      for (news.parallax.model.Page p : pages) {
        long t0 = cpu.getCurrentThreadCpuTime();
        AnalyzedArticle x;
        try {
          x = parallax.analyze(parallax.extract(p));
        } catch (news.parallax.extract.ExtractionException e) {
          continue;
        }
        long t1 = cpu.getCurrentThreadCpuTime();
        claims.extract(x.article(), x.sentences());
        long t2 = cpu.getCurrentThreadCpuTime();
        ok++;
        if (round >= WARM_UP) {
          pipeline[round - WARM_UP] += (t1 - t0) / 1e6;
          claim[round - WARM_UP] += (t2 - t1) / 1e6;
        }
      }
    }
    java.util.Arrays.sort(pipeline);
    java.util.Arrays.sort(claim);
    return new PageTiming(ok, pipeline[0], claim[0]);
  }

  /** Reads the gold file: tab-separated, one claim a line, {@code #} comments. */
  public static List<Gold> readGold(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new IOException(file + ": gold file not found");
    }
    List<Gold> out = new ArrayList<>();
    int n = 0;
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      if (l.isBlank() || l.startsWith("#")) {
        continue;
      }
      String[] f = l.split("\t", -1);
      if (f.length != 9) {
        throw new IOException(file + ":" + n + ": expected 9 tab-separated fields, got " + f.length);
      }
      try {
        out.add(new Gold(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4],
            Double.parseDouble(f[5]), Double.parseDouble(f[6]), f[7], f[8]));
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + n + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Reads the article ids listed in the gold file's {@code #article} lines and its claims. */
  public static List<String> readArticles(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.startsWith("#article\t")) {
        out.add(l.substring("#article\t".length()).strip());
      }
    }
    return out;
  }

  /**
   * The gold claims whose offsets no longer point at their text in the rebuilt articles, as
   * readable lines (empty when the gold set and the data agree).
   */
  public static List<String> checkGold(Path evalRoot, Path goldFile) throws IOException {
    EvalCorpus corpus = new EvalCorpus(evalRoot);
    List<String> ids = readArticles(goldFile);
    List<String> out = new ArrayList<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String id : ids) {
      texts.put(id, corpus.article(id).text());
    }
    for (Gold g : readGold(goldFile)) {
      String text = texts.get(g.article());
      if (text == null) {
        out.add(g.article() + ": not listed in the #article lines");
      } else if (g.end() > text.length() || !text.substring(g.start(), g.end()).equals(g.text())) {
        out.add(g.article() + " [" + g.start() + ", " + g.end() + "): expected \"" + g.text() + "\"");
      }
    }
    return out;
  }

  /** Runs the standard stages on the annotated articles under {@code evalRoot}, timing them. */
  public static Result run(Path evalRoot, Path goldFile) throws IOException {
    return run(evalRoot, goldFile, true);
  }

  /** As {@link #run(Path, Path)}; without timing, one pass and the times are zero. */
  public static Result run(Path evalRoot, Path goldFile, boolean timed) throws IOException {
    List<Gold> gold = readGold(goldFile);
    List<String> ids = readArticles(goldFile);
    EvalCorpus corpus = new EvalCorpus(evalRoot);
    Parallax parallax = Parallax.create();
    ClaimExtractor claims = ClaimExtractor.standard();
    List<Article> articles = new ArrayList<>();
    for (String id : ids) {
      articles.add(corpus.article(id));
    }
    double[] analyzeRounds = new double[TIMED];
    double[] claimRounds = new double[TIMED];
    List<AnalyzedArticle> analyzed = new ArrayList<>();
    Map<String, List<Claim>> byArticle = new LinkedHashMap<>();
    // CPU time of this thread: other processes on a shared machine do not count
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    int rounds = timed ? WARM_UP + TIMED : 1;
    for (int round = 0; round < rounds; round++) {
      boolean timing = timed && round >= WARM_UP;
      for (Article a : articles) {
        long t0 = cpu.getCurrentThreadCpuTime();
        AnalyzedArticle x = parallax.analyze(a);
        long t1 = cpu.getCurrentThreadCpuTime();
        List<Sentence> sentences = x.sentences();
        long t2 = cpu.getCurrentThreadCpuTime();
        List<Claim> found = claims.extract(a, sentences);
        long t3 = cpu.getCurrentThreadCpuTime();
        if (timing) {
          analyzeRounds[round - WARM_UP] += (t1 - t0) / 1e6;
          claimRounds[round - WARM_UP] += (t3 - t2) / 1e6;
        }
        if (round == 0) {
          analyzed.add(x);
          byArticle.put(a.id(), found.stream().filter(c -> c.span().start() < WINDOW).toList());
        }
      }
    }
    // the fastest round of each, so a burst of load on a shared machine does not decide it
    java.util.Arrays.sort(analyzeRounds);
    java.util.Arrays.sort(claimRounds);
    double analyze = timed ? analyzeRounds[0] : 0;
    double claim = timed ? claimRounds[0] : 0;
    FactComparer comparer = FactComparer.standard();
    comparer.compare(analyzed);
    long c0 = cpu.getCurrentThreadCpuTime();
    comparer.compare(analyzed);
    double compare = (cpu.getCurrentThreadCpuTime() - c0) / 1e6;
    return score(ids, gold, byArticle, analyze, claim, compare);
  }

  static Result score(List<String> ids, List<Gold> gold, Map<String, List<Claim>> found,
      double analyze, double claim, double compare) {
    List<Match> matches = new ArrayList<>();
    int matched = 0;
    int attr = 0;
    int nFound = 0;
    for (String id : ids) {
      List<Claim> cs = new ArrayList<>(found.getOrDefault(id, List.of()));
      nFound += cs.size();
      for (Gold g : gold) {
        if (!g.article().equals(id)) {
          continue;
        }
        Claim hit = null;
        for (Claim c : cs) {
          if (c.span().start() < g.end() && g.start() < c.span().end() && valueMatches(c, g)) {
            hit = c;
            break;
          }
        }
        if (hit != null) {
          cs.remove(hit);
          matched++;
          if (hit.attribute().equals(g.attribute())) {
            attr++;
          }
        }
        matches.add(new Match(id, g, hit));
      }
      for (Claim c : cs) {
        matches.add(new Match(id, null, c));
      }
    }
    return new Result(ids.size(), gold.size(), nFound, matched, attr, analyze, claim, compare, matches);
  }

  private static boolean valueMatches(Claim c, Gold g) {
    double slack = Math.max(Math.abs(g.high()), 1) * VALUE_SLACK;
    return c.low() <= g.high() + slack && g.low() - slack <= c.high();
  }
}
