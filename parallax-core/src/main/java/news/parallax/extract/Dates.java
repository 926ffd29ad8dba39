package news.parallax.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.internal.Resources;

/**
 * Reads publication dates written in the ways pages write them: ISO 8601 (with or without time
 * and offset), "2025/08/16", "16.08.2025", "2025年8月16日 10:30", "August 16, 2025",
 * "16. August 2025", "16 de agosto de 2025", and dates in URL paths ("/2025/08/16/"). Month names
 * come from {@code news/parallax/extract/<lang>/months.txt}. Results are ISO 8601: a date, a
 * local date-time, or a date-time with its offset when the source gave one.
 */
final class Dates {
  /** Years outside this range are not publication dates of web pages. */
  static final int MIN_YEAR = 1990;
  static final int MAX_YEAR = 2100;

  private static final Map<String, Integer> MONTHS = months();
  private static final String MONTH_ALT = monthAlternation();
  private static final String TIME = "(?:[T\\s,]+(?:um\\s+|à\\s+|at\\s+)?(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?";
  private static final Pattern ISO = Pattern.compile(
      "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})" + TIME.replace("[T\\s,]+", "(?:T|\\s+)"));
  private static final Pattern YMD = Pattern.compile(
      "(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)" + TIME);
  private static final Pattern HAN = Pattern.compile(
      "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?" + TIME.replace("[T\\s,]+", "\\s*"));
  private static final Pattern DMY = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})[./](\\d{1,2})[./](\\d{4})(?!\\d)" + TIME);
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?iu)(?<!\\d)(\\d{1,2})\\.?\\s*(?:de\\s+)?(" + MONTH_ALT + ")\\.?,?\\s+(?:de\\s+)?(\\d{4})" + TIME);
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?iu)\\b(" + MONTH_ALT + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
  private static final Pattern URL = Pattern.compile(
      "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/_.-]|$)|[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-])");

  private Dates() {}

  /** The first date in {@code text}, as ISO 8601, or null. */
  static String parse(String text) {
    if (text == null || !hasFourDigits(text)) {
      return null; // every pattern has a four-digit year: most text is ruled out without a regex
    }
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Pattern p : List.of(ISO, HAN, YMD, DMY, DAY_MONTH, MONTH_DAY)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.start() >= bestAt) {
          break;
        }
        String iso = build(p, m);
        if (iso != null) {
          best = iso;
          bestAt = m.start();
          break;
        }
      }
    }
    return best;
  }

  private static boolean hasFourDigits(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        if (++run == 4) {
          return true;
        }
      } else {
        run = 0;
      }
    }
    return false;
  }

  /** The date in a URL path such as {@code /2025/08/16/} or {@code -20250816-}, or null. */
  static String fromUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL.matcher(url);
    while (m.find()) {
      String iso = m.group(1) != null ? date(m.group(1), m.group(2), m.group(3))
          : date(m.group(4), m.group(5), m.group(6));
      if (iso != null) {
        return iso;
      }
    }
    return null;
  }

  private static String build(Pattern p, Matcher m) {
    String y;
    String mo;
    String d;
    int t;
    if (p == DMY) {
      y = m.group(3);
      mo = m.group(2);
      d = m.group(1);
      t = 4;
    } else if (p == DAY_MONTH) {
      y = m.group(3);
      mo = month(m.group(2));
      d = m.group(1);
      t = 4;
    } else if (p == MONTH_DAY) {
      y = m.group(3);
      mo = month(m.group(1));
      d = m.group(2);
      t = 4;
    } else {
      y = m.group(1);
      mo = m.group(2);
      d = m.group(3);
      t = 4;
    }
    String date = date(y, mo, d);
    if (date == null) {
      return null;
    }
    String h = m.group(t);
    if (h == null) {
      return date;
    }
    try {
      LocalDateTime ldt = LocalDate.parse(date).atTime(Integer.parseInt(h),
          Integer.parseInt(m.group(t + 1)), m.group(t + 2) == null ? 0 : Integer.parseInt(m.group(t + 2)));
      String zone = m.group(t + 3);
      if (zone == null) {
        return ldt.toString();
      }
      ZoneOffset off = zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT") ? ZoneOffset.UTC
          : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
      return OffsetDateTime.of(ldt, off).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return date;
    }
  }

  private static String date(String y, String m, String d) {
    if (y == null || m == null || d == null) {
      return null;
    }
    try {
      int year = Integer.parseInt(y);
      if (year < MIN_YEAR || year > MAX_YEAR) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d)).toString();
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static String month(String name) {
    Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    return n == null ? null : String.valueOf(n);
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> out = new HashMap<>();
    for (String lang : Resources.lines("news/parallax/extract/languages.txt")) {
      List<String> lines = Resources.lines("extract", lang, "months.txt");
      for (int i = 0; i < lines.size() && i < 12; i++) {
        for (String w : lines.get(i).split("\\s+")) {
          out.putIfAbsent(w.toLowerCase(Locale.ROOT), i + 1);
        }
      }
    }
    return out;
  }

  private static String monthAlternation() {
    List<String> names = new ArrayList<>(MONTHS.keySet());
    names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    StringBuilder b = new StringBuilder();
    for (String n : names) {
      if (b.length() > 0) {
        b.append('|');
      }
      b.append(Pattern.quote(n));
    }
    return b.length() == 0 ? "(?!)" : b.toString();
  }
}
