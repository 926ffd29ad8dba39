package news.parallax.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import news.parallax.internal.Resources;
import news.parallax.internal.Texts;
import news.parallax.model.Sentence;
import news.parallax.model.Token;

/**
 * Tells sentences that are notices of the page rather than news: subscription and sharing
 * prompts, cookie, script and block notices, archive and player messages. The phrases are per
 * language in {@code text/<lang>/notices.txt}; English phrases are checked in every language,
 * since pages carry them whatever their language. Chinese phrases match as characters.
 *
 * <pre>{@code
 * Notices.isNotice(sentence, "en"); // "Sign up for our newsletter." -> true
 * }</pre>
 */
public final class Notices {
  /** Phrases of a language as token sequences, indexed by their first token. */
  private static final Map<String, Map<String, List<String[]>>> BY_LANG = new ConcurrentHashMap<>();
  private static final Map<String, List<String>> HAN = new ConcurrentHashMap<>();

  private Notices() {}

  /** Whether the sentence holds a notice phrase of its language or of English. */
  public static boolean isNotice(Sentence s, String lang) {
    List<Token> tokens = s.tokens();
    if (tokens.isEmpty()) {
      return false;
    }
    if (matches(tokens, phrases("en")) || (!"en".equals(lang) && matches(tokens, phrases(lang)))) {
      return true;
    }
    if ("zh".equals(lang)) {
      StringBuilder b = new StringBuilder();
      tokens.forEach(t -> b.append(t.norm()));
      for (String p : HAN.computeIfAbsent("zh", l -> Resources.lines("text", l, "notices.txt"))) {
        if (b.indexOf(p) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(List<Token> tokens, Map<String, List<String[]>> phrases) {
    if (phrases.isEmpty()) {
      return false;
    }
    for (int i = 0; i < tokens.size(); i++) {
      List<String[]> ps = phrases.get(tokens.get(i).norm());
      if (ps == null) {
        continue;
      }
      for (String[] p : ps) {
        int k = 1;
        while (k < p.length && i + k < tokens.size() && tokens.get(i + k).norm().equals(p[k])) {
          k++;
        }
        if (k == p.length) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<String, List<String[]>> phrases(String lang) {
    return BY_LANG.computeIfAbsent(lang, l -> {
      Map<String, List<String[]>> out = new HashMap<>();
      if (l.equals("zh")) {
        return out;
      }
      for (String line : Resources.lines("text", l, "notices.txt")) {
        String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length > 0 && Texts.hanCount(line) == 0) {
          out.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
      }
      return out;
    });
  }
}
