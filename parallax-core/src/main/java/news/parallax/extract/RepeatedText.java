package news.parallax.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.internal.Texts;

/**
 * Removes text a page repeats: a paragraph that repeats a whole earlier paragraph of the same
 * article is kept only in its first place, and so is a whole earlier paragraph glued onto
 * another one ("...end the war.Whether his words..."; sentences glued without a space are split
 * first). Nothing shorter is removed: a line that legitimately recurs (the same item in plans A
 * to D, a "Yes" in a table, a chorus) stays, and so does a sentence quoted twice.
 */
final class RepeatedText {
  /**
   * A repeat shorter than this (in words, Han characters counting one) is never dropped: short
   * lines legitimately recur.
   */
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
    // the earlier paragraphs (of enough words) by their first sentence's key, as sentence keys
    java.util.Map<String, List<String[]>> byFirstSentence = new java.util.HashMap<>();
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
      boolean long_ = Texts.wordLength(p) >= MIN_SENTENCE_WORDS;
      if (!long_) {
        out.add(p);
        continue;
      }
      if (!seenParagraphs.add(paragraphKey.toString())) {
        continue;
      }
      StringBuilder kept = new StringBuilder();
      boolean changed = false;
      for (int i = 0; i < keys.length; i++) {
        int run = earlierParagraphAt(keys, i, byFirstSentence);
        if (run > 0 && run < keys.length) { // a whole earlier paragraph glued onto this one
          changed = true;
          i += run - 1;
          continue;
        }
        String s = sentences.get(i);
        if (kept.length() > 0 && !Character.isWhitespace(kept.charAt(kept.length() - 1))
            && Character.isLetter(s.charAt(0)) && !Texts.isHan(s.charAt(0))) {
          kept.append(' '); // the repeat removed sat between two glued sentences
        }
        kept.append(s);
      }
      if (keys.length > 0) {
        byFirstSentence.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(keys);
      }
      String result = changed ? kept.toString().strip() : p;
      if (!result.isEmpty()) {
        out.add(result);
      }
    }
    return out;
  }

  /**
   * How many sentences from {@code i} on repeat, key for key, a whole earlier paragraph (the
   * longest such), or 0.
   */
  private static int earlierParagraphAt(String[] keys, int i,
      java.util.Map<String, List<String[]>> byFirstSentence) {
    List<String[]> candidates = byFirstSentence.get(keys[i]);
    if (candidates == null) {
      return 0;
    }
    int best = 0;
    for (String[] earlier : candidates) {
      if (earlier.length <= best || i + earlier.length > keys.length) {
        continue;
      }
      boolean same = true;
      for (int j = 0; j < earlier.length && same; j++) {
        same = earlier[j].equals(keys[i + j]);
      }
      if (same) {
        best = earlier.length;
      }
    }
    return best;
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
