package news.parallax.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.internal.Texts;

/**
 * Removes text a page repeats: a paragraph, or a run of sentences, that already appeared
 * earlier in the same article is kept only in its first place. Sentences glued to the previous
 * one without a space ("the war.Whether") are split first, so a repeated block pasted onto the
 * end of a paragraph is found too. A sentence that is a prefix of an earlier one (a repeat cut
 * short) counts as a repeat.
 */
final class RepeatedText {
  /** Sentences shorter than this (in words, Han characters counting one) are never dropped. */
  static final int MIN_SENTENCE_WORDS = 6;

  /**
   * Where a sentence ends: terminal punctuation and closing quotes, then either white space
   * before a capital or opening quote, or (glued) a capital right after a word of at least
   * three lower-case letters, so "the war.Whether" splits and "U.S." does not; Chinese
   * sentences end at their full stops.
   */
  private static final Pattern SENTENCE_END = Pattern.compile(
      "[.!?…][\"”’」』)]*\\s+(?=[\\p{Lu}\"“‘])"
          + "|(?<=\\p{Ll}{3})[.!?][\"”’]*(?=\\p{Lu})"
          + "|[。！？][”」』）]*");

  private RepeatedText() {}

  static List<String> removeRepeats(List<String> paragraphs) {
    Set<String> seenParagraphs = new HashSet<>();
    TreeSet<String> seenSentences = new TreeSet<>();
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      // the sentences cover the paragraph exactly, so their keys make up the paragraph's key
      List<String> sentences = sentences(p);
      String[] keys = new String[sentences.size()];
      StringBuilder paragraphKey = new StringBuilder(p.length());
      for (int i = 0; i < keys.length; i++) {
        keys[i] = key(sentences.get(i));
        paragraphKey.append(keys[i]);
      }
      if (!seenParagraphs.add(paragraphKey.toString())) {
        continue;
      }
      StringBuilder kept = new StringBuilder();
      boolean changed = false;
      List<String> fresh = new ArrayList<>();
      for (int i = 0; i < keys.length; i++) {
        String s = sentences.get(i);
        String sk = keys[i];
        if (Texts.wordLength(s) >= MIN_SENTENCE_WORDS && isRepeat(sk, seenSentences)) {
          changed = true;
          continue;
        }
        fresh.add(sk);
        if (kept.length() > 0 && !Character.isWhitespace(kept.charAt(kept.length() - 1))
            && Character.isLetter(s.charAt(0)) && !Texts.isHan(s.charAt(0))) {
          kept.append(' '); // the repeat removed sat between two glued sentences
        }
        kept.append(s);
      }
      seenSentences.addAll(fresh);
      String result = changed ? kept.toString().strip() : p;
      if (!result.isEmpty()) {
        out.add(result);
      }
    }
    return out;
  }

  /** The sentences of a paragraph as they stand in it, each with its trailing white space. */
  static List<String> sentences(String p) {
    List<String> out = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(p);
    int start = 0;
    while (m.find()) {
      if (m.end() > start) {
        out.add(p.substring(start, m.end()));
        start = m.end();
      }
    }
    if (start < p.length()) {
      out.add(p.substring(start));
    }
    return out;
  }

  /**
   * Whether {@code key} was seen, or (when 20 characters or longer) starts a longer sentence
   * seen earlier: the keys that start with it follow it directly in sorted order.
   */
  private static boolean isRepeat(String key, TreeSet<String> seen) {
    if (seen.contains(key)) {
      return true;
    }
    if (key.length() < 20) {
      return false;
    }
    String next = seen.higher(key);
    return next != null && next.startsWith(key);
  }

  /**
   * The letters and digits of {@code s}, lower-cased one by one. (A lower-cased letter is left
   * as it is by {@link String#toLowerCase(Locale)} with {@link Locale#ROOT}, so the key needs no
   * second pass; {@code RepeatedTextTest} checks this for every letter and digit.)
   */
  static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }
}
