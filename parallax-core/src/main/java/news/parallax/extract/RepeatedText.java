package news.parallax.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

  private static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=[.!?。！？])(?=[\\p{Lu}\"“])|(?<=[.!?][\"”’]?)\\s+(?=[\\p{Lu}\"“])|(?<=[。！？][”」』]?)");

  private RepeatedText() {}

  static List<String> removeRepeats(List<String> paragraphs) {
    Set<String> seenParagraphs = new HashSet<>();
    List<String> seenSentences = new ArrayList<>();
    Set<String> seenSentenceSet = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      String key = key(p);
      if (!seenParagraphs.add(key)) {
        continue;
      }
      String[] sentences = SENTENCE_END.split(p);
      StringBuilder kept = new StringBuilder();
      boolean changed = false;
      List<String> fresh = new ArrayList<>();
      for (String s : sentences) {
        String sk = key(s);
        if (Texts.wordLength(s) >= MIN_SENTENCE_WORDS && isRepeat(sk, seenSentenceSet, seenSentences)) {
          changed = true;
          continue;
        }
        fresh.add(sk);
        if (kept.length() > 0 && !Texts.normalizeSpace(s).isEmpty() && needsSpace(kept, s)) {
          kept.append(' ');
        }
        kept.append(s.strip());
      }
      for (String f : fresh) {
        if (seenSentenceSet.add(f)) {
          seenSentences.add(f);
        }
      }
      String result = changed ? Texts.normalizeSpace(kept.toString()) : p;
      if (!result.isEmpty()) {
        out.add(result);
      }
    }
    return out;
  }

  private static boolean needsSpace(StringBuilder kept, String next) {
    char last = kept.charAt(kept.length() - 1);
    return !Texts.isHan(last) && last != '。' && last != '”' || !Texts.isHan(next.strip().codePointAt(0));
  }

  private static boolean isRepeat(String key, Set<String> set, List<String> earlier) {
    if (set.contains(key)) {
      return true;
    }
    if (key.length() < 20) {
      return false;
    }
    for (String e : earlier) {
      if (e.length() > key.length() && e.startsWith(key)) {
        return true;
      }
    }
    return false;
  }

  private static String key(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
