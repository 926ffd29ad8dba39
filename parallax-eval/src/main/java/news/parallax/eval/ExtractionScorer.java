package news.parallax.eval;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import news.parallax.extract.ExtractionException;
import news.parallax.extract.Extractor;
import news.parallax.internal.Texts;
import news.parallax.model.Article;

/**
 * Scores an extractor on a dataset with the dataset's own metric.
 *
 * <p>Snippets (trafilatura's evaluation): the output, white space collapsed, is tested for each
 * "with" snippet (a true positive when present, a false negative when absent) and each "without"
 * snippet (a false positive when present); precision, recall and F1 are over all snippets of all
 * pages. Shingles (the Chinese dataset): output and gold are cut into tokens (each Han character
 * one token, each other run of letters and digits one token, lower-cased), then into sets of
 * {@link #SHINGLE} consecutive tokens; precision, recall and F1 are computed per page and
 * averaged over pages, as the dataset's published figures are. Words (WCXB): the same tokens
 * as a bag (a multiset), precision, recall and F1 of their overlap per page, averaged over pages;
 * an empty output scores 0.
 *
 * <pre>{@code
 * ExtractionScore s = ExtractionScorer.score(Path.of("eval/trafilatura-eval"), Extractor.standard());
 * }</pre>
 */
public final class ExtractionScorer {
  /** Tokens per shingle, as the Chinese dataset's metric prescribes. */
  public static final int SHINGLE = 4;

  private ExtractionScorer() {}

  /** Scores {@code extractor} on the dataset in {@code dir}. */
  public static ExtractionScore score(Path dir, Extractor extractor) {
    return score(dir, extractor, line -> { });
  }

  /** Scores {@code extractor} on the dataset in {@code dir}, telling {@code details} each page's errors. */
  public static ExtractionScore score(Path dir, Extractor extractor, Consumer<String> details) {
    return score(dir.getFileName().toString(), ExtractionDatasets.metric(dir),
        ExtractionDatasets.load(dir), extractor, details);
  }

  /** Scores {@code extractor} on pages already loaded. */
  public static ExtractionScore score(String name, String metric, List<EvalPage> pages,
      Extractor extractor, Consumer<String> details) {
    List<Result> results = pages.parallelStream().map(p -> run(p, extractor)).toList();
    int failures = 0;
    int datesGold = 0;
    int datesCorrect = 0;
    long tp = 0;
    long fn = 0;
    long fp = 0;
    double sumP = 0;
    double sumR = 0;
    double sumF = 0;
    for (int i = 0; i < pages.size(); i++) {
      EvalPage p = pages.get(i);
      Result r = results.get(i);
      if (r.article == null) {
        failures++;
      }
      String text = r.article == null ? "" : Texts.normalizeSpace(r.article.text());
      if (metric.equals("snippets")) {
        for (String w : p.with()) {
          if (text.contains(Texts.normalizeSpace(w))) {
            tp++;
          } else {
            fn++;
            details.accept(p.page().source() + "\tmissed\t" + w);
          }
        }
        for (String w : p.without()) {
          if (text.contains(Texts.normalizeSpace(w))) {
            fp++;
            details.accept(p.page().source() + "\tleaked\t" + w);
          }
        }
      } else {
        double[] prf = metric.equals("words") ? wordScore(text, p.goldText())
            : shingleScore(text, p.goldText());
        sumP += prf[0];
        sumR += prf[1];
        sumF += prf[2];
        details.accept(String.format(java.util.Locale.ROOT, "%s\tP=%.3f R=%.3f F1=%.3f",
            p.page().source(), prf[0], prf[1], prf[2]));
      }
      if (p.goldDate() != null) {
        datesGold++;
        String got = r.article == null ? null : ExtractionDatasets.ymd(r.article.published());
        if (p.goldDate().equals(got)) {
          datesCorrect++;
        } else {
          details.accept(p.page().source() + "\tdate\t" + got + " (gold " + p.goldDate() + ")");
        }
      }
    }
    double precision;
    double recall;
    double f1;
    if (metric.equals("snippets")) {
      precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    } else {
      int n = Math.max(1, pages.size());
      precision = sumP / n;
      recall = sumR / n;
      f1 = sumF / n;
    }
    return new ExtractionScore(name, metric, pages.size(), failures, precision, recall, f1,
        datesGold, datesCorrect);
  }

  /** Precision, recall and F1 of the shingles of {@code text} against those of {@code gold}. */
  public static double[] shingleScore(String text, String gold) {
    Set<String> got = shingles(text);
    Set<String> want = shingles(gold);
    if (got.isEmpty() || want.isEmpty()) {
      return new double[] {0, 0, 0};
    }
    int common = 0;
    for (String s : got) {
      if (want.contains(s)) {
        common++;
      }
    }
    double p = common / (double) got.size();
    double r = common / (double) want.size();
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  /**
   * Precision, recall and F1 of the bag of words of {@code text} against that of {@code gold}:
   * each token counts as often as it occurs in both (multiset overlap).
   */
  public static double[] wordScore(String text, String gold) {
    List<String> got = tokens(text);
    List<String> want = tokens(gold);
    if (got.isEmpty() || want.isEmpty()) {
      return new double[] {0, 0, 0};
    }
    java.util.Map<String, Integer> left = new java.util.HashMap<>();
    for (String t : want) {
      left.merge(t, 1, Integer::sum);
    }
    int common = 0;
    for (String t : got) {
      Integer n = left.get(t);
      if (n != null && n > 0) {
        left.put(t, n - 1);
        common++;
      }
    }
    double p = common / (double) got.size();
    double r = common / (double) want.size();
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  /** The set of {@link #SHINGLE}-token shingles of {@code s}. */
  static Set<String> shingles(String s) {
    List<String> tokens = tokens(s);
    Set<String> out = new HashSet<>();
    if (tokens.isEmpty()) {
      return out;
    }
    if (tokens.size() < SHINGLE) {
      out.add(String.join(" ", tokens));
      return out;
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      out.add(String.join(" ", tokens.subList(i, i + SHINGLE)));
    }
    return out;
  }

  /** Han characters one token each, other runs of letters and digits one token, lower-cased. */
  static List<String> tokens(String s) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Texts.isHan(cp)) {
        flush(run, out);
        out.add(new String(Character.toChars(cp)));
      } else if (Character.isLetterOrDigit(cp)) {
        run.appendCodePoint(Character.toLowerCase(cp));
      } else {
        flush(run, out);
      }
    }
    flush(run, out);
    return out;
  }

  private static void flush(StringBuilder run, List<String> out) {
    if (run.length() > 0) {
      out.add(run.toString());
      run.setLength(0);
    }
  }

  private record Result(Article article) {}

  private static Result run(EvalPage p, Extractor extractor) {
    try {
      return new Result(extractor.extract(p.page()));
    } catch (ExtractionException | RuntimeException e) {
      return new Result(null);
    }
  }
}
