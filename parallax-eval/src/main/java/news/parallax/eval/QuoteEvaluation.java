package news.parallax.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import news.parallax.Parallax;
import news.parallax.internal.Hashing;
import news.parallax.lang.LanguageIdentifier;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Article;

/**
 * Runs the quote extractor over an attribution corpus laid out as PolNeAR is ({@code text/NAME.txt}
 * and {@code attributions/NAME_ANNOTATOR.ann}) or as SpkAtt-2023 is (JSON files, read by
 * {@link SpkAttDocuments}). Each text is one article whose text is the file
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

  /** Which half of a dataset to score: documents with odd or even ids, or all. */
  public enum Half {
    ALL, ODD, EVEN;

    /** Whether a document with this id belongs to the half. */
    public boolean holds(long id) {
      return this == ALL || (id % 2 != 0) == (this == ODD);
    }
  }

  /** Scores every annotated text of the dataset folder. */
  public static Report run(Path dataset, Parallax parallax) throws IOException {
    return run(dataset, parallax, Half.ALL, null);
  }

  /**
   * Scores the texts of one half of the dataset folder, writing each text's misses to
   * {@code details} when not null. The folder is either PolNeAR's layout ({@code text/} and
   * {@code attributions/}; a text's id is its 1-based position in name order) or SpkAtt's
   * (JSON files; the id is the number that opens the file name).
   */
  public static Report run(Path dataset, Parallax parallax, Half half, java.io.PrintStream details)
      throws IOException {
    List<Doc> docs = new ArrayList<>();
    if (SpkAttDocuments.isLayout(dataset)) {
      for (Path f : SpkAttDocuments.files(dataset)) {
        docs.add(new Doc(f.getFileName().toString(), f, null, -1));
      }
    } else {
      Path texts = dataset.resolve("text");
      Path anns = dataset.resolve("attributions");
      if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
        throw new IOException(dataset + ": not an attribution dataset (expected text/ and attributions/ "
            + "folders, or SpkAtt JSON files)");
      }
      Map<String, Path> firstAnn = new java.util.TreeMap<>();
      try (Stream<Path> s = Files.list(anns)) {
        for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().toList()) {
          String name = p.getFileName().toString();
          String base = name.substring(0, name.length() - ".ann".length());
          int us = base.lastIndexOf('_');
          String textName = Files.exists(texts.resolve(base + ".txt")) || us < 0 ? base : base.substring(0, us);
          firstAnn.putIfAbsent(textName, p);
        }
      }
      int position = 0;
      for (Map.Entry<String, Path> e : firstAnn.entrySet()) {
        docs.add(new Doc(e.getKey(), texts.resolve(e.getKey() + ".txt"), e.getValue(), ++position));
      }
    }
    long t0 = System.nanoTime();
    LanguageIdentifier languages = LanguageIdentifier.standard();
    record One(String name, QuoteScorer.Scores scores, String error, List<String> details) {}
    List<One> results = docs.parallelStream().map(d -> {
      try {
        String text;
        List<BratAttributions.Attribution> gold;
        List<BratAttributions.Attribution> goldDirect = null;
        long id = d.position();
        if (d.ann() == null) {
          SpkAttDocuments.Document doc = SpkAttDocuments.read(d.text());
          text = doc.text();
          gold = doc.all();
          goldDirect = doc.direct();
          id = doc.id();
        } else {
          text = Files.readString(d.text(), StandardCharsets.UTF_8);
          gold = BratAttributions.read(d.ann());
        }
        if (!half.holds(id)) {
          return null;
        }
        Article a = new Article(Hashing.id(text), d.text().toString(), null, null, null, null, null,
            languages.identify(text), List.of(text), List.of(), 0);
        AnalyzedArticle analyzed = parallax.analyze(a);
        List<String> lines = details == null ? null : new ArrayList<>();
        QuoteScorer.Scores sc = goldDirect == null ? QuoteScorer.score(text, gold, analyzed.quotes(), lines)
            : QuoteScorer.score(text, gold, goldDirect, analyzed.quotes(), lines);
        return new One(d.name(), sc, null, lines);
      } catch (IOException | RuntimeException ex) {
        return new One(d.name(), null, d.text() + ": " + ex.getMessage(), null);
      }
    }).filter(java.util.Objects::nonNull).toList();
    QuoteScorer.Scores total = new QuoteScorer.Scores(QuoteScorer.Counts.ZERO, QuoteScorer.Counts.ZERO);
    List<String> errors = new ArrayList<>();
    int n = 0;
    for (One o : results) {
      if (o.error() != null) {
        errors.add(o.error());
      } else {
        total = total.plus(o.scores());
        if (details != null) {
          o.details().forEach(line -> details.println(o.name() + "\t" + line));
        }
        n++;
      }
    }
    return new Report(n, total, errors, (System.nanoTime() - t0) / 1e9);
  }

  /** One document to score: its text (or JSON) file, its annotation file, its position. */
  private record Doc(String name, Path text, Path ann, long position) {}
}
