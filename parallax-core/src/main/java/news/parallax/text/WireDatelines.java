package news.parallax.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.internal.Resources;

/**
 * The news agency named in an article's opening dateline: an agency in brackets after a place
 * ("ANCHORAGE, United States (AFP) –", "（新华社）") or a Chinese "新华社北京8月16日电". The
 * agencies and their spellings are in {@code text/wire-agencies.txt}; the name returned is the
 * first of its line.
 *
 * <pre>{@code
 * WireDatelines.agency("ANCHORAGE, United States (AFP) – Russian ...")   // Optional[AFP]
 * }</pre>
 */
public final class WireDatelines {
  /** Characters at the start of an article where a dateline stands. */
  public static final int DATELINE_CHARS = 200;
  private static final Map<String, String> NAMES = new HashMap<>();
  private static final Pattern DATELINE;

  static {
    StringBuilder alternatives = new StringBuilder();
    for (String line : Resources.lines("news/parallax/text/wire-agencies.txt")) {
      String[] spellings = line.split("\t");
      for (String s : spellings) {
        String spelling = s.strip();
        if (spelling.isEmpty()) {
          continue;
        }
        NAMES.putIfAbsent(spelling.toLowerCase(Locale.ROOT), spellings[0].strip());
        if (alternatives.length() > 0) {
          alternatives.append('|');
        }
        alternatives.append(Pattern.quote(spelling));
      }
    }
    String names = alternatives.toString();
    DATELINE = Pattern.compile("[(（\\[]\\s*(" + names + ")\\s*[)）\\]]|(" + names + ")[^。\\n]{0,20}电");
  }

  private WireDatelines() {}

  /** The agency whose dateline opens {@code text}, by the name users are shown. */
  public static Optional<String> agency(String text) {
    Matcher m = DATELINE.matcher(text.substring(0, Math.min(text.length(), DATELINE_CHARS)));
    if (!m.find()) {
      return Optional.empty();
    }
    String found = m.group(1) != null ? m.group(1) : m.group(2);
    return Optional.ofNullable(NAMES.get(found.toLowerCase(Locale.ROOT)));
  }

  /** Whether a news agency's dateline opens {@code text}. */
  public static boolean opens(String text) {
    return agency(text).isPresent();
  }

  /** The agencies' names as users are shown them, for tests and documentation. */
  static List<String> names() {
    return NAMES.values().stream().distinct().sorted().toList();
  }
}
