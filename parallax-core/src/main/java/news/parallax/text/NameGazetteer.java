package news.parallax.text;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import news.parallax.internal.Texts;
import news.parallax.model.EntityType;

/**
 * Names of people and places with their renderings in several languages, from two published
 * sources: CLDR (through ICU4J: country and territory names, and the exemplar cities of the
 * time zones, in English, Chinese, German, French and Spanish) and ECDICT (entries it marks as
 * a person's name, surname, given name or place name, with their Chinese renderings). It also
 * knows, from ECDICT, how strongly each Han character signals a transliterated foreign name.
 *
 * <pre>{@code
 * NameGazetteer.get().chinese("anchorage"); // [安克雷奇]
 * }</pre>
 */
public final class NameGazetteer {
  /** The languages whose CLDR place names are loaded. */
  static final List<ULocale> CLDR_LOCALES = List.of(ULocale.ENGLISH, ULocale.GERMAN, ULocale.FRENCH,
      new ULocale("es"), ULocale.SIMPLIFIED_CHINESE);
  /**
   * Characters seen fewer times than this in ECDICT's name renderings get no transliteration
   * score; calibrated on the ECDICT name list, where rare characters are mostly noise.
   */
  static final int MIN_NAME_CHAR_COUNT = 20;

  /**
   * One known name.
   *
   * @param type person or place, or other when the sources say both
   * @param source "cldr-territory", "cldr-city" or "ecdict"
   */
  public record Known(EntityType type, String source) {
    /** One shared instance per type and source: the gazetteer holds some 80,000 of them. */
    private static final Map<Known, Known> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    static Known of(EntityType type, String source) {
      return SHARED.computeIfAbsent(new Known(type, source), k -> k);
    }
  }

  private static volatile NameGazetteer instance;

  final Map<String, Known> latin;
  final Map<String, Known> han;
  final Map<String, List<String>> latinToHan;
  final Map<String, List<String>> hanToLatin;
  final Set<String> givenNames;
  final Map<String, String> givenGenders;
  final Map<Character, Double> transliteration;

  NameGazetteer(Map<String, Known> latin, Map<String, Known> han, Map<String, List<String>> latinToHan,
      Map<String, List<String>> hanToLatin, Set<String> givenNames, Map<String, String> givenGenders,
      Map<Character, Double> transliteration) {
    this.latin = latin;
    this.han = han;
    this.latinToHan = latinToHan;
    this.hanToLatin = hanToLatin;
    this.givenNames = givenNames;
    this.givenGenders = givenGenders;
    this.transliteration = transliteration;
  }

