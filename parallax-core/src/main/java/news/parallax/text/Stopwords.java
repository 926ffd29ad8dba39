package news.parallax.text;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.parallax.internal.Resources;

/** The function words of a language, from {@code news/parallax/text/<lang>/stopwords.txt}. */
public final class Stopwords {
  private static final Map<String, Set<String>> BY_LANG = new ConcurrentHashMap<>();

  private Stopwords() {}

  /** Whether {@code norm} (a normalized token) is a function word of {@code lang}. */
  public static boolean contains(String lang, String norm) {
    return of(lang).contains(norm);
  }

  /** The function words of {@code lang} (empty when there is no list). */
  public static Set<String> of(String lang) {
    return BY_LANG.computeIfAbsent(lang,
        l -> Set.copyOf(new HashSet<>(Resources.lines("text", l, "stopwords.txt"))));
  }
}
