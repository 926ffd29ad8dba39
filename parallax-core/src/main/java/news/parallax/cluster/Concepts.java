package news.parallax.cluster;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import news.parallax.internal.Texts;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Claim;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Sentence;
import news.parallax.model.Token;
import news.parallax.text.Bilingual;
import news.parallax.text.FreeDict;
import news.parallax.text.Notices;
import news.parallax.text.Stopwords;

/**
 * An article as language-independent concepts with raw weights, before inverse document
 * frequency: content words cut to a {@link #PREFIX}-letter stem (a crude stemmer that works
 * the same in every alphabetic language and meets cognates across languages); Chinese words
 * through the zh↔en dictionary into English stems; digits as they are; named entities by the
 * last word of their key (Chinese keys translated); calendar dates as the claim extractor
 * normalised them; the title's words as words of the lede. Names, numbers, dates, the title
 * and the lede weigh more; sentences that are notices of the page ({@link Notices}: newsletter
 * prompts, cookie and script notices) count for nothing and take no place in the lede.
 *
 * <p>The weights were calibrated on the ECB+ odd topics (event-level B-cubed with the online
 * clusterer, three shuffled orders): names and numbers {@link #NAME_WEIGHT} (F1 0.890 at 2,
 * 0.892 at 3, 0.897 at 5, 0.899 at 8: names are what tells two events of one kind apart),
 * lede {@link #LEDE_WEIGHT}: on ECB+ within 0.01 from 1 to 6; on the SemEval-2022 pairs
 * |r| 0.686 at 2, 0.691 at 3, 0.694 at 4, 0.695 at 5, 0.696 at 6, where ECB+ starts to lose
 * (0.897 / 0.855 shuffled / corpus order at 4 as at 2; 0.896 / 0.853 at 6), hence 4; 2 or 5
 * lede sentences instead of 3 did worse on one of the two.
 */
final class Concepts {
  /** Letters kept of a word: 5 and 6 tie on ECB+ and SemEval pairs; 5 matches more cognates. */
  static final int PREFIX = 5;
  /** Weight of a capitalised word inside a sentence, a number, or an entity mention; see above. */
  static final double NAME_WEIGHT = 5.0;
  /** Multiplier for the first {@link #LEDE_SENTENCES} sentences, where news states the event; see above. */
  static final double LEDE_WEIGHT = 4.0;
  static final int LEDE_SENTENCES = 3;
  /** Chinese words take at most this many English translations, sharing the word's weight. */
  static final int MAX_TRANSLATIONS = 2;
  /** Words shorter than this (outside Chinese) carry little topic: articles, particles. */
  static final int MIN_LETTERS = 3;

  /**
   * Weight of a calendar date the claim extractor read from the text ({@link #dateConcepts}):
   * twice a name, since a date is what most plainly tells two events of one kind apart and
   * reads the same in every language. ECB+ event-level F1 (mean of 10 shuffled orders / corpus
   * order / 20 other orders, seeds 11–30): without dates 0.927 / 0.921 / 0.9258; at 2.5 0.927 /
   * 0.932; at 5 0.929 / 0.934 / 0.9272; at 10 0.931 / 0.934 / 0.9275; at 20 0.931 / 0.933 /
   * 0.9283. 10 rather than 20: the same on the scored orders, and a lighter weight for the date
   * of the day that unrelated articles of a live stream share. SemEval pair |r| and the
   * distractor figures did not move.
   */
  static final double DATE_WEIGHT = 2 * NAME_WEIGHT;

  /** A name's sound key ({@link Phonetic}) weighs this share of the name itself. */
  static final double PHONETIC_SHARE = 0.5;

  /**
   * Weight of each word of the title, as a word of the lede ({@link #LEDE_WEIGHT}): a headline
   * names the event. ECB+ (odd topics, first sentence given as the title, as a user's JSON
   * lines give it; 5 shuffled orders): 0.913 without the title, 0.935 with it.
   */
  static final double TITLE_WEIGHT = LEDE_WEIGHT;

  private static final java.util.regex.Pattern TITLE_SPLIT =
      java.util.regex.Pattern.compile("[^\\p{L}\\p{N}'’]+");
  /** Longest Chinese word looked up in a title (greedy longest match through the dictionary). */
  static final int TITLE_HAN_WORD = 4;

  /**
   * Adds the words of the title, as plain words of the lede: a headline names the event, and
   * its capitals do not mark names (title case). Chinese runs are cut by the longest word the
   * zh→en dictionary knows.
   */
  static void title(Map<String, Double> v, String title, String lang) {
    if (title == null || title.isBlank()) {
      return;
    }
    for (String w : TITLE_SPLIT.split(title)) {
      if (w.isEmpty()) {
        continue;
      }
      if (Texts.hanCount(w) > 0) {
        hanTitle(v, w);
        continue;
      }
      String norm = w.toLowerCase(Locale.ROOT).replace('’', '\'');
      char first = norm.charAt(0);
      if (Character.isDigit(first)) {
        String digits = number(norm);
        if (digits != null) {
          v.merge("#" + digits, TITLE_WEIGHT, Double::sum);
        }
        continue;
      }
      if (!Character.isLetter(first) || norm.codePointCount(0, norm.length()) < MIN_LETTERS
          || Stopwords.contains(lang, norm) || Stopwords.contains("en", norm)
          || Stemming.isStopword(lang, norm)) {
        continue;
      }
      v.merge(stem(Stemming.stem(lang, norm)), TITLE_WEIGHT, Double::sum);
    }
  }

