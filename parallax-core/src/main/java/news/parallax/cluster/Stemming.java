package news.parallax.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Per-language word normalisation before the prefix cut of {@link Concepts}: a Snowball
 * stemmer where one is listed in {@link #STEMMERS}, and function words from Lucene's lists
 * for languages whose stop set the text package lacks ({@link #STOP_LISTS}). A language in
 * neither table keeps the bare prefix cut, so any language still works.
 *
 * <p>Calibrated on the SemEval-2022 Task 8 original-language pairs (Pearson r per language
 * pair against the bare prefix cut): Arabic −0.28 → −0.40 (the prefix cut keeps the article
 * and clitics, ال, ب, ل ..., and so splits one word into many; Lucene's light stemmer gave
 * −0.40 too, slightly lower), Spanish −0.66 → −0.67, German −0.663 → −0.666. French
 * (−0.754 → −0.746) and Turkish (−0.757 → −0.748) lost, so they keep the bare cut, with
 * Lucene's Turkish stop list. A language in no table works as before.
 */
final class Stemming {
  /** Snowball stemmers by ISO 639-1 code. */
  static final Map<String, Supplier<SnowballStemmer>> STEMMERS = Map.of(
      "ar", org.tartarus.snowball.ext.ArabicStemmer::new,
      "de", org.tartarus.snowball.ext.German2Stemmer::new,
      "es", org.tartarus.snowball.ext.SpanishStemmer::new);

  private static final String LUCENE = "/org/apache/lucene/analysis/";

  /**
   * Lucene's stop lists, by language, for languages without one in the text package: the
   * analyzers' own lists, and the Snowball lists (one word a line, {@code |} starting a
   * comment) for languages that have no analyzer list. English, German, Spanish, French and
   * Chinese use the text package's lists.
   */
  static final Map<String, String> STOP_LISTS = Map.ofEntries(
      Map.entry("ar", LUCENE + "ar/stopwords.txt"),
      Map.entry("bg", LUCENE + "bg/stopwords.txt"),
      Map.entry("ca", LUCENE + "ca/stopwords.txt"),
      Map.entry("cs", LUCENE + "cz/stopwords.txt"),
      Map.entry("el", LUCENE + "el/stopwords.txt"),
      Map.entry("fa", LUCENE + "fa/stopwords.txt"),
      Map.entry("hi", LUCENE + "hi/stopwords.txt"),
      Map.entry("id", LUCENE + "id/stopwords.txt"),
      Map.entry("ro", LUCENE + "ro/stopwords.txt"),
      Map.entry("tr", LUCENE + "tr/stopwords.txt"),
      Map.entry("da", LUCENE + "snowball/danish_stop.txt"),
      Map.entry("fi", LUCENE + "snowball/finnish_stop.txt"),
      Map.entry("hu", LUCENE + "snowball/hungarian_stop.txt"),
      Map.entry("it", LUCENE + "snowball/italian_stop.txt"),
      Map.entry("nl", LUCENE + "snowball/dutch_stop.txt"),
      Map.entry("no", LUCENE + "snowball/norwegian_stop.txt"),
      Map.entry("pt", LUCENE + "snowball/portuguese_stop.txt"),
      Map.entry("ru", LUCENE + "snowball/russian_stop.txt"),
      Map.entry("sv", LUCENE + "snowball/swedish_stop.txt"));

  private static final ThreadLocal<Map<String, SnowballStemmer>> PROGRAMS =
      ThreadLocal.withInitial(HashMap::new);
  private static final Map<String, Set<String>> STOPS = new ConcurrentHashMap<>();

  private Stemming() {}

  /** The word's stem in {@code lang}, or the word itself when no stemmer is listed. */
  static String stem(String lang, String word) {
    Supplier<SnowballStemmer> s = STEMMERS.get(lang);
    if (s == null) {
      return word;
    }
    SnowballStemmer p = PROGRAMS.get().computeIfAbsent(lang, k -> s.get());
    p.setCurrent(word);
    p.stem();
    String out = p.getCurrent();
    return out.isEmpty() ? word : out;
  }

  /** Whether {@code word} is a function word in Lucene's list for {@code lang}. */
  static boolean isStopword(String lang, String word) {
    String path = STOP_LISTS.get(lang);
    if (path == null) {
      return false;
    }
    return STOPS.computeIfAbsent(lang, k -> load(path)).contains(word);
  }

  private static Set<String> load(String path) {
    Set<String> out = new HashSet<>();
    try (InputStream in = CharArraySet.class.getResourceAsStream(path)) {
      if (in == null) {
        return out;
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        int bar = line.indexOf('|');
        for (String w : (bar < 0 ? line : line.substring(0, bar)).strip().split("\\s+")) {
          if (!w.isEmpty()) {
            out.add(w);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
