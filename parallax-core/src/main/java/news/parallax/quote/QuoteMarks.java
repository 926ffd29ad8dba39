package news.parallax.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.parallax.internal.Resources;
import news.parallax.model.Span;

/**
 * Finds quoted passages: text between an opening mark and its closing mark
 * ({@code quote/marks.txt}), with nested marks kept inside, apostrophes told apart from
 * closing single marks, and quotes that run over several paragraphs (each continuing paragraph
 * opens with the mark again and the earlier ones leave it unclosed).
 */
final class QuoteMarks {
  /** Longest quoted passage looked for; guards against an unmatched mark swallowing a page. */
  static final int MAX_PASSAGE_CHARS = 6000;

  /** One quoted passage: where its marks stand, and its content per paragraph. */
  record Passage(int open, int close, int end, List<Span> parts) {
    Passage {
      parts = List.copyOf(parts);
    }

    /** The content from the first part's start to the last part's end. */
    Span content() {
      return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
    }
  }

  private final Map<Character, Character> pairs = new HashMap<>();
  /** Marks written with two characters (two apostrophes for a double mark). */
  private final List<String[]> doubled = new ArrayList<>();

  QuoteMarks() {
    for (String line : Resources.lines("news/parallax/quote/marks.txt")) {
      String[] f = line.split("\t");
      if (f.length == 2 && f[0].length() == 1 && f[1].length() == 1) {
        pairs.putIfAbsent(f[0].charAt(0), f[1].charAt(0));
      } else if (f.length == 2 && f[0].length() == 2 && f[1].length() == 2) {
        doubled.add(f);
      }
    }
  }

  /** The outermost quoted passages of the text, in order. */
  List<Passage> find(String text) {
    List<Passage> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      Passage twin = twin(text, i);
      if (twin != null) {
        out.add(twin);
        i = twin.end();
        continue;
      }
      char c = text.charAt(i);
      Character close = pairs.get(c);
      if (close == null || !canOpen(text, i, c)) {
        i++;
        continue;
      }
      Passage p = passage(text, i, c, close);
      if (p == null) {
        i++;
        continue;
      }
      if (!p.parts().isEmpty()) {
        out.add(p);
      }
      i = p.end();
    }
    return out;
  }

  /** A passage between two-character marks (''like this''), within one paragraph. */
  private Passage twin(String text, int i) {
    for (String[] m : doubled) {
      if (!text.startsWith(m[0], i) || !canOpen(text, i, m[0].charAt(0))
          || i + 2 < text.length() && Character.isWhitespace(text.charAt(i + 2))) {
        continue;
      }
      int limit = Math.min(text.length(), i + MAX_PASSAGE_CHARS);
      for (int j = i + 2; j + 1 < limit; j++) {
        if (text.charAt(j) == '\n') {
          break;
        }
        if (text.startsWith(m[1], j) && (j + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 2)))) {
          List<Span> parts = new ArrayList<>();
          addTrimmed(text, i + 2, j, parts);
          return parts.isEmpty() ? null : new Passage(i, j, j + 2, parts);
        }
      }
    }
    return null;
  }

  private Passage passage(String text, int open, char openMark, char close) {
    List<Span> parts = new ArrayList<>();
    int partStart = open + 1;
    int limit = Math.min(text.length(), open + MAX_PASSAGE_CHARS);
    int straight = -1; // "“...\"": a curly opening closed by a straight mark, when nothing better
    for (int j = open + 1; j < limit; j++) {
      char c = text.charAt(j);
      if (c == close && j > partStart && canClose(text, j, c)) {
        addTrimmed(text, partStart, j, parts);
        return new Passage(open, j, j + 1, parts);
      }
      if (c == '"' && openMark == '“' && straight < 0 && j > partStart && canClose(text, j, c)) {
        straight = j;
      }
      if (c == '\n' && straight >= 0 && parts.isEmpty()) {
        addTrimmed(text, partStart, straight, parts);
        return new Passage(open, straight, straight + 1, parts);
      }
      if (c == '\n') {
        int next = j;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
          next++;
        }
        if (next < text.length() && text.charAt(next) == openMark) {
          addTrimmed(text, partStart, j, parts);
          partStart = next + 1;
          j = next;
          continue;
        }
        return null;
      }
    }
    if (straight >= 0 && parts.isEmpty()) {
      addTrimmed(text, partStart, straight, parts);
      return new Passage(open, straight, straight + 1, parts);
    }
    return null;
  }

  private static void addTrimmed(String text, int start, int end, List<Span> parts) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      parts.add(new Span(start, end));
    }
  }

  /** Whether a mark at {@code i} opens a quote rather than closing one or being an apostrophe. */
  private static boolean canOpen(String text, int i, char c) {
    char before = i == 0 ? ' ' : text.charAt(i - 1);
    char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
    if (c == '”' || c == '»') {
      if (i == 0 || before == '\n') {
        return true; // a paragraph cannot start by closing a quote
      }
      return (Character.isWhitespace(before) || before == '\u00A0') && Character.isLetterOrDigit(after);
    }
    if (c == '"' || c == '\'' || c == '‘') {
      boolean leftOk = Character.isWhitespace(before) || "\u00A0([{—–-/:;,“‘«„「『\"".indexOf(before) >= 0
          || i == 0;
      return leftOk && !Character.isWhitespace(after);
    }
    return true;
  }

  /** Whether a closing mark at {@code j} ends the quote (and is no apostrophe inside a word). */
  private static boolean canClose(String text, int j, char c) {
    char before = text.charAt(j - 1);
    char after = j + 1 < text.length() ? text.charAt(j + 1) : ' ';
    if (c == '"') {
      // "... the term 'African American outreach,' " he said: a space may follow a nested mark
      boolean nested = Character.isWhitespace(before) && j >= 2 && "'’".indexOf(text.charAt(j - 2)) >= 0;
      return (!Character.isWhitespace(before) || nested) && !Character.isLetterOrDigit(after);
    }
    if (c == '\'' || c == '’') {
      return !Character.isLetterOrDigit(after) && !Character.isWhitespace(before)
;
    }
    return true;
  }
}
