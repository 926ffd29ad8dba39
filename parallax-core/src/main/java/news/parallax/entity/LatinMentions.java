package news.parallax.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.parallax.model.EntityType;
import news.parallax.model.Span;
import news.parallax.model.Token;
import news.parallax.text.Bilingual;
import news.parallax.text.NameGazetteer;
import news.parallax.text.Stopwords;

/**
 * Finds the mentions of one Latin-script sentence, in passes.
 *
 * <ol>
 *   <li>Names: runs of capitalised tokens (joined by "of", "de", "von" ... and by hyphens), not
 *       function words by their part of speech (English) or the stop-word list (others). A
 *       sentence-initial word counts only when tagged a proper noun, known to the gazetteer or
 *       unknown to the dictionary. Titles and their modifiers ("Russian President") are cut off
 *       and kept as the name's attributes; a run that is all title is a description. A town
 *       and its region join ("Wasilla, Alaska").
 *   <li>Descriptions: a role or place noun ("leader", "camp") with its modifiers and
 *       determiner; a name before a place noun joins it ("Aceh province"), a place name before
 *       a person noun becomes its attribute ("an Oklahoma man").
 *   <li>Pronouns: third-person singular pronouns, "they", "who"/"where" right after a mention,
 *       and a locative "there".
 *   <li>Actors and teams: places used as states ("Israel's assault") and sides of a scored
 *       contest ("Creighton defeated Drake 65 - 53").
 * </ol>
 *
 * The type comes from, in order: a title (person); an organisation or place word in the name;
 * the gazetteer (CLDR, ECDICT); a known given name first (person); a locative preposition
 * before it (place); two or more name words (person); docs/entities.md lists every step.
 */
final class LatinMentions {
  /** UD part-of-speech tags of words that are never part of a name. */
  private static final Set<String> NOT_NAME_TAGS = Set.of("PRON", "DET", "ADP", "CCONJ", "SCONJ",
      "AUX", "PART", "NUM", "PUNCT", "INTJ", "SYM");
  /**
   * The grammar words the rules ask about by role ({@code en/grammar-words.txt}). The rules read
   * the English words for every Latin-script language.
   */
  private static final String GRAMMAR = "grammar-words.txt";
  /**
   * Lower-case words that join the words of one name ("Bank of America", "Charles de Gaulle"):
   * the English connectors and the particles of other naming traditions.
   */
  private static final Set<String> CONNECTORS = connectors();
  /** Connectors that after a person-shaped name say where the person is from ("of"). */
  private static final Set<String> ORIGIN = Lexicon.withRole("en", GRAMMAR, "origin");
  /** Words after a quantity noun that leave it no person ("dozens of homes"). */
  private static final Set<String> PARTITIVE = Lexicon.withRole("en", GRAMMAR, "partitive");
  /** Determiners that make a description refer to one thing already named. */
  private static final Set<String> DEFINITE = Lexicon.withRole("en", GRAMMAR, "definite");
  /** The article that may stand between a contest word and a team's name ("against the Colts"). */
  private static final Set<String> DEFINITE_ARTICLE = Lexicon.withRole("en", GRAMMAR, "definite-article");
  /** Determiners and possessives that may open a description. */
  private static final Set<String> DETERMINERS = Lexicon.withRole("en", GRAMMAR, "determiner");
  /** "for", "on" after an organisation word ("Center for ...", "Council on ..."). */
  private static final Set<String> BODY_CONNECTORS = Lexicon.withRole("en", GRAMMAR, "body-connector");
  /** Prepositions of motion ("to", "from"): a name both a person's and a place's after one is the place. */
  private static final Set<String> DIRECTIONS = Lexicon.withRole("en", GRAMMAR, "direction");
  /** Conjunctions that show a list of places after a town and its region. */
  private static final Set<String> CONJUNCTIONS = Lexicon.withRole("en", GRAMMAR, "conjunction");
  /** Relative pronouns that show the name they follow is a person's ("who", "whose"). */
  private static final Set<String> PERSON_RELATIVES = Lexicon.withRole("en", GRAMMAR, "relative-person");
  /** Relative pronouns that stand for the place they follow ("where"). */
  private static final Set<String> PLACE_RELATIVES = Lexicon.withRole("en", GRAMMAR, "relative-place");
  /** Pronouns that are also possessive determiners ("her husband"). */
  private static final Set<String> AMBIGUOUS_POSSESSIVES = Lexicon.withRole("en", GRAMMAR, "ambiguous-possessive");
  /** The possessive clitic ("'s"). */
  private static final Set<String> POSSESSIVES = Lexicon.withRole("en", GRAMMAR, "possessive");
  /** The possessive apostrophe alone ("the Colts' coach"). */
  private static final Set<String> BARE_POSSESSIVES = Lexicon.withRole("en", GRAMMAR, "bare-possessive");
  /** Plural heads that do not end in "s" ({@code en/plural-nouns.txt}). */
  private static final Set<String> IRREGULAR_PLURALS = Lexicon.words("en", "plural-nouns.txt");
  /** Endings of a Chinese rendering that make a word a person of a nation (美国人). */
  private static final Set<String> DEMONYM_RENDERING_ENDINGS = Lexicon.words("zh", "demonym-endings.txt");
  /** Tags of the word after a possessive "her" ("her husband"). */
  private static final Set<String> POSSESSED = Set.of("NOUN", "ADJ", "PROPN", "NUM");
  /** Shorter sentences ("Lindsay Lohan") are not judged as headlines. */
  static final int MIN_TITLE_WORDS = 4;
  /** Names of more words than this are not taken for a person on their shape alone. */
  static final int MAX_NAME_WORDS = 3;
  /** Acronyms are at most this long; longer all-capital words are headline shouting. */
  static final int MAX_ACRONYM = 5;
  /** A score written as one token ("91-73"). */
  private static final java.util.regex.Pattern SCORE = java.util.regex.Pattern.compile("\\d{1,3}[-–]\\d{1,3}");
  private static final java.util.regex.Pattern SMALL_NUMBER = java.util.regex.Pattern.compile("\\d{1,3}");
  /** An apposition's head noun is looked for this many words after the comma. */
  static final int APPOSITION_WORDS = 5;

  /** Generational suffixes ("jr", "iii"). */
  static final Set<String> NAME_SUFFIXES = Lexicon.words("en", "name-suffixes.txt");

