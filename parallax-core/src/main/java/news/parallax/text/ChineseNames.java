package news.parallax.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.parallax.internal.Resources;
import news.parallax.internal.Texts;
import news.parallax.model.EntityType;

/**
 * Teaches HanLP the foreign names it does not know. Two mechanisms:
 *
 * <ol>
 *   <li>from dictionaries: the Chinese renderings of CLDR place names and of ECDICT's marked
 *       names (at least {@link #MIN_DICTIONARY_NAME} characters, every character a typical
 *       transliteration character) are added to HanLP's custom dictionary once per process;
 *   <li>from the text: a run of adjacent segments that are single characters or name fragments,
 *       made of transliteration characters ({@link NameGazetteer#transliterationScore}), is one
 *       transliterated name ("泽/连/斯/基" becomes "泽连斯基").
 * </ol>
 */
final class ChineseNames {
  /** Shorter dictionary renderings (two characters) too often collide with ordinary words. */
  static final int MIN_DICTIONARY_NAME = 3;
  /** A character scoring at least this is a transliteration character (ECDICT: 斯 0.94, 的 0.29). */
  static final double TRANSLITERATION_CHAR = 0.5;
  /**
   * A learned name may hold one weaker character inside it (连 in 泽连斯基 scores 0.19), but the
   * run's mean score must reach this; calibrated on ECDICT's name renderings.
   */
  static final double MIN_MEAN_SCORE = 0.7;
  /** Learned names are at least this long: two-character runs are mostly ordinary words. */
  static final int MIN_LEARNED_LENGTH = 3;

  private static volatile boolean taught;

  private ChineseNames() {}

  /** Adds the dictionary names to HanLP's custom dictionary (once per process). */
  static void teach() {
    if (taught) {
      return;
    }
    synchronized (ChineseNames.class) {
      if (taught) {
        return;
      }
      NameGazetteer g = NameGazetteer.get();
      for (Map.Entry<String, NameGazetteer.Known> e : g.chineseNames(MIN_DICTIONARY_NAME).entrySet()) {
        String word = e.getKey();
        boolean cldr = e.getValue().source().startsWith("cldr");
        if (!cldr && !allTransliteration(g, word)) {
          continue;
        }
        if (CoreDictionary.contains(word)) {
          continue;
        }
        CustomDictionary.insert(word, (e.getValue().type() == EntityType.PLACE ? "nsf" : "nrf") + " 1");
      }
      taught = true;
    }
  }

  /**
   * Whether HanLP's core dictionary knows the word as a place, organisation or person name
   * (natures ns*, nt*, nr*: 白宫, 克里姆林宫).
   */
  static boolean isProperNoun(String word) {
    return nameType(word) != null;
  }

  /**
   * The kind of name HanLP's core dictionary gives the word, by its first name nature (ns* a
   * place, nt* an organisation, nr* a person), or null when it gives none.
   */
  static EntityType nameType(String word) {
    CoreDictionary.Attribute a = CoreDictionary.get(word);
    if (a == null) {
      return null;
    }
    for (com.hankcs.hanlp.corpus.tag.Nature n : a.nature) {
      String tag = n.toString();
      if (tag.startsWith("ns")) {
        return EntityType.PLACE;
      } else if (tag.startsWith("nt")) {
        return EntityType.ORGANIZATION;
      } else if (tag.startsWith("nr")) {
        return EntityType.PERSON;
      }
    }
    return null;
  }

  private static boolean allTransliteration(NameGazetteer g, String word) {
    for (int i = 0; i < word.length(); i++) {
      if (g.transliterationScore(word.charAt(i)) < TRANSLITERATION_CHAR) {
        return false;
      }
    }
    return true;
  }

  /** HanLP natures that never take part in a name (function words, punctuation, numbers). */
  private static final Set<String> BREAKING = Set.copyOf(Resources.lines("news/parallax/text/zh/non-name-natures.txt"));

  /** Merges runs of segments that together spell one transliterated name. */
  static List<Term> merge(List<Term> terms) {
    NameGazetteer g = NameGazetteer.get();
    List<Term> out = new ArrayList<>(terms.size());
    int i = 0;
    while (i < terms.size()) {
      int j = i;
      while (j < terms.size() && fragment(terms.get(j), g)) {
        j++;
      }
      int best = bestEnd(terms, i, j, g);
      if (best > i + 1) {
        StringBuilder w = new StringBuilder();
        String nature = "nrf";
        for (int k = i; k < best; k++) {
          w.append(terms.get(k).word);
          String n = String.valueOf(terms.get(k).nature);
          if (n.startsWith("ns")) {
            nature = "nsf";
          }
        }
        Term t = new Term(w.toString(), com.hankcs.hanlp.corpus.tag.Nature.create(nature));
        t.offset = terms.get(i).offset;
        out.add(t);
        i = best;
      } else {
        out.add(terms.get(i));
        i++;
      }
    }
    return out;
  }

  /** The end of the longest run from {@code start} (at most {@code limit}) that is a name. */
  private static int bestEnd(List<Term> terms, int start, int limit, NameGazetteer g) {
    for (int end = limit; end > start + 1; end--) {
      StringBuilder w = new StringBuilder();
      for (int k = start; k < end; k++) {
        w.append(terms.get(k).word);
      }
      if (isName(w, g)) {
        return end;
      }
    }
    return start;
  }

  static boolean isName(CharSequence w, NameGazetteer g) {
    int n = w.length();
    if (n < MIN_LEARNED_LENGTH) {
      return false;
    }
    double sum = 0;
    int weak = 0;
    for (int i = 0; i < n; i++) {
      double s = g.transliterationScore(w.charAt(i));
      sum += s;
      if (s < TRANSLITERATION_CHAR) {
        if (i == 0 || i == n - 1) {
          return false;
        }
        weak++;
      }
    }
    return weak <= 1 && sum / n >= MIN_MEAN_SCORE;
  }

  /** Whether a segment may be part of a learned name: a lone character or a name fragment. */
  private static boolean fragment(Term t, NameGazetteer g) {
    String nature = String.valueOf(t.nature);
    if (Texts.hanCount(t.word) != t.word.length() || BREAKING.contains(nature)) {
      return false;
    }
    if (t.word.length() == 1) {
      return true;
    }
    return (nature.startsWith("nr") || nature.equals("nrf")) && t.word.length() <= 3
        && !CoreDictionary.contains(t.word);
  }
}
