package news.parallax.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.internal.Resources;
import news.parallax.internal.Texts;
import news.parallax.model.AnalyzedArticle;
import news.parallax.model.Sentence;
import news.parallax.text.Notices;

/**
 * The sentences of an article that can stand in a brief, per language: a statement of
 * {@link #MIN_WORDS} to {@link #MAX_WORDS} words (Chinese: {@link #MAX_HAN} characters) that
 * ends like a sentence, with balanced quotes and a verb ({@link #hasVerb}); not a photo caption or credit
 * ({@code brief/<lang>/captions.txt}), a promotion ("RELATED: ..."), a notice of the page
 * ({@link Notices}), or a sentence pointing back to something unsaid
 * ({@code brief/<lang>/anaphora.txt}: "He said ...", "... all this"). A dateline opening the
 * sentence ("ANCHORAGE, Alaska (AP) —", "(CNN) —") is cut off.
 *
 * <pre>{@code
 * List<Candidate> lead = Candidates.of("en").lead(article, words, 3);
 * }</pre>
 */
final class Candidates {
  /** Shorter sentences are captions, headings or fragments. */
  static final int MIN_WORDS = 8;
  /** Longer sentences read badly in a brief. */
  static final int MAX_WORDS = 60;
  /** The same bound for Chinese, counted in characters. */
  static final int MAX_HAN = 120;
  /** Fewer content words than this says too little to state an event. */
  static final int MIN_CONTENT_WORDS = 5;
  /** Sentences of an article searched for its lead candidates. */
  static final int LEAD_SCAN = 8;

  /** A sentence that can stand in a brief: its text, its rank among them, its content words. */
  record Candidate(String text, int position, Set<String> words) {}

  /**
   * A dateline: a place in capitals (with a region after a comma) and an agency in brackets,
   * or an agency in brackets alone, then a dash.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:\\p{Lu}[\\p{Lu}\\p{M} .'’-]{2,}(?:,[^—–()\\n]{1,40})?\\s*(?:\\([^)]{1,30}\\))?"
          + "|\\([^)]{1,30}\\))\\s*(?:—|–|--|-)\\s*");
  /** A promotion or section label: a word in capitals then a colon ("RELATED:", "WATCH:"). */
  private static final Pattern PROMO = Pattern.compile("^\\p{Lu}[\\p{Lu} ]{2,}:");

  private static final Map<String, Candidates> BY_LANG = new ConcurrentHashMap<>();

  private final String lang;
  private final List<String> starts;
  private final List<String> anywhere;
  private final List<String> captions;

  private Candidates(String lang) {
    this.lang = lang;
    List<String> starts = new ArrayList<>();
    List<String> anywhere = new ArrayList<>();
    for (String line : orEnglish(lang, "anaphora.txt")) {
      String[] f = line.split("\t", 2);
      (f[0].equals("start") ? starts : anywhere).add(f[1].toLowerCase(Locale.ROOT));
    }
    this.starts = List.copyOf(starts);
    this.anywhere = List.copyOf(anywhere);
    this.captions = List.copyOf(orEnglish(lang, "captions.txt"));
  }

  private static List<String> orEnglish(String lang, String file) {
    List<String> lines = Resources.lines("brief", lang, file);
    return lines.isEmpty() ? Resources.lines("brief", "en", file) : lines;
  }

  /** The candidates of a language, its lists loaded once. */
  static Candidates of(String lang) {
    return BY_LANG.computeIfAbsent(lang, Candidates::new);
  }

  /**
   * The first {@code window} sentences among the article's first {@link #LEAD_SCAN} that can
   * stand in a brief, datelines cut off; {@code words} holds each sentence's content words.
   */
  List<Candidate> lead(AnalyzedArticle a, List<Set<String>> words, int window) {
    List<Candidate> out = new ArrayList<>();
    String text = a.article().text();
    List<Sentence> ss = a.sentences();
    for (int k = 0; k < Math.min(LEAD_SCAN, ss.size()) && out.size() < window; k++) {
      String t = usable(ss.get(k), ss.get(k).span().of(text), words.get(k));
      if (t != null) {
        out.add(new Candidate(t, out.size(), words.get(k)));
      }
    }
    return out;
  }

  /** The sentence as the brief would give it (dateline cut off), or null when it cannot stand. */
  String usable(Sentence s, String text, Set<String> contentWords) {
    String t = withoutDateline(text);
    if (t.isEmpty() || contentWords.size() < MIN_CONTENT_WORDS) {
      return null;
    }
    int words = Texts.wordLength(t);
    int max = Texts.hanCount(t) * 2 > t.length() ? MAX_HAN : MAX_WORDS;
    if (words < MIN_WORDS || words > max) {
      return null;
    }
    char last = t.charAt(t.length() - 1);
    if (".。!！”\"".indexOf(last) < 0) {
      return null;
    }
    long open = t.chars().filter(c -> c == '“').count();
    long close = t.chars().filter(c -> c == '”').count();
    if (open != close || PROMO.matcher(t).find() || !hasVerb(s) || Notices.isNotice(s, lang)) {
      return null;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (String c : captions) {
      if (lower.contains(c)) {
        return null;
      }
    }
    for (String w : anywhere) {
      if (containsPhrase(lower, w)) {
        return null;
      }
    }
    for (String w : starts) {
      if (lower.startsWith(w) && (lower.length() == w.length() || Texts.hanCount(w) > 0
          || !Character.isLetterOrDigit(lower.charAt(w.length())))) {
        return null;
      }
    }
    return t;
  }

  /**
   * Whether a tagged sentence has a verb (a Universal Dependencies VERB or AUX, a HanLP verb
   * nature "v..."); an untagged one counts as having one. A sentence without a verb is a
   * caption ("Russian President Vladimir Putin with his US counterpart") or a heading.
   */
  static boolean hasVerb(Sentence s) {
    boolean tagged = false;
    for (news.parallax.model.Token t : s.tokens()) {
      String tag = t.tag();
      if (tag == null || tag.isEmpty()) {
        continue;
      }
      tagged = true;
      if (tag.equals("VERB") || tag.equals("AUX") || tag.charAt(0) == 'v') {
        return true;
      }
    }
    return !tagged;
  }

  private static boolean containsPhrase(String text, String phrase) {
    int i = text.indexOf(phrase);
    while (i >= 0) {
      int end = i + phrase.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if ((before && after) || Texts.hanCount(phrase) > 0) {
        return true;
      }
      i = text.indexOf(phrase, i + 1);
    }
    return false;
  }

  /** The text with an opening dateline cut off, its first letter in capitals. */
  static String withoutDateline(String text) {
    Matcher m = DATELINE.matcher(text);
    if (!m.find() || m.end() >= text.length()) {
      return text;
    }
    String rest = text.substring(m.end());
    return rest.isEmpty() ? rest
        : rest.substring(0, 1).toUpperCase(Locale.ROOT) + rest.substring(1);
  }
}
