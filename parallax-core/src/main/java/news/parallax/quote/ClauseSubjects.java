package news.parallax.quote;

import java.util.List;
import news.parallax.text.Stopwords;

/**
 * Finds the subject of a verb-second clause by word order: the first constituent when it is a
 * noun phrase that can be a subject, otherwise the first noun phrase after the finite verb.
 *
 * <p>"Ähnlich äußerte sich der US-Präsident George W. Bush:" opens with an adverb, so the subject
 * follows the verb; "In der ARD zeigt sich der Bundestrainer zufrieden:" opens with a
 * prepositional phrase; "Der Bundespräsident würdigte ihn als ..." opens with its subject. When
 * both places hold a noun phrase ("Die Richtlinienkompetenz stellte der SPD-Vorsitzende Franz
 * Müntefering in Frage"), the one that names a person, organisation or role is the subject. The
 * words come from the language's data files: {@code prepositions.txt}, {@code subordinators.txt},
 * {@code conjunctions.txt}, {@code articles.txt}, {@code openers.txt}, {@code skip.txt},
 * {@code roles.txt}.
 *
 * <pre>{@code
 * Cue.Phrase s = new ClauseSubjects(text, units, lex, phrases).subject(first, end, -1);
 * }</pre>
 */
final class ClauseSubjects {
  /** Most words of a noun phrase before its nouns ("der stellvertretende"). */
  static final int MODIFIER_MAX_WORDS = 3;
  /** Most words skipped between the finite verb and a subject after it ("äußerte sich auch"). */
  static final int MIDDLE_SKIP_MAX_WORDS = 3;
  /** Most adverbs between a first constituent and the verb ("Die Kanadier hingegen sagen"). */
  static final int ADVERBS_MAX_WORDS = 2;
  /** Longest apposition after a subject, in words ("Sharon Hayes, Leiterin der US-Delegation, sagte"). */
  static final int APPOSITION_MAX_WORDS = 12;

  private final String text;
  private final TextUnits units;
  private final List<TextUnits.Word> words;
  private final CueWords lex;
  private final SpeakerPhrases phrases;

  ClauseSubjects(String text, TextUnits units, CueWords lex, SpeakerPhrases phrases) {
    this.text = text;
    this.units = units;
    this.words = units.words;
    this.lex = lex;
    this.phrases = phrases;
  }

  /** A noun phrase over words [from, to). */
  private record Np(int from, int to, boolean subjectCase, boolean pronoun) {}

  /**
   * The subject of the clause whose words are [from, to), the finite verb standing at word
   * {@code verb} or, when -1, after the first constituent; null when none is found.
   */
  Cue.Phrase subject(int from, int to, int verb) {
    int i = from;
    while (i < to && lex.conjunctions.contains(words.get(i).lower())) {
      i++;
    }
    if (i >= to || words.get(i).quoted() || i == verb) {
      return verb >= 0 && verb < to ? phrase(middle(verb + 1, to)) : null; // "..., sagte der Minister"
    }
    Np front = null;
    int end = i;
    TextUnits.Word w = words.get(i);
    if (lex.subordinators.contains(w.lower())) {
      end = afterComma(i, to);
    } else if (lex.prepositions.contains(w.lower())) {
      while (end < to && lex.prepositions.contains(words.get(end).lower())) {
        Np inner = np(end + 1, to);
        end = extend(inner == null ? end + 1 : inner.to(), to);
      }
    } else if (lex.openers.contains(w.lower()) && !lex.pronoun(w.lower())) {
      end = i + 1;
    } else {
      front = np(i, to);
      end = front == null ? i + 1 : appositionEnd(front.to(), to);
      if (front != null) {
        front = new Np(front.from(), end, front.subjectCase(), front.pronoun());
      }
    }
    if (front != null && !front.subjectCase()) {
      front = null;
    }
    int v = end;
    if (verb > end && verb - end <= ADVERBS_MAX_WORDS && plainRun(end, verb)) {
      v = verb; // "Die Kanadier hingegen sagen"
    } else if (verb > end) {
      // the first constituent was not read to its end ("Passend zu den Gefahren warnte die
      // Moderatorin"): a person after the known verb is the subject
      Np known = middle(verb + 1, to);
      if (known != null && personal(known) && (front == null || !personal(front))) {
        return phrase(known);
      }
    }
    if (v >= to || words.get(v).capitalised() || words.get(v).quoted()
        || !text.substring(words.get(v - 1).end(), words.get(v).start()).isBlank()
        && !text.substring(words.get(v - 1).end(), words.get(v).start()).strip().equals(",")) {
      return phrase(front);
    }
    Np after = middle(v + 1, to);
    if (front != null && (after == null || personal(front) || !personal(after))) {
      return phrase(front);
    }
    return phrase(after);
  }

