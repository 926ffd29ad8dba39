package news.parallax.entity;

import com.ibm.icu.util.ULocale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The names of languages in a language ("English", "Russian"), from CLDR through ICU4J. */
final class LanguageNames {
  private static final Map<String, Set<String>> BY_LANG = new ConcurrentHashMap<>();

  private LanguageNames() {}

  /** The language names written in {@code lang}, as displayed (capitalised in English). */
  static Set<String> of(String lang) {
    return BY_LANG.computeIfAbsent(lang, l -> {
      ULocale in = new ULocale(l);
      Set<String> out = new HashSet<>();
      for (String code : ULocale.getISOLanguages()) {
        String name = new ULocale(code).getDisplayLanguage(in);
        if (!name.equals(code)) {
          out.add(name);
        }
      }
      return Set.copyOf(out);
    });
  }
}
