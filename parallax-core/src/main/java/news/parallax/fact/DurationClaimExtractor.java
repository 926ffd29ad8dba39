package news.parallax.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.model.Article;
import news.parallax.model.Claim;
import news.parallax.model.Sentence;
import news.parallax.model.Span;

/**
 * Finds durations ("two and a half hours", "12-minute", "2小时40分钟", "约3小时") and ties each
 * to the attribute whose head word ({@code fact/<lang>/heads.txt}) stands nearest in the same
 * sentence. Values without a head word are not claims. A hedge ({@code qualifiers.txt}) right
 * before the value widens it to an interval ({@link Intervals}).
 */
final class DurationClaimExtractor implements ClaimExtractor {
  private static final Pattern EN = Pattern.compile(
      "(?i)\\b(\\d+(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)(?:\\s+and\\s+a\\s+(half))?[\\s-]+(hours?|minutes?|hrs?|mins?)\\b"
          + "(?:\\s+and\\s+(\\d+|[a-z]+)\\s+minutes?)?");
  private static final Pattern ZH = Pattern.compile(
      "([0-9０-９]+|[一二两三四五六七八九十]+)(?:个)?(半)?(?:小时|钟头)(?:([0-9]+|[一二三四五六七八九十]+)分钟?)?"
          + "|([0-9]+|[一二三四五六七八九十]+)分钟");

  @Override
  public List<Claim> extract(Article article, List<Sentence> sentences) {
    String text = article.text();
    List<Claim> out = new ArrayList<>();
    for (Sentence s : sentences) {
      String sentence = s.span().of(text);
      boolean zh = sentence.codePoints().anyMatch(news.parallax.internal.Texts::isHan)
          && news.parallax.internal.Texts.hanCount(sentence) * 3 > sentence.length();
      FactData data = FactData.of(zh ? "zh" : "en");
      Matcher m = (zh ? ZH : EN).matcher(sentence);
      while (m.find()) {
        Double minutes = zh ? zhMinutes(m, data) : enMinutes(m, data);
        if (minutes == null || minutes <= 0) {
          continue;
        }
        String attribute = nearestHead(sentence, m.start(), m.end(), data);
        if (attribute == null) {
          continue;
        }
        String qualifier = qualifierBefore(sentence, m.start(), data);
        double[] interval = Intervals.of(minutes, qualifier == null ? "" : data.qualifiers.get(qualifier));
        String[] attr = FactData.ATTRIBUTES.get(attribute);
        Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
        out.add(new Claim(span, s.span(), attribute, attr[1], interval[0], interval[1], attr[0],
            qualifier == null ? "" : qualifier, m.group()));
      }
    }
    return out;
  }

  private static Double enMinutes(Matcher m, FactData d) {
    Double n = number(m.group(1), d);
    if (n == null) {
      return null;
    }
    if (m.group(2) != null) {
      n += 0.5;
    }
    boolean hours = m.group(3).toLowerCase(Locale.ROOT).startsWith("h");
    double minutes = hours ? n * 60 : n;
    if (m.group(4) != null) {
      Double extra = number(m.group(4), d);
      if (extra != null) {
        minutes += extra;
      }
    }
    return minutes;
  }

  private static Double zhMinutes(Matcher m, FactData d) {
    if (m.group(4) != null) {
      return zhNumber(m.group(4), d);
    }
    Double h = zhNumber(m.group(1), d);
    if (h == null) {
      return null;
    }
    double minutes = h * 60 + (m.group(2) != null ? 30 : 0);
    if (m.group(3) != null) {
      Double extra = zhNumber(m.group(3), d);
      if (extra != null) {
        minutes += extra;
      }
    }
    return minutes;
  }

  private static Double number(String word, FactData d) {
    String w = word.toLowerCase(Locale.ROOT);
    if (Character.isDigit(w.charAt(0))) {
      return Double.parseDouble(w);
    }
    return d.numbers.get(w);
  }

  /** Chinese numerals up to 99 ("十二", "四十", "两"), or digits. */
  private static Double zhNumber(String s, FactData d) {
    if (Character.isDigit(s.charAt(0))) {
      StringBuilder b = new StringBuilder();
      s.codePoints().forEach(cp -> b.append(Character.getNumericValue(cp)));
      return Double.parseDouble(b.toString());
    }
    double total = 0;
    double cur = 0;
    for (int i = 0; i < s.length(); i++) {
      Double v = d.numbers.get(String.valueOf(s.charAt(i)));
      if (v == null) {
        return null;
      }
      if (v == 10) {
        total += (cur == 0 ? 1 : cur) * 10;
        cur = 0;
      } else {
        cur = v;
      }
    }
    return total + cur;
  }

  private static String qualifierBefore(String sentence, int start, FactData d) {
    String before = sentence.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT).stripTrailing();
    for (String q : d.qualifiers.keySet()) {
      if (before.endsWith(q) && (before.length() == q.length()
          || !Character.isLetter(before.charAt(before.length() - q.length() - 1))
          || news.parallax.internal.Texts.isHan(q.charAt(0)))) {
        return q;
      }
    }
    return null;
  }

  private static String nearestHead(String sentence, int start, int end, FactData d) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDist = Integer.MAX_VALUE;
    for (String[] h : d.heads) {
      int i = lower.indexOf(h[1]);
      while (i >= 0) {
        boolean word = news.parallax.internal.Texts.isHan(h[1].charAt(0))
            || (i == 0 || !Character.isLetter(lower.charAt(i - 1)))
            && (i + h[1].length() >= lower.length() || !Character.isLetter(lower.charAt(i + h[1].length())));
        if (word) {
          int dist = i >= end ? i - end : start >= i + h[1].length() ? start - i - h[1].length() : 0;
          if (dist < bestDist) {
            bestDist = dist;
            best = h[0];
          }
        }
        i = lower.indexOf(h[1], i + 1);
      }
    }
    return best;
  }
}