  /** Builds the gazetteer from CLDR and the dictionary (about 1 s of CPU after the dictionary). */
  static NameGazetteer build(Bilingual dictionary) {
    Map<String, Known> latinTypes = new HashMap<>();
    Map<String, Known> hanTypes = new HashMap<>();
    Map<String, List<String>> l2h = new HashMap<>();
    Map<String, List<String>> h2l = new HashMap<>();
    Set<String> given = new HashSet<>();
    Map<String, String> genders = new HashMap<>();
    // 1. CLDR territories and exemplar cities: the most reliable place names
    com.ibm.icu.text.LocaleDisplayNames shortNames = com.ibm.icu.text.LocaleDisplayNames.getInstance(
        ULocale.ENGLISH, com.ibm.icu.text.DisplayContext.LENGTH_SHORT);
    for (String region : ULocale.getISOCountries()) {
      ULocale r = new ULocale("", region);
      addPlace(r.getDisplayCountry(ULocale.ENGLISH), r.getDisplayCountry(ULocale.SIMPLIFIED_CHINESE),
          "cldr-territory", latinTypes, hanTypes, l2h, h2l);
      String shortName = shortNames.regionDisplayName(region);
      if (shortName != null && !shortName.equals(r.getDisplayCountry(ULocale.ENGLISH))) {
        // CLDR's short forms: "US", "UK", "Hong Kong"
        addPlace(shortName, r.getDisplayCountry(ULocale.SIMPLIFIED_CHINESE), "cldr-territory", latinTypes,
            hanTypes, l2h, h2l);
      }
      for (ULocale loc : CLDR_LOCALES) {
        String n = r.getDisplayCountry(loc);
        if (Texts.hanCount(n) == 0 && !n.equals(region)) {
          latinTypes.putIfAbsent(lower(n), Known.of(EntityType.PLACE, "cldr-territory"));
        }
      }
    }
    Map<ULocale, TimeZoneNames> zoneNames = new HashMap<>();
    for (ULocale loc : CLDR_LOCALES) {
      zoneNames.put(loc, TimeZoneNames.getInstance(loc));
    }
    for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
      String en = zoneNames.get(ULocale.ENGLISH).getExemplarLocationName(zone);
      String zh = zoneNames.get(ULocale.SIMPLIFIED_CHINESE).getExemplarLocationName(zone);
      if (en == null) {
        continue;
      }
      addPlace(en, zh, "cldr-city", latinTypes, hanTypes, l2h, h2l);
      for (ULocale loc : CLDR_LOCALES) {
        String n = zoneNames.get(loc).getExemplarLocationName(zone);
        if (n != null && Texts.hanCount(n) == 0) {
          latinTypes.putIfAbsent(lower(n), Known.of(EntityType.PLACE, "cldr-city"));
        }
      }
    }
    // 2. ECDICT's marked names
    Map<Character, int[]> nameChars = new HashMap<>();
    int nameTotal = 0;
    for (Bilingual.Name n : dictionary.names()) {
      EntityType type = n.organization() ? EntityType.ORGANIZATION
          : n.place() == n.person() ? EntityType.OTHER
          : n.place() ? EntityType.PLACE : EntityType.PERSON;
      latinTypes.putIfAbsent(n.english(), Known.of(type, "ecdict"));
      if (n.given()) {
        given.add(n.english());
        if (!n.gender().isEmpty()) {
          String before = genders.putIfAbsent(n.english(), n.gender());
          if (before != null && !before.equals(n.gender())) {
            genders.put(n.english(), ""); // entries disagree (Jean): unknown
          }
        }
      }
      for (String zh : n.chinese()) {
        hanTypes.putIfAbsent(zh, Known.of(type, "ecdict"));
        addUnique(l2h, n.english(), zh);
        addUnique(h2l, zh, n.english());
        for (int i = 0; i < zh.length(); i++) {
          if (Texts.isHan(zh.charAt(i))) {
            nameChars.computeIfAbsent(zh.charAt(i), k -> new int[1])[0]++;
            nameTotal++;
          }
        }
      }
    }
    // 3. how much more often a character occurs in name renderings than in ordinary translations
    Map<Character, int[]> wordChars = new HashMap<>();
    int wordTotal = dictionary.countTermCharacters(wordChars);
    Map<Character, Double> score = new HashMap<>();
    for (Map.Entry<Character, int[]> e : nameChars.entrySet()) {
      int inNames = e.getValue()[0];
      if (inNames < MIN_NAME_CHAR_COUNT) {
        continue;
      }
      double pn = inNames / (double) nameTotal;
      int[] w = wordChars.get(e.getKey());
      double pw = w == null ? 0 : w[0] / (double) Math.max(1, wordTotal);
      score.put(e.getKey(), pn / (pn + pw));
    }
    Map<String, String> known = new HashMap<>();
    genders.forEach((k, v) -> {
      if (!v.isEmpty()) {
        known.put(k, v);
      }
    });
    return new NameGazetteer(Map.copyOf(latinTypes), Map.copyOf(hanTypes), freeze(l2h), freeze(h2l),
        Set.copyOf(given), Map.copyOf(known), Map.copyOf(score));
  }

  /**
   * The gazetteer, loading it on first use from the compact table the build packs
   * ({@link TextTables}), or else building it from CLDR and the zh↔en dictionary.
   */
  public static NameGazetteer get() {
    if (instance == null) {
      synchronized (NameGazetteer.class) {
        if (instance == null) {
          NameGazetteer packed = TextTables.readGazetteer();
          instance = packed != null ? packed : build(Bilingual.get());
        }
      }
    }
    return instance;
  }

  /** What a Latin-script name (any case) is known as, or null. */
  public Known latin(String name) {
    return latin.get(lower(name));
  }

  /** What a Chinese name is known as, or null. */
  public Known chineseName(String name) {
    return han.get(name);
  }

  /** Whether the word is a given name ("Vladimir", "Lindsay"). */
  public boolean isGivenName(String word) {
    return givenNames.contains(lower(word));
  }

  /**
   * The gender ECDICT gives a given name: "m" ("Vladimir"), "f" ("Jane"), or "" when it gives
   * none or both.
   */
  public String genderOf(String givenName) {
    return givenGenders.getOrDefault(lower(givenName), "");
  }

  /** The Chinese renderings of a Latin-script name. */
  public List<String> chinese(String name) {
    return latinToHan.getOrDefault(lower(name), List.of());
  }

  /** The Latin-script names (lower case) a Chinese name renders. */
  public List<String> latinOf(String chinese) {
    return hanToLatin.getOrDefault(chinese, List.of());
  }

  /**
   * How strongly a Han character signals a transliterated name, in [0, 1]: its share of ECDICT's
   * name renderings against its share of ordinary translations (0 when rarely seen in names).
   */
  public double transliterationScore(char c) {
    return transliteration.getOrDefault(c, 0.0);
  }

  /** The Chinese names of at least {@code minLength} characters with their types, sorted. */
  public Map<String, Known> chineseNames(int minLength) {
    Map<String, Known> out = new TreeMap<>();
    han.forEach((k, v) -> {
      if (k.length() >= minLength) {
        out.put(k, v);
      }
    });
    return out;
  }

  private static void addPlace(String en, String zh, String source, Map<String, Known> latinTypes,
      Map<String, Known> hanTypes, Map<String, List<String>> l2h, Map<String, List<String>> h2l) {
    Known k = Known.of(EntityType.PLACE, source);
    latinTypes.put(lower(en), k);
    if (zh != null && Texts.hanCount(zh) == zh.length()) {
      hanTypes.put(zh, k);
      addUnique(l2h, lower(en), zh);
      addUnique(h2l, zh, lower(en));
    }
  }

  private static void addUnique(Map<String, List<String>> m, String k, String v) {
    List<String> l = m.computeIfAbsent(k, x -> new ArrayList<>(2));
    if (!l.contains(v)) {
      l.add(v);
    }
  }

  private static Map<String, List<String>> freeze(Map<String, List<String>> m) {
    Map<String, List<String>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
