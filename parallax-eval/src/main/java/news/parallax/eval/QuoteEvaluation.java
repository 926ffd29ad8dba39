package news.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.parallax.Parallax;
import news.parallax.internal.Hashing;
import news.parallax.lang.LanguageIdentifier;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;

/**
 * Runs the quote extractor over an attribution corpus laid out as PolNeAR is: {@code text/NAME.txt}
 * and {@code attributions/NAME_ANNOTATOR.ann}. Each text is one article whose text is the file
 * unchanged, so offsets agree with the annotation; a text annotated several times is scored
 * against its first annotation file in name order.
 *
 * <pre>{@code
 * QuoteEvaluation.Report r = QuoteEvaluation.run(Path.of("polnear/dev"), Parallax.create());
 * r.scores().direct().f1();
 * }</pre>
 */
public final class QuoteEvaluation {
  private QuoteEvaluation() {}

  /**
   * What a run measured.
   *
   * @param documents how many texts were scored
   * @param scores the summed counts
   * @param errors texts that could not be read, each naming the file and the reason
   * @param seconds wall-clock time of extraction and scoring
   */
  public record Report(int documents, QuoteScorer.Scores scores, List<String> errors, double seconds) {
    public Report {
      errors = List.copyOf(errors);
    }
  }

  /** Scores every annotated text of the dataset folder. */
  public static Report run(Path dataset, Parallax parallax) throws IOException {
    return run(dataset, parallax, null);
  }

  /** As {@link #run(Path, Parallax)}, writing each text's misses to {@code details} when not null. */
  public static Report run(Path dataset, Parallax parallax, java.io.PrintStream details) throws IOException {
    Path texts = dataset.resolve("text");
    Path anns = dataset.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new IOException(dataset + ": not an attribution dataset (expected text/ and attributions/ folders)");
    }
    Map<String, Path> firstAnn = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(anns)) {
      for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().toList()) {
        String name = p.getFileName().toString();
        String base = name.substring(0, name.length() - ".ann".length());
        int us = base.lastIndexOf('_');
        String textName = Files.exists(texts.resolve(base + ".txt")) || us < 0 ? base : base.substring(0, us);
        firstAnn.putIfAbsent(textName, p);
      }
    }
    long t0 = System.nanoTime();
    LanguageIdentifier languages = LanguageIdentifier.standard();
    record One(String name, QuoteScorer.Scores scores, String error, List<String> details) {}
    List<One> results = firstAnn.entrySet().parallelStream().map(e -> {
      Path txt = texts.resolve(e.getKey() + ".txt");
      try {
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        List<BratAttributions.Attribution> gold = BratAttributions.read(e.getValue());
        Article a = new Article(Hashing.id(text), txt.toString(), null, null, null, null, null,
            languages.identify(text), List.of(text), List.of(), 0);
        AnalyzedArticle analyzed = parallax.analyze(a);
        List<String> lines = details == null ? null : new ArrayList<>();
        return new One(e.getKey(), QuoteScorer.score(text, gold, analyzed.quotes(), lines), null, lines);
      } catch (IOException | RuntimeException ex) {
        return new One(e.getKey(), null, txt + ": " + ex.getMessage(), null);
      }
    }).toList();
    QuoteScorer.Scores total = new QuoteScorer.Scores(QuoteScorer.Counts.ZERO, QuoteScorer.Counts.ZERO);
    List<String> errors = new ArrayList<>();
    int docs = 0;
    for (One o : results) {
      if (o.error() != null) {
        errors.add(o.error());
      } else {
        total = total.plus(o.scores());
        if (details != null) {
          o.details().forEach(line -> details.println(o.name() + "\t" + line));
        }
        docs++;
      }
    }
    return new Report(docs, total, errors, (System.nanoTime() - t0) / 1e9);
  }
}
