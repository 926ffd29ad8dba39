package news.parallax.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words for the UI's comparisons: runs of letters or digits, each Han,
 * Hiragana or Katakana character on its own (those scripts write no spaces), and the text
 * between them kept so the pieces join back to the original.
 */
final class Words {
  private static final Pattern WORD = Pattern.compile(
      "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]|[\\p{L}\\p{M}\\p{N}]+(?:['’.,][\\p{L}\\p{N}]+)*");

  private Words() {}

  /** A piece of text: a word (with its matching form) or the text between words. */
  record Piece(String text, boolean word, int start) {
    String norm() {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  static List<Piece> split(String text) {
    List<Piece> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new Piece(text.substring(at, m.start()), false, at));
      }
      out.add(new Piece(m.group(), true, m.start()));
      at = m.end();
    }
    if (at < text.length()) {
      out.add(new Piece(text.substring(at), false, at));
    }
    return out;
  }

  /** The matching forms of the words of the text. */
  static List<String> norms(String text) {
    List<String> out = new ArrayList<>();
    for (Piece p : split(text)) {
      if (p.word()) {
        out.add(p.norm());
      }
    }
    return out;
  }
}
