package news.parallax.fact;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.parallax.internal.Texts;
import news.parallax.model.Article;
import news.parallax.model.Claim;
import news.parallax.model.Sentence;
import news.parallax.model.Span;

/**
 * Finds values with units in each sentence (durations, counts of people, money, percentages,
 * distances, magnitudes, clock times, dates, ordinal facts), reads their hedges as intervals,
 * drops the ones stated as expectations, and ties each to an attribute by head words. All the
 * words come from the data files of {@code fact/<lang>/} (see {@link FactData}).
 */
final class PatternClaimExtractor implements ClaimExtractor {
  /**
   * How far (in characters) a head word may stand from the value and still name what it is
   * about. Calibrated on the seed pages (the talks' head "met" stands 14 characters before
   * "about three hours"; the nearest unrelated head in the annotated set is over 100 away).
   */
  static final int HEAD_WINDOW = 80;
  /**
   * The same for the predicate of a count of people ("killed", "arrested"), which stands close
   * to its number. Calibrated on the seed pages ("has killed tens of thousands": 1 character)
   * against the annotated set, where verbs 40 and 60 characters off told of something else.
   */
  static final int PEOPLE_HEAD_WINDOW = 30;
  /**
   * How far before a duration its sentence's subject may stand ("The ... summit —launched with
   * great pomp ...— ended after two and a half hours", seed 001: 211 characters) when no head
   * stands within {@link #HEAD_WINDOW}.
   */
  static final int SUBJECT_WINDOW = 250;
  /**
   * How far (in characters) an expectation word may stand from the value, inside its clause.
   * Calibrated on the seeds ("hours anticipated": 1 character; "2到5分钟内就能": 4) against a
   * "could" 80 characters on in another verb's clause of the held-out articles.
   */
  static final int CUE_WINDOW = 40;
  /** Words allowed between a number and its people noun ("two young sons"). */
  static final int PEOPLE_GAP = 2;
  /** A whole number of years from here up to {@link #LAST_YEAR} is a calendar year ("2022年"). */
  static final int FIRST_YEAR = 1000;
  static final int LAST_YEAR = 2999;
  /** Share of Han characters above which a sentence is read with the Chinese data. */
  static final double HAN_SHARE = 0.3;