  private static void hanTitle(Map<String, Double> v, String run) {
    int i = 0;
    while (i < run.length()) {
      int len = Math.min(TITLE_HAN_WORD, run.length() - i);
      List<String> en = List.of();
      for (; len >= 2; len--) {
        en = Bilingual.get().toEnglish(run.substring(i, i + len));
        if (!en.isEmpty()) {
          break;
        }
      }
      if (len < 2) {
        i++;
        continue;
      }
      String word = run.substring(i, i + len);
      if (!Stopwords.contains("zh", word)) {
        List<String> tr = translations(word);
        for (String e : tr) {
          v.merge(e, TITLE_WEIGHT / tr.size(), Double::sum);
        }
      }
      i += len;
    }
  }

  /**
   * Share of a word's weight that goes to its English translations when the FreeDict
   * dictionary of its language ({@link FreeDict}) knows it; the rest stays on the word's own
   * stem, which still meets the same word in its own language and cognates elsewhere.
   */
  static final double TRANSLATED_SHARE = 0.5;

  /** Prefix of concepts that only match within one language (untranslated Chinese words). */
  static final String LOCAL = "zh:";

  private Concepts() {}

  /** HanLP natures of person, place and organisation names (nr, nrf, ns, nsf, nt ...). */
  private static boolean isNameTag(String tag) {
    return tag != null && (tag.startsWith("nr") || tag.startsWith("ns") || tag.startsWith("nt"));
  }

  /** The word of an entity key that carries its sound: the last word of a Latin name. */
  private static String nameWord(String key) {
    if (Texts.hanCount(key) > 0) {
      return key;
    }
    int i = key.lastIndexOf(' ');
    return i < 0 ? key : key.substring(i + 1);
  }

  /** The concepts of an article with their summed raw weights, in term order. */
  static Map<String, Double> of(AnalyzedArticle a) {
    Map<String, Double> v = new TreeMap<>();
    String lang = a.language() == null ? "und" : a.language();
    List<Sentence> sentences = a.sentences();
    int content = 0;
    for (int si = 0; si < sentences.size(); si++) {
      if (Notices.isNotice(sentences.get(si), lang)) {
        continue;
      }
      double lede = content++ < LEDE_SENTENCES ? LEDE_WEIGHT : 1.0;
      List<Token> tokens = sentences.get(si).tokens();
      for (int ti = 0; ti < tokens.size(); ti++) {
        Token t = tokens.get(ti);
        addToken(v, t, ti, lang, lede);
      }
    }
    title(v, a.article().title(), lang);
    for (Mention m : a.mentions()) {
      if (m.type() == EntityType.OTHER || m.role() || m.key() == null || m.key().isBlank()) {
        continue;
      }
      for (String c : entity(m.key())) {
        v.merge(c, NAME_WEIGHT, Double::sum);
      }
      String sound = Phonetic.key(nameWord(m.key()));
      if (sound != null) {
        v.merge(sound, NAME_WEIGHT * PHONETIC_SHARE, Double::sum);
      }
    }
    for (Claim c : a.claims()) {
      for (String d : dateConcepts(c)) {
        v.merge(d, DATE_WEIGHT, Double::sum);
      }
    }
    return v;
  }

  /**
   * The calendar concepts of a claim the claim extractor normalised, whatever the language and
   * the way it was written ("March 3, 2009", "3 marzo 2009", "2009年3月3日"): the day of the year
   * ({@code @md0303}) and the year ({@code @yr2009}) apart, so that a date written without its
   * year meets the same date with it. Hedged or ranged values ("early March") give none.
   */
  static List<String> dateConcepts(Claim c) {
    if (c.low() != c.high()) {
      return List.of();
    }
    long v = Math.round(c.low());
    return switch (c.unit()) {
      case "date" -> List.of(monthDay(v % 10000), YEAR + v / 10000);
      case "monthday" -> List.of(monthDay(v));
      case "year" -> List.of(YEAR + v);
      default -> List.of();
    };
  }

  /** Prefix of a month-and-day concept. */
  static final String MONTH_DAY = "@md";
  /** Prefix of a year concept. */
  static final String YEAR = "@yr";

  private static String monthDay(long mmdd) {
    return MONTH_DAY + (mmdd < 1000 ? "0" : "") + mmdd;
  }

