package news.parallax.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import news.parallax.Parallax;
import news.parallax.internal.Hashing;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;
import news.parallax.model.Quote;
import news.parallax.model.Span;
import news.parallax.model.Speaker;

/**
 * Scores speaker identification on the Chinese novel dataset of Chen et al. (each instance 21
 * sentences whose 11th holds the quote, the gold speaker's index in {@code name_list.txt} and a
 * category: explicit, implicit or latent).
 *
 * <p>The 21 sentences are one article, a paragraph each; the extracted quote that covers most of
 * the 11th sentence gives the speaker: its entity key when resolved, else its words. The name
 * list is read by the scorer only, to accept any alias of the gold character ("少平" for
 * "孙少平"); the extractor never sees it.
 *
 * <pre>{@code
 * NovelSpeakers.Report r = NovelSpeakers.run(Path.of("zh-novel-speaker-id"), Parallax.create(),
 *     QuoteEvaluation.Half.ALL, null);
 * r.accuracy();
 * }</pre>
 */
public final class NovelSpeakers {
  /** The sentence of an instance that holds the quote (0-based). */
  static final int CENTER = 10;

  private NovelSpeakers() {}

  /**
   * One instance.
   *
   * @param index its index in the file
   * @param sentences the 21 sentences
   * @param speaker the gold speaker's index in the name list
   * @param category explicit, implicit or latent
   */
  public record Instance(int index, List<String> sentences, int speaker, String category) {
    public Instance {
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * Counts of a run.
   *
   * @param instances instances scored
   * @param found how many got a speaker
   * @param right how many got the gold speaker
   * @param byCategory right and total per category
   */
  public record Report(int instances, int found, int right, Map<String, int[]> byCategory, double seconds) {
    public Report {
      byCategory = Map.copyOf(byCategory);
    }

    public double accuracy() {
      return instances == 0 ? 0 : right / (double) instances;
    }
  }

  /** Reads the instances of one file; a malformed instance is an error naming the file and line. */
  public static List<Instance> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Instance> out = new ArrayList<>();
    List<String> block = new ArrayList<>();
    int startLine = 1;
    for (int n = 0; n <= lines.size(); n++) {
      String line = n < lines.size() ? lines.get(n).strip() : "";
      if (!line.isEmpty()) {
        if (block.isEmpty()) {
          startLine = n + 1;
        }
        block.add(line);
        continue;
      }
      if (block.isEmpty()) {
        continue;
      }
      if (block.size() != 25 || !block.get(0).startsWith("Instance index:")
          || !block.get(23).startsWith("Speaker index:") || !block.get(24).startsWith("Category:")) {
        throw new IOException(file + ":" + startLine + ": not an instance of 21 sentences with its speaker");
      }
      try {
        out.add(new Instance(Integer.parseInt(value(block.get(0))), block.subList(1, 22),
            Integer.parseInt(value(block.get(23))), value(block.get(24))));
      } catch (NumberFormatException e) {
        throw new IOException(file + ":" + startLine + ": bad index (" + e.getMessage() + ")", e);
      }
      block.clear();
    }
    return out;
  }

  /** The aliases of each character, one entry per line of {@code name_list.txt}. */
  public static List<List<String>> names(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.strip().split("\\s+");
      out.add(List.of(f).subList(Math.min(1, f.length), f.length));
    }
    return out;
  }

  /**
   * Scores the instances of {@code dev/dev_unsplit.txt} (or the one file given) in one half,
   * writing each wrong instance to {@code details} when not null.
   */
  public static Report run(Path dataset, Parallax parallax, QuoteEvaluation.Half half, PrintStream details)
      throws IOException {
    Path file = Files.isDirectory(dataset) ? dataset.resolve("dev").resolve("dev_unsplit.txt") : dataset;
    Path nameFile = (Files.isDirectory(dataset) ? dataset : dataset.getParent().getParent()).resolve("name_list.txt");
    if (!Files.isRegularFile(file) || !Files.isRegularFile(nameFile)) {
      throw new IOException(dataset + ": not a speaker identification dataset (expected dev/dev_unsplit.txt "
          + "and name_list.txt)");
    }
    List<List<String>> names = names(nameFile);
    List<Instance> instances = read(file).stream().filter(i -> half.holds(i.index())).toList();
    long t0 = System.nanoTime();
    record One(Instance in, String got) {}
    List<One> results = instances.parallelStream().map(in -> new One(in, speaker(in, parallax))).toList();
    int found = 0;
    int right = 0;
    Map<String, int[]> byCategory = new TreeMap<>();
    for (One o : results) {
      int[] c = byCategory.computeIfAbsent(o.in().category(), k -> new int[2]);
      c[1]++;
      if (o.got() == null) {
        if (details != null) {
          details.println(o.in().index() + "\t" + o.in().category() + "\tnone\tgold " + gold(o.in(), names));
        }
        continue;
      }
      found++;
      if (matches(o.got(), o.in().speaker() < names.size() ? names.get(o.in().speaker()) : List.of())) {
        right++;
        c[0]++;
      } else if (details != null) {
        details.println(o.in().index() + "\t" + o.in().category() + "\tgot " + o.got() + "\tgold "
            + gold(o.in(), names));
      }
    }
    return new Report(results.size(), found, right, byCategory, (System.nanoTime() - t0) / 1e9);
  }

  private static String gold(Instance in, List<List<String>> names) {
    return in.speaker() < names.size() ? String.join("/", names.get(in.speaker())) : "?";
  }

  /** The speaker found for the instance's quote: its entity key, else its words, else null. */
  static String speaker(Instance in, Parallax parallax) {
    String text = String.join("\n\n", in.sentences());
    Article a = new Article(Hashing.id(text), "instance " + in.index(), null, null, null, null, null, "zh",
        in.sentences(), List.of(), 0);
    AnalyzedArticle analyzed = parallax.analyze(a);
    int start = 0;
    for (int i = 0; i < CENTER; i++) {
      start += in.sentences().get(i).length() + 2;
    }
    Span center = new Span(start, start + in.sentences().get(CENTER).length());
    Quote best = null;
    int bestOverlap = 0;
    for (Quote q : analyzed.quotes()) {
      int overlap = 0;
      for (Span p : q.parts()) {
        overlap += Math.max(0, Math.min(p.end(), center.end()) - Math.max(p.start(), center.start()));
      }
      if (overlap > bestOverlap) {
        best = q;
        bestOverlap = overlap;
      }
    }
    Speaker s = best == null ? null : best.speaker();
    if (s == null) {
      return null;
    }
    return s.key() != null ? s.key() : s.name();
  }

  /** Whether the words found are one of the aliases, or hold one, or are held by one (two characters or more). */
  static boolean matches(String got, List<String> aliases) {
    for (String a : aliases) {
      if (got.equals(a) || a.length() >= 2 && got.contains(a) || got.length() >= 2 && a.contains(got)) {
        return true;
      }
    }
    return false;
  }

  private static String value(String line) {
    return line.substring(line.indexOf(':') + 1).strip();
  }
}
