package news.parallax.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import news.parallax.internal.Resources;

/** The fact stage's data files for one language ({@code fact/<lang>/*.txt}), read once. */
final class FactData {
  private static final Map<String, FactData> CACHE = new ConcurrentHashMap<>();
  /**
   * Whether a language has its data files ({@code fact/<lang>/format.txt} and the rest); others
   * are read with the English data (digits and symbols).
   */
  static boolean hasData(String lang) {
    return lang.matches("[a-z]{2,3}")
        && Resources.exists("news/parallax/fact/" + lang + "/format.txt");
  }

  /** Every attribute, by key, in file order. */
  static final Map<String, Attribute> ATTRIBUTES = attributes();

  /** What a value can be about. */
  record Attribute(String key, String kind, boolean event, String label) {}

  /** A number word or phrase: a value, a vague interval, a multiplier or a fraction. */
  record NumberWord(String phrase, double low, double high, String type) {}

  /** A unit word: its kind, normalized unit and factor into that unit. */
  record Unit(String phrase, String kind, String unit, double factor, boolean before) {}

  /** A hedge and the interval convention it selects. */
  record Qualifier(String phrase, String kind, boolean after) {}

  /**
   * A head word tying a value of a kind to an attribute; {@code phrase} is matched with the
   * case it is written in (so "dead" is not "The Grateful Dead"), except at a sentence start.
   */
  record Head(String kind, String attribute, String phrase, String lower, String capitalized) {
    Head(String kind, String attribute, String phrase) {
      this(kind, attribute, phrase, norm(phrase),
          Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1));
    }
  }

  final String lang;
  final boolean han;
  final char decimal;
  final char thousands;
  final List<String> joins = new ArrayList<>();
  final List<String> measures = new ArrayList<>();
  final List<NumberWord> numbers = new ArrayList<>();
  /** Number words and phrases by their first word (first character for Chinese), longest first. */
  final Map<String, List<NumberWord>> numbersByFirst = new java.util.HashMap<>();
  /** Multipliers written as a letter or two after an amount of money ("$281M", "€2bn"). */
  final List<NumberWord> abbreviatedScales = new ArrayList<>();
  /** The "and a half" words. */
  final List<NumberWord> halves = new ArrayList<>();
  /** First characters of the number words, to skip other words quickly. */
  final java.util.Set<Character> numberInitials = new java.util.HashSet<>();
  /** Single number words that compose ("two", "hundred"), by word. */
  final Map<String, NumberWord> numberWords = new java.util.HashMap<>();
  final List<String> ranges = new ArrayList<>();
  final List<Qualifier> qualifiers = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();
  final List<String> people = new ArrayList<>();
  /** The same, for lookup of a whole word. */
  final java.util.Set<String> peopleSet = new java.util.HashSet<>();
  /** Phrases that make the bare number after them a count of people ("killing 12", "crowd of"). */
  final List<String> countLeads = new ArrayList<>();
  /** Last words of the count-taking phrases and of the hedges, to rule them out quickly. */
  final java.util.Set<String> leadEnds = new java.util.HashSet<>();
  final List<Head> heads = new ArrayList<>();
  /** The head words by kind. */
  final Map<String, List<Head>> headsByKind = new java.util.HashMap<>();
  final List<String> cues = new ArrayList<>();
  /** Words before a duration (after it, in Chinese) that make it a lead time, not a length. */
  final List<String> leads = new ArrayList<>();
  final List<String> skips = new ArrayList<>();
  final List<String> skipsBefore = new ArrayList<>();
  /** Words after a duration that make it a point in time unless a {@code spans} word leads it. */
  final List<String> skipsPoint = new ArrayList<>();
  /** Words before a duration that make it a span whatever follows ("for 12 hours before"). */
  final List<String> spans = new ArrayList<>();
  /** "the first ... since 2022" with a named group year, or null. */
  final Pattern since;
  /** "the second time", "第三次" with a named group n, or null. */
  final Pattern ordinal;
  final Map<String, Integer> months = new LinkedHashMap<>();
  final Map<String, Integer> ordinals = new LinkedHashMap<>();
  final List<String> ordinalEvents = new ArrayList<>();
  final List<String> sinceWords = new ArrayList<>();
  /** Zone word to offset in minutes; null for "local time". */
  final Map<String, Integer> zones = new LinkedHashMap<>();
  final Map<String, Integer> clock = new LinkedHashMap<>();
  /** Dates and times are matched against the lower-cased sentence. */
  final List<Pattern> dates = new ArrayList<>();
  final List<Pattern> times = new ArrayList<>();

  static FactData of(String lang) {
    FactData known = CACHE.get(lang);
    if (known != null) {
      return known;
    }
    FactData d = CACHE.computeIfAbsent(hasData(lang) ? lang : "en", FactData::new);
    CACHE.putIfAbsent(lang, d);
    return d;
  }

  /** The attribute a value of the kind falls back to: the kind's first generic one, else its first. */
  static Attribute fallback(String kind) {
    Attribute first = null;
    for (Attribute a : ATTRIBUTES.values()) {
      if (a.kind().equals(kind)) {
        if (!a.event()) {
          return a;
        }
        first = first == null ? a : first;
      }
    }
    if (first == null) {
      throw new IllegalStateException("fact/attributes.txt has no attribute of kind " + kind);
    }
    return first;
  }

  private FactData(String lang) {
    this.lang = lang;
    this.han = lang.equals("zh");
    Map<String, String> format = new LinkedHashMap<>();
    for (String[] f : rows(lang, "format.txt", 2)) {
      if (f[0].equals("join")) {
        joins.add(f[1]);
      } else if (f[0].equals("measure")) {
        measures.add(f[1]);
      } else {
        format.put(f[0], f[1]);
      }
    }
    decimal = format.getOrDefault("decimal", ".").charAt(0);
    thousands = format.getOrDefault("thousands", ",").charAt(0);
    for (String[] f : rows(lang, "numbers.txt", 2)) {
      double low = Double.parseDouble(f[1]);
      String type = "value";
      double high = low;
      if (f.length > 2) {
        if (Character.isDigit(f[2].charAt(0))) {
          high = Double.parseDouble(f[2]);
          type = "vague";
        } else {
          type = f[2];
        }
      }
      numbers.add(new NumberWord(norm(f[0]), low, high, type));
    }
    numbers.sort(Comparator.comparingInt((NumberWord n) -> n.phrase().length()).reversed());
    for (NumberWord n : numbers) {
      String first = han ? n.phrase().substring(0, 1) : n.phrase().split("[ -]")[0];
      numbersByFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(n);
      numberInitials.add(n.phrase().charAt(0));
      if (n.type().equals("half")) {
        halves.add(n);
      } else if (n.type().equals("abbreviation")) {
        abbreviatedScales.add(n);
      }
      if ((n.type().equals("value") || n.type().equals("scale")) && !n.phrase().contains(" ")) {
        numberWords.putIfAbsent(n.phrase(), n);
      }
    }
    for (String[] f : rows(lang, "ranges.txt", 1)) {
      ranges.add(norm(f[0]));
    }
    for (String[] f : rows(lang, "qualifiers.txt", 3)) {
      qualifiers.add(new Qualifier(norm(f[0]), f[1], f[2].equals("after")));
    }
    qualifiers.sort(Comparator.comparingInt((Qualifier q) -> q.phrase().length()).reversed());
    for (String[] f : rows(lang, "units.txt", 4)) {
      units.add(new Unit(norm(f[0]), f[1], f[2], Double.parseDouble(f[3]),
          f.length > 4 && f[4].equals("before")));
    }
    units.sort(Comparator.comparingInt((Unit u) -> u.phrase().length()).reversed());
    for (String[] f : rows(lang, "people.txt", 1)) {
      people.add(norm(f[0]));
      peopleSet.add(norm(f[0]));
    }
    for (String[] f : rows(lang, "counts.txt", 1)) {
      countLeads.add(norm(f[0]));
    }
    countLeads.sort(Comparator.comparingInt(String::length).reversed());
    for (String w : countLeads) {
      leadEnds.add(w.substring(w.lastIndexOf(' ') + 1));
    }
    for (String[] f : rows(lang, "qualifiers.txt", 3)) {
      leadEnds.add(norm(f[0]).substring(norm(f[0]).lastIndexOf(' ') + 1));
    }
    for (String[] f : rows(lang, "heads.txt", 3)) {
      if (!ATTRIBUTES.containsKey(f[1])) {
        throw new IllegalStateException("fact/" + lang + "/heads.txt: unknown attribute " + f[1]);
      }
      Head h = new Head(f[0], f[1], f[2]);
      heads.add(h);
      headsByKind.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h);
    }
    for (String[] f : rows(lang, "leads.txt", 1)) {
      leads.add(norm(f[0]));
    }
    for (String[] f : rows(lang, "cues.txt", 1)) {
      cues.add(norm(f[0]));
    }
    for (String[] f : rows(lang, "skips.txt", 1)) {
      String kind = f.length > 1 ? f[1] : "";
      (switch (kind) {
        case "before" -> skipsBefore;
        case "point" -> skipsPoint;
        case "span" -> spans;
        default -> skips;
      }).add(norm(f[0]));
    }
    for (String[] f : rows(lang, "months.txt", 2)) {
      months.put(norm(f[0]), Integer.parseInt(f[1]));
    }
    for (String[] f : rows(lang, "ordinals.txt", 2)) {
      switch (f[0]) {
        case "event" -> ordinalEvents.add(norm(f[1]));
        case "since" -> sinceWords.add(norm(f[1]));
        default -> ordinals.put(norm(f[0]), Integer.parseInt(f[1]));
      }
    }
    for (String[] f : rows(lang, "zones.txt", 2)) {
      zones.put(norm(f[0]), f[1].equals("local") ? null : Integer.parseInt(f[1]));
    }
    for (String[] f : rows(lang, "clock.txt", 2)) {
      clock.put(norm(f[0]), Integer.parseInt(f[1]));
    }
    List<String> firsts = new ArrayList<>();
    ordinals.forEach((w, v) -> {
      if (v == 1) {
        firsts.add(w);
      }
    });
    if (sinceWords.isEmpty()) {
      since = null;
    } else if (han) {
      since = Pattern.compile("(?<year>\\d{4})年[^。；]{0,40}?" + alternation(sinceWords)
          + "[^。；]{0,10}?(?:首次|第一次)");
    } else if (firsts.isEmpty()) {
      since = null;
    } else {
      since = Pattern.compile("(?<![\\p{L}])" + alternation(firsts)
          + "(?!\\p{L})[^.;]{0,120}?(?<!\\p{L})" + alternation(sinceWords)
          + "(?!\\p{L})[^.;]{0,60}?(?<!\\d)(?<year>\\d{4})(?!\\d)");
    }
    if (ordinalEvents.isEmpty()) {
      ordinal = null;
    } else if (han) {
      ordinal = Pattern.compile("第(?<n>\\d{1,3}|[一二三四五六七八九十]{1,3})" + alternation(ordinalEvents));
    } else {
      ordinal = Pattern.compile("(?<![\\p{L}\\d])(?<n>" + alternation(ordinals.keySet())
          + "|\\d{1,3}(?:st|nd|rd|th|\\.))\\s+(?:[\\p{L}-]+\\s+){0,2}?"
          + alternation(ordinalEvents) + "(?!\\p{L})");
    }
    String monthAlt = alternation(months.keySet());
    for (String l : Resources.lines("fact", lang, "dates.txt")) {
      dates.add(Pattern.compile(l.replace("{MONTHS}", monthAlt)));
    }
    String zoneAlt = alternation(zones.keySet());
    String clockAlt = alternation(clock.keySet());
    for (String l : Resources.lines("fact", lang, "times.txt")) {
      times.add(Pattern.compile(l.replace("{ZONES}", zoneAlt).replace("{CLOCK}", clockAlt)));
    }
  }

  /** Lower case, as the sentence is matched. */
  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static String alternation(java.util.Collection<String> words) {
    if (words.isEmpty()) {
      return "(?!)";
    }
    return words.stream().sorted(Comparator.comparingInt(String::length).reversed()
        .thenComparing(Comparator.naturalOrder())).map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  private static List<String[]> rows(String lang, String file, int minFields) {
    List<String[]> out = new ArrayList<>();
    for (String l : Resources.lines("fact", lang, file)) {
      String[] f = l.split("\t");
      if (f.length < minFields) {
        throw new IllegalStateException("fact/" + lang + "/" + file + ": expected " + minFields
            + " tab-separated fields in \"" + l + "\"");
      }
      out.add(f);
    }
    return out;
  }

  private static Map<String, Attribute> attributes() {
    Map<String, Attribute> out = new LinkedHashMap<>();
    for (String l : Resources.lines("news/parallax/fact/attributes.txt")) {
      String[] f = l.split("\t");
      out.put(f[0], new Attribute(f[0], f[1], f[2].equals("event"), f[3]));
    }
    return out;
  }
}