  private final String lang;
  private final String data;
  private final Set<String> titles;
  private final int longestTitle;
  private final Map<String, String> roleNouns;
  private final Map<String, String> pronouns;
  private final Set<String> personEvidence;
  private final Set<String> placePrefixes;
  private final Set<String> personEndings;
  private final Set<String> thingEndings;
  private final Set<String> placePrepositions;
  private final Set<String> placeNouns;
  private final Map<String, String> placeNounKinds;
  private final Set<String> orgWords;
  private final Set<String> placeWords;
  private final Set<String> eventWords;
  private final Set<String> calendarWords;
  private final Set<String> regionAbbreviations;
  private final Set<String> contestWords;
  private final Set<String> orgNouns;
  private final Set<String> languageNames;
  private final NameGazetteer gazetteer = NameGazetteer.get();

  LatinMentions(String lang) {
    this.lang = lang;
    this.data = Lexicon.words(lang, "titles.txt").isEmpty() ? "en" : lang;
    titles = Lexicon.lower(data, "titles.txt");
    longestTitle = Lexicon.longest(data, "titles.txt");
    roleNouns = Lexicon.pairs(data, "role-nouns.txt");
    pronouns = Lexicon.pairs(data, "pronouns.txt");
    personEvidence = Lexicon.lower(data, "person-evidence.txt");
    placePrefixes = Lexicon.words("en", "place-prefixes.txt");
    personEndings = Lexicon.words("zh", "person-noun-endings.txt");
    thingEndings = Lexicon.words("zh", "thing-noun-endings.txt");
    placePrepositions = Lexicon.lower(data, "place-prepositions.txt");
    placeNouns = Lexicon.lower(data, "place-nouns.txt");
    placeNounKinds = Lexicon.pairs(data, "place-nouns.txt");
    orgWords = Lexicon.words("en", "org-words.txt");
    placeWords = Lexicon.words("en", "place-words.txt");
    eventWords = Lexicon.words("en", "event-words.txt");
    calendarWords = Lexicon.words("en", "calendar-words.txt");
    regionAbbreviations = Lexicon.words("en", "region-abbreviations.txt");
    contestWords = Lexicon.lower(data, "contest-words.txt");
    orgNouns = Lexicon.lower(data, "org-nouns.txt");
    languageNames = LanguageNames.of(lang);
  }

  /** Adds the candidates of one sentence to {@code out}. */
  void find(String text, List<Token> tokens, int sentence, List<Candidate> out) {
    int from = out.size();
    findAll(text, tokens, sentence, out);
    markActors(text, tokens, out, from);
    markTeams(tokens, out, from);
  }

  /**
   * Names that are sides of a scored contest: the sentence gives a score ("65 - 53") and a
   * contest word or the score stands right before or after the name ("against Drake",
   * "Creighton defeats", "Evansville 91-73"). A name with a title, a given name or a person's
   * shape ("Wladimir Klitschko") stays a person.
   */
  private void markTeams(List<Token> tokens, List<Candidate> out, int from) {
    if (contestWords.isEmpty() || !hasScore(tokens)) {
      return;
    }
    for (int c = from; c < out.size(); c++) {
      Candidate m = out.get(c);
      if (m.kind() != Candidate.Kind.NAME || !m.attributes().isEmpty() && m.type() == EntityType.PERSON
          || m.name().size() > 1 && (m.type() == EntityType.PERSON || isPersonName(m.name().get(0)))) {
        continue;
      }
      int first = tokenAt(tokens, m.span().start());
      int after = tokenAt(tokens, m.span().end());
      if (after < tokens.size() && tokens.get(after).span().start() < m.span().end()) {
        after++;
      }
      int before = first - 1;
      if (before >= 0 && DEFINITE_ARTICLE.contains(tokens.get(before).norm())) {
        before--;
      }
      if (possessiveAt(tokens, after)) {
        after++;
      }
      boolean side = before >= 0 && contestWords.contains(tokens.get(before).norm())
          || after < tokens.size() && (contestWords.contains(tokens.get(after).norm()) || scoreAt(tokens, after)
              || tokens.get(after).text().equals("(") && scoreAt(tokens, after + 1));
      if (side) {
        out.set(c, m.asTeam());
      }
    }
  }

