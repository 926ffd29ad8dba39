package news.parallax.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import news.parallax.internal.Texts;
import news.parallax.model.Article;
import news.parallax.model.EntityType;
import news.parallax.model.Mention;
import news.parallax.model.Sentence;
import news.parallax.model.Token;

/**
 * Recognizes mentions sentence by sentence ({@link LatinMentions}, {@link HanMentions}) and
 * resolves them within the article:
 *
 * <ol>
 *   <li>a name that is the last words of a longer person name ("Putin" for "Vladimir Putin"),
 *       the initials of an organisation's name, or the last part of a Chinese name after "·",
 *       takes that name's key (nearest one before it, else the first after it);
 *   <li>every key gets the type most of its mentions vote for (a title, gazetteer or typing
 *       word counts {@link #STRONG_VOTE} times);
 *   <li>a pronoun takes the most recent person named at most {@link #MAX_PRONOUN_GAP} sentences
 *       before it; "who" takes the name it follows;
 *   <li>a definite singular description ("the Russian leader", "该官员") takes the most recent
 *       person whose attributes hold its head (or, for a generic head such as "leader", any
 *       title) and all its capitalised or place modifiers; otherwise it stays unresolved.
 * </ol>
 */
final class RuleEntityRecognizer implements EntityRecognizer {
  /** A mention whose type rests on evidence outvotes this many shape-only guesses. */
  static final int STRONG_VOTE = 3;
  /**
   * A pronoun looks this many sentences back for its person; calibrated on the seed articles and
   * the ECB+ documents, where news prose rarely lets "he" run further from the name.
   */
  static final int MAX_PRONOUN_GAP = 2;
  /**
   * A Chinese name HanLP guessed from characters alone (not in its dictionaries, no title next
   * to it) is kept only when the article repeats it at least this often.
   */
  static final int MIN_GUESSED_NAME_COUNT = 2;

  /** Gendered pronouns, titles and nouns (English and Chinese): word to "m" or "f". */
  private static final Map<String, String> GENDERED = genderedWords();
  /** Titles of heads of state or government, English and Chinese (leader-titles.txt). */
  private static final List<List<String>> LEADER_TITLES = leaderTitles();
  private static final Set<String> PLACE_WORDS = Lexicon.words("en", "place-words.txt");
  private static final Set<String> ORG_WORDS = Lexicon.words("en", "org-words.txt");
  /** Endings of nationality and place adjectives ("russian", "chinese"): en/demonym-endings.txt. */
  private static final Set<String> DEMONYM_ENDINGS = Lexicon.words("en", "demonym-endings.txt");

  private final Map<String, LatinMentions> latin = new java.util.concurrent.ConcurrentHashMap<>();
  private final HanMentions han = new HanMentions();

  @Override
  public List<Mention> recognize(Article article, List<Sentence> sentences) {
    return mentions(resolve(candidates(article, sentences)));
  }

  /** The rules' mentions of the article with the features a {@link MentionModel} reads. */
  List<MentionModel.Featured> featured(Article article, List<Sentence> sentences) {
    return MentionFeatures.of(resolve(candidates(article, sentences)), sentences);
  }

