package news.parallax.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import news.parallax.internal.Resources;

/**
 * The attribution vocabulary of one language, read from {@code quote/<lang>/*.txt}: cues, cue
 * participles, source prefixes ("according to"), pronouns, determiners, role nouns, words
 * allowed between speaker and cue, complementizers and abbreviations.
 */
final class CueWords {
  private static final Map<String, CueWords> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, CueWords> BY_LANGUAGE = new ConcurrentHashMap<>();

  final String lang;
  /** Cues, each split in lower-case words, longest first. */
  final List<List<String>> verbs;
  final List<List<String>> participles;
  /** Verbs of stance ("called for", "shows") that attribute reported content only. */
  final List<List<String>> stance;
  final List<List<String>> prefixes;
  final Set<String> singular = new HashSet<>();
  final Set<String> plural = new HashSet<>();
  final Set<String> definite = new HashSet<>();
  final Set<String> indefinite = new HashSet<>();
  final Set<String> roles = new HashSet<>();
  /** Role nouns that stand for whichever title the text gave a person ("the leader"). */
  final Set<String> genericRoles = new HashSet<>();
  final Set<String> skip;
  final Set<String> links;
  final Set<String> coordinators;
  final Set<String> complementizers;
  final Set<String> abbreviations;
  /** Particles that dictionary renderings end with and running text may drop (Chinese "的"). */
  final Set<String> particles;
  /** Words that open and close the setting between a speaker and the cue ("在……时说"). */
  final Set<String> frameOpeners = new HashSet<>();
  final Set<String> frameClosers = new HashSet<>();
  /** Weekdays, months and day words, which never speak ({@code calendar.txt}). */
  final Set<String> calendar;
  /** Words that open a clause but are never its subject ({@code openers.txt}: "Ähnlich", "Gegenüber"). */
  final Set<String> openers;
  /**
   * Word order ({@code order.txt}): the finite verb stands second and the subject after it
   * when something else opens the clause ("verb-second").
   */
  final boolean verbSecond;
  /** Prepositions, whose phrase is never a subject ({@code prepositions.txt}). */
  final Set<String> prepositions;
  /** Conjunctions that open a subordinate clause ({@code subordinators.txt}). */
  final Set<String> subordinators;
  /** Conjunctions that join clauses and stand before the first constituent ({@code conjunctions.txt}). */
  final Set<String> conjunctions;
  /** Words opening a noun phrase that may be a subject ({@code articles.txt}, "nominative"). */
  final Set<String> subjectArticles = new HashSet<>();
  /** Words opening a noun phrase that is never a subject ({@code articles.txt}, "oblique"). */
  final Set<String> objectArticles = new HashSet<>();
  /** Verb forms that mark reported speech, continuing the last speaker ({@code reported.txt}). */
  final Set<String> reported;
  /** Nouns are capitalised, so a capitalised word is a name only where a person or organisation is recognised. */
  final boolean nounsCapitalised;
  /**
   * Words quoted inside reported speech are the speaker's own and a direct quote of their own
   * ("nannte die Zahlen „aus der Luft gegriffen“"), as well as part of the reported content
   * ({@code order.txt}: "partial-quotes").
   */
  final boolean partialQuotes;

  private CueWords(String lang) {
    this.lang = lang;
    verbs = phrases(lang, "verbs.txt");
    participles = phrases(lang, "participles.txt");
    stance = phrases(lang, "stance.txt");
    prefixes = phrases(lang, "prefixes.txt");
    for (String line : Resources.lines("quote", lang, "pronouns.txt")) {
      String[] f = line.split("\t");
      (f.length > 1 && f[1].equals("plural") ? plural : singular).add(lower(f[0]));
    }
    for (String line : Resources.lines("quote", lang, "determiners.txt")) {
      String[] f = line.split("\t");
      (f.length > 1 && f[1].equals("indefinite") ? indefinite : definite).add(lower(f[0]));
    }
    for (String line : Resources.lines("quote", lang, "roles.txt")) {
      String[] f = line.split("\t");
      roles.add(lower(f[0]));
      if (f.length > 1 && f[1].equals("generic")) {
        genericRoles.add(lower(f[0]));
      }
    }
    skip = set(lang, "skip.txt");
    links = set(lang, "links.txt");
    coordinators = set(lang, "coordinators.txt");
    complementizers = set(lang, "complementizers.txt");
    abbreviations = set(lang, "abbreviations.txt");
    particles = set(lang, "particles.txt");
    calendar = set(lang, "calendar.txt");
    openers = set(lang, "openers.txt");
    prepositions = set(lang, "prepositions.txt");
    subordinators = set(lang, "subordinators.txt");
    conjunctions = set(lang, "conjunctions.txt");
    reported = set(lang, "reported.txt");
    for (String line : Resources.lines("quote", lang, "articles.txt")) {
      String[] f = line.split("\t");
      (f.length > 1 && f[1].equals("oblique") ? objectArticles : subjectArticles).add(lower(f[0]));
    }
    Set<String> order = set(lang, "order.txt");
    verbSecond = order.contains("verb-second");
    nounsCapitalised = order.contains("nouns-capitalised");
    partialQuotes = order.contains("partial-quotes");
    for (String line : Resources.lines("quote", lang, "frames.txt")) {
      String[] f = line.split("\t");
      (f.length > 1 && f[1].equals("close") ? frameClosers : frameOpeners).add(f[0]);
    }
  }

  /** The vocabulary of a language; languages without data files use English. */
  static CueWords of(String lang) {
    if (lang == null) {
      return CACHE.computeIfAbsent("en", CueWords::new);
    }
    // looked up once a language: grouping asks for every pair of quotes
    return BY_LANGUAGE.computeIfAbsent(lang, l -> CACHE.computeIfAbsent(
        Resources.exists("news/parallax/quote/" + l + "/verbs.txt") ? l : "en", CueWords::new));
  }

  boolean chinese() {
    return lang.equals("zh");
  }

  boolean pronoun(String w) {
    String l = lower(w);
    return singular.contains(l) || plural.contains(l);
  }

  boolean determiner(String w) {
    String l = lower(w);
    return definite.contains(l) || indefinite.contains(l);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static Set<String> set(String lang, String file) {
    Set<String> out = new HashSet<>();
    for (String line : Resources.lines("quote", lang, file)) {
      out.add(lower(line));
    }
    return Set.copyOf(out);
  }

  private static List<List<String>> phrases(String lang, String file) {
    List<List<String>> out = new ArrayList<>();
    Map<String, Boolean> seen = new HashMap<>();
    for (String line : Resources.lines("quote", lang, file)) {
      String l = lower(line);
      if (seen.put(l, true) == null) {
        out.add(List.of(l.split("\\s+")));
      }
    }
    out.sort(Comparator.<List<String>>comparingInt(List::size).reversed()
        .thenComparing(p -> -String.join(" ", p).length()).thenComparing(p -> String.join(" ", p)));
    return List.copyOf(out);
  }
}
