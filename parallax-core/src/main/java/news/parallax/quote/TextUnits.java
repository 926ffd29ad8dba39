package news.parallax.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.internal.Texts;
import news.parallax.model.Span;
import news.parallax.text.Stopwords;

/**
 * Words and quote-aware sentences of an article text: a sentence never ends inside a quoted
 * passage, and ends after a passage only when the passage closes a sentence and a new one
 * begins.
 */
final class TextUnits {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[’'\\-.][\\p{L}\\p{N}]+)*");

  /** A word with its lower-case form and whether it stands inside a quoted passage. */
  record Word(int start, int end, String text, String lower, boolean quoted) {
    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }
  }

  /** A sentence: its span, its paragraph's index, and its words' index range. */
  record Unit(int start, int end, int paragraph, int firstWord, int endWord) {}

  final String text;
  final List<Word> words = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();
  private final boolean[] quoted;

  TextUnits(String text, List<QuoteMarks.Passage> passages, CueWords lex) {
    this.text = text;
    quoted = new boolean[text.length() + 1];
    for (QuoteMarks.Passage p : passages) {
      for (int i = p.open(); i < p.end(); i++) {
        quoted[i] = true;
      }
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (Texts.hanCount(m.group()) > 0) {
        continue; // Chinese words come from the analyzer's tokens
      }
      words.add(new Word(m.start(), m.end(), m.group(), CueWords.lower(m.group()), quoted[m.start()]));
    }
    split(passages, lex);
  }

  boolean quoted(int i) {
    return i >= 0 && i < quoted.length && quoted[i];
  }

  /** The index of the first word starting at or after {@code pos}. */
  int wordAt(int pos) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).start() < pos) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void split(List<QuoteMarks.Passage> passages, CueWords lex) {
    int start = 0;
    int paragraph = 0;
    int startParagraph = 0;
    int pi = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (pi < passages.size() && passages.get(pi).end() <= i) {
        pi++;
      }
      if (pi < passages.size() && passages.get(pi).open() == i) {
        QuoteMarks.Passage p = passages.get(pi);
        for (int k = p.open(); k < p.close(); k++) {
          if (text.charAt(k) == '\n' && (k == 0 || text.charAt(k - 1) != '\n')) {
            paragraph++;
          }
        }
        i = p.end();
        if (closesSentence(p) && opensQuote(i)) {
          add(start, i, startParagraph);
          start = i;
          startParagraph = paragraph;
        }
        continue;
      }
      char c = text.charAt(i);
      if (c == '\n') {
        add(start, i, startParagraph);
        while (i < n && text.charAt(i) == '\n') {
          i++;
        }
        paragraph++;
        start = i;
        startParagraph = paragraph;
        continue;
      }
      if ("。！？；".indexOf(c) >= 0 || (c == '.' || c == '!' || c == '?') && startsSentence(i + 1)
          && (!abbreviation(i, lex) || functionWordFollows(i + 1, lex))) {
        add(start, i + 1, startParagraph);
        start = i + 1;
        startParagraph = paragraph;
      }
      i++;
    }
    add(start, n, startParagraph);
  }

  /**
   * Whether another quote opens after {@code i}. A sentence quoted whole and followed by other
   * words stays one unit with them, as they are most often its attribution ("Clinton said").
   */
  private boolean opensQuote(int i) {
    int j = i;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
      j++;
    }
    return j > i && j < text.length() && "'“\"‘«„「『".indexOf(text.charAt(j)) >= 0;
  }

  private boolean closesSentence(QuoteMarks.Passage p) {
    Span c = p.content();
    int e = c.end() - 1;
    while (e > c.start() && !Character.isLetterOrDigit(text.charAt(e)) && ".!?。！？…".indexOf(text.charAt(e)) < 0) {
      e--;
    }
    return ".!?。！？…".indexOf(text.charAt(e)) >= 0;
  }

  /** Whether a new sentence can start after {@code i}: space then a capital, digit or mark. */
  private boolean startsSentence(int i) {
    int j = i;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
      j++;
    }
    if (j >= text.length() || text.charAt(j) == '\n') {
      return true;
    }
    if (j == i) {
      return false;
    }
    char c = text.charAt(j);
    return Character.isUpperCase(c) || Character.isDigit(c) || "“\"‘«„「『(".indexOf(c) >= 0
        || text.startsWith("''", j);
  }

  /**
   * Whether a capitalised function word follows ("... in the U.S. He says"): after an
   * abbreviation a name goes on ("U.S. Senate"), a pronoun or article starts a sentence.
   */
  private boolean functionWordFollows(int i, CueWords lex) {
    int j = i;
    while (j < text.length() && TextUnits.space(text.charAt(j))) {
      j++;
    }
    int e = j;
    while (e < text.length() && Character.isLetter(text.charAt(e))) {
      e++;
    }
    if (e == j || !Character.isUpperCase(text.charAt(j))) {
      return false;
    }
    return Stopwords.contains(lex.lang, CueWords.lower(text.substring(j, e)));
  }

  private boolean abbreviation(int dot, CueWords lex) {
    int s = dot;
    while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
      s--;
    }
    String w = CueWords.lower(text.substring(s, dot));
    return w.length() == 1 || lex.abbreviations.contains(w) || w.contains(".");
  }

  /** White space, no-break spaces included. */
  static boolean space(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
  }

  /** The string without leading and trailing white space, no-break spaces included. */
  static String trim(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && space(s.charAt(a))) {
      a++;
    }
    while (b > a && space(s.charAt(b - 1))) {
      b--;
    }
    return s.substring(a, b);
  }

  private void add(int start, int end, int paragraph) {
    while (start < end && space(text.charAt(start))) {
      start++;
    }
    while (end > start && space(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      units.add(new Unit(start, end, paragraph, wordAt(start), wordAt(end)));
    }
  }
}
