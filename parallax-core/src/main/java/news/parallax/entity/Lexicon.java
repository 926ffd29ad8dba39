package news.parallax.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.parallax.internal.Resources;

/** Per-language word lists of the entity stage, read once. */
final class Lexicon {
  private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  private Lexicon() {}

  /** The first column of {@code news/parallax/entity/<lang>/<file>}. */
  static Set<String> words(String lang, String file) {
    return CACHE.computeIfAbsent(lang + "/" + file, k -> {
      Set<String> out = new HashSet<>();
      List<String> lines = Resources.lines("entity", lang, file);
      for (String l : lines) {
        out.add(l.split("\t")[0].strip());
      }
      return Set.copyOf(out);
    });
  }
}