  private static void addToken(Map<String, Double> v, Token t, int index, String lang, double lede) {
    String norm = t.norm();
    if (norm == null || norm.isEmpty()) {
      return;
    }
    if (Texts.hanCount(norm) > 0) {
      if (norm.length() < 2 || Stopwords.contains("zh", norm)) {
        return;
      }
      boolean name = isNameTag(t.tag());
      double w = (name ? NAME_WEIGHT : 1.0) * lede;
      List<String> en = translations(norm);
      for (String e : en) {
        v.merge(e, w / en.size(), Double::sum);
      }
      if (name && en.get(0).startsWith(LOCAL)) {
        String sound = Phonetic.key(norm);
        if (sound != null) {
          v.merge(sound, w * PHONETIC_SHARE, Double::sum);
        }
      }
      return;
    }
    char first = norm.charAt(0);
    if (Character.isDigit(first)) {
      String digits = number(norm);
      if (digits != null) {
        v.merge("#" + digits, NAME_WEIGHT * lede, Double::sum);
      }
      return;
    }
    if (!Character.isLetter(first) || norm.codePointCount(0, norm.length()) < MIN_LETTERS
        || Stopwords.contains(lang, norm) || Stopwords.contains("en", norm)
        || Stemming.isStopword(lang, norm)) {
      return;
    }
    String text = t.text();
    boolean name = index > 0 && !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    if (name && !isLatin(first)) {
      // a name in another cased alphabet (Cyrillic, Greek, Armenian) is spelt in Latin letters,
      // so that it meets the name in Latin-script articles: Путина → putin, Борич → boric
      String latin = latin(norm);
      if (latin.length() >= MIN_LETTERS) {
        v.merge(stem(latin), NAME_WEIGHT * lede, Double::sum);
        String sound = Phonetic.key(latin);
        if (sound != null) {
          v.merge(sound, NAME_WEIGHT * lede * PHONETIC_SHARE, Double::sum);
        }
        return;
      }
    }
    double w = (name ? NAME_WEIGHT : 1.0) * lede;
    String own = stem(Stemming.stem(lang, norm));
    List<String> en = FreeDict.get().toEnglish(lang, norm);
    if (en.isEmpty()) {
      v.merge(own, w, Double::sum);
      return;
    }
    // a word the language's dictionary knows also stands for its English translations, so
    // that it meets an English article's word ("Krieg" -> war) and not only its cognates
    v.merge(own, w * (1 - TRANSLATED_SHARE), Double::sum);
    for (String e : en) {
      v.merge(stem(e), w * TRANSLATED_SHARE / en.size(), Double::sum);
    }
  }

  private static boolean isLatin(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /** Transliterates to Latin letters (ICU's Any-Latin, then ASCII), keeping letters only. */
  private static final ThreadLocal<com.ibm.icu.text.Transliterator> TO_LATIN = ThreadLocal
      .withInitial(() -> com.ibm.icu.text.Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  static String latin(String word) {
    String t = TO_LATIN.get().transliterate(word).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Digits of a number token with separators removed; null for one-digit numbers. */
  static String number(String norm) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < norm.length(); i++) {
      char c = norm.charAt(i);
      if (Character.isDigit(c)) {
        b.append(c);
      } else if (c != ',' && c != '.' && c != '\'') {
        break;
      }
    }
    return b.length() < 2 ? null : b.toString();
  }

  /** The stems an entity key stands for: its last word, translated when it is Chinese. */
  static List<String> entity(String key) {
    if (Texts.hanCount(key) > 0) {
      return translations(key);
    }
    String k = key.toLowerCase(Locale.ROOT).replace('’', '\'');
    int i = k.lastIndexOf(' ');
    String last = i < 0 ? k : k.substring(i + 1);
    if (last.endsWith("'s")) {
      last = last.substring(0, last.length() - 2);
    }
    return last.length() < MIN_LETTERS ? List.of() : List.of(stem(last));
  }

  /** English stems of a Chinese word, or the word itself marked as untranslated. */
  static List<String> translations(String zh) {
    List<String> en = Bilingual.get().toEnglish(zh);
    if (en.isEmpty()) {
      return List.of(LOCAL + zh);
    }
    java.util.ArrayList<String> out = new java.util.ArrayList<>(MAX_TRANSLATIONS);
    for (String e : en) {
      String s = stem(lastWord(e.toLowerCase(Locale.ROOT)));
      if (s.length() >= MIN_LETTERS - 1 && !out.contains(s)) {
        out.add(s);
      }
      if (out.size() == MAX_TRANSLATIONS) {
        break;
      }
    }
    return out.isEmpty() ? List.of(LOCAL + zh) : out;
  }

  private static String lastWord(String s) {
    int i = s.lastIndexOf(' ');
    return i < 0 ? s : s.substring(i + 1);
  }

  /** The first {@link #PREFIX} code points of a word. */
  static String stem(String w) {
    if (w.length() <= PREFIX) {
      return w;
    }
    int end = w.offsetByCodePoints(0, Math.min(PREFIX, w.codePointCount(0, w.length())));
    return w.substring(0, end);
  }
}
