package news.parallax.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.parallax.internal.Resources;
import news.parallax.internal.Texts;
import news.parallax.model.Article;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Quote;
import news.parallax.model.Sentence;
import news.parallax.model.Span;
import news.parallax.model.Speaker;

/**
 * A first quote extractor: text between a pair of quote marks ({@code quote/marks.txt}) is a
 * quote; its speaker is the person mention nearest a speech verb ({@code quote/<lang>/verbs.txt})
 * in the same paragraph, else the person most recently named before it. Quotes of fewer than
 * {@link #MIN_STATEMENT_WORDS} words without a speech verb are scare quotes.
 */
final class CueQuoteExtractor implements QuoteExtractor {
  static final int MIN_STATEMENT_WORDS = 4;
  /** How far (in characters) from a quote a cue and speaker are looked for. */
  static final int WINDOW = 120;

  private final Map<Character, Character> marks = new HashMap<>();

  CueQuoteExtractor() {
    for (String line : Resources.lines("news/parallax/quote/marks.txt")) {
      String[] f = line.split("\t");
      marks.putIfAbsent(f[0].charAt(0), f[1].charAt(0));
    }
  }

  @Override
  public List<Quote> extract(Article article, List<Sentence> sentences, List<Mention> mentions) {
    String text = article.text();
    String lang = article.language();
    List<String> verbs = Resources.lines("quote", lang.equals("und") ? "en" : lang, "verbs.txt");
    List<Quote> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      Character close = marks.get(c);
      if (close == null || c == '\'' || c == '‘' && i > 0 && Character.isLetter(text.charAt(i - 1))) {
        i++;
        continue;
      }
      int end = findClose(text, i + 1, close);
      if (end < 0) {
        i++;
        continue;
      }
      Span content = trim(text, i + 1, end);
      if (content.length() > 0) {
        out.add(quote(text, content, i, end + 1, verbs, mentions));
      }
      i = end + 1;
    }
    return out;
  }

  private static int findClose(String text, int from, char close) {
    for (int j = from; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == close) {
        return j;
      }
      if (c == '\n') {
        return -1; // quotes over several paragraphs are left to a later version
      }
    }
    return -1;
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  private static Quote quote(String text, Span content, int open, int closeEnd, List<String> verbs,
      List<Mention> mentions) {
    int paraStart = text.lastIndexOf("\n\n", open);
    paraStart = paraStart < 0 ? 0 : paraStart + 2;
    int paraEnd = text.indexOf("\n\n", closeEnd);
    paraEnd = paraEnd < 0 ? text.length() : paraEnd;
    int from = Math.max(paraStart, open - WINDOW);
    int to = Math.min(paraEnd, closeEnd + WINDOW);
    String after = text.substring(closeEnd, to).toLowerCase(Locale.ROOT);
    String before = text.substring(from, open).toLowerCase(Locale.ROOT);
    String cue = "";
    int cueAt = -1;
    for (String v : verbs) {
      int a = indexOfWord(after, v);
      if (a >= 0 && (cueAt < 0 || closeEnd + a < cueAt)) {
        cue = v;
        cueAt = closeEnd + a;
      }
      int b = before.lastIndexOf(v);
      if (cueAt < 0 && b >= 0) {
        cue = v;
        cueAt = from + b;
      }
    }
    String quoted = content.of(text);
    if (cue.isEmpty() && Texts.wordLength(quoted) < MIN_STATEMENT_WORDS) {
      return new Quote(content, quoted, Quote.Kind.SCARE, "", null);
    }
    Speaker speaker = null;
    if (cueAt >= 0) {
      Mention best = null;
      int bestDist = Integer.MAX_VALUE;
      for (Mention m : mentions) {
        if (m.type() != EntityType.PERSON || m.span().start() < from || m.span().end() > to
            || content.contains(m.span())) {
          continue;
        }
        int d = Math.abs(m.span().start() - cueAt);
        if (d < bestDist) {
          best = m;
          bestDist = d;
        }
      }
      if (best == null) {
        for (Mention m : mentions) {
          if (m.type() == EntityType.PERSON && m.span().end() <= open) {
            best = m;
          }
        }
      }
      if (best != null) {
        speaker = new Speaker(best.text(), best.key(), best.span());
      }
    }
    return new Quote(content, quoted, Texts.wordLength(quoted) < MIN_STATEMENT_WORDS && cue.isEmpty()
        ? Quote.Kind.SCARE : Quote.Kind.DIRECT, cue, speaker);
  }

  private static int indexOfWord(String hay, String word) {
    int i = hay.indexOf(word);
    while (i >= 0) {
      boolean startOk = i == 0 || !Character.isLetter(hay.charAt(i - 1)) || Texts.isHan(word.charAt(0));
      int e = i + word.length();
      boolean endOk = e >= hay.length() || !Character.isLetter(hay.charAt(e)) || Texts.isHan(word.charAt(0));
      if (startOk && endOk) {
        return i;
      }
      i = hay.indexOf(word, i + 1);
    }
    return -1;
  }
}