  /** Whether the sentence holds a score: two numbers of at most three digits joined by a dash. */
  private static boolean hasScore(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      if (scoreAt(tokens, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean scoreAt(List<Token> tokens, int i) {
    if (i >= tokens.size() || !Character.isDigit(tokens.get(i).text().charAt(0))) {
      return false;
    }
    String t = tokens.get(i).text();
    if (SCORE.matcher(t).matches()) {
      return true;
    }
    return i + 2 < tokens.size() && SMALL_NUMBER.matcher(t).matches() && (tokens.get(i + 1).text().equals("-")
        || tokens.get(i + 1).text().equals("–")) && SMALL_NUMBER.matcher(tokens.get(i + 2).text()).matches();
  }

  private void findAll(String text, List<Token> tokens, int sentence, List<Candidate> out) {
    int n = tokens.size();
    boolean[] inName = new boolean[n];
    int first = 0;
    while (first < n && isPunct(tokens.get(first))) {
      first++;
    }
    List<Candidate> names = new ArrayList<>();
    boolean titleCase = isTitleCase(tokens);
    for (int i = 0; i < n; i++) {
      if (!nameLike(tokens, i, i == first) || titleCase && isOrdinaryWord(tokens.get(i).text())) {
        continue;
      }
      int j = i;
      while (true) {
        if (j + 1 < n && nameLike(tokens, j + 1, false) && !(titleCase && isOrdinaryWord(tokens.get(j + 1).text()))) {
          j++;
        } else if (j + 2 < n && joins(tokens, j + 1) && nameLike(tokens, j + 2, false)
            && !(ORIGIN.contains(tokens.get(j + 1).text()) && looksLikePerson(tokens, i, j))) {
          j += 2;
        } else if (j + 3 < n && CONNECTORS.contains(tokens.get(j + 1).text())
            && CONNECTORS.contains(tokens.get(j + 2).text()) && nameLike(tokens, j + 3, false)
            && !ORIGIN.contains(tokens.get(j + 1).text())) {
          j += 3; // two particles in a row: "Ursula von der Leyen", "Jean de la Fontaine"
        } else if (bodyConnectorAfter(tokens, j) > 0) {
          j += bodyConnectorAfter(tokens, j); // "Center for a New American Security"
        } else {
          break;
        }
      }
      j = personAfterBody(tokens, i, j);
      Candidate demonym = i == j ? demonym(text, tokens, i, sentence) : null;
      if (demonym != null) {
        out.add(demonym);
        continue;
      }
      Candidate c = name(text, tokens, i, j, sentence, i == first);
      if (c != null) {
        names.add(c);
        for (int k = i; k <= j; k++) {
          inName[k] = true;
        }
      }
      i = j;
    }
    joinRegions(text, tokens, names);
    out.addAll(names);
    for (int i = 0; i < n; i++) {
      if (inName[i]) {
        continue;
      }
      Token t = tokens.get(i);
      String norm = t.norm();
      String pronoun = pronouns.get(norm);
      if ("locative".equals(pronoun)) {
        if (t.tag().equals("ADV")) {
          out.add(new Candidate(t.span(), t.text(), EntityType.PLACE, Candidate.Kind.DESCRIPTION, sentence,
              List.of(norm), Set.of(), false, false, false));
        }
        continue;
      }
      if (pronoun != null && (t.tag().isEmpty() || t.tag().equals("PRON") || pronoun.equals("relative"))) {
        if (pronoun.equals("relative")) {
          int k = i - 1;
          if (k >= 0 && (tokens.get(k).text().equals(",") || tokens.get(k).text().equals("-")
              || tokens.get(k).text().equals("–"))) {
            k--;
          }
          EntityType before = k >= 0 && Character.isLowerCase(t.text().charAt(0)) ? endsWith(out, tokens.get(k), sentence) : null;
          if (PLACE_RELATIVES.contains(norm) ? before == EntityType.PLACE : before == EntityType.PERSON) {
            out.add(new Candidate(t.span(), t.text(), before, Candidate.Kind.RELATIVE,
                sentence, List.of(norm), Set.of(), false, true, false));
          }
        } else if (!(AMBIGUOUS_POSSESSIVES.contains(norm) && i + 1 < n && POSSESSED.contains(tokens.get(i + 1).tag()))) {
          out.add(new Candidate(t.span(), t.text(), EntityType.PERSON, Candidate.Kind.PRONOUN,
              sentence, List.of(norm), Set.of(), false, pronoun.equals("third"), pronoun.equals("plural")));
        }
        continue;
      }
      boolean lower = Character.isLowerCase(t.text().charAt(0)) || i == first && !inName[i];
      boolean person = lower && (roleNouns.containsKey(norm) || personNoun(norm))
          && !("quantity".equals(roleNouns.get(norm)) && i + 1 < n && PARTITIVE.contains(tokens.get(i + 1).norm()));
      boolean place = (placeNouns.contains(norm) || norm.length() > 3 && norm.endsWith("s")
          && placeNouns.contains(norm.substring(0, norm.length() - 1)))
          && !(i > 0 && "institution".equals(placeNounKinds.get(norm)) && possessiveAt(tokens, i - 1));
      if ((person || place) && lower
          && (t.tag().isEmpty() || t.tag().equals("NOUN") || i == first)
          && !(i + 1 < n && inName[i + 1]) && !(i + 1 < n && tokens.get(i + 1).tag().equals("NOUN"))) {
        Candidate d = description(text, tokens, inName, i, sentence,
            person ? EntityType.PERSON : EntityType.PLACE, out);
        if (d != null) {
          out.add(d);
        }
      }
    }
  }

  /**
   * Place names the sentence uses as actors: a possessive place before anything but a place
   * ("Israel's assault"), which joins a place it owns instead ("Indonesia's Aceh province"), and
   * a place followed by a verb ("Sudan bombs a camp", "Indianapolis lost").
   */
  private void markActors(String text, List<Token> tokens, List<Candidate> out, int from) {
    List<Candidate> mine = new ArrayList<>(out.subList(from, out.size()));
    mine.sort(java.util.Comparator.comparing(Candidate::span));
    List<Candidate> result = new ArrayList<>(mine.size());
    for (int c = 0; c < mine.size(); c++) {
      Candidate m = mine.get(c);
      if (m.kind() != Candidate.Kind.NAME || m.type() != EntityType.PLACE) {
        result.add(m);
        continue;
      }
      int next = tokenAt(tokens, m.span().end());
      if (next < tokens.size() && tokens.get(next).span().start() < m.span().end()) {
        next++;
      }
      if (next >= tokens.size()) {
        result.add(m);
        continue;
      }
      Token t = tokens.get(next);
      boolean possessive = POSSESSIVES.contains(t.norm()) || BARE_POSSESSIVES.contains(t.norm());
      if (possessive) {
        Candidate owned = c + 1 < mine.size() ? mine.get(c + 1) : null;
        if (owned != null && owned.type() == EntityType.PLACE && onlyModifiersBetween(tokens, next + 1, owned)) {
          Span span = new Span(m.span().start(), owned.span().end());
          Set<String> attributes = new HashSet<>(owned.attributes());
          for (String w : m.name()) {
            attributes.add(w.toLowerCase(Locale.ROOT));
          }
          List<String> name = owned.kind() == Candidate.Kind.NAME ? owned.name() : m.name();
          result.add(new Candidate(span, span.of(text), EntityType.PLACE, Candidate.Kind.NAME, m.sentence(),
              name, attributes, true, false, false));
          c++;
        } else if (owned != null && owned.kind() == Candidate.Kind.NAME && owned.span().start() == tokens.get(
            Math.min(next + 1, tokens.size() - 1)).span().start()) {
          result.add(m); // a named part of the place: "Malibu's Cliffside resort"
        } else {
          result.add(m.asActor());
        }
      } else if (t.tag().equals("VERB") && Character.isLowerCase(t.text().charAt(0)) && !t.norm().endsWith("ing")
          && m.attributes().isEmpty() && !precededByPreposition(tokens, m)) {
        result.add(m.asActor());
      } else {
        result.add(m);
      }
    }
    out.subList(from, out.size()).clear();
    out.addAll(result);
  }

  /** Whether only adjectives stand between the token and the candidate ("'s northwestern Aceh"). */
  private static boolean onlyModifiersBetween(List<Token> tokens, int i, Candidate c) {
    for (int k = i; k < tokens.size() && tokens.get(k).span().start() < c.span().start(); k++) {
      if (!tokens.get(k).tag().equals("ADJ")) {
        return false;
      }
    }
    return true;
  }

  private boolean precededByPreposition(List<Token> tokens, Candidate c) {
    int k = tokenAt(tokens, c.span().start()) - 1;
    return k >= 0 && (placePrepositions.contains(tokens.get(k).norm()) || tokens.get(k).tag().equals("ADP"));
  }

  /**
   * A headline in title case ("Andrew Lopez Confesses To Murder Of Zurana Horton"): at least
   * {@link #MIN_TITLE_WORDS} words and no lower-case word but function words, so ordinary
   * words there are no names. A sentence full of names still has a lower-case verb.
   */
  private boolean isTitleCase(List<Token> tokens) {
    int words = 0;
    for (Token t : tokens) {
      if (Character.isLetter(t.text().codePointAt(0))) {
        words++;
        if (Character.isLowerCase(t.text().codePointAt(0)) && !Stopwords.contains(lang, t.norm())) {
          return false;
        }
      }
    }
    return words >= MIN_TITLE_WORDS;
  }

  /**
   * The type of the name or description of this sentence ending with the token, or null; the
   * sentence's candidates are the last ones found, so the search stops at an earlier sentence's.
   */
  private static EntityType endsWith(List<Candidate> found, Token t, int sentence) {
    for (int k = found.size() - 1; k >= 0 && found.get(k).sentence() == sentence; k--) {
      Candidate c = found.get(k);
      if (c.span().end() == t.span().end()) {
        return c.type();
      }
    }
    return null;
  }

  private static boolean isPluralWord(String norm) {
    return norm.length() > 3 && norm.endsWith("s") && !norm.endsWith("ss");
  }

  /** A noun ECDICT renders with a person ending ("prosecutor" 检察官). */
  private boolean personNoun(String norm) {
    if (!lang.equals("en") || norm.length() < 3) {
      return false;
    }
    String singular = norm.endsWith("s") && !norm.endsWith("ss") ? norm.substring(0, norm.length() - 1) : norm;
    List<String> zh = Bilingual.get().toChinese(singular);
    if (zh.isEmpty()) {
      return false;
    }
    String first = zh.get(0);
    if (!personEndings.contains(first.substring(first.length() - 1))) {
      return false;
    }
    for (String z : zh) {
      if (thingEndings.contains(z.substring(z.length() - 1))) {
        return false; // a machine or a business as well ("server" 服务器, "maker" 制造商)
      }
    }
    return true;
  }

  /**
   * The description headed by the token, with its modifiers and determiner. A name right before
   * it joins it: a name before a place noun is one place ("Aceh province", "the Yida refugee
   * camp"), which replaces the name and is returned as a name, null then; a place name before a
   * person noun ("an Oklahoma man") is the person's attribute, not a place of its own.
   */
  private Candidate description(String text, List<Token> tokens, boolean[] inName, int head, int sentence,
      EntityType type, List<Candidate> out) {
    int start = head;
    Set<String> modifiers = new HashSet<>();
    int k = head - 1;
    while (k >= 0 && !inName[k] && (isModifier(tokens.get(k)) || isNounModifier(tokens.get(k)))) {
      modifiers.add(tokens.get(k).norm());
      start = k;
      k--;
    }
    String norm = tokens.get(head).norm();
    boolean plural = IRREGULAR_PLURALS.contains(norm) || norm.endsWith("s") && !norm.endsWith("ss");
    int named = k >= 0 && inName[k] ? endingAt(out, tokens.get(k), sentence) : -1;
    if (named >= 0) {
      Candidate name = out.get(named);
      // a person's name opening with a given name stays a person ("the Sarah Palin home" is hers)
      boolean person = name.type() == EntityType.PERSON && (name.name().size() < 2 || isPersonName(name.name().get(0)));
      // an event names no place ("a Cold War base" is a base of that time)
      boolean event = name.name().stream().anyMatch(eventWords::contains);
      if (type == EntityType.PLACE && !plural && !person && !event && name.attributes().isEmpty()) {
        Span span = new Span(name.span().start(), tokens.get(head).span().end());
        Set<String> attributes = new HashSet<>(modifiers);
        attributes.add(norm);
        out.set(named, new Candidate(span, span.of(text), EntityType.PLACE, Candidate.Kind.NAME, sentence,
            name.name(), attributes, true, false, false));
        return null;
      }
      if (type == EntityType.PERSON && name.type() == EntityType.PLACE && name.attributes().isEmpty()) {
        out.remove(named);
        for (String w : name.name()) {
          modifiers.add(w.toLowerCase(Locale.ROOT));
        }
        start = tokenAt(tokens, name.span().start());
        k = start - 1;
      }
    }
    boolean definite = false;
    if (k >= 0 && DETERMINERS.contains(tokens.get(k).norm())) {
      definite = DEFINITE.contains(tokens.get(k).norm());
      start = k;
    }
    Span span = new Span(tokens.get(start).span().start(), tokens.get(head).span().end());
    return new Candidate(span, span.of(text), type, Candidate.Kind.DESCRIPTION, sentence, List.of(norm),
        modifiers, false, definite, plural);
  }

  /**
   * A nationality word standing for a person ("the 40-year-old American never recovered", "One
   * Australian and one English climber", "Americans"): a capitalised word ECDICT renders as a
   * person of a nation (美国人), after a determiner or number (past lower-case modifiers) and
   * before no noun, or in the plural. A description, or null.
   */
  private Candidate demonym(String text, List<Token> tokens, int i, int sentence) {
    if (!lang.equals("en")) {
      return null;
    }
    Token t = tokens.get(i);
    String norm = t.norm();
    boolean plural = isPluralWord(norm);
    if (!isNationality(plural ? norm.substring(0, norm.length() - 1) : norm)) {
      return null;
    }
    if (i + 1 < tokens.size() && (tokens.get(i + 1).tag().equals("NOUN") || tokens.get(i + 1).tag().equals("PROPN")
        || Character.isUpperCase(tokens.get(i + 1).text().codePointAt(0)))) {
      return null; // "American officials", "Russian President"
    }
    int k = i - 1;
    while (k >= 0 && i - k <= APPOSITION_WORDS && (tokens.get(k).tag().equals("ADJ") || tokens.get(k).tag().equals("NUM")
        || tokens.get(k).text().equals("-") || tokens.get(k).tag().equals("NOUN"))
        && !Character.isUpperCase(tokens.get(k).text().codePointAt(0)) && !DETERMINERS.contains(tokens.get(k).norm())) {
      k--;
    }
    boolean determined = k >= 0 && (DETERMINERS.contains(tokens.get(k).norm()) || tokens.get(k).tag().equals("NUM"));
    if (!determined && !plural) {
      return null;
    }
    int start = determined ? k : i;
    Span span = new Span(tokens.get(start).span().start(), t.span().end());
    return new Candidate(span, span.of(text), EntityType.PERSON, Candidate.Kind.DESCRIPTION, sentence, List.of(norm),
        Set.of(norm), false, determined && DEFINITE.contains(tokens.get(k).norm()), plural);
  }

  /**
   * Whether ECDICT writes the word only with a capital and renders it as a person of a nation
   * or place ("American" 美国人).
   */
  private static boolean isNationality(String norm) {
    if (!Bilingual.get().isProperNoun(norm)) {
      return false; // "colt" is a word, "American" only a proper noun
    }
    for (String z : Bilingual.get().toChinese(norm)) {
      if (z.length() >= 3 && DEMONYM_RENDERING_ENDINGS.contains(z.substring(z.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  /** A lower-case noun before a head noun ("refugee camp", "security expert"). */
  private boolean isNounModifier(Token t) {
    return t.tag().equals("NOUN") && Character.isLowerCase(t.text().charAt(0)) && !pronouns.containsKey(t.norm());
  }

  /** The index in {@code found} of the name ending with the token, or -1. */
  private static int endingAt(List<Candidate> found, Token t, int sentence) {
    for (int k = found.size() - 1; k >= 0 && found.get(k).sentence() == sentence; k--) {
      Candidate c = found.get(k);
      if (c.kind() == Candidate.Kind.NAME && c.span().end() == t.span().end()) {
        return k;
      }
    }
    return -1;
  }

  /** The index of the token starting at or covering the offset. */
  private static int tokenAt(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().end() > offset) {
        return i;
      }
    }
    return tokens.size() - 1;
  }

  /**
   * A town and its region written as one place ("Wasilla, Alaska", "Fort Smith, Ark."): a name
   * that is not a country, a comma and a known place or region abbreviation, which is not
   * followed by "and" or by another name after a comma (a list of places).
   */
  private void joinRegions(String text, List<Token> tokens, List<Candidate> names) {
    for (int a = 0; a + 1 < names.size(); a++) {
      Candidate town = names.get(a);
      Candidate region = names.get(a + 1);
      if (town.type() == EntityType.PERSON || town.type() == EntityType.ORGANIZATION
          || !town.attributes().isEmpty()
          || !text.substring(town.span().end(), region.span().start()).strip().equals(",")) {
        continue;
      }
      NameGazetteer.Known t = gazetteer.latin(town.text());
      if (t != null && t.source().equals("cldr-territory")) {
        continue;
      }
      int after = tokenAt(tokens, region.span().end());
      if (tokens.get(after).span().start() < region.span().end()) {
        after++;
      }
      boolean abbreviation = region.type() != EntityType.PERSON && region.name().size() == 1
          && regionAbbreviations.contains(region.text()) && after < tokens.size()
          && tokens.get(after).text().equals(".") && tokens.get(after).span().start() == region.span().end();
      NameGazetteer.Known k = gazetteer.latin(region.text());
      if (!abbreviation && !(region.type() == EntityType.PLACE && k != null && k.type() == EntityType.PLACE)) {
        continue;
      }
      int next = abbreviation ? after + 1 : after;
      if (next < tokens.size() && (CONJUNCTIONS.contains(tokens.get(next).norm())
          || tokens.get(next).text().equals(",") && a + 2 < names.size() && next + 1 < tokens.size()
              && names.get(a + 2).span().start() == tokens.get(next + 1).span().start())) {
        continue;
      }
      int end = abbreviation ? tokens.get(after).span().end() : region.span().end();
      Span span = new Span(town.span().start(), end);
      Set<String> attributes = new HashSet<>();
      for (String w : region.name()) {
        attributes.add(w.toLowerCase(Locale.ROOT));
      }
      names.set(a, new Candidate(span, span.of(text), EntityType.PLACE, Candidate.Kind.NAME, town.sentence(),
          town.name(), attributes, true, false, false));
      names.remove(a + 1);
    }
  }

  private boolean isModifier(Token t) {
    if (t.tag().equals("ADJ")) {
      return true;
    }
    // a country before a role noun ("the US president")
    NameGazetteer.Known k = gazetteer.latin(t.text());
    return Character.isUpperCase(t.text().charAt(0)) && k != null && k.type() == EntityType.PLACE;
  }

  private static boolean isPunct(Token t) {
    return !Character.isLetterOrDigit(t.text().codePointAt(0));
  }

  private static Set<String> connectors() {
    Set<String> out = new HashSet<>(Lexicon.withRole("en", GRAMMAR, "connector"));
    out.addAll(Lexicon.words("en", "name-particles.txt"));
    return Set.copyOf(out);
  }

  /** A hyphen glued to both neighbours, or a lower-case name connector. */
  private static boolean joins(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (t.text().equals("-") || t.text().equals("–")) {
      return tokens.get(i - 1).span().end() == t.span().start()
          && t.span().end() == tokens.get(i + 1).span().start();
    }
    return CONNECTORS.contains(t.text());
  }

  private boolean nameLike(List<Token> tokens, int i, boolean sentenceStart) {
    Token t = tokens.get(i);
    String s = t.text();
    if (s.isEmpty() || !Character.isUpperCase(s.codePointAt(0))) {
      return false;
    }
    // a function word by its tag; inside a sentence, a capitalised word the dictionary does not
    // know is a name the tagger got wrong ("Indonesia's Aceh/DET province")
    if (NOT_NAME_TAGS.contains(t.tag()) && (sentenceStart || !lang.equals("en") || Bilingual.get().isCommonWord(s))) {
      return false;
    }
    boolean hasLower = s.chars().anyMatch(Character::isLowerCase);
    if (!hasLower && s.length() > MAX_ACRONYM && gazetteer.latin(s) == null) {
      return false;
    }
    if (s.length() == 1 && !(i + 1 < tokens.size() && tokens.get(i + 1).text().equals("."))) {
      return false; // "I", "A"
    }
    if (Stopwords.contains(lang, t.norm())) {
      return false;
    }
    if (sentenceStart) {
      if ((roleNouns.containsKey(t.norm()) || personNoun(t.norm()) && isPluralWord(t.norm()))
          && !(i + 1 < tokens.size() && nameLike(tokens, i + 1, false))) {
        return false; // "Prosecutors said": a description, found later; "Senator Santos" stays
      }
      if (!t.tag().isEmpty()) {
        return t.tag().equals("PROPN") || gazetteer.latin(s) != null && !roleNouns.containsKey(t.norm())
            || lang.equals("en") && !Bilingual.get().isCommonWord(s) && !t.tag().equals("VERB");
      }
      return gazetteer.latin(s) != null || i + 1 < tokens.size() && nameLike(tokens, i + 1, false);
    }
    return true;
  }

  private Candidate name(String text, List<Token> tokens, int a, int b, int sentence, boolean sentenceStart) {
    Set<String> attributes = new HashSet<>();
    boolean titled = false;
    // lower-case titles just before the run ("special envoy Steve Witkoff")
    int k = a - 1;
    while (k >= 0) {
      int len = titleAt(tokens, k, a, true);
      if (len > 0) {
        titled = true;
        attributes.add(tokens.get(k).norm());
        k--;
      } else if (titled && tokens.get(k).tag().equals("ADJ")) {
        attributes.add(tokens.get(k).norm());
        k--;
      } else {
        break;
      }
    }
    // titles and their modifiers at the start of the run ("Russian President Vladimir Putin")
    int p = a;
    int titleEnd = a;
    while (p <= b) {
      int len = titleAt(tokens, p, b + 1, false);
      if (len > 0) {
        p += len;
        titleEnd = p;
      } else if (isRunModifier(tokens.get(p))) {
        p++;
      } else {
        break;
      }
    }
    if (titleEnd == a) {
      // a title inside the run, after the body or place it serves ("Crawford County Deputy
      // Prosecuting Attorney Jacob Howell", "SeaMicro CEO Andrew Feldman"): the name is what
      // follows the last title word, at least one capitalised word
      for (int q = a + 1; q < b; q++) {
        int len = titleAt(tokens, q, b + 1, false);
        if (len == 0) {
          continue;
        }
        int e = q + len;
        while (e <= b && (titleAt(tokens, e, b + 1, false) > 0 || isTitleWord(tokens.get(e)))) {
          e += Math.max(1, titleAt(tokens, e, b + 1, false));
        }
        if (e <= b) {
          titleEnd = e;
        }
        break;
      }
    }
    for (int q = a; q < titleEnd; q++) {
      attributes.add(tokens.get(q).norm());
    }
    titled |= titleEnd > a;
    // modifiers of the title left outside the run ("Russian" opening a sentence, tagged ADJ)
    for (int q = a - 1; titled && q >= 0 && (tokens.get(q).tag().equals("ADJ") || isRunModifier(tokens.get(q))); q--) {
      attributes.add(tokens.get(q).norm());
    }
    if (titleEnd > b) {
      // all title: a description such as "Russian President" or "the President"
      Span span = new Span(tokens.get(a).span().start(), tokens.get(b).span().end());
      boolean definite = a > 0 && DEFINITE.contains(tokens.get(a - 1).norm()) || !attributes.isEmpty();
      return new Candidate(span, span.of(text), EntityType.PERSON, Candidate.Kind.DESCRIPTION, sentence,
          List.of(tokens.get(b).norm()), attributes, false, definite, false);
    }
    int start = titleEnd;
    int end = b;
    while (end > start && joins(tokens, end)) {
      end--;
    }
    // a weekday or month after a place is no part of it ("Queens Friday"), after a given name it
    // may be ("Theresa May")
    while (end > start && calendarWords.contains(tokens.get(end).text()) && !isPersonName(tokens.get(start).text())) {
      end--;
    }
    List<Token> run = tokens.subList(start, end + 1);
    if (run.stream().allMatch(t -> t.tag().equals("ADJ")
        && !(lang.equals("en") && !Bilingual.get().isCommonWord(t.text())))) {
      return null; // a demonym such as "Russian"; an unknown word the tagger took for one is a name
    }
    List<String> words = new ArrayList<>();
    for (Token t : run) {
      if (!t.text().equals("-") && !t.text().equals("–")) {
        words.add(t.text());
      }
    }
    Span span = trim(text, new Span(run.get(0).span().start(), run.get(run.size() - 1).span().end()));
    if (span == null) {
      return null;
    }
    String surface = span.of(text);
    if (words.size() == 1 && (calendarWords.contains(surface) || languageNames.contains(surface)
        && gazetteer.latin(surface) == null)) {
      return null;
    }
    EntityType type;
    boolean strong = true;
    NameGazetteer.Known known = gazetteer.latin(surface);
    if (titled || words.size() > 2 && isNameSuffix(words.get(words.size() - 1))) {
      type = EntityType.PERSON;
    } else if (words.stream().anyMatch(eventWords::contains)) {
      type = EntityType.OTHER;
    } else if (words.size() > 1 && known == null && words.stream().noneMatch(this::typingWord) && !isTeamShaped(words)
        && (words.subList(0, words.size() - 1).stream().anyMatch(this::isPersonName) || personContext(tokens, end))) {
      type = EntityType.PERSON;
    } else if (words.stream().anyMatch(BODY_CONNECTORS::contains)) {
      type = EntityType.ORGANIZATION; // "Center for a New American Security", "Council on Foreign Relations"
    } else if (placeWords.contains(words.get(words.size() - 1))) {
      type = EntityType.PLACE; // "Nuba Mountains" before the plural rule
    } else if (isPlural(words.get(words.size() - 1))) {
      type = EntityType.ORGANIZATION; // teams and bands: "Indianapolis Colts", "the Pistons"
      strong = false; // a surname may end in s too ("Cheeks"): the full name outvotes it
    } else if (words.stream().anyMatch(orgWords::contains)) {
      type = EntityType.ORGANIZATION;
    } else if (words.stream().anyMatch(placeWords::contains)) {
      type = EntityType.PLACE;
    } else if (words.size() == 1 && known != null && known.type() == EntityType.PERSON
        && !gazetteer.isGivenName(words.get(0)) && afterPlacePreposition(tokens, start)
        && !possessiveAt(tokens, end + 1)) {
      type = EntityType.PLACE; // a surname-like word after "in", "near": "in northeast Houston", "near Spiro"
    } else if (words.size() == 1 && known != null && known.type() == EntityType.OTHER
        && !gazetteer.isGivenName(words.get(0)) && !possessiveAt(tokens, end + 1)
        && (afterPlacePreposition(tokens, start) || start > 0 && DIRECTIONS.contains(tokens.get(start - 1).norm())
            || coordinatedWithPlace(tokens, start))) {
      type = EntityType.PLACE; // a person's and a place's name: "return to Washington", "Moscow and Washington"
    } else if (known != null && known.type() != EntityType.OTHER
        && (!isAcronym(surface) || known.source().startsWith("cldr"))
        && (words.size() > 1 || !(sentenceStart && start == a) || run.get(0).tag().equals("PROPN")
            || surface.equals(surface.toUpperCase(Locale.ROOT)))) {
      type = known.type();
    } else if (words.size() > 1 && (placePrefixes.contains(words.get(0)) || isCountry(words.get(words.size() - 1)))) {
      type = EntityType.PLACE; // "Mount Cook", "South Sudan", "Nazi Germany"
    } else if (words.size() > 1 && isSurname(words.get(words.size() - 1))) {
      type = EntityType.PERSON;
    } else if (start > 0 && placePrepositions.contains(tokens.get(start - 1).norm()) && !isAcronym(surface)
        && words.stream().noneMatch(w -> isOrdinaryWord(w) && !Bilingual.get().isProperNoun(w))) {
      type = EntityType.PLACE;
      strong = false;
    } else if (words.size() > 1 && words.size() <= MAX_NAME_WORDS
        && words.stream().noneMatch(w -> isOrdinaryWord(w) && !Bilingual.get().isProperNoun(w)
            || isAcronym(w) && !w.endsWith("."))) {
      type = EntityType.PERSON; // two or three uncommon capitalised words: "Zurana Horton"
      strong = false;
    } else if (words.size() == 1 && personContext(tokens, end) && !isAcronym(surface)) {
      type = EntityType.PERSON;
      strong = false;
    } else {
      type = EntityType.OTHER;
      strong = false;
    }
    if (!titled && apposition(tokens, end) == EntityType.ORGANIZATION) {
      type = EntityType.ORGANIZATION; // "SeaMicro, a Silicon Valley startup"
      strong = true;
    }
    List<String> lowerWords = new ArrayList<>(words.size());
    for (String w : words) {
      lowerWords.add(w);
    }
    return new Candidate(span, surface, type, Candidate.Kind.NAME, sentence, lowerWords, attributes, strong,
        false, false);
  }

  /**
   * Whether tokens {@code i..j} look like a person's name on their own: two or three words, each a
   * given name or not an ordinary word, none a typing word or title. Such a name does not join a
   * following "of" ("Vishwanand Subryan of Schenectady" is a person from a place).
   */
  private boolean looksLikePerson(List<Token> tokens, int i, int j) {
    int words = j - i + 1;
    if (words < 2 || words > MAX_NAME_WORDS) {
      return false;
    }
    for (int k = i; k <= j; k++) {
      String w = tokens.get(k).text();
      if (!Character.isLetter(w.codePointAt(0)) || typingWord(w) || titles.contains(w.toLowerCase(Locale.ROOT))
          || isOrdinaryWord(w) || gazetteer.latin(w) != null && !isPersonName(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * What an apposition right after the name says it is: ", a Silicon Valley startup" (an
   * organisation, by {@code org-nouns.txt}), or null. The head is the first lower-case noun
   * within a few words after the comma and an optional determiner.
   */
  private EntityType apposition(List<Token> tokens, int end) {
    int k = end + 1;
    if (k >= tokens.size() || !tokens.get(k).text().equals(",")) {
      return null;
    }
    k++;
    if (k < tokens.size() && DETERMINERS.contains(tokens.get(k).norm())) {
      k++;
    }
    for (int limit = Math.min(tokens.size(), k + APPOSITION_WORDS); k < limit; k++) {
      Token t = tokens.get(k);
      if (isPunct(t) && !t.text().equals("-")) {
        return null;
      }
      if (Character.isLowerCase(t.text().charAt(0)) && (t.tag().equals("NOUN") || t.tag().equals("VERB"))) {
        return orgNouns.contains(t.norm()) ? EntityType.ORGANIZATION : null;
      }
    }
    return null;
  }

  /** Whether a place preposition stands before the token, maybe with one adjective between ("in northeast"). */
  /** Whether a conjunction joins the name at {@code start} to a place the gazetteer knows before it. */
  private boolean coordinatedWithPlace(List<Token> tokens, int start) {
    if (start < 2 || !CONJUNCTIONS.contains(tokens.get(start - 1).norm())) {
      return false;
    }
    NameGazetteer.Known before = gazetteer.latin(tokens.get(start - 2).text());
    return before != null && before.type() == EntityType.PLACE;
  }

  private boolean afterPlacePreposition(List<Token> tokens, int start) {
    int k = start - 1;
    if (k > 0 && tokens.get(k).tag().equals("ADJ") && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
      k--;
    }
    return k >= 0 && placePrepositions.contains(tokens.get(k).norm());
  }

  private static boolean possessiveAt(List<Token> tokens, int i) {
    return i < tokens.size() && POSSESSIVES.contains(tokens.get(i).norm());
  }

  /** A generational suffix ("Jr.", "III"). */
  private static boolean isNameSuffix(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return NAME_SUFFIXES.contains(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
  }

  /**
   * How many tokens an organisation word at {@code j} joins through a body connector ("for",
   * "on"), an optional determiner and the first word of what follows ("Center for a New"), or 0.
   */
  private int bodyConnectorAfter(List<Token> tokens, int j) {
    int n = tokens.size();
    if (j + 2 >= n || !(orgWords.contains(tokens.get(j).text()) || placeWords.contains(tokens.get(j).text()))
        || !BODY_CONNECTORS.contains(tokens.get(j + 1).text())) {
      return 0;
    }
    int k = j + 2;
    if (DETERMINERS.contains(tokens.get(k).text()) && k + 1 < n) {
      k++;
    }
    // "the Staples Center on Sunday" is a place and a day
    return nameLike(tokens, k, false) && !calendarWords.contains(tokens.get(k).text()) ? k - j : 0;
  }

  /**
   * The end of a run that does not swallow the person after an organisation's name: in "Oval
   * Office Zelenskyy meeting" the run stops after "Office" when an organisation word inside it
   * is followed only by words that are no ordinary English words (a name), and the run does not
   * itself end with a typing word ("Senate Judiciary Committee" stays whole).
   */
  private int personAfterBody(List<Token> tokens, int i, int j) {
    if (typingWord(tokens.get(j).text())) {
      return j;
    }
    for (int q = i + 1; q < j; q++) {
      if (!orgWords.contains(tokens.get(q).text())) {
        continue;
      }
      boolean names = true;
      for (int k = q + 1; k <= j; k++) {
        String w = tokens.get(k).text();
        names &= Character.isUpperCase(w.codePointAt(0)) && !isOrdinaryWord(w) && !typingWord(w);
      }
      if (names) {
        return q;
      }
    }
    return j;
  }

  /** A word that types a name as a place or organisation ("House", "Base"). */
  private boolean typingWord(String word) {
    return orgWords.contains(word) || placeWords.contains(word);
  }

  /**
   * A name ending in a plural that does not open with a given name: a team ("San Diego
   * Chargers"), though "Diego" is a given name; "Maurice Cheeks" stays a person.
   */
  private boolean isTeamShaped(List<String> words) {
    return isPlural(words.get(words.size() - 1)) && !gazetteer.isGivenName(words.get(0));
  }

  /** A capitalised plural that is not a known place ("Colts", not "Philippines"). */
  private boolean isPlural(String word) {
    return word.length() >= 4 && word.endsWith("s") && !word.endsWith("ss") && gazetteer.latin(word) == null
        && Character.isLowerCase(word.charAt(word.length() - 2));
  }

  /** A given name, or any person name ECDICT knows ("Vladimir", "Jim"). */
  private boolean isPersonName(String word) {
    if (gazetteer.isGivenName(word)) {
      return true;
    }
    NameGazetteer.Known k = gazetteer.latin(word);
    return k != null && k.type() == EntityType.PERSON;
  }

  /** An ordinary English word ("Internet", "Survey"), which makes a run a product or body. */
  private boolean isOrdinaryWord(String word) {
    return lang.equals("en") && Bilingual.get().isCommonWord(word) && !isPersonName(word);
  }

  private static boolean isAcronym(String s) {
    return s.length() <= MAX_ACRONYM && s.equals(s.toUpperCase(Locale.ROOT));
  }

  /** A person name ECDICT knows (as a surname or a person). */
  private boolean isSurname(String word) {
    NameGazetteer.Known k = gazetteer.latin(word);
    return k != null && k.type() == EntityType.PERSON;
  }

  /** What follows the name shows a person: "said", "Jr.", or an age (", 25,"). */
  private boolean personContext(List<Token> tokens, int end) {
    if (end + 1 >= tokens.size()) {
      return false;
    }
    Token next = tokens.get(end + 1);
    if (personEvidence.contains(next.norm())) {
      return true;
    }
    // a relative "who" right after the name or its comma or dash ("Zurana Horton - who was"),
    // not after a team ("the Saints, who")
    int r = end + 1;
    if (r + 1 < tokens.size() && (next.text().equals(",") || next.text().equals("-") || next.text().equals("–"))) {
      r++;
    }
    String relative = tokens.get(r).text();
    if (PERSON_RELATIVES.contains(relative) && !isPlural(tokens.get(end).text())) {
      return true;
    }
    return next.text().equals(",") && end + 2 < tokens.size()
        && tokens.get(end + 2).text().chars().allMatch(Character::isDigit)
        && tokens.get(end + 2).text().length() <= 3
        && (end + 3 >= tokens.size() || !Character.isLetter(tokens.get(end + 3).text().codePointAt(0)));
  }

  private boolean isCountry(String word) {
    NameGazetteer.Known k = gazetteer.latin(word);
    return k != null && k.source().equals("cldr-territory");
  }

  /**
   * The span without the punctuation the tokenizer left on its ends ("Munich”", "Kyiv."), or
   * null when nothing is left; a period after a single letter (an initial) stays.
   */
  private static Span trim(String text, Span span) {
    int start = span.start();
    int end = span.end();
    while (start < end && !Character.isLetterOrDigit(text.codePointAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))
        && !(text.charAt(end - 1) == '.' && end - start >= 2 && end - 2 == start)) {
      end--;
    }
    return end > start ? new Span(start, end) : null;
  }

  /** A word of a longer title, such as "Prosecuting" in "Deputy Prosecuting Attorney". */
  private boolean isTitleWord(Token t) {
    return t.tag().equals("VERB") && t.text().endsWith("ing");
  }

  /** A capitalised adjective or a country before a title ("Russian", "US"). */
  private boolean isRunModifier(Token t) {
    if (t.tag().equals("ADJ")) {
      return true;
    }
    NameGazetteer.Known k = gazetteer.latin(t.text());
    return k != null && k.type() == EntityType.PLACE && k.source().startsWith("cldr");
  }

  /**
   * The number of tokens of the longest title starting at {@code i} and ending before
   * {@code limit}, or 0; {@code lower} asks for a lower-case title outside a name.
   */
  private int titleAt(List<Token> tokens, int i, int limit, boolean lower) {
    if (lower && (tokens.get(i).text().isEmpty() || !Character.isLowerCase(tokens.get(i).text().charAt(0)))) {
      return 0;
    }
    for (int len = Math.min(longestTitle, limit - i); len >= 1; len--) {
      StringBuilder sb = new StringBuilder();
      for (int q = i; q < i + len; q++) {
        if (q > i) {
          sb.append(' ');
        }
        sb.append(tokens.get(q).text().toLowerCase(Locale.ROOT));
      }
      if (titles.contains(sb.toString())) {
        return len;
      }
    }
    return 0;
  }
}
