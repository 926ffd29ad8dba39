package news.parallax.entity;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.parallax.internal.Resources;

/** Per-language word lists of the entity stage, read once. */
final class Lexicon {
  private static final Map<String, Set<String>> WORDS = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> LOWER = new ConcurrentHashMap<>();
  private static final Map<String, Map<String, String>> PAIRS = new ConcurrentHashMap<>();
  private static final Map<String, Set<String>> ROLES = new ConcurrentHashMap<>();

  private Lexicon() {}

  /** The first column of {@code news/parallax/entity/<lang>/<file>}. */
  static Set<String> words(String lang, String file) {
    return WORDS.computeIfAbsent(lang + "/" + file, k -> {
      Set<String> out = new HashSet<>();
      for (String l : Resources.lines("entity", lang, file)) {
        out.add(l.split("\t")[0].strip());
      }
      return Set.copyOf(out);
    });
  }

  /** The first column of the file in lower case, for case-insensitive matching. */
  static Set<String> lower(String lang, String file) {
    return LOWER.computeIfAbsent(lang + "/" + file, k -> {
      Set<String> out = new HashSet<>();
      for (String w : words(lang, file)) {
        out.add(w.toLowerCase(Locale.ROOT));
      }
      return Set.copyOf(out);
    });
  }

  /** First column to second column of a two-column file. */
  static Map<String, String> pairs(String lang, String file) {
    return PAIRS.computeIfAbsent(lang + "/" + file, k -> {
      Map<String, String> out = new HashMap<>();
      List<String> lines = Resources.lines("entity", lang, file);
      for (String l : lines) {
        String[] f = l.split("\t");
        out.put(f[0].strip(), f.length > 1 ? f[1].strip() : "");
      }
      return Map.copyOf(out);
    });
  }

  /**
   * The words of a {@code word<TAB>roles} file (roles separated by spaces, a word may have
   * several) that have {@code role}; empty when none has it or the file is missing.
   */
  static Set<String> withRole(String lang, String file, String role) {
    return ROLES.computeIfAbsent(lang + "/" + file + "#" + role, k -> {
      Set<String> out = new HashSet<>();
      for (String l : Resources.lines("entity", lang, file)) {
        String[] f = l.split("\t");
        if (f.length > 1 && List.of(f[1].strip().split("\\s+")).contains(role)) {
          out.add(f[0].strip());
        }
      }
      return Set.copyOf(out);
    });
  }

  /** The longest number of words of an entry of the file. */
  static int longest(String lang, String file) {
    int max = 1;
    for (String w : words(lang, file)) {
      max = Math.max(max, w.split("\\s+").length);
    }
    return max;
  }
}
