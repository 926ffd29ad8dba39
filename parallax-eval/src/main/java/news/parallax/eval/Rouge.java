package news.parallax.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-N between a summary and a reference (Lin 2004): n-gram recall, precision and F1 over
 * lower-cased words (runs of letters and digits; each Han character a word), no stemming and
 * no stopword removal, counts clipped. One scorer for every system compared.
 *
 * <pre>{@code
 * Rouge.Score r1 = Rouge.score(summary, reference, 1);
 * }</pre>
 */
public final class Rouge {
  /** Recall, precision and F1 of one comparison. */
  public record Score(double recall, double precision, double f1) {}

  private Rouge() {}

  /** The words of a text as ROUGE counts them. */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
        flush(b, out);
        out.add(String.valueOf(c));
      } else if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      } else {
        flush(b, out);
      }
    }
    flush(b, out);
    return out;
  }

  private static void flush(StringBuilder b, List<String> out) {
    if (b.length() > 0) {
      out.add(b.toString().toLowerCase(Locale.ROOT));
      b.setLength(0);
    }
  }

  /** ROUGE-N of a summary against a reference. */
  public static Score score(String summary, String reference, int n) {
    Map<String, Integer> s = grams(words(summary), n);
    Map<String, Integer> r = grams(words(reference), n);
    int sTotal = s.values().stream().mapToInt(Integer::intValue).sum();
    int rTotal = r.values().stream().mapToInt(Integer::intValue).sum();
    int hit = 0;
    for (Map.Entry<String, Integer> e : s.entrySet()) {
      hit += Math.min(e.getValue(), r.getOrDefault(e.getKey(), 0));
    }
    double rec = rTotal == 0 ? 0 : hit / (double) rTotal;
    double prec = sTotal == 0 ? 0 : hit / (double) sTotal;
    return new Score(rec, prec, rec + prec == 0 ? 0 : 2 * rec * prec / (rec + prec));
  }

  private static Map<String, Integer> grams(List<String> w, int n) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i + n <= w.size(); i++) {
      out.merge(String.join(" ", w.subList(i, i + n)), 1, Integer::sum);
    }
    return out;
  }

  /** The first {@code words} words of a text (as {@link #words} counts them), joined by spaces. */
  public static String truncate(String text, int words) {
    List<String> w = words(text);
    return String.join(" ", w.subList(0, Math.min(words, w.size())));
  }
}
