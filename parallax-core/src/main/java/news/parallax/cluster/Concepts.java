package news.parallax.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.internal.Texts;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Sentence;
import news.parallax.model.Token;
import news.parallax.text.Bilingual;
import news.parallax.text.Stopwords;

/**
 * An article as language-independent concepts: English content words as they are; Chinese
 * words through the zh↔en dictionary into English; named entities weighted
 * {@link #ENTITY_WEIGHT} times; digits as they are. Term weights are sublinear
 * ({@code 1 + log tf}).
 */
final class Concepts {
  static final double ENTITY_WEIGHT = 3.0;

  private Concepts() {}

  static Map<String, Double> of(AnalyzedArticle a) {
    Map<String, Integer> tf = new HashMap<>();
    String lang = a.language();
    for (Sentence s : a.sentences()) {
      for (Token t : s.tokens()) {
        String c = concept(t.norm(), lang);
        if (c != null) {
          tf.merge(c, 1, Integer::sum);
        }
      }
    }
    Map<String, Double> v = new HashMap<>();
    tf.forEach((k, n) -> v.put(k, 1 + Math.log(n)));
    for (Mention m : a.mentions()) {
      if (m.type() == EntityType.OTHER || m.key() == null) {
        continue; // unresolved descriptions and pronouns carry no key
      }
      String key = m.key();
      String c = Texts.hanCount(key) > 0 ? translate(key) : lastWord(key.toLowerCase(java.util.Locale.ROOT));
      if (c != null) {
        v.merge(c, ENTITY_WEIGHT, Math::max);
      }
    }
    return v;
  }

  private static String concept(String norm, String lang) {
    if (norm.isEmpty()) {
      return null;
    }
    if (Texts.hanCount(norm) > 0) {
      if (norm.length() < 2 || Stopwords.contains("zh", norm)) {
        return null;
      }
      return translate(norm);
    }
    if (!Character.isLetterOrDigit(norm.charAt(0)) || norm.length() < 3
        || Stopwords.contains(lang, norm) || Stopwords.contains("en", norm)) {
      return null;
    }
    return stem(norm);
  }

  private static String translate(String zh) {
    List<String> en = Bilingual.get().toEnglish(zh);
    return en.isEmpty() ? "zh:" + zh : stem(lastWord(en.get(0).toLowerCase(java.util.Locale.ROOT)));
  }

  private static String lastWord(String s) {
    int i = s.lastIndexOf(' ');
    return i < 0 ? s : s.substring(i + 1);
  }

  /** A crude plural and possessive strip, enough to meet the dictionary's base forms. */
  private static String stem(String w) {
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }
}
