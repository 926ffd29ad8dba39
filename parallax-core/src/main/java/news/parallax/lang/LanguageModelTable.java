package news.parallax.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.internal.PackedTable;
import opennlp.tools.langdetect.LanguageDetectorFactory;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Packs OpenNLP's language model into a compact table at build time and reads it back at run
 * time: the same predicates, outcomes and weights (every weight exactly), read in bulk in a
 * tenth of the time OpenNLP's own reader takes. The table is used only when it was packed from
 * the same code and model as the class path holds now; otherwise the model is read as shipped.
 *
 * <pre>{@code
 * java news.parallax.lang.LanguageModelTable target/classes   // what the build runs
 * }</pre>
 */
public final class LanguageModelTable {
  static final String MODEL = "langdetect-183.bin";
  static final String TABLE = "news/parallax/lang/langdetect.bin";
  private static final String[] SOURCES = {"news/parallax/lang/LanguageModelTable.class", MODEL};

  private LanguageModelTable() {}

  /** Packs the table under the given classes folder, unless it is already current. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: LanguageModelTable CLASSES_DIR");
      System.exit(2);
    }
    String key = PackedTable.key(SOURCES);
    try (PackedTable.Reader r = PackedTable.open(TABLE, key)) {
      if (r != null) {
        return;
      }
    }
    write(shipped(), Path.of(args[0]).resolve(TABLE), key);
  }

  /** The language model: from the packed table when it is current, else as shipped. */
  static LanguageDetectorModel load() {
    try (PackedTable.Reader r = PackedTable.open(TABLE, PackedTable.key(SOURCES))) {
      return r == null ? shipped() : read(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the packed language model " + TABLE, e);
    }
  }

  /** The model as OpenNLP ships it. */
  static LanguageDetectorModel shipped() {
    try (InputStream in = LanguageModelTable.class.getClassLoader().getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException(MODEL + " is not on the class path");
      }
      return new LanguageDetectorModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language model " + MODEL, e);
    }
  }

  /**
   * Writes the model: its outcome names, the distinct sets of outcomes a predicate has weights
   * for, then each predicate with the number of its set, then every weight in one block.
   */
  static void write(LanguageDetectorModel model, Path file, String key) throws IOException {
    if (!(model.getMaxentModel() instanceof GISModel gis)
        || !model.getFactory().getClass().equals(LanguageDetectorFactory.class)) {
      throw new IllegalArgumentException("not a maximum-entropy model with the default factory: "
          + model.getMaxentModel().getClass().getName());
    }
    Object[] data = gis.getDataStructures();
    Context[] contexts = (Context[]) data[0];
    @SuppressWarnings("unchecked")
    Map<String, Context> byPredicate = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    List<String> predicates = byPredicate.keySet().stream().sorted().toList();
    Map<List<Integer>, Integer> patterns = new HashMap<>();
    List<int[]> patternList = new ArrayList<>();
    int[] patternOf = new int[predicates.size()];
    int weights = 0;
    for (int i = 0; i < predicates.size(); i++) {
      int[] o = byPredicate.get(predicates.get(i)).getOutcomes();
      List<Integer> k = Arrays.stream(o).boxed().toList();
      Integer p = patterns.get(k);
      if (p == null) {
        p = patternList.size();
        patterns.put(k, p);
        patternList.add(o);
      }
      patternOf[i] = p;
      weights += o.length;
    }
    double[] all = new double[weights];
    int at = 0;
    for (String predicate : predicates) {
      double[] w = byPredicate.get(predicate).getParameters();
      System.arraycopy(w, 0, all, at, w.length);
      at += w.length;
    }
    if (contexts.length != predicates.size()) {
      throw new IllegalArgumentException("a predicate without weights in " + MODEL);
    }
    try (PackedTable.Writer w = PackedTable.create(file, key)) {
      w.strings(List.of(outcomes));
      w.count(patternList.size());
      for (int[] o : patternList) {
        w.count(o.length);
        for (int x : o) {
          w.count(x);
        }
      }
      w.count(predicates.size());
      for (int i = 0; i < predicates.size(); i++) {
        w.string(predicates.get(i));
        w.count(patternOf[i]);
      }
      w.numbers(all);
    }
  }

  private static LanguageDetectorModel read(PackedTable.Reader r) throws IOException {
    String[] outcomes = r.strings().toArray(String[]::new);
    int[][] patterns = new int[r.count()][];
    for (int p = 0; p < patterns.length; p++) {
      patterns[p] = new int[r.count()];
      for (int i = 0; i < patterns[p].length; i++) {
        patterns[p][i] = r.count();
      }
    }
    int n = r.count();
    String[] predicates = new String[n];
    int[] patternOf = new int[n];
    for (int i = 0; i < n; i++) {
      predicates[i] = r.string();
      patternOf[i] = r.count();
    }
    double[] all = r.numbers();
    Context[] contexts = new Context[n];
    int at = 0;
    for (int i = 0; i < n; i++) {
      int[] o = patterns[patternOf[i]];
      contexts[i] = new Context(o, Arrays.copyOfRange(all, at, at + o.length));
      at += o.length;
    }
    AbstractModel gis = new GISModel(contexts, predicates, outcomes);
    return new LanguageDetectorModel(gis, Map.of(), new LanguageDetectorFactory());
  }
}
