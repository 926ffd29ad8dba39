package news.parallax.fact;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.parallax.internal.Resources;

/** The fact stage's data files for one language, read once. */
final class FactData {
  private static final Map<String, FactData> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /** attribute key to {unit, label}. */
  static final Map<String, String[]> ATTRIBUTES = attributes();

  final Map<String, Double> numbers = new LinkedHashMap<>();
  final Map<String, String> qualifiers = new LinkedHashMap<>();
  final List<String[]> heads = new ArrayList<>();

  static FactData of(String lang) {
    return CACHE.computeIfAbsent(lang, FactData::new);
  }

  private FactData(String lang) {
    for (String l : Resources.lines("fact", lang, "numbers.txt")) {
      String[] f = l.split("\t");
      numbers.put(f[0], Double.parseDouble(f[1]));
    }
    List<String> q = new ArrayList<>(Resources.lines("fact", lang, "qualifiers.txt"));
    q.sort((a, b) -> Integer.compare(b.indexOf('\t'), a.indexOf('\t'))); // longest phrase first
    for (String l : q) {
      String[] f = l.split("\t");
      qualifiers.put(f[0], f[1]);
    }
    for (String l : Resources.lines("fact", lang, "heads.txt")) {
      heads.add(l.split("\t"));
    }
  }

  private static Map<String, String[]> attributes() {
    Map<String, String[]> out = new LinkedHashMap<>();
    for (String l : Resources.lines("news/parallax/fact/attributes.txt")) {
      String[] f = l.split("\t");
      out.put(f[0], new String[] {f[1], f[2]});
    }
    return out;
  }
}
