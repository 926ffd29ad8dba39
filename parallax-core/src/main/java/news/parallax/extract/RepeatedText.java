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

  /**
   * Where sentences end, as a regular expression; {@link #sentences} is a hand-written,
   * equivalent splitter (the look-behinds of this pattern are slow on long pages), kept in step
   * with it by a test.
   */
  static final Pattern SENTENCE_END = Pattern.compile(
      "(?<=[.!?。！？])(?=[\\p{Lu}\"“])|(?<=[.!?][\"”’]?)\\s+(?=[\\p{Lu}\"“])|(?<=[。！？][”」』]?)");

  private RepeatedText() {}

  static List<String> removeRepeats(List<String> paragraphs) {
    Set<String> seenParagraphs = new HashSet<>();
    java.util.TreeSet<String> seenSentenceSet = new java.util.TreeSet<>();
    List<String> out = new ArrayList<>();
    for (String p : paragraphs) {
      String key = key(p);
      if (!seenParagraphs.add(key)) {
        continue;
      }
      List<String> sentences = sentences(p);
      StringBuilder kept = new StringBuilder();
      boolean changed = false;
      List<String> fresh = new ArrayList<>();
      for (String s : sentences) {
        String sk = key(s);
        if (Texts.wordLength(s) >= MIN_SENTENCE_WORDS && isRepeat(sk, seenSentenceSet)) {
          changed = true;
          continue;
        }
        fresh.add(sk);
        if (kept.length() > 0 && !Texts.normalizeSpace(s).isEmpty() && needsSpace(kept, s)) {
          kept.append(' ');
        }
        kept.append(s.strip());
      }
      seenSentenceSet.addAll(fresh);
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

  /**
   * Whether {@code key} was seen, or (when 20 characters or longer) starts a longer sentence
   * seen earlier: the keys that start with it follow it directly in sorted order.
   */
  private static boolean isRepeat(String key, java.util.TreeSet<String> seen) {
    if (seen.contains(key)) {
      return true;
    }
    if (key.length() < 20) {
      return false;
    }
    String next = seen.higher(key);
    return next != null && next.startsWith(key);
  }

  /** {@code SENTENCE_END.split(p)}, without the regular expression engine. */
  static List<String> sentences(String p) {
    List<String> out = new ArrayList<>();
    int n = p.length();
    int index = 0;
    int i = 1; // no split at 0: every alternative looks behind
    while (i <= n) {
      int end = -1; // end of the separator starting at i
      char prev = p.charAt(i - 1);
      if (i < n && isSentenceEnd(prev) && startsSentence(p, i)) {
        end = i;
      } else if (i < n && isSpace(p.charAt(i)) && (isLatinEnd(prev)
          || i >= 2 && (prev == '"' || prev == '”' || prev == '’') && isLatinEnd(p.charAt(i - 2)))) {
        int j = i;
        while (j < n && isSpace(p.charAt(j))) {
          j++;
        }
        if (j < n && startsSentence(p, j)) {
          end = j;
        }
      } else if (isHanEnd(prev)
          || i >= 2 && (prev == '”' || prev == '」' || prev == '』') && isHanEnd(p.charAt(i - 2))) {
        end = i;
      }
      if (end < 0) {
        i++;
        continue;
      }
      out.add(p.substring(index, i));
      index = end;
      i = end == i ? i + 1 : end;
    }
    if (out.isEmpty()) {
      out.add(p);
      return out;
    }
    out.add(p.substring(index));
    int last = out.size();
    while (last > 0 && out.get(last - 1).isEmpty()) {
      last--;
    }
    return new ArrayList<>(out.subList(0, last));
  }

  private static boolean isLatinEnd(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isHanEnd(char c) {
    return c == '。' || c == '！' || c == '？';
  }

  private static boolean isSentenceEnd(char c) {
    return isLatinEnd(c) || isHanEnd(c);
  }

  /** The regular expression's {@code \\s}. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** An upper-case letter or an opening quote at {@code i}. */
  private static boolean startsSentence(String p, int i) {
    char c = p.charAt(i);
    return c == '"' || c == '“'
        || Character.getType(p.codePointAt(i)) == Character.UPPERCASE_LETTER;
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
