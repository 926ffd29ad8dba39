package news.parallax.extract;

import java.util.ArrayList;
import java.util.List;
import news.parallax.internal.Resources;
import news.parallax.model.Article;
import news.parallax.model.Evidence;

/**
 * How far an article's publication time can be trusted ({@code high}, {@code medium},
 * {@code low}), from the signal that gave it, as listed in {@code extract/date-confidence.txt}.
 *
 * <pre>{@code
 * String c = DateConfidence.of(article); // "high" for a JSON-LD datePublished
 * }</pre>
 */
public final class DateConfidence {
  private record Rule(String prefix, String level) {}

  private static final List<Rule> RULES = new ArrayList<>();

  static {
    for (String line : Resources.lines("news/parallax/extract/date-confidence.txt")) {
      String[] parts = line.split("\t");
      if (parts.length == 2) {
        RULES.add(new Rule(parts[0].strip(), parts[1].strip()));
      }
    }
  }

  private DateConfidence() {}

  /** The confidence of the article's publication time, or null when it has none. */
  public static String of(Article a) {
    if (a.published() == null) {
      return null;
    }
    for (Evidence e : a.evidence()) {
      if (e.field().equals("published")) {
        return ofSignal(e.signal());
      }
    }
    return "low";
  }

  /** The confidence a signal gives, {@code low} for a signal the list does not name. */
  public static String ofSignal(String signal) {
    for (Rule r : RULES) {
      if (signal.startsWith(r.prefix())) {
        return r.level();
      }
    }
    return "low";
  }
}