  /** The candidates of every sentence, in text order. */
  private List<Candidate> candidates(Article article, List<Sentence> sentences) {
    String text = article.text();
    String lang = article.language() == null || article.language().equals("und") ? "en" : article.language();
    List<Candidate> candidates = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      List<Token> tokens = sentence.tokens();
      if (tokens.isEmpty()) {
        continue;
      }
      if (isHan(tokens)) {
        han.find(text, tokens, s, candidates);
      } else {
        latin.computeIfAbsent(lang.equals("zh") ? "en" : lang, LatinMentions::new)
            .find(text, tokens, s, candidates);
      }
    }
    addOpeningSurnames(sentences, candidates);
    candidates.sort(Comparator.comparing(Candidate::span));
    return candidates;
  }

  /** A candidate and the mention it resolved to. */
  record Resolved(Candidate candidate, Mention mention) {}

  private static List<Mention> mentions(List<Resolved> resolved) {
    List<Mention> out = new ArrayList<>(resolved.size());
    for (Resolved r : resolved) {
      out.add(r.mention());
    }
    return out;
  }

  /**
   * A sentence that opens with the surname of a person named in full elsewhere in the article
   * ("Luck calmly led the Colts" after "Andrew Luck") names that person, though the word on its
   * own is an ordinary one the sentence-level pass leaves out at a sentence start.
   */
  private static void addOpeningSurnames(List<Sentence> sentences, List<Candidate> candidates) {
    Set<String> surnames = new HashSet<>();
    for (Candidate c : candidates) {
      List<String> words = withoutSuffix(c.name());
      if (c.kind() == Candidate.Kind.NAME && c.type() == EntityType.PERSON && words.size() >= 2
          && Texts.hanCount(c.text()) == 0) {
        surnames.add(words.get(words.size() - 1));
      }
    }
    if (surnames.isEmpty()) {
      return;
    }
    Set<Integer> covered = new HashSet<>();
    for (Candidate c : candidates) {
      covered.add(c.span().start());
    }
    List<Candidate> added = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      List<Token> tokens = sentences.get(s).tokens();
      int first = 0;
      while (first < tokens.size() && !Character.isLetter(tokens.get(first).text().codePointAt(0))) {
        first++;
      }
      if (first >= tokens.size()) {
        continue;
      }
      Token t = tokens.get(first);
      boolean alone = first + 1 >= tokens.size() || !Character.isUpperCase(tokens.get(first + 1).text().codePointAt(0));
      if (surnames.contains(t.text()) && alone && !covered.contains(t.span().start())) {
        added.add(new Candidate(t.span(), t.text(), EntityType.OTHER, Candidate.Kind.NAME, s, List.of(t.text()),
            Set.of(), false, false, false));
      }
    }
    candidates.addAll(added);
  }

  private static boolean isHan(List<Token> tokens) {
    int han = 0;
    int letters = 0;
    for (Token t : tokens) {
      int h = Texts.hanCount(t.text());
      han += h;
      letters += h > 0 ? h : Character.isLetter(t.text().codePointAt(0)) ? t.text().length() : 0;
    }
    return han * 2 > letters;
  }

  /** Resolves candidates (in text order) to mentions with article-local keys. */
  static List<Resolved> resolve(List<Candidate> candidates) {
    int n = candidates.size();
    String[] keys = new String[n];
    boolean[] shortened = new boolean[n];
    boolean[] shortForm = new boolean[n];
    // 1. names: their own words, or the longer name they abbreviate
    TreeMap<String, List<Integer>> byLastWord = new TreeMap<>();
    Map<String, List<Integer>> byInitials = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      if (c.kind() != Candidate.Kind.NAME) {
        continue;
      }
      keys[i] = nameKey(c);
      List<String> words = withoutSuffix(parts(c));
      if (words.size() >= 2 && c.type() != EntityType.PLACE && c.type() != EntityType.ORGANIZATION) {
        byLastWord.computeIfAbsent(lower(words.get(words.size() - 1)), k -> new ArrayList<>()).add(i);
      }
      if (words.size() >= 2 && (c.type() == EntityType.ORGANIZATION || c.type() == EntityType.PLACE)) {
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
          if (Character.isUpperCase(w.codePointAt(0))) {
            initials.append(w.charAt(0));
          }
        }
        if (initials.length() >= 2) {
          byInitials.computeIfAbsent(initials.toString(), k -> new ArrayList<>()).add(i);
        }
      }
    }
    // the first longer person name ending with a shorter name's words ("J. D. Vance" for "D. Vance")
    Map<List<String>, Integer> longerTails = new HashMap<>();
    byLastWord.values().forEach(same -> {
      for (int j : same) {
        List<String> longer = withoutSuffix(parts(candidates.get(j)));
        for (int k = 1; k < longer.size(); k++) {
          longerTails.merge(longer.subList(k, longer.size()), j, Math::min);
        }
      }
    });
    Bodies bodies = null; // computed when first needed
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      if (c.kind() != Candidate.Kind.NAME) {
        continue;
      }
      List<String> words = withoutSuffix(parts(c));
      Integer full = null;
      if (words.size() == 1) {
        full = nearest(byLastWord.get(lower(words.get(0))), i);
        if (full == null && words.get(0).equals(words.get(0).toUpperCase(Locale.ROOT))) {
          full = nearest(byInitials.get(words.get(0)), i);
        }
        if (full == null) {
          full = nearest(spellingVariant(byLastWord, lower(words.get(0))), i);
        }
      } else if (c.type() == EntityType.PERSON || c.type() == EntityType.OTHER) {
        // "D. Vance" within "J. D. Vance": a shorter tail of a longer person name
        full = longerTails.get(words);
      }
      if (full != null) {
        keys[i] = nameKey(candidates.get(full));
        shortened[i] = true;
      } else if (words.size() >= 2 && c.attributes().isEmpty()
          && (c.type() == EntityType.PERSON || c.type() == EntityType.OTHER)) {
        if (bodies == null) {
          bodies = new Bodies(candidates);
        }
        Integer institution = bodies.namedAfter.get(words);
        if (institution == null) {
          institution = bodies.endingWith.get(" " + dashless(words));
        }
        if (institution != null) {
          keys[i] = nameKey(candidates.get(institution));
          shortened[i] = true;
          shortForm[i] = true;
        }
      }
    }
    // 2. one type a key, by vote; guessed Chinese names need repeating
    Map<String, EnumMap<EntityType, Integer>> votes = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Boolean> anyStrong = new HashMap<>();
    Map<String, Set<String>> attributes = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      if (keys[i] == null) {
        continue;
      }
      // a surname standing for a full name has no say of its own unless on evidence ("Cheeks"
      // looks plural, like a team, but stands for "Maurice Cheeks")
      int weight = c.type() == EntityType.OTHER || shortForm[i] || shortened[i] && !c.strong() ? 0
          : c.strong() ? STRONG_VOTE : 1;
      votes.computeIfAbsent(keys[i], k -> new EnumMap<>(EntityType.class)).merge(c.type(), weight, Integer::sum);
      counts.merge(keys[i], 1, Integer::sum);
      anyStrong.merge(keys[i], c.strong(), Boolean::logicalOr);
      attributes.computeIfAbsent(keys[i], k -> new HashSet<>()).addAll(c.attributes());
    }
    Set<String> teams = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (keys[i] != null && candidates.get(i).team() && !shortened[i]) {
        teams.add(keys[i]);
      }
    }
    Map<String, EntityType> types = new HashMap<>();
    votes.forEach((k, v) -> {
      if (teams.contains(k)) {
        types.put(k, EntityType.ORGANIZATION); // a side of a scored contest is a team throughout
        return;
      }
      EntityType best = EntityType.OTHER;
      int bestVotes = 0;
      for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
        if (e.getValue() > bestVotes) {
          best = e.getKey();
          bestVotes = e.getValue();
        }
      }
      types.put(k, best);
    });
    // 3 and 4. pronouns and descriptions
    List<Resolved> out = new ArrayList<>(n);
    Map<String, String> genders = new HashMap<>();
    attributes.forEach((k, v) -> genders.put(k, gender(k, v)));
    List<String> recent = new ArrayList<>(); // persons named or described, least recent first
    Map<String, Integer> recentSentence = new HashMap<>();
    Map<String, Integer> lastSeen = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      Candidate c = candidates.get(i);
      switch (c.kind()) {
        case NAME -> {
          String key = keys[i];
          boolean hanGuess = Texts.hanCount(key) > 0 && !anyStrong.get(key)
              && counts.get(key) < MIN_GUESSED_NAME_COUNT;
          if (hanGuess) {
            continue;
          }
          EntityType type = types.get(key);
          if (c.actor() && type == EntityType.PLACE) {
            type = EntityType.ORGANIZATION; // the state or team acting, not the place
          }
          out.add(new Resolved(c, new Mention(c.span(), c.text(), type, key, false)));
          if (type == EntityType.PERSON) {
            seen(recent, recentSentence, key, c.sentence());
            lastSeen.put(key, i);
          }
        }
        case PRONOUN -> {
          // first-person pronouns (definite false) are the unnamed speaker
          String key = c.definite() ? pronounPerson(c, recent, recentSentence, genders) : null;
          EntityType type = c.plural() && !groupOfPeopleBefore(candidates, types, keys, i) ? EntityType.OTHER
              : EntityType.PERSON;
          out.add(new Resolved(c, new Mention(c.span(), c.text(), type, key, true)));
        }
        case RELATIVE -> {
          // "who" and "where" stand for the mention they follow
          Mention before = out.isEmpty() ? null : out.get(out.size() - 1).mention();
          String key = before != null && before.type() == c.type() ? before.key() : null;
          out.add(new Resolved(c, new Mention(c.span(), c.text(), c.type(), key, true)));
        }
        case DESCRIPTION -> {
          String key = null;
          if (c.type() == EntityType.PERSON && c.definite() && !c.plural()) {
            key = describedPerson(c, lastSeen, attributes);
          }
          out.add(new Resolved(c, new Mention(c.span(), c.text(), c.type(), key, true)));
          if (key != null) {
            seen(recent, recentSentence, key, c.sentence());
          }
        }
        default -> throw new IllegalStateException("unknown kind " + c.kind());
      }
    }
    return out;
  }

  private static List<List<String>> leaderTitles() {
    List<List<String>> out = new ArrayList<>();
    for (String t : new TreeSet<>(Lexicon.lower("en", "leader-titles.txt"))) {
      out.add(List.of(t.split(" ")));
    }
    for (String t : new TreeSet<>(Lexicon.words("zh", "leader-titles.txt"))) {
      out.add(List.of(t));
    }
    return List.copyOf(out);
  }

  /** Whether the title words hold a head of state's or government's title. */
  private static boolean isLeader(Set<String> attributes) {
    for (List<String> title : LEADER_TITLES) {
      if (attributes.containsAll(title)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> genderedWords() {
    Map<String, String> out = new HashMap<>(Lexicon.pairs("en", "gendered-words.txt"));
    out.putAll(Lexicon.pairs("zh", "gendered-words.txt"));
    return Map.copyOf(out);
  }

  /** Makes {@code key} the most recent person. */
  private static void seen(List<String> recent, Map<String, Integer> recentSentence, String key, int sentence) {
    recent.remove(key);
    recent.add(key);
    recentSentence.put(key, sentence);
  }

  /**
   * The most recent person at most {@link #MAX_PRONOUN_GAP} sentences back whose gender fits
   * the pronoun's ("she" passes over a person known as a man), or null. A person of unknown
   * gender takes the pronoun's from then on.
   */
  private static String pronounPerson(Candidate c, List<String> recent, Map<String, Integer> recentSentence,
      Map<String, String> genders) {
    String wanted = GENDERED.getOrDefault(c.head(), "");
    for (int k = recent.size() - 1; k >= 0; k--) {
      String key = recent.get(k);
      if (c.sentence() - recentSentence.get(key) > MAX_PRONOUN_GAP) {
        return null;
      }
      String has = genders.getOrDefault(key, "");
      if (wanted.isEmpty() || has.isEmpty() || has.equals(wanted)) {
        if (has.isEmpty() && !wanted.isEmpty()) {
          genders.put(key, wanted);
        }
        return key;
      }
    }
    return null;
  }

  /**
   * A person's gender from the title or kind words seen with the name ("mrs", "actress") and
   * from its given name (ECDICT): "m", "f", or "" when unknown or contradictory.
   */
  private static String gender(String key, Set<String> attributes) {
    String found = "";
    for (String a : new TreeSet<>(attributes)) {
      String g = GENDERED.getOrDefault(a, "");
      if (!g.isEmpty()) {
        if (!found.isEmpty() && !found.equals(g)) {
          return "";
        }
        found = g;
      }
    }
    if (found.isEmpty() && Texts.hanCount(key) == 0) {
      int space = key.indexOf(' ');
      if (space > 0) {
        found = news.parallax.text.NameGazetteer.get().genderOf(key.substring(0, space));
      }
    }
    return found;
  }

  /**
   * Whether "they" at {@code i} has a group of people to stand for: the nearest plural mention
   * before it, in its sentence or the one before, is a plural person description ("police",
   * "users"), a plural person pronoun, or a second person named in a row. A team ("the Colts")
   * or no plural mention at all (things: "the updates") leaves it no person.
   */
  private static boolean groupOfPeopleBefore(List<Candidate> candidates, Map<String, EntityType> types,
      String[] keys, int i) {
    int sentence = candidates.get(i).sentence();
    int persons = 0;
    for (int k = i - 1; k >= 0 && candidates.get(k).sentence() >= sentence - 1; k--) {
      Candidate c = candidates.get(k);
      EntityType type = keys[k] != null ? types.get(keys[k]) : c.type();
      if (c.kind() == Candidate.Kind.DESCRIPTION && c.plural()) {
        return type == EntityType.PERSON;
      }
      if (c.kind() == Candidate.Kind.PRONOUN && c.plural()) {
        return groupOfPeopleBefore(candidates, types, keys, k);
      }
      if (c.kind() == Candidate.Kind.NAME && type == EntityType.ORGANIZATION && c.text().endsWith("s")) {
        return false;
      }
      if (c.kind() == Candidate.Kind.NAME && type == EntityType.PERSON && ++persons == 2) {
        return true;
      }
    }
    return false;
  }

  /** The most recently named person the description fits, or null. */
  private static String describedPerson(Candidate c, Map<String, Integer> lastSeen,
      Map<String, Set<String>> attributes) {
    String head = c.head();
    String kind = Lexicon.pairs("en", "role-nouns.txt").getOrDefault(head,
        Lexicon.pairs("zh", "role-nouns.txt").getOrDefault(head, ""));
    boolean official = kind.equals("official");
    boolean generic = kind.equals("generic") || official;
    String best = null;
    int bestAt = -1;
    for (Map.Entry<String, Integer> e : lastSeen.entrySet()) {
      Set<String> attrs = attributes.getOrDefault(e.getKey(), Set.of());
      if (attrs.isEmpty()) {
        continue;
      }
      // "the official" is not how news refers to a president ("该官员" is not 普京)
      boolean headFits = attrs.contains(head) || generic && !(official && isLeader(attrs));
      boolean modifiersFit = true;
      for (String m : c.attributes()) {
        if (!attrs.contains(m) && (Texts.hanCount(m) > 0 || isProperModifier(m))) {
          modifiersFit = false;
        }
      }
      if (headFits && modifiersFit && e.getValue() > bestAt) {
        best = e.getKey();
        bestAt = e.getValue();
      }
    }
    return best;
  }

  /** Whether a lower-cased modifier names a nation or place ("russian", "us"), which must match. */
  private static boolean isProperModifier(String m) {
    if (news.parallax.text.NameGazetteer.get().latin(m) != null) {
      return true;
    }
    for (String ending : DEMONYM_ENDINGS) {
      if (m.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** The full names whose last word is a spelling variant of {@code word} ("Zelenskiy"). */
  private static List<Integer> spellingVariant(TreeMap<String, List<Integer>> byLastWord, String word) {
    if (word.length() < EvidenceEntityLinker.MIN_VARIANT_LENGTH) {
      return null;
    }
    // in sorted order, the last words with the same first letter only
    for (String last : byLastWord.tailMap(word.substring(0, 1), true).keySet()) {
      if (last.isEmpty() || last.charAt(0) != word.charAt(0)) {
        break;
      }
      if (last.length() >= EvidenceEntityLinker.MIN_VARIANT_LENGTH
          && EvidenceEntityLinker.editDistance(last, word) <= EvidenceEntityLinker.MAX_SPELLING_EDITS) {
        return byLastWord.get(last);
      }
    }
    return null;
  }

  private static Integer nearest(List<Integer> positions, int i) {
    if (positions == null) {
      return null;
    }
    // positions are in increasing order: the last before i, else the first after it
    int at = java.util.Collections.binarySearch(positions, i);
    int below = at >= 0 ? at - 1 : -at - 2;
    if (below >= 0) {
      return positions.get(below);
    }
    int above = at >= 0 ? at + 1 : -at - 1;
    return above < positions.size() ? positions.get(above) : null;
  }

  /**
   * The places and organisations named on evidence, which shorter names may stand for: the
   * first one named after some words and one place or organisation word ("Betty Ford Center"
   * for "Betty Ford": the clinic, not the person), and the first one whose name ends with some
   * words, dashes aside ("Joint Base Elmendorf-Richardson" for "Elmendorf–Richardson").
   */
  private static final class Bodies {
    /** By the words before the place or organisation word, the first such name's index. */
    final Map<List<String>, Integer> namedAfter = new HashMap<>();
    /** By each shorter ending of the dashless name (with a leading space), the first name's index. */
    final Map<String, Integer> endingWith = new HashMap<>();

    Bodies(List<Candidate> candidates) {
      for (int j = 0; j < candidates.size(); j++) {
        Candidate o = candidates.get(j);
        if (!(o.kind() == Candidate.Kind.NAME && o.strong() && o.name().size() >= 2
            && (o.type() == EntityType.PLACE || o.type() == EntityType.ORGANIZATION))) {
          continue;
        }
        List<String> name = o.name();
        String last = name.get(name.size() - 1);
        if (PLACE_WORDS.contains(last) || ORG_WORDS.contains(last)) {
          namedAfter.putIfAbsent(List.copyOf(name.subList(0, name.size() - 1)), j);
        }
        String longer = " " + dashless(name);
        for (int k = 1; k < longer.length(); k++) {
          if (longer.charAt(k) == ' ') {
            endingWith.putIfAbsent(longer.substring(k), j);
          }
        }
      }
    }
  }

  private static String dashless(List<String> words) {
    return String.join(" ", words).replace('-', ' ').replace('–', ' ').replaceAll(" +", " ").toLowerCase(Locale.ROOT);
  }

  /** The words of a name without a generational suffix ("Comeaux" for "Arcade Joseph Comeaux Jr."). */
  private static List<String> withoutSuffix(List<String> words) {
    if (words.size() > 2) {
      String last = lower(words.get(words.size() - 1));
      if (last.endsWith(".")) {
        last = last.substring(0, last.length() - 1);
      }
      if (LatinMentions.NAME_SUFFIXES.contains(last)) {
        return words.subList(0, words.size() - 1);
      }
    }
    return words;
  }

  /** The words of a name: Latin words, or the parts of a Chinese name split at "·". */
  private static List<String> parts(Candidate c) {
    if (c.name().size() == 1 && Texts.hanCount(c.name().get(0)) > 0) {
      return List.of(c.name().get(0).split("[·・]"));
    }
    return c.name();
  }

  private static String nameKey(Candidate c) {
    if (c.name().size() == 1 && Texts.hanCount(c.name().get(0)) > 0) {
      return c.name().get(0);
    }
    return String.join(" ", c.name()).replace('’', '\'');
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