  /** Whether words [from, to) are lower-case words with nothing but spaces between them ("hingegen"). */
  private boolean plainRun(int from, int to) {
    for (int k = from; k < to; k++) {
      TextUnits.Word w = words.get(k);
      if (w.capitalised() || w.quoted() || lex.subjectArticles.contains(w.lower())
          || lex.objectArticles.contains(w.lower()) || lex.prepositions.contains(w.lower())
          || !text.substring(words.get(k - 1).end(), w.start()).isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Past an apposition set off by commas after a subject ("Anthony Lake, Direktor des
   * Hilfswerks, sagte"): the word after the closing comma when it is in lower case.
   */
  private int appositionEnd(int k, int to) {
    if (k >= to || !text.substring(words.get(k - 1).end(), words.get(k).start()).strip().equals(",")) {
      return k;
    }
    for (int j = k + 1; j < to && j <= k + APPOSITION_MAX_WORDS; j++) {
      String gap = text.substring(words.get(j - 1).end(), words.get(j).start()).strip();
      if (words.get(j).quoted()) {
        return k;
      }
      if (gap.equals(",")) {
        return !words.get(j).capitalised() ? j : k;
      }
      if (!gap.isEmpty() && !gap.equals("(") && !gap.equals(")")) {
        return k;
      }
    }
    return k;
  }

  /** The first noun phrase after the finite verb, past reflexives, particles and objects. */
  private Np middle(int k, int to) {
    int skipped = 0;
    while (k < to && skipped <= MIDDLE_SKIP_MAX_WORDS && !words.get(k).quoted()) {
      TextUnits.Word w = words.get(k);
      if (k > 0 && text.substring(words.get(k - 1).end(), w.start()).contains(",")) {
        return null; // the clause ends
      }
      if (lex.pronoun(w.lower()) || w.capitalised() || lex.subjectArticles.contains(w.lower())) {
        Np n = np(k, to);
        boolean bare = n != null && !n.pronoun() && !lex.subjectArticles.contains(w.lower());
        // a bare noun after the verb is as often its object ("nannte Trumps Auftrag"): only a
        // recognised person or organisation
        return n != null && n.subjectCase() && (!bare || personal(n)) ? n : null;
      }
      if (lex.objectArticles.contains(w.lower())) {
        Np n = np(k, to);
        k = n == null ? k + 1 : n.to();
      } else if (lex.prepositions.contains(w.lower())) {
        Np n = np(k + 1, to);
        k = n == null ? k + 1 : n.to();
      } else {
        k++;
      }
      skipped++;
    }
    return null;
  }

  /**
   * A noun phrase opening at word {@code i}: a pronoun, or an article, modifiers in lower case
   * and capitalised nouns and names, with genitives ("des Hilfswerks") after them; null when
   * no noun follows.
   */
  private Np np(int i, int to) {
    if (i >= to || words.get(i).quoted()) {
      return null;
    }
    TextUnits.Word w = words.get(i);
    if (lex.pronoun(w.lower())) {
      return new Np(i, i + 1, true, true);
    }
    int k = i;
    boolean subjectCase = true;
    if (lex.subjectArticles.contains(w.lower()) || lex.objectArticles.contains(w.lower())) {
      subjectCase = !lex.objectArticles.contains(w.lower());
      k++;
    } else if (!w.capitalised() || lex.prepositions.contains(w.lower())
        || Stopwords.contains(lex.lang, w.lower())) {
      return null;
    }
    int mods = 0;
    while (k > i && k < to && mods < MODIFIER_MAX_WORDS && joined(k - 1, k) && !words.get(k).quoted()
        && !words.get(k).capitalised() && !Stopwords.contains(lex.lang, words.get(k).lower())) {
      k++;
      mods++;
    }
    int head = k;
    while (k < to && !words.get(k).quoted() && words.get(k).capitalised() && (k == i || joined(k - 1, k))
        && !lex.prepositions.contains(words.get(k).lower())) {
      k++;
    }
    if (k == head) {
      return null;
    }
    return new Np(i, genitives(k, to), subjectCase, false);
  }

  /** Past genitives and parentheses after a noun ("des Hilfswerks", "(SPD)"). */
  private int genitives(int k, int to) {
    while (k < to && !words.get(k).quoted()) {
      String between = text.substring(words.get(k - 1).end(), words.get(k).start()).strip();
      if (between.equals("(")) {
        int close = text.indexOf(')', words.get(k).start());
        int j = k;
        while (j < to && close >= 0 && words.get(j).end() <= close) {
          j++;
        }
        if (j == k) {
          return k;
        }
        k = j;
        continue;
      }
      String l = words.get(k).lower();
      if (!between.isEmpty() && !between.equals(")") || !(l.equals("des") || l.equals("der")
          || lex.links.contains(l))) {
        return k;
      }
      Np g = np(k + 1 < to && lex.links.contains(l) && !lex.subjectArticles.contains(words.get(k + 1).lower())
          && !lex.objectArticles.contains(words.get(k + 1).lower()) ? k + 1 : k, to);
      if (g == null || g.to() <= k + 1) {
        return k;
      }
      k = g.to();
    }
    return k;
  }

  /** The word just after the comma that closes a subordinate clause, or {@code to}. */
  private int afterComma(int i, int to) {
    for (int k = i + 1; k < to; k++) {
      if (text.substring(words.get(k - 1).end(), words.get(k).start()).contains(",")) {
        return k;
      }
    }
    return to;
  }

  /** Past a comma-free run that continues a prepositional phrase's noun ("in der Begründung und den Leitsätzen"). */
  private int extend(int end, int to) {
    int k = end;
    while (k + 1 < to && lex.coordinators.contains(words.get(k).lower()) && joined(k - 1, k)) {
      Np n = np(k + 1, to);
      if (n == null) {
        break;
      }
      k = n.to();
    }
    return k;
  }

  /** Whether a speaker phrase is a pronoun or names a person, organisation or role. */
  boolean personal(Cue.Phrase p) {
    if (p.kind() == Cue.Phrase.Kind.PRONOUN || p.kind() == Cue.Phrase.Kind.PLURAL_PRONOUN) {
      return true;
    }
    int from = units.wordAt(p.start());
    int to = from;
    while (to < words.size() && words.get(to).end() <= p.end()) {
      to++;
    }
    return to > from && personal(new Np(from, to, true, false));
  }

  /** Whether the phrase is a pronoun or names a person, organisation or role. */
  private boolean personal(Np n) {
    if (n.pronoun()) {
      return true;
    }
    int start = words.get(n.from()).start();
    int end = words.get(n.to() - 1).end();
    if (phrases.personOrOrganisation(start, end)) {
      return true;
    }
    for (int k = n.from(); k < n.to(); k++) {
      String l = words.get(k).lower();
      for (String r : lex.roles) {
        if (l.endsWith(r)) {
          return true;
        }
      }
    }
    return false;
  }

  private Cue.Phrase phrase(Np n) {
    if (n == null) {
      return null;
    }
    int start = words.get(n.from()).start();
    int end = words.get(n.to() - 1).end();
    Cue.Phrase.Kind kind;
    if (n.pronoun()) {
      kind = lex.plural.contains(words.get(n.from()).lower()) ? Cue.Phrase.Kind.PLURAL_PRONOUN
          : Cue.Phrase.Kind.PRONOUN;
    } else if (lex.determiner(words.get(n.from()).lower())) {
      kind = lex.indefinite.contains(words.get(n.from()).lower()) ? Cue.Phrase.Kind.INDEFINITE
          : Cue.Phrase.Kind.DEFINITE;
    } else {
      kind = Cue.Phrase.Kind.NAME;
    }
    return new Cue.Phrase(start, end, text.substring(start, end), kind);
  }

  private boolean joined(int a, int b) {
    String gap = text.substring(words.get(a).end(), words.get(b).start());
    return gap.isBlank();
  }
}
