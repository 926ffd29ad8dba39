package news.parallax.store;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words the full-text index holds and looks up: Unicode word boundaries, lower case, and
 * Han, Hiragana, Katakana and Hangul text as overlapping pairs of characters, so that a
 * two-character Chinese word ("普京") is found though nothing marks word boundaries in the text.
 * Both engines index these words as they are (SQLite FTS5 {@code unicode61}, PostgreSQL
 * {@code simple}).
 */
final class SearchTerms {
  private SearchTerms() {}

  /** The index words of a text, in order. */
  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return out;
    }
    StandardTokenizer tokenizer = new StandardTokenizer();
    tokenizer.setReader(new StringReader(text));
    try (TokenStream ts = new LowerCaseFilter(new CJKBigramFilter(new CJKWidthFilter(tokenizer)))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The index words joined by spaces, as stored. */
  static String joined(String text) {
    return String.join(" ", of(text));
  }
}