  private static final Pattern DIGITS = Pattern.compile(
      "\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?");
  private static final Pattern INITIALS_STOP = Pattern.compile("(?<!\\p{L})(?:\\p{Lu}\\.){2,}\\s*$");
  private static final Pattern DAY_STOP = Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\s*$");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");

  @Override
  public List<Claim> extract(Article article, List<Sentence> sentences) {
    String text = article.text();
    FactData articleData = FactData.of(article.language() == null ? "en" : article.language());
    List<Found> found = new ArrayList<>();
    for (Span span : spans(sentences, text)) {
      if (span.end() > text.length()) {
        continue;
      }
      String sentence = span.of(text);
      FactData d = hanCount(sentence) > sentence.length() * HAN_SHARE ? FactData.of("zh")
          : articleData.han ? FactData.of("en") : articleData;
      new Scan(sentence, span, d, found).run();
    }
    boolean anchored = false;
    for (Found f : found) {
      anchored |= f.unit.equals("monthday") || f.day > 0 && f.localMinute >= 0;
    }
    Anchor anchor = anchored ? Anchor.of(article.published(), found, text) : Anchor.NONE;
    List<Claim> out = new ArrayList<>();
    for (Found f : found) {
      out.add(f.claim(anchor));
    }
    out.sort(Comparator.comparing(Claim::span));
    return out;
  }

  /**
   * The sentence spans, with a sentence that ends in a day number ("am 24.") or in initials
   * ("between U.S.") joined to the next one in its paragraph: sentence splitters take the dot
   * of a German date or of an abbreviation for a stop, and cut a value off its subject.
   */
  static List<Span> spans(List<Sentence> sentences, String text) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i).span();
      while (i + 1 < sentences.size() && s.end() <= text.length()
          && cutAfterDot(text, s)
          && sentences.get(i + 1).paragraph() == sentences.get(i).paragraph()) {
        s = new Span(s.start(), sentences.get(++i).span().end());
      }
      out.add(s);
    }
    return out;
  }

  /** Whether the sentence ends in a day number ("24.") or in initials ("U.S."). */
  static boolean cutAfterDot(String text, Span s) {
    int e = s.end();
    while (e > s.start() && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (e - s.start() < 2 || text.charAt(e - 1) != '.') {
      return false;
    }
    String tail = text.substring(Math.max(s.start(), e - 12), e);
    return DAY_STOP.matcher(tail).find() || INITIALS_STOP.matcher(tail).find();
  }

  /** A value read from a sentence, before the article-wide date anchor is known. */
  static final class Found {
    Span span;
    Span sentence;
    FactData.Attribute attribute;
    double low;
    double high;
    String unit;
    String qualifier = "";
    String hedge = "";
    String text;
    String normalized;
    /** For clock times: the day of the month written with it, and the zone offset. */
    int day = -1;
    Integer offset;
    int localMinute = -1;
    /** For dates: month and day, and the year when written. */
    int month = -1;
    int year = -1;

    Claim claim(Anchor anchor) {
      double lo = low;
      double hi = high;
      String u = unit;
      String n = normalized;
      if (u.equals("monthday") && anchor.published != null) {
        LocalDate date = anchor.dateFor(month, day);
        lo = hi = date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        u = "date";
        n = date.toString();
      } else if (localMinute >= 0 && offset != null) {
        LocalDate date = day > 0 ? anchor.dayFor(day) : null;
        if (date != null) {
          LocalDateTime utc = date.atStartOfDay().plusMinutes(localMinute)
              .minusMinutes(offset);
          n = utc.toLocalDate() + "T" + hhmm(utc.getHour() * 60 + utc.getMinute()) + "Z";
        }
      }
      double[] iv = Intervals.of(lo, hi, hedge, u.equals("utc") || u.equals("clock"));
      return new Claim(span, sentence, attribute.key(), attribute.label(), round(iv[0]),
          round(iv[1]), u, qualifier, text, n);
    }
  }

  /** The date relative dates are read against: the publication date, else the article's own. */
  record Anchor(LocalDate published, int year, int month) {
    static final Anchor NONE = new Anchor(null, -1, -1);

    static Anchor of(String published, List<Found> found, String text) {
      LocalDate p = null;
      if (published != null && published.length() >= 10) {
        try {
          p = LocalDate.parse(published.substring(0, 10));
        } catch (java.time.DateTimeException e) {
          p = null;
        }
      }
      if (p != null) {
        return new Anchor(p, p.getYear(), p.getMonthValue());
      }
      Map<Integer, Integer> months = new TreeMap<>();
      int year = -1;
      for (Found f : found) {
        if (f.month > 0) {
          months.merge(f.month, 1, Integer::sum);
          year = Math.max(year, f.year);
        }
      }
      if (year < 0) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
          year = Math.max(year, Integer.parseInt(m.group(1)));
        }
      }
      int month = -1;
      int best = 0;
      for (Map.Entry<Integer, Integer> e : months.entrySet()) {
        if (e.getValue() >= best) {
          best = e.getValue();
          month = e.getKey();
        }
      }
      return new Anchor(null, year, month);
    }

    LocalDate dateFor(int m, int d) {
      LocalDate same = safeDate(published.getYear(), m, d);
      if (same != null && same.isAfter(published.plusMonths(2))) {
        return safeDate(published.getYear() - 1, m, d);
      }
      return same == null ? published : same;
    }

    /** The date of a day of the month written alone ("16日"), or null without an anchor. */
    LocalDate dayFor(int d) {
      if (published != null) {
        LocalDate same = safeDate(published.getYear(), published.getMonthValue(), d);
        if (same != null && same.isAfter(published.plusDays(1))) {
          LocalDate prev = published.minusMonths(1);
          return safeDate(prev.getYear(), prev.getMonthValue(), d);
        }
        return same;
      }
      return year > 0 && month > 0 ? safeDate(year, month, d) : null;
    }

    private static LocalDate safeDate(int y, int m, int d) {
      try {
        return LocalDate.of(y, m, d);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
  }

  /** Twelve significant digits, so "about three hours" is 198, not 198.00000000000003. */
  static double round(double v) {
    if (v == 0 || Double.isInfinite(v) || Double.isNaN(v)) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
  }

  static String hhmm(int minute) {
    int m = ((minute % 1440) + 1440) % 1440;
    return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
  }

  /** A number read from text: where it stands and its value (an interval when vague). */
  record Num(int start, int end, double low, double high, boolean article, String hedge) {
    Num(int start, int end, double low, double high, boolean article) {
      this(start, end, low, high, article, "");
    }
  }

  /** One sentence's scan; marks what it took so a value is read once. */
  static final class Scan {
    private final String s;
    private final String ls;
    private final Span span;
    private final FactData d;
    private final List<Found> out;
    private final boolean[] taken;

    Scan(String sentence, Span span, FactData d, List<Found> out) {
      this.s = sentence;
      this.ls = lower(sentence);
      this.span = span;
      this.d = d;
      this.out = out;
      this.taken = new boolean[sentence.length()];
    }

    void run() {
      boolean digits = false;
      for (int i = 0; i < ls.length() && !digits; i++) {
        char c = ls.charAt(i);
        digits = c >= '0' && c <= '9';
      }
      if (digits) {
        if (containsAny(d.sinceWords)) {
          since();
        }
        if (d.han ? ls.indexOf('月') >= 0 : containsAny(d.months.keySet())) {
          dates();
        }
        if (mayHoldTime()) {
          times();
        }
      }
      ordinals();
      quantities();
    }

    private boolean containsAny(java.util.Collection<String> words) {
      for (String w : words) {
        if (ls.contains(w)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a clock or zone word, or a colon, is in the sentence: times need one. */
    private boolean mayHoldTime() {
      if (ls.indexOf(':') >= 0) {
        return true;
      }
      for (String w : d.clock.keySet()) {
        if (ls.contains(w)) {
          return true;
        }
      }
      for (String w : d.zones.keySet()) {
        if (ls.contains(w)) {
          return true;
        }
      }
      return d.han && (ls.indexOf('时') >= 0 || ls.indexOf('点') >= 0);
    }

    // ---- dates -------------------------------------------------------------------------

    private void dates() {
      for (Pattern p : d.dates) {
        Matcher m = p.matcher(ls);
        while (m.find()) {
          if (isTaken(m.start(), m.end())) {
            continue;
          }
          Integer month = d.han ? Integer.valueOf(m.group("month")) : d.months.get(lower(m.group("month")));
          int day = Integer.parseInt(m.group("day"));
          if (month == null || month < 1 || month > 12 || day < 1 || day > 31) {
            continue;
          }
          Found f = found(m.start(), m.end(), FactData.fallback("date"));
          f.month = month;
          f.day = day;
          String y = group(m, "year");
          if (y != null) {
            f.year = Integer.parseInt(y);
            f.low = f.high = f.year * 10000 + month * 100 + day;
            f.unit = "date";
            f.normalized = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", f.year, month, day);
          } else {
            f.low = f.high = month * 100 + day;
            f.unit = "monthday";
            f.normalized = String.format(java.util.Locale.ROOT, "--%02d-%02d", month, day);
          }
          take(m.start(), m.end());
          out.add(f);
        }
      }
    }

    // ---- clock times -------------------------------------------------------------------

    private void times() {
      for (Pattern p : d.times) {
        Matcher m = p.matcher(ls);
        while (m.find()) {
          if (m.end() == m.start() || isTaken(m.start(), m.end())) {
            continue;
          }
          int hour = Integer.parseInt(m.group("hour"));
          String min = group(m, "minute");
          int minute = min == null ? 0 : Integer.parseInt(min);
          if (group(m, "half") != null) {
            minute = 30;
          }
          String clock = group(m, "clock");
          String period = group(m, "period");
          String zone = group(m, "zone");
          String dayText = group(m, "day");
          if (d.han && zone == null && period == null && dayText == null && min == null) {
            continue; // a bare "3点" is too often not a time
          }
          if (hour > 24 || minute > 59) {
            continue;
          }
          int add = 0;
          if (clock != null) {
            add = d.clock.getOrDefault(lower(clock).strip(), 0);
          } else if (period != null) {
            add = d.clock.getOrDefault(lower(period), 0);
          }
          if (add == 12 && hour < 12) {
            hour += 12;
          } else if (add == 0 && clock != null && lower(clock).startsWith("a") && hour == 12) {
            hour = 0;
          }
          int local = hour * 60 + minute;
          Integer offset = zone == null ? null : d.zones.get(lower(zone).strip());
          Found f = found(m.start(), m.end(), null);
          f.attribute = attribute("time", m.start(), m.end(), false);
          f.localMinute = local;
          f.offset = offset;
          f.day = dayText == null ? -1 : Integer.parseInt(dayText);
          if (offset != null) {
            f.unit = "utc";
            f.low = f.high = ((local - offset) % 1440 + 1440) % 1440;
            f.normalized = hhmm(local - offset) + "Z";
          } else {
            f.unit = "clock";
            f.low = f.high = local;
            f.normalized = hhmm(local);
          }
          hedge(f, m.start());
          take(m.start(), m.end());
          out.add(f);
        }
      }
    }

    // ---- ordinal facts -----------------------------------------------------------------

    private void since() {
      if (d.since == null) {
        return;
      }
      Matcher m = d.since.matcher(ls);
      while (m.find()) {
        if (cue(m.start(), m.end())) {
          continue;
        }
        Found f = found(m.start(), m.end(), FactData.fallback("since"));
        f.low = f.high = Integer.parseInt(m.group("year"));
        f.unit = "year";
        f.normalized = "first since " + m.group("year");
        take(m.start(), m.end());
        out.add(f);
      }
    }

    private void ordinals() {
      if (d.ordinal == null) {
        return;
      }
      boolean event = false;
      for (String e : d.ordinalEvents) {
        event |= ls.contains(e);
      }
      if (!event) {
        return;
      }
      Pattern p = d.ordinal;
      Matcher m = p.matcher(ls);
      while (m.find()) {
        if (isTaken(m.start(), m.end())) {
          continue;
        }
        String n = m.group("n");
        Integer v = d.ordinals.get(n);
        if (v == null) {
          String digits = n.replaceAll("\\D", "");
          v = digits.isEmpty() ? zhNumber(n) : Integer.valueOf(digits);
        }
        if (v == null || v < 1) {
          continue;
        }
        Found f = found(m.start(), m.end(), FactData.fallback("ordinal"));
        f.low = f.high = v;
        f.unit = "ordinal";
        f.normalized = "#" + v;
        take(m.start(), m.end());
        out.add(f);
      }
    }

    private FactData.Qualifier postQualifier(int j) {
      for (FactData.Qualifier q : d.qualifiers) {
        if (q.after() && ls.startsWith(q.phrase(), j)) {
          return q;
        }
      }
      return null;
    }

    private FactData.NumberWord scaleAt(int j) {
      FactData.NumberWord w = d.numberWords.get(ls.substring(j, j + 1));
      return w != null && w.type().equals("scale") ? w : null;
    }

    private Integer zhNumber(String n) {
      Num num = zhNumeral(0, n);
      return num == null ? null : (int) num.low();
    }

    // ---- quantities with units ---------------------------------------------------------

    private void quantities() {
      int i = 0;
      while (i < ls.length()) {
        if (taken[i] || !startOfToken(i)) {
          i++;
          continue;
        }
        Num n = number(i);
        if (n == null) {
          i++;
          continue;
        }
        int next = quantity(n);
        i = Math.max(next, n.end());
      }
    }

    /** Reads a unit (and hedges) around the number; returns where scanning goes on. */
    private int quantity(Num first) {
      Num n = first;
      int p = n.end();
      // "two and a half", "两个半"
      int q = skipSpace(p);
      for (String m : d.measures) {
        if (ls.startsWith(m, q) && q + m.length() < ls.length()) {
          int h = halfAt(q + m.length());
          if (h > 0) {
            q = q + m.length();
          }
        }
      }
      int h = halfAt(q);
      if (h > 0 && !n.article()) {
        n = new Num(n.start(), h, n.low() + 0.5, n.high() + 0.5, false);
        p = h;
      }
      // "six or seven", "2到5"
      int r = rangeAt(p);
      if (r > 0) {
        Num second = number(r);
        if (second != null && !second.article()) {
          n = new Num(n.start(), second.end(), n.low(), second.high(), false);
          p = second.end();
        }
      }
      String postHedge = n.hedge();
      String postPhrase = "";
      if (d.han) {
        for (String m : d.measures) {
          FactData.Qualifier after = ls.startsWith(m, p) ? postQualifier(p + m.length()) : null;
          if (after != null) {
            p += m.length(); // "3个多小时": the hedge stands between measure word and unit
          }
        }
      }
      for (FactData.Qualifier qu : d.qualifiers) {
        if (qu.after() && d.han && ls.startsWith(qu.phrase(), p)) {
          postHedge = qu.kind();
          postPhrase = qu.phrase();
          p += qu.phrase().length();
          break;
        }
      }
      // a unit before the number ("$", "magnitude", "百分之")
      FactData.Unit unit = null;
      boolean led = false;
      int start = n.start();
      int end;
      String before = window(n.start());
      for (FactData.Unit u : d.units) {
        if (u.before()) {
          if (before.endsWith(u.phrase()) && wordEndsAt(before, before.length() - u.phrase().length())) {
            unit = u;
            start = n.start() - (n.start() - Math.max(0, n.start() - 30)) + before.length()
                - u.phrase().length();
            break;
          }
        }
      }
      end = p;
      if (unit == null) {
        int[] at = new int[1];
        unit = unitAfter(p, at);
        if (unit != null) {
          end = at[0];
        } else if (countLead(n.start()) && !n.article() && nextIsNotAWord(p)) {
          unit = new FactData.Unit("", "people", "people", 1, false); // "killing 12"
          led = true;
        } else {
          return n.end();
        }
      } else if (n.start() > 0 && Character.isLetter(ls.charAt(n.start() - 1))
          && !ls.substring(0, n.start()).endsWith(unit.phrase())) {
        return n.end();
      }
      if (n.article() && hedgeBefore(start) == null) {
        return n.end(); // "a day of protests" is not a claimed duration; "over a month" is
      }
      if (start < ls.length() && isTaken(start, end)) {
        return n.end();
      }
      if (end < ls.length() && ls.charAt(end) == '/') {
        return end; // a rate ("110 km/h"), not a quantity
      }
      if (n.high() <= 0 || skipBefore(start)
          || unit.kind().equals("people") && n.high() <= 1) { // "one of the men" counts nobody
        return end;
      }
      double factor = unit.factor();
      double low = n.low() * factor;
      double high = n.high() * factor;
      // "2 hours and 40 minutes", "2小时40分钟"
      if (unit.kind().equals("duration")) {
        // a half after the unit: "deux heures et demie", "dos horas y media"
        int half = n.article() ? -1 : halfAt(end);
        if (half > 0) {
          low += 0.5 * factor;
          high += 0.5 * factor;
          end = half;
        }
        int j = skipSpace(end);
        for (String join : d.joins) {
          if (startsWord(j, join)) {
            j = skipSpace(j + join.length());
            break;
          }
        }
        Num more = j < ls.length() ? number(j) : null;
        if (more != null && !more.article()) {
          int[] at = new int[1];
          FactData.Unit u2 = unitAfter(more.end(), at);
          if (u2 != null && u2.kind().equals("duration") && u2.factor() < factor) {
            low += more.low() * u2.factor();
            high += more.high() * u2.factor();
            end = at[0];
          }
        }
        if (factor >= 525600 && n.low() == n.high() && n.low() >= FIRST_YEAR && n.low() <= LAST_YEAR
            && n.low() == Math.rint(n.low())) {
          return end; // a calendar year, not a duration
        }
        if (skipAfter(end) || pointAfter(end) && !spanBefore(start)) {
          return end;
        }
      }
      for (FactData.Qualifier qu : d.qualifiers) {
        if (qu.after() && postHedge.isEmpty()) {
          int j = d.han ? end : skipSpace(end);
          if (startsWord(j, qu.phrase())) {
            postHedge = qu.kind();
            postPhrase = qu.phrase();
            end = j + qu.phrase().length();
            break;
          }
        }
      }
      if (cue(start, end)) {
        take(start, end);
        return end;
      }
      Found f = found(start, end, null);
      f.low = low;
      f.high = high;
      f.unit = unit.unit();
      f.normalized = normalized(unit.kind(), low, high, unit.unit());
      boolean adjectival = end < ls.length() && n.end() < ls.length()
          && ls.charAt(skipSpaceOnly(n.end())) == '-';
      f.attribute = led ? attribute(unit.kind(), 0, start, false) : attribute(unit.kind(), start, end, adjectival);
      if (!postHedge.isEmpty()) {
        f.hedge = postHedge;
        int at = postPhrase.isEmpty() ? -1 : ls.indexOf(postPhrase, n.start());
        f.qualifier = at < 0 ? postHedge : s.substring(at, at + postPhrase.length());
      }
      hedge(f, start);
      take(start, end);
      out.add(f);
      return end;
    }

    /** Whether a word before the value makes it an age ("tiene 31 años", "aged 33"). */
    private boolean skipBefore(int start) {
      String before = window(start);
      for (String sk : d.skipsBefore) {
        if (before.endsWith(sk) && wordEndsAt(before, before.length() - sk.length())) {
          return true;
        }
      }
      return false;
    }

    /** Up to 30 characters before {@code i}, without trailing spaces. */
    private String window(int i) {
      return ls.substring(Math.max(0, i - 30), i).stripTrailing();
    }

    private boolean pointAfter(int end) {
      int j = skipSpace(end);
      for (String sk : d.skipsPoint) {
        if (startsWord(j, sk)) {
          return true;
        }
      }
      return false;
    }

    /** Whether a span word ("for") leads the value, before its hedge. */
    private boolean spanBefore(int start) {
      int p = start;
      FactData.Qualifier q = hedgeBefore(p);
      if (q != null) {
        p = ls.substring(0, p).stripTrailing().length() - q.phrase().length();
      }
      String before = window(p);
      for (String w : d.spans) {
        if (before.endsWith(w) && wordEndsAt(before, before.length() - w.length())) {
          return true;
        }
      }
      return false;
    }

    private boolean skipAfter(int end) {
      int j = end;
      while (j < ls.length() && (ls.charAt(j) == ' ' || ls.charAt(j) == '-')) {
        j++;
      }
      for (String sk : d.skips) {
        if (startsWord(j, sk)) {
          return true;
        }
      }
      return false;
    }

    private FactData.Unit unitAfter(int p, int[] end) {
      int j = p;
      while (j < ls.length() && j - p < 2 && (ls.charAt(j) == ' ' || ls.charAt(j) == '-'
          || ls.charAt(j) == '\u00a0')) {
        j++;
      }
      for (FactData.Unit u : d.units) {
        if (!u.before() && startsWord(j, u.phrase())) {
          end[0] = j + u.phrase().length();
          return u;
        }
      }
      // people nouns, perhaps after a word or two ("two young sons")
      int k = j;
      for (int gap = 0; gap <= PEOPLE_GAP && k < ls.length(); gap++) {
        if (d.han) {
          for (String noun : d.people) {
            if (ls.startsWith(noun, k)) {
              end[0] = k + noun.length();
              return new FactData.Unit(noun, "people", "people", 1, false);
            }
          }
          break;
        }
        int e = k;
        while (e < ls.length() && Character.isLetter(ls.charAt(e))) {
          e++;
        }
        if (e > k && d.peopleSet.contains(ls.substring(k, e))) {
          end[0] = e;
          return new FactData.Unit(ls.substring(k, e), "people", "people", 1, false);
        }
        int w = k;
        while (w < ls.length() && (Character.isLetter(ls.charAt(w)) || ls.charAt(w) == '-')) {
          w++;
        }
        if (w == k || w >= ls.length() || ls.charAt(w) != ' ') {
          break;
        }
        k = w + 1;
      }
      return null;
    }

    private int halfAt(int p) {
      int j = d.han ? p : skipSpace(p);
      for (FactData.NumberWord w : d.halves) {
        if (startsWord(j, w.phrase())) {
          return j + w.phrase().length();
        }
      }
      return -1;
    }

    private int rangeAt(int p) {
      int j = skipSpace(p);
      for (String r : d.ranges) {
        if (startsWord(j, r) || (r.equals("-") && ls.startsWith(r, j))) {
          int k = skipSpace(j + r.length());
          if (k < ls.length() && (Character.isDigit(ls.charAt(k)) || Character.isLetter(ls.charAt(k))
              || Texts.isHan(ls.charAt(k)))) {
            return k;
          }
        }
      }
      return -1;
    }

    // ---- numbers ---------------------------------------------------------------------

    /** The number starting at {@code i}, or null. */
    Num number(int i) {
      if (i >= ls.length()) {
        return null;
      }
      char c = ls.charAt(i);
      if (c >= '0' && c <= '9') {
        Matcher m = DIGITS.matcher(ls).region(i, ls.length());
        if (!m.lookingAt()) {
          return null;
        }
        if (m.end() < ls.length() && Character.isDigit(ls.charAt(m.end()))) {
          return null;
        }
        double v = parseDigits(m.group());
        int end = m.end();
        int j = d.han ? end : skipSpace(end);
        String hedge = "";
        if (d.han) {
          FactData.Qualifier after = postQualifier(j);
          if (after != null && j + after.phrase().length() < ls.length()
              && scaleAt(j + after.phrase().length()) != null) {
            hedge = after.kind();
            j += after.phrase().length();
          }
        }
        // "$281M", "€2bn": a one- or two-letter multiplier glued to an amount of money
        for (FactData.NumberWord w : d.abbreviatedScales) {
          if (ls.startsWith(w.phrase(), end) && startsWord(end, w.phrase()) && moneyBefore(i)) {
            return new Num(i, end + w.phrase().length(), v * w.low(), v * w.low(), false, hedge);
          }
        }
        for (FactData.NumberWord w : d.numbers) {
          if (w.type().equals("scale") && startsWord(j, w.phrase()) && w.low() >= 1000) {
            int e = j + w.phrase().length();
            double total = v * w.low();
            // "37 mil 820": the rest of the number after its multiplier
            int k = skipSpace(e);
            Matcher rest = k > e && k < ls.length() ? DIGITS.matcher(ls).region(k, ls.length()) : null;
            if (rest != null && rest.lookingAt()) {
              double r = parseDigits(rest.group());
              if (r < w.low()) {
                total += r;
                e = rest.end();
              }
            }
            return new Num(i, e, total, total, false, hedge);
          }
        }
        return new Num(i, end, v, v, false);
      }
      if (d.han && han(c)) {
        return zhNumeral(i, ls);
      }
      if (!Character.isLetter(c) || !d.numberInitials.contains(c)) {
        return null;
      }
      int w0 = i;
      while (w0 < ls.length() && Character.isLetter(ls.charAt(w0))) {
        w0++;
      }
      List<FactData.NumberWord> candidates = d.numbersByFirst.get(ls.substring(i, w0));
      if (candidates == null) {
        return null;
      }
      for (FactData.NumberWord w : candidates) {
        boolean phrase = w.type().equals("value") && w.phrase().indexOf(' ') > 0;
        if ((phrase || w.type().equals("vague") || w.type().equals("article")
            || w.type().equals("fraction")) && startsWord(i, w.phrase())) {
          if (w.type().equals("vague") || phrase) {
            return new Num(i, i + w.phrase().length(), w.low(), w.high(), false);
          }
          if (w.type().equals("fraction")) {
            return new Num(i, i + w.phrase().length(), w.low(), w.low(), false);
          }
          // an article counts only before a unit ("an hour"), checked by the caller
          if (wordNumber(i) == null) {
            return new Num(i, i + w.phrase().length(), 1, 1, true);
          }
        }
      }
      return wordNumber(i);
    }

    /** "two hundred and fifty", "forty-five", "zwei". */
    private Num wordNumber(int i) {
      double total = 0;
      double cur = 0;
      int end = -1;
      int j = i;
      boolean any = false;
      while (j < ls.length()) {
        int w = j;
        while (w < ls.length() && Character.isLetter(ls.charAt(w))) {
          w++;
        }
        if (w == j) {
          break;
        }
        String word = ls.substring(j, w);
        FactData.NumberWord nw = word(word);
        if (nw == null) {
          break;
        }
        if (nw.type().equals("scale")) {
          if (!any) {
            break;
          }
          if (nw.low() >= 1000) {
            total += (cur == 0 ? 1 : cur) * nw.low();
            cur = 0;
          } else {
            cur = (cur == 0 ? 1 : cur) * nw.low();
          }
        } else if (nw.type().equals("value")) {
          cur += nw.low();
        } else {
          break;
        }
        any = true;
        end = w;
        // "forty-five"
        if (w < ls.length() - 1 && ls.charAt(w) == '-' && Character.isLetter(ls.charAt(w + 1))) {
          int w2 = w + 1;
          while (w2 < ls.length() && Character.isLetter(ls.charAt(w2))) {
            w2++;
          }
          FactData.NumberWord unit = word(ls.substring(w + 1, w2));
          if (unit != null && unit.type().equals("value") && unit.low() < 10) {
            cur += unit.low();
            end = w2;
            w = w2;
          }
        }
        j = w;
        if (j < ls.length() && ls.charAt(j) == ' ') {
          int k = j + 1;
          FactData.NumberWord nx = k < ls.length() ? wordAt(k) : null;
          if (nx != null && (nx.type().equals("scale") || nx.type().equals("value"))) {
            j = k;
            continue;
          }
        }
        break;
      }
      if (!any || end <= i) {
        return null;
      }
      double v = total + cur;
      return new Num(i, end, v, v, false);
    }

    private FactData.NumberWord wordAt(int k) {
      int w = k;
      while (w < ls.length() && Character.isLetter(ls.charAt(w))) {
        w++;
      }
      return w == k ? null : word(ls.substring(k, w));
    }

    private FactData.NumberWord word(String w) {
      return d.numberWords.get(w);
    }

    /** Chinese numerals: "两", "十二", "四十", "三千五百", "2万", and vague "十几", "数千". */
    Num zhNumeral(int i, String str) {
      for (FactData.NumberWord w : d.numbersByFirst.getOrDefault(str.substring(i, i + 1), List.of())) {
        if (w.type().equals("vague") && str.startsWith(w.phrase(), i)) {
          int e = i + w.phrase().length();
          FactData.NumberWord scale = e < str.length() ? d.numberWords.get(str.substring(e, e + 1)) : null;
          if (scale != null && scale.type().equals("scale") && scale.low() >= 1000) {
            return new Num(i, e + 1, w.low() * scale.low(), w.high() * scale.low(), false);
          }
          return new Num(i, e, w.low(), w.high(), false);
        }
      }
      FactData.NumberWord head = d.numberWords.get(str.substring(i, i + 1));
      if (head != null && head.type().equals("scale") && head.low() > 10) {
        return null; // "万元" after a number that was not read is no number of its own
      }
      double total = 0;
      double section = 0;
      double cur = 0;
      int j = i;
      while (j < str.length()) {
        FactData.NumberWord w = d.numberWords.get(String.valueOf(str.charAt(j)));
        if (w == null) {
          break;
        }
        if (w.type().equals("scale")) {
          if (w.low() >= 10000) {
            total += (section + cur == 0 ? 1 : section + cur) * w.low();
            section = 0;
          } else {
            section += (cur == 0 ? 1 : cur) * w.low();
          }
          cur = 0;
        } else {
          cur = w.low();
        }
        j++;
      }
      if (j == i) {
        return null;
      }
      double v = total + section + cur;
      return new Num(i, j, v, v, false);
    }

    private double parseDigits(String g) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < g.length(); k++) {
        char c = g.charAt(k);
        if (c == d.thousands && k + 4 <= g.length() && g.substring(k + 1).matches("\\d{3}(?:\\D.*)?")) {
          continue;
        }
        b.append(c == d.decimal || c == ',' || c == '.' ? '.' : c);
      }
      String t = b.toString();
      int dot = t.indexOf('.');
      if (dot >= 0 && t.indexOf('.', dot + 1) >= 0) {
        t = t.substring(0, t.lastIndexOf('.')).replace(".", "") + t.substring(t.lastIndexOf('.'));
      }
      return Double.parseDouble(t);
    }

    // ---- hedges, cues, heads ------------------------------------------------------------

    private void hedge(Found f, int start) {
      FactData.Qualifier q = hedgeBefore(start);
      if (q != null && f.hedge.isEmpty()) {
        String before = ls.substring(0, start).stripTrailing();
        int qs = before.length() - q.phrase().length();
        f.hedge = q.kind();
        f.qualifier = s.substring(qs, before.length());
        f.span = new Span(span.start() + qs, f.span.end());
        f.text = s.substring(qs, f.span.end() - span.start());
      }
    }

    private FactData.Qualifier hedgeBefore(int start) {
      String before = window(start);
      for (FactData.Qualifier q : d.qualifiers) {
        if (!q.after() && before.endsWith(q.phrase())
            && wordEndsAt(before, before.length() - q.phrase().length())) {
          return q;
        }
      }
      return null;
    }

    /** Whether an expectation word stands in the value's clause. */
    private boolean cue(int start, int end) {
      int a = start;
      while (a > 0 && !clauseBreak(s.charAt(a - 1))) {
        a--;
      }
      int b = end;
      while (b < s.length() && !clauseBreak(s.charAt(b))) {
        b++;
      }
      // case-sensitive, so the month "May" is not the verb "may"
      String hay = d.han ? ls : s;
      a = Math.max(a, start - CUE_WINDOW);
      b = Math.min(b, end + CUE_WINDOW);
      for (String c : d.cues) {
        int k = hay.indexOf(c, a);
        while (k >= 0 && k + c.length() <= b) {
          if (d.han || wordEndsAt(ls, k) && (k + c.length() >= ls.length()
              || !Character.isLetter(ls.charAt(k + c.length())))) {
            return true;
          }
          k = hay.indexOf(c, k + 1);
        }
      }
      return false;
    }

    private static boolean clauseBreak(char c) {
      return c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '，' || c == '；'
          || c == '：' || c == '。' || c == '(' || c == ')' || c == '（' || c == '）';
    }

    /**
     * The attribute of a value of the kind: for an adjectival value ("a 12-minute news
     * conference") the head right after it, for "three hours of talks" the noun after "of",
     * else the nearest head word in the sentence within {@link #HEAD_WINDOW}.
     */
    FactData.Attribute attribute(String kind, int start, int end, boolean adjectival) {
      if (kind.equals("duration") && lead(start)) {
        return FactData.fallback(kind); // "convened in little over a week": a lead time
      }
      String best = null;
      String subject = null;
      int subjectDist = Integer.MAX_VALUE;
      int bestDist = Integer.MAX_VALUE;
      int after = skipSpace(end);
      if (!d.han && kind.equals("duration") && ls.startsWith("of ", after)) {
        after = after + 3;
        adjectival = true;
      }
      for (FactData.Head h : d.headsByKind.getOrDefault(kind, List.of())) {
        if (adjectival) {
          int k = after;
          for (int gap = 0; gap < 3 && k < ls.length(); gap++) {
            if (s.startsWith(h.phrase(), k) && startsWord(k, h.lower())) {
              return FactData.ATTRIBUTES.get(h.attribute());
            }
            int w = k;
            while (w < ls.length() && Character.isLetter(ls.charAt(w))) {
              w++;
            }
            k = skipSpace(w);
            if (w == k) {
              break;
            }
          }
        }
        String hay = d.han ? ls : s;
        int i = hay.indexOf(h.phrase());
        if (i < 0 && !d.han && s.startsWith(h.capitalized())) {
          i = 0; // a head word opening the sentence
        }
        while (i >= 0) {
          if (d.han || startsWord(i, h.lower())) {
            int dist = i >= end ? i - end : start >= i + h.phrase().length()
                ? start - i - h.phrase().length() : 0;
            if (dist < bestDist || dist == bestDist && best != null && h.attribute().compareTo(best) < 0) {
              bestDist = dist;
              best = h.attribute();
            }
            if (i < start && dist < subjectDist) {
              subjectDist = dist;
              subject = h.attribute();
            }
          }
          i = hay.indexOf(h.phrase(), i + 1);
        }
      }
      if (adjectival && kind.equals("duration")) {
        // an adjectival duration belongs to its own noun: with no head there, it is generic
        String noun = nounAfter(after);
        if (noun != null && !d.people.contains(noun)) {
          return FactData.fallback(kind);
        }
      }
      if (best != null && bestDist <= (kind.equals("people") ? PEOPLE_HEAD_WINDOW : HEAD_WINDOW)) {
        return FactData.ATTRIBUTES.get(best);
      }
      if (kind.equals("duration") && subject != null && subjectDist <= SUBJECT_WINDOW) {
        return FactData.ATTRIBUTES.get(subject);
      }
      return FactData.fallback(kind);
    }

    /** Whether a currency sign or code stands right before {@code i}. */
    private boolean moneyBefore(int i) {
      String before = window(i);
      for (FactData.Unit u : d.units) {
        if (u.before() && u.kind().equals("money") && before.endsWith(u.phrase())) {
          return true;
        }
      }
      return false;
    }

    /** Whether a count-taking phrase ("killing", "a crowd of", "死亡人数升至") stands before. */
    private boolean countLead(int start) {
      if (d.countLeads.isEmpty()) {
        return false;
      }
      if (!d.han) {
        int e = start;
        while (e > 0 && ls.charAt(e - 1) == ' ') {
          e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(ls.charAt(b - 1))) {
          b--;
        }
        if (b == e || !d.leadEnds.contains(ls.substring(b, e))) {
          return false; // neither a count-taking phrase nor a hedge ends right before
        }
      }
      String before = window(start);
      FactData.Qualifier q = hedgeBefore(start);
      if (q != null) {
        before = before.substring(0, before.length() - q.phrase().length()).stripTrailing();
      }
      for (String w : d.countLeads) {
        if (before.endsWith(w) && wordEndsAt(before, before.length() - w.length())) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether the number ends its phrase: punctuation or a stopword follows ("killing 12, ...",
     * "rose to 34 on Sunday"), not a noun ("killed 300 cows").
     */
    private boolean nextIsNotAWord(int p) {
      int j = skipSpace(p);
      if (j >= ls.length() || !Character.isLetter(ls.charAt(j)) || d.han) {
        return true;
      }
      int w = j;
      while (w < ls.length() && Character.isLetter(ls.charAt(w))) {
        w++;
      }
      return news.parallax.text.Stopwords.contains(d.lang, ls.substring(j, w));
    }

    /** Whether a lead-time word ("in", "within") stands before the value and its hedge. */
    private boolean lead(int start) {
      int p = start;
      FactData.Qualifier q = hedgeBefore(p);
      if (q != null) {
        p = ls.substring(0, p).stripTrailing().length() - q.phrase().length();
      }
      String before = window(p);
      for (String w : d.leads) {
        if (before.endsWith(w) && wordEndsAt(before, before.length() - w.length())) {
          return true;
        }
      }
      if (d.han) {
        int e = skipSpace(start);
        for (String w : d.leads) {
          if (ls.startsWith(w, e)) {
            return true;
          }
        }
      }
      return false;
    }

    private String nounAfter(int k) {
      int w = k;
      while (w < ls.length() && Character.isLetter(ls.charAt(w))) {
        w++;
      }
      return w > k ? ls.substring(k, w) : null;
    }

    // ---- helpers ------------------------------------------------------------------------

    private Found found(int start, int end, FactData.Attribute attribute) {
      Found f = new Found();
      f.span = new Span(span.start() + start, span.start() + end);
      f.sentence = span;
      f.attribute = attribute;
      f.text = s.substring(start, end);
      return f;
    }

    private boolean startOfToken(int i) {
      if (i == 0) {
        return true;
      }
      char p = ls.charAt(i - 1);
      char c = ls.charAt(i);
      if (han(c) || han(p)) {
        return true;
      }
      if (Character.isDigit(c)) {
        return !Character.isDigit(p) && p != '.' && p != ',' && p != ':';
      }
      return !Character.isLetterOrDigit(p);
    }

    /** Whether {@code phrase} stands at {@code i} as whole words. */
    private boolean startsWord(int i, String phrase) {
      if (phrase.isEmpty() || i < 0 || !ls.startsWith(phrase, i)) {
        return false;
      }
      if (d.han || !Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1))) {
        return true;
      }
      int e = i + phrase.length();
      return e >= ls.length() || !Character.isLetterOrDigit(ls.charAt(e));
    }

    private static boolean wordEndsAt(String str, int i) {
      return i <= 0 || !Character.isLetterOrDigit(str.charAt(i - 1)) || Texts.isHan(str.charAt(i));
    }

    private int skipSpace(int p) {
      int j = p;
      while (j < ls.length() && Character.isWhitespace(ls.charAt(j))) {
        j++;
      }
      return j;
    }

    private int skipSpaceOnly(int p) {
      int j = skipSpace(p);
      return Math.min(j, ls.length() - 1);
    }

    private boolean isTaken(int a, int b) {
      for (int k = a; k < b && k < taken.length; k++) {
        if (taken[k]) {
          return true;
        }
      }
      return false;
    }

    private void take(int a, int b) {
      for (int k = a; k < b && k < taken.length; k++) {
        taken[k] = true;
      }
    }

    private static String group(Matcher m, String name) {
      try {
        return m.group(name);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }

  }

  private static int hanCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '\u2e80' && han(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Whether the character is Han, quickly for the common Latin text. */
  static boolean han(char c) {
    return c >= '\u2e80' && Texts.isHan(c);
  }

  /** Lower case, character by character, so offsets stay those of the original. */
  static String lower(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  static String normalized(String kind, double low, double high, String unit) {
    String v = low == high ? number(low, kind) : number(low, kind) + "–" + number(high, kind);
    return switch (kind) {
      case "duration" -> low == high ? duration(low) : duration(low) + "–" + duration(high);
      case "money" -> unit + " " + v;
      case "percent" -> v + " %";
      case "distance" -> v + " m";
      case "magnitude" -> "M " + v;
      default -> v + " " + unit;
    };
  }

  private static String number(double v, String kind) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }

  /** "2 h 40 min", "14 d", "3 y". */
  static String duration(double minutes) {
    if (minutes >= 525600 && minutes % 525600 == 0) {
      return (long) (minutes / 525600) + " y";
    }
    if (minutes >= 1440 && minutes % 1440 == 0) {
      return (long) (minutes / 1440) + " d";
    }
    if (minutes < 1) {
      return Math.round(minutes * 60) + " s";
    }
    long m = Math.round(minutes);
    if (m < 60) {
      return m + " min";
    }
    return m % 60 == 0 ? (m / 60) + " h" : (m / 60) + " h " + (m % 60) + " min";
  }
}
