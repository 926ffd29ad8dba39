package news.parallax.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import news.parallax.model.Article;

/**
 * Random text that news pages can hold and stages must survive: words in several scripts, quote
 * marks of every kind, numbers with units, combining marks, emoji and lone surrogates, control
 * and bidirectional characters, very long words and empty paragraphs.
 */
public final class HostileText {
  private static final String[] PIECES = {
      "the", "said", "President", "Putin", "Anchorage", "on Tuesday", "3,000 people", "$4.5 billion",
      "12%", "about 2 hours", "2025-08-15", "普京", "表示", "会谈", "约3000人", "。", "，", "：", "Путин",
      "сказал", "Präsident", "«", "»", "„", "“", "”", "‘", "’", "\"", "'", "「", "」", "『", "』",
      "(", ")", "—", "-", "...", "…", "!", "?", ".", ",", ";", ":", "Dr.", "U.S.", "e\u0301",
      "\u200b", "\u200f", "\u202e", "\u00a0", "\t", "\r", "\u0000", "\u0007", "\ufeff", "😀", "👩‍👩‍👧",
      "\ud800", "\udc00", "مرحبا", "שלום", "नमस्ते", "ﬁ", "Ⅻ", "１２３", "Ａｎｃｈｏｒａｇｅ", "\uFFFD"};

  private HostileText() {}

  /** A random article: a random language tag, up to eight paragraphs of random pieces. */
  public static Article article(Random rnd, String source) {
    String[] langs = {"en", "zh", "de", "es", "fr", "ru", "und", "ar"};
    int n = rnd.nextInt(9);
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < n; p++) {
      paragraphs.add(paragraph(rnd));
    }
    return Articles.of(source, langs[rnd.nextInt(langs.length)], paragraphs);
  }

  /** One random paragraph, empty now and then, sometimes one very long word. */
  public static String paragraph(Random rnd) {
    int kind = rnd.nextInt(10);
    if (kind == 0) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    if (kind == 1) {
      int len = 1 + rnd.nextInt(3000);
      for (int i = 0; i < len; i++) {
        b.append((char) ('a' + rnd.nextInt(26)));
      }
      return b.toString();
    }
    int words = 1 + rnd.nextInt(60);
    for (int i = 0; i < words; i++) {
      if (rnd.nextInt(4) == 0) {
        b.append((char) rnd.nextInt(0x3000)); // any character at all
      } else {
        b.append(PIECES[rnd.nextInt(PIECES.length)]);
      }
      if (rnd.nextInt(3) > 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }
}
